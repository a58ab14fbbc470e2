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
    restPortal: 'Keskeneräiset lomakkeesi säilyvät, ja voit jatkaa niitä katkon jälkeen.',
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
    restPortal: 'Dina påbörjade blanketter sparas och du kan fortsätta med dem efter avbrottet.',
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
    restPortal: 'Your unfinished forms are kept, and you can continue them after the break.',
  },
});
