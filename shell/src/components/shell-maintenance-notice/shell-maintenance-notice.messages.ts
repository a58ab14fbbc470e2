import { defineMessages } from '@portal/shared-contracts';

/**
 * The notices' words around the operator's own message (which comes in every language with the
 * break). `{area}` is the area's name; the whole portal is called by the portal's name.
 */
export const maintenanceMessages = defineMessages({
  fi: {
    label: 'Huoltokatkot',
    portal: 'Oma asiointi',
    at: '{date} klo {time}',
    announced: 'Huoltokatko: {area} ei ole käytettävissä {start} – {end}.',
    ongoing: 'Huoltokatko: {area} ei ole käytettävissä {end} asti.',
    title: '{area}: huoltokatko',
    until: 'Palvelu on taas käytettävissä {end}.',
    restArea: 'Oma asioinnin muut osat toimivat normaalisti.',
    restPortal: 'Voit katsoa tietojasi, mutta et voi lähettää mitään ennen katkon loppua. Keskeneräiset lomakkeesi säilyvät.',
  },
  sv: {
    label: 'Serviceavbrott',
    portal: 'Mina ärenden',
    at: '{date} kl. {time}',
    announced: 'Serviceavbrott: {area} är inte tillgänglig {start}–{end}.',
    ongoing: 'Serviceavbrott: {area} är inte tillgänglig förrän {end}.',
    title: '{area}: serviceavbrott',
    until: 'Tjänsten är tillgänglig igen {end}.',
    restArea: 'Övriga delar av Mina ärenden fungerar som vanligt.',
    restPortal: 'Du kan se dina uppgifter men inte skicka något förrän avbrottet är slut. Dina påbörjade blanketter sparas.',
  },
  en: {
    label: 'Maintenance breaks',
    portal: 'My e-services',
    at: '{date} at {time}',
    announced: 'Maintenance break: {area} will not be available from {start} to {end}.',
    ongoing: 'Maintenance break: {area} is not available until {end}.',
    title: '{area}: maintenance break',
    until: 'The service will be available again on {end}.',
    restArea: 'The rest of My e-services works as usual.',
    restPortal: 'You can see your details, but you cannot send anything until the break ends. Your unfinished forms are kept.',
  },
});
