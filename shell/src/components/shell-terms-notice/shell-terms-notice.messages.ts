import { defineMessages } from '@portal/shared-contracts';

/** The notice's own words; what changes (the summary) is the provider's, in the version itself. */
export const termsNoticeMessages = defineMessages({
  fi: {
    label: 'Tiedote käyttöehtojen muutoksesta',
    title: 'Käyttöehdot muuttuvat {date}',
    read: 'Lue uudet käyttöehdot',
    acknowledge: 'Selvä, olen lukenut tiedotteen',
    sending: 'Tallennetaan…',
    failed: 'Kuittausta ei saatu tallennettua. Yritä uudelleen.',
  },
  sv: {
    label: 'Meddelande om ändrade användarvillkor',
    title: 'Användarvillkoren ändras {date}',
    read: 'Läs de nya användarvillkoren',
    acknowledge: 'Okej, jag har läst meddelandet',
    sending: 'Sparas…',
    failed: 'Kvitteringen kunde inte sparas. Försök igen.',
  },
  en: {
    label: 'Notice of a change in the terms of use',
    title: 'The terms of use change on {date}',
    read: 'Read the new terms of use',
    acknowledge: 'Got it, I have read this notice',
    sending: 'Saving…',
    failed: 'Your acknowledgement could not be saved. Please try again.',
  },
});
