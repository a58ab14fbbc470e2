import type {
  AnswerReceipt,
  Attachment,
  AttachmentLimits,
  ClarificationRequest,
  Contact,
  EventSummary,
  PaymentNotice,
  Statement,
} from '@portal/shared-contracts/unemployment-security';
import { addDays, helsinkiToday } from '@portal/ui-kit/page';

// Fixtures for component tests, after the seed's test persons (DOMAIN.md): Tessa's request due in
// two days, Sven's awaiting attachments and his negative statement, Turva's training payment notices.
// Return dates and days left are relative to today in Finland, so a test means the same on any day;
// the rest are fixed. fixtures.test.ts checks every one against the contract's schemas.

export const today = helsinkiToday();

const MIB = 1024 * 1024;

export const ids = {
  statement: '0a000000-0000-4000-8000-000000000001',
  cancelled: '0a000000-0000-4000-8000-000000000002',
  notice: '0a000000-0000-4000-8000-000000000003',
  open: '0b000000-0000-4000-8000-000000000001',
  attachments: '0b000000-0000-4000-8000-000000000002',
  late: '0b000000-0000-4000-8000-000000000003',
  processed: '0b000000-0000-4000-8000-000000000004',
  answer: '0c000000-0000-4000-8000-000000000001',
  contract: '0d000000-0000-4000-8000-000000000001',
  payslip: '0d000000-0000-4000-8000-000000000002',
  photo: '0d000000-0000-4000-8000-000000000003',
} as const;

export const limits: AttachmentLimits = {
  maxFileBytes: 10 * MIB,
  maxAnswerBytes: 25 * MIB,
  maxFiles: 20,
  mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
};

export const contact: Contact = {
  name: {
    fi: 'Helsingin työllisyyspalvelut, Maija Virtanen',
    sv: 'Helsingfors stads sysselsättningstjänster, Maija Virtanen',
    en: 'City of Helsinki Employment Services, Maija Virtanen',
  },
  phone: '09 310 12345',
  email: 'tyollisyyspalvelut@example.fi',
};

/** A pending or sent file. */
export function attachment(id: string, fileName: string, size: number, mediaType: Attachment['mediaType'] = 'application/pdf'): Attachment {
  return { id, fileName, mediaType, size, uploadedAt: '2026-11-24T08:00:00.000Z', href: `/api/unemployment-security/attachments/${id}` };
}

export const contractPdf = attachment(ids.contract, 'tyosopimus.pdf', 240 * 1024);
export const payslipPdf = attachment(ids.payslip, 'palkkalaskelma.pdf', Math.round(1.5 * MIB));

const subject = (fi: string, sv: string, en: string) => ({ fi, sv, en });

const openSubject = subject('Työsuhteen päättyminen', 'Anställningens upphörande', 'End of employment');
const attachmentsSubject = subject('Lomautuksen kesto', 'Permitteringens längd', 'Length of the lay-off');
const lateSubject = subject('Opiskelu päätoimisesti', 'Heltidsstudier', 'Full-time studies');

/** The event list as the server gives it (its order does not matter: the page sorts newest first). */
export const eventList: EventSummary[] = [
  {
    id: ids.notice,
    kind: 'payment-notice',
    issuedOn: '2026-10-20',
    subject: subject(
      'Koulutus alkaa: Ohjelmistokehittäjä',
      'Utbildningen börjar: Programutvecklare',
      'Training starts: Software developer',
    ),
    noticeKind: 'training-start',
  },
  {
    id: ids.open,
    kind: 'clarification-request',
    issuedOn: '2026-11-10',
    subject: openSubject,
    state: 'awaiting-answer',
    returnDate: addDays(today, 2),
  },
  {
    id: ids.statement,
    kind: 'statement',
    issuedOn: '2026-10-01',
    subject: subject('Oikeus työttömyysetuuteen', 'Rätt till arbetslöshetsförmån', 'Right to unemployment benefit'),
    cancelledOn: null,
  },
  {
    id: ids.cancelled,
    kind: 'statement',
    issuedOn: '2026-09-15',
    subject: subject('Korvaukseton määräaika', 'Karenstid', 'Waiting period without benefit'),
    cancelledOn: '2026-09-20',
  },
  {
    id: ids.attachments,
    kind: 'clarification-request',
    issuedOn: '2026-11-01',
    subject: attachmentsSubject,
    state: 'awaiting-attachments',
    returnDate: addDays(today, 5),
  },
  {
    id: ids.late,
    kind: 'clarification-request',
    issuedOn: '2026-10-25',
    subject: lateSubject,
    state: 'awaiting-answer',
    returnDate: addDays(today, -3),
  },
  {
    id: ids.processed,
    kind: 'clarification-request',
    issuedOn: '2026-08-01',
    subject: subject('Oma yritystoiminta', 'Eget företag', 'Own business'),
    state: 'processed',
    returnDate: '2026-08-15',
  },
];

