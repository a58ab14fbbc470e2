import { defineMessages } from '@portal/shared-contracts';
import { withAreaMessages } from '../area.js';

/** The page's own words, with the area's and the kit's. */
export const messages = withAreaMessages(
  defineMessages({
    fi: {
      notFoundTitle: 'Tapahtumaa ei löytynyt',
      cancelledNotice: 'Tämä lausunto on peruttu {date}. Se ei ole enää voimassa.',
      cancellationReason: 'Perumisen syy: {reason}',
      issuedOn: 'Annettu',
      payer: 'Etuuden maksaja',
      effectiveFrom: 'Vaikuttaa alkaen',
      legalBasis: 'Perusteena olevat säännökset',
      statementHeading: 'Lausunto',
      noticeKind: 'Ilmoituksen laji',
      training: 'Koulutus',
      provider: 'Koulutuksen järjestäjä',
      startDate: 'Alkamispäivä',
      endDate: 'Päättymispäivä',
      noticeHeading: 'Ilmoitus',
      print: 'Tulosta',
      printedFrom: 'Tulostettu Oma asiointi -palvelusta {time}.',
    },
    sv: {
      notFoundTitle: 'Händelsen hittades inte',
      cancelledNotice: 'Det här utlåtandet har återkallats {date}. Det gäller inte längre.',
      cancellationReason: 'Orsak till återkallelsen: {reason}',
      issuedOn: 'Datum',
      payer: 'Förmånsbetalare',
      effectiveFrom: 'Gäller från och med',
      legalBasis: 'Bestämmelser som utlåtandet grundar sig på',
      statementHeading: 'Utlåtande',
      noticeKind: 'Typ av anmälan',
      training: 'Utbildning',
      provider: 'Utbildningsanordnare',
      startDate: 'Startdatum',
      endDate: 'Slutdatum',
      noticeHeading: 'Anmälan',
      print: 'Skriv ut',
      printedFrom: 'Utskrivet från tjänsten Mina ärenden {time}.',
    },
    en: {
      notFoundTitle: 'Event not found',
      cancelledNotice: 'This statement was cancelled on {date}. It is no longer in force.',
      cancellationReason: 'Reason for cancelling: {reason}',
      issuedOn: 'Issued',
      payer: 'Benefit payer',
      effectiveFrom: 'Has effect from',
      legalBasis: 'Provisions it is based on',
      statementHeading: 'Statement',
      noticeKind: 'Kind of notice',
      training: 'Training',
      provider: 'Training provider',
      startDate: 'Start date',
      endDate: 'End date',
      noticeHeading: 'Notice',
      print: 'Print',
      printedFrom: 'Printed from My e-services {time}.',
    },
  }),
);

export type MessageKey = keyof (typeof messages)['fi'];
