// The identification pages' words in fi, sv and en, and the provider's brand.
import type { Locale } from '@portal/shared-contracts';

export const TEXT = {
  fi: {
    title: 'Tunnistaudu – Suomi.fi-testitunnistus (demo)',
    heading: 'Tunnistaudu',
    tagline: 'Testitunnistus (demo)',
    intro:
      'Tämä on kehitysympäristön testitunnistus: oikeita tunnistusvälineitä ei käytetä. Valitse testihenkilö, jona tunnistaudut palveluun Työmarkkinatori – Oma asiointi.',
    continueHeading: 'Olet jo tunnistautunut',
    continueAs: (name: string) => `Jatka nimellä ${name}`,
    persons: 'Testihenkilöt',
    otherPersons: 'Tai valitse toinen testihenkilö',
    eidas: 'EU-tunnistus (eIDAS)',
    hetu: 'henkilötunnus',
    cancel: 'Peruuta ja palaa palveluun',
    languages: 'Kieli',
    badRequestTitle: 'Virheellinen tunnistuspyyntö – Suomi.fi-testitunnistus (demo)',
    badRequestHeading: 'Virheellinen tunnistuspyyntö',
    badRequest: 'Palvelu lähetti tunnistuspyynnön, jota ei voida käsitellä. Palaa palveluun ja aloita tunnistautuminen uudelleen.',
    problems: 'Tekniset tiedot',
    back: 'Palaa Työmarkkinatorin etusivulle',
  },
  sv: {
    title: 'Identifiera dig – Suomi.fi-testidentifiering (demo)',
    heading: 'Identifiera dig',
    tagline: 'Testidentifiering (demo)',
    intro:
      'Det här är en testidentifiering i utvecklingsmiljön: inga riktiga identifieringsverktyg används. Välj den testperson som du identifierar dig som i tjänsten Jobbmarknad Finland.',
    continueHeading: 'Du har redan identifierat dig',
    continueAs: (name: string) => `Fortsätt som ${name}`,
    persons: 'Testpersoner',
    otherPersons: 'Eller välj en annan testperson',
    eidas: 'EU-identifiering (eIDAS)',
    hetu: 'personbeteckning',
    cancel: 'Avbryt och återvänd till tjänsten',
    languages: 'Språk',
    badRequestTitle: 'Ogiltig identifieringsbegäran – Suomi.fi-testidentifiering (demo)',
    badRequestHeading: 'Ogiltig identifieringsbegäran',
    badRequest:
      'Tjänsten skickade en identifieringsbegäran som inte kan behandlas. Gå tillbaka till tjänsten och börja identifieringen på nytt.',
    problems: 'Tekniska uppgifter',
    back: 'Tillbaka till startsidan för Jobbmarknad Finland',
  },
  en: {
    title: 'Identify yourself – Suomi.fi test identification (demo)',
    heading: 'Identify yourself',
    tagline: 'Test identification (demo)',
    intro:
      'This is the test identification of a development environment: no real means of identification are used. Choose the test person you identify as in the Job Market Finland service.',
    continueHeading: 'You have already identified yourself',
    continueAs: (name: string) => `Continue as ${name}`,
    persons: 'Test persons',
    otherPersons: 'Or choose another test person',
    eidas: 'EU identification (eIDAS)',
    hetu: 'personal identity code',
    cancel: 'Cancel and return to the service',
    languages: 'Language',
    badRequestTitle: 'Invalid identification request – Suomi.fi test identification (demo)',
    badRequestHeading: 'Invalid identification request',
    badRequest:
      'The service sent an identification request that cannot be handled. Go back to the service and start the identification again.',
    problems: 'Technical details',
    back: 'Back to the Job Market Finland front page',
  },
} as const;

/** Each language's name in itself, as language links should be (WCAG 3.1.2). */
export const LANGUAGE_NAMES = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' } as const satisfies Record<Locale, string>;

const BRAND_NAME = 'Suomi.fi';

export function brand(lang: Locale): { name: string; tagline: string } {
  return { name: BRAND_NAME, tagline: TEXT[lang].tagline };
}