/** Tessa: a request due in two days, not answered. */
export const openRequest: ClarificationRequest = {
  id: ids.open,
  kind: 'clarification-request',
  issuedOn: '2026-11-10',
  subject: openSubject,
  state: 'awaiting-answer',
  explain: [
    subject(
      'Kerro, miksi työsuhteesi Esimerkki Oy:ssä päättyi 31.10.2026.',
      'Berätta varför din anställning hos Esimerkki Oy upphörde 31.10.2026.',
      'Tell why your employment with Esimerkki Oy ended on 31 October 2026.',
    ),
    subject('Kerro myös, irtisanoutuitko itse.', 'Berätta också om du sade upp dig själv.', 'Tell also whether you resigned yourself.'),
  ],
  requiredAttachments: [
    subject('Työsopimus', 'Arbetsavtalet', 'The employment contract'),
    subject('Viimeisin palkkalaskelma', 'Den senaste lönespecifikationen', 'The latest pay slip'),
  ],
  returnDate: addDays(today, 2),
  daysLeft: 2,
  contact,
  canAnswer: true,
  canSupplement: false,
  answers: [],
  pendingAttachments: [],
  limits,
};

/** The same request after its return date: still open, an answer will be late. */
export const lateRequest: ClarificationRequest = {
  ...openRequest,
  id: ids.late,
  subject: lateSubject,
  returnDate: addDays(today, -3),
  daysLeft: -3,
};

/** Sven: answered, a required attachment still missing; the answer came late. */
export const attachmentsRequest: ClarificationRequest = {
  ...openRequest,
  id: ids.attachments,
  subject: attachmentsSubject,
  issuedOn: '2026-11-01',
  state: 'awaiting-attachments',
  returnDate: addDays(today, 5),
  daysLeft: 5,
  canAnswer: false,
  canSupplement: true,
  answers: [
    {
      id: ids.answer,
      kind: 'answer',
      receivedAt: '2026-11-20T10:15:00.000Z',
      late: true,
      text: 'Lomautus jatkuu toistaiseksi.\nTyönantaja ilmoittaa paluusta kaksi viikkoa etukäteen.',
      attachments: [contractPdf],
    },
  ],
};

/** A request the office has processed: nothing more to do. */
export const processedRequest: ClarificationRequest = {
  ...attachmentsRequest,
  id: ids.processed,
  state: 'processed',
  canAnswer: false,
  canSupplement: false,
  daysLeft: -40,
};

export const statement: Statement = {
  id: ids.statement,
  kind: 'statement',
  issuedOn: '2026-10-01',
  subject: subject('Oikeus työttömyysetuuteen', 'Rätt till arbetslöshetsförmån', 'Right to unemployment benefit'),
  cancelledOn: null,
  cancellationReason: null,
  payer: subject('Kela', 'FPA', 'Kela'),
  body: [
    subject(
      'Sinulla on oikeus työttömyysetuuteen 1.10.2026 alkaen.',
      'Du har rätt till arbetslöshetsförmån från och med 1.10.2026.',
      'You are entitled to unemployment benefit from 1 October 2026.',
    ),
    subject('Lausunto sitoo etuuden maksajaa.', 'Utlåtandet är bindande för förmånsbetalaren.', 'The statement binds the benefit payer.'),
  ],
  legalBasis: subject(
    'Työttömyysturvalaki 1290/2002, 2 luku 1 §',
    'Lag om utkomstskydd för arbetslösa 1290/2002, 2 kap. 1 §',
    'Unemployment Security Act 1290/2002, chapter 2, section 1',
  ),
  effectiveFrom: '2026-10-01',
  issuer: contact,
};

export const cancelledStatement: Statement = {
  ...statement,
  id: ids.cancelled,
  issuedOn: '2026-09-15',
  subject: subject('Korvaukseton määräaika', 'Karenstid', 'Waiting period without benefit'),
  cancelledOn: '2026-09-20',
  cancellationReason: subject(
    'Lausunto annettiin virheellisin tiedoin.',
    'Utlåtandet gavs på felaktiga uppgifter.',
    'The statement was given on wrong information.',
  ),
  effectiveFrom: null,
};

export const paymentNotice: PaymentNotice = {
  id: ids.notice,
  kind: 'payment-notice',
  issuedOn: '2026-10-20',
  subject: subject('Koulutus alkaa: Ohjelmistokehittäjä', 'Utbildningen börjar: Programutvecklare', 'Training starts: Software developer'),
  noticeKind: 'training-start',
  training: subject('Ohjelmistokehittäjän koulutus', 'Utbildning till programutvecklare', 'Software developer training'),
  provider: 'Koulutus Oy',
  startDate: '2026-11-02',
  endDate: '2027-04-30',
  payer: subject('Kela', 'FPA', 'Kela'),
  body: [
    subject(
      'Työttömyysetuutta maksetaan koulutuksen ajalta.',
      'Arbetslöshetsförmån betalas under utbildningen.',
      'Unemployment benefit is paid for the time of the training.',
    ),
  ],
  issuer: contact,
};

/** The answer to Tessa's request, received at 12.00 Helsinki time, with one file. */
export const answerReceipt: AnswerReceipt = {
  answer: {
    id: ids.answer,
    kind: 'answer',
    receivedAt: '2026-11-25T10:00:00.000Z',
    late: false,
    text: 'Työnantaja irtisanoi minut tuotannollisista syistä.',
    attachments: [contractPdf],
  },
  requestState: 'in-processing',
};

/** A supplement of attachments, for Sven's request. */
export const supplementReceipt: AnswerReceipt = {
  answer: {
    id: ids.answer,
    kind: 'supplement',
    receivedAt: '2026-11-25T10:00:00.000Z',
    late: false,
    text: null,
    attachments: [payslipPdf],
  },
  requestState: 'in-processing',
};

// A fake backend -----------------------------------------------------------------------------------

// The fake backend is the kit's (the same for every area).
export { apiError, json, restoreFetch, stubFetch, type FetchCall } from '@portal/ui-kit/testing';
