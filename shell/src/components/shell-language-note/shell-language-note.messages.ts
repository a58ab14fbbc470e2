import { defineMessages, type Locale } from '@portal/shared-contracts';

/**
 * The note's text around its link, and the language names in the forms each sentence needs:
 * Finnish says "asiointikielesi on ruotsi" but "asioivat kanssasi ruotsiksi".
 */
export const noteMessages = defineMessages({
  fi: {
    before: 'Asiointikielesi on {service}. Jos haluat, että työllisyyspalvelut asioivat kanssasi {chosen}, ',
    link: 'ilmoita asiointikielen muutos',
    after: '.',
  },
  sv: {
    before: 'Ditt ärendespråk är {service}. Om du vill att sysselsättningstjänsterna sköter ärenden med dig på {chosen}, ',
    link: 'anmäl att ditt ärendespråk ändras',
    after: '.',
  },
  en: {
    before: 'Your language of service is {service}. If you want the employment services to deal with you in {chosen}, ',
    link: 'report a change of your language of service',
    after: '.',
  },
});

/** "Your service language is …": the language's name as the subject complement, in each language. */
export const SERVICE_LANGUAGE_NAMES: Readonly<Record<Locale, Readonly<Record<Locale, string>>>> = {
  fi: { fi: 'suomi', sv: 'ruotsi', en: 'englanti' },
  sv: { fi: 'finska', sv: 'svenska', en: 'engelska' },
  en: { fi: 'Finnish', sv: 'Swedish', en: 'English' },
};

/** "… deal with you in …": the language the pages are in, as an adverb (Finnish) or after a preposition. */
export const CHOSEN_LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { fi: 'suomeksi', sv: 'svenska', en: 'English' };

/** Where the service language is changed: the profile's change form already has it. */
export const SERVICE_LANGUAGE_CHANGE_PATH = '/profile/change';
