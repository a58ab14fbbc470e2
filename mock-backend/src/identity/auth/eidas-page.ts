// The page a foreign eIDAS user gets after identifying: not an error but what they can do here
// without a Finnish personal identity code: call the national line, read the open jobs.
import type { Locale } from '@portal/shared-contracts';
import { html, renderPage } from '../../platform/html.js';
import { NATIONAL_SERVICE_LINE, OPEN_JOBS_URL } from '../../platform/service-line.js';

/** What a foreign eIDAS user can and cannot do here; a page of its own, not an error. */
const EIDAS_TEXT = {
  fi: {
    title: 'Palvelu edellyttää suomalaista henkilötunnusta – Työmarkkinatori',
    heading: 'Palvelu edellyttää suomalaista henkilötunnusta',
    identified: 'Tunnistauduit toisen EU-maan sähköisellä tunnistusvälineellä (eIDAS). Et ole kirjautunut palveluun.',
    cannot:
      'Tämä verkkopalvelu edellyttää suomalaista henkilötunnusta, koska asiakastietosi haetaan ja tallennetaan sen avulla. Ilman henkilötunnusta et voi asioida täällä: et voi esimerkiksi ilmoittautua työnhakijaksi, nähdä omia tietojasi tai vastata selvityspyyntöihin.',
    canHeading: 'Mitä voit tehdä',
    call: 'Soita Työmarkkinatorin valtakunnalliseen palvelunumeroon',
    visit: 'tai käy oman kuntasi työllisyyspalveluissa. Asiasi hoidetaan silloin ilman verkkopalvelua.',
    publicInfo: 'Avoimia työpaikkoja voit katsoa kirjautumatta:',
    openJobs: 'avoimet työpaikat Työmarkkinatorilla',
    hetu: 'Jos olet EU-kansalainen ja muutat Suomeen, saat suomalaisen henkilötunnuksen Digi- ja väestötietovirastosta (DVV), kun rekisteröit tietosi sinne. Sen jälkeen voit käyttää tätä verkkopalvelua.',
    home: 'Palaa etusivulle',
  },
  sv: {
    title: 'Tjänsten kräver en finländsk personbeteckning – Jobbmarknad Finland',
    heading: 'Tjänsten kräver en finländsk personbeteckning',
    identified:
      'Du identifierade dig med ett elektroniskt identifieringsmedel från ett annat EU-land (eIDAS). Du är inte inloggad i tjänsten.',
    cannot:
      'Den här e-tjänsten kräver en finländsk personbeteckning, eftersom dina kunduppgifter hämtas och sparas med hjälp av den. Utan personbeteckning kan du inte uträtta ärenden här: du kan till exempel inte anmäla dig som arbetssökande, se dina uppgifter eller svara på begäranden om utredning.',
    canHeading: 'Vad du kan göra',
    call: 'Ring Jobbmarknad Finlands riksomfattande servicenummer',
    visit: 'eller besök sysselsättningstjänsterna i din kommun. Då sköts ditt ärende utan e-tjänsten.',
    publicInfo: 'De lediga jobben kan du se utan att logga in:',
    openJobs: 'lediga jobb på Jobbmarknad Finland',
    hetu: 'Om du är EU-medborgare och flyttar till Finland får du en finländsk personbeteckning av Myndigheten för digitalisering och befolkningsdata (DVV) när du registrerar dina uppgifter där. Därefter kan du använda den här e-tjänsten.',
    home: 'Tillbaka till startsidan',
  },
  en: {
    title: 'The service needs a Finnish personal identity code – Job Market Finland',
    heading: 'The service needs a Finnish personal identity code',
    identified: 'You identified yourself with an electronic identity from another EU country (eIDAS). You are not signed in.',
    cannot:
      'This e-service needs a Finnish personal identity code, because your customer data is found and stored with it. Without one you cannot use it: for example, you cannot register as a job seeker, see your data or answer requests for clarification here.',
    canHeading: 'What you can do',
    call: 'Call the Job Market Finland national service line',
    visit: 'or visit the employment services of your municipality. They can handle your matter without the e-service.',
    publicInfo: 'You can see the open jobs without signing in:',
    openJobs: 'vacancies on Job Market Finland',
    hetu: 'If you are an EU citizen moving to Finland, you get a Finnish personal identity code from the Digital and Population Data Services Agency (DVV) when you register your details there. After that you can use this e-service.',
    home: 'Back to the front page',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** The whole page, in the person's language, under the portal's brand. */
export function eidasPageHtml(lang: Locale, brand: { name: string; tagline: string }): string {
  const t = EIDAS_TEXT[lang];
  return renderPage({
    lang,
    title: t.title,
    heading: t.heading,
    brand,
    body: html`<p class="notice">${t.identified}</p>
<p>${t.cannot}</p>
<h2>${t.canHeading}</h2>
<ul>
<li>${t.call} <a href="tel:${NATIONAL_SERVICE_LINE.tel}">${NATIONAL_SERVICE_LINE.phone}</a> (${NATIONAL_SERVICE_LINE.hours[lang]}) ${t.visit}</li>
<li>${t.publicInfo} <a href="${OPEN_JOBS_URL[lang]}">${t.openJobs}</a>.</li>
<li>${t.hetu}</li>
</ul>
<p><a href="/">${t.home}</a></p>`,
  });
}
