import { defineMessages } from '@portal/shared-contracts';

/** The words both the details page and the change report use, the same way. */
export const areaMessages = defineMessages({
  fi: {
    language: 'Asiointikieli',
    'language.fi': 'suomi',
    'language.sv': 'ruotsi',
    'language.en': 'englanti',
  },
  sv: {
    language: 'Ärendespråk',
    'language.fi': 'finska',
    'language.sv': 'svenska',
    'language.en': 'engelska',
  },
  en: {
    language: 'Language of service',
    'language.fi': 'Finnish',
    'language.sv': 'Swedish',
    'language.en': 'English',
  },
});
