import * as v from 'valibot';
import { IsoDate, IsoTimestamp, Id, type ErrorCodeOf } from './primitives.js';
import { LocalizedTextSchema } from '../locale.js';

/**
 * Unemployment-security data (työttömyysturvatiedot): the events the office has issued to the
 * person (labour-policy statements, requests for clarification, training payment notices), and the
 * person's answer to a request for clarification with its attachments. A subpath of the contracts,
 * like job-search: only this area's module and the backend bundle it.
 *
 * As elsewhere, issue messages are codes that the UI says in the person's language next to the
 * field, and the API returns in its error details.
 */
export const UNEMPLOYMENT_SECURITY_ERRORS = {
  textRequired: 'text.required',
  textTooLong: 'text.too-long',
  attachmentsRequired: 'attachments.required',
  attachmentsTooMany: 'attachments.too-many',
  attachmentUnknown: 'attachments.unknown',
  /** The file is not a PDF, JPEG or PNG by its content, whatever its name or declared type says. */
  fileType: 'file.type',
  fileEmpty: 'file.empty',
  /** Larger than the per-file limit (`ATTACHMENT_MAX_BYTES`, 10 MB by default). */
  fileTooLarge: 'file.too-large',
  /** The answer's files together would pass the per-answer limit (`ANSWER_MAX_BYTES`, 25 MB). */
  answerTooLarge: 'answer.too-large',
  /** A name with a path, control characters, or longer than 200 characters. */
  fileName: 'file.name',
  /** The multipart body was not a single well-formed file part named "file". */
  fileMissing: 'file.missing',
  /** The request is no longer open for this: answered already, or processed. */
  requestClosed: 'request.closed',
} as const;
export type UnemploymentSecurityError = ErrorCodeOf<typeof UNEMPLOYMENT_SECURITY_ERRORS>;
const E = UNEMPLOYMENT_SECURITY_ERRORS;

/** Longest answer text; about four pages. */
export const ANSWER_TEXT_MAX = 8000;
/** Most files one answer or supplement can carry. */
export const ATTACHMENTS_PER_ANSWER_MAX = 20;
export const ATTACHMENT_NAME_MAX = 200;

/** What the backend accepts, judged by the file's first bytes, never its name or declared type. */
export const ATTACHMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

/** Default limits; the backend's are configurable and are told to the client in `AttachmentLimits`. */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_ANSWER_MAX_BYTES = 25 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Events

export const EVENT_KINDS = ['statement', 'clarification-request', 'payment-notice'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * A request for clarification's states (DOMAIN.md). It moves to `in-processing` when everything
 * required has arrived, or when its return date has passed while awaiting attachments. An
 * unanswered request past its return date stays `awaiting-answer`: a late answer is still
 * accepted, and marked late.
 */
export const REQUEST_STATES = [
  'awaiting-answer',
  'awaiting-attachments',
  'in-processing',
  'processed',
  'unfounded',
  'further-clarification-requested',
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

/** States in which the person is expected to act (answer, or send the missing attachments). */
export const OPEN_REQUEST_STATES = ['awaiting-answer', 'awaiting-attachments'] as const satisfies readonly RequestState[];

export const PAYMENT_NOTICE_KINDS = ['training-start', 'training-end', 'other'] as const;
export type PaymentNoticeKind = (typeof PAYMENT_NOTICE_KINDS)[number];

/** Who gives more information on an event: an office or a named official, with contact channels. */
export const ContactSchema = v.object({
  name: LocalizedTextSchema,
  phone: v.nullable(v.string()),
  email: v.nullable(v.string()),
});
export type Contact = v.InferOutput<typeof ContactSchema>;

const EventBase = {
  id: Id,
  issuedOn: IsoDate,
  subject: LocalizedTextSchema,
};

export const StatementSummarySchema = v.object({
  ...EventBase,
  kind: v.literal('statement'),
  /** A cancelled statement stays in the list, marked as cancelled. */
  cancelledOn: v.nullable(IsoDate),
});

export const RequestSummarySchema = v.object({
  ...EventBase,
  kind: v.literal('clarification-request'),
  state: v.picklist(REQUEST_STATES),
  returnDate: IsoDate,
});

export const PaymentNoticeSummarySchema = v.object({
  ...EventBase,
  kind: v.literal('payment-notice'),
  noticeKind: v.picklist(PAYMENT_NOTICE_KINDS),
});

export const EventSummarySchema = v.variant('kind', [StatementSummarySchema, RequestSummarySchema, PaymentNoticeSummarySchema]);
export type EventSummary = v.InferOutput<typeof EventSummarySchema>;

/** `GET /api/unemployment-security/events`: newest first by issue date. */
export const EventListSchema = v.object({ events: v.array(EventSummarySchema) });
export type EventList = v.InferOutput<typeof EventListSchema>;

/** What a statement and a payment notice both carry: the payer they concern, their text and who issued them. */
const Issued = {
  /** The benefit payer (Kela or a fund), by name: the one a statement binds, or who pays during the training. */
  payer: LocalizedTextSchema,
  /** The statement or notice itself, paragraph by paragraph. */
  body: v.array(LocalizedTextSchema),
  issuer: ContactSchema,
};

export const StatementSchema = v.object({
  ...EventBase,
  kind: v.literal('statement'),
  cancelledOn: v.nullable(IsoDate),
  cancellationReason: v.nullable(LocalizedTextSchema),
  /** The provisions it is based on, e.g. "Työttömyysturvalaki 1290/2002, 2 luku 14 §". */
  legalBasis: LocalizedTextSchema,
  /** From when the statement has effect; null when it has none (e.g. a right to benefit without a waiting time). */
  effectiveFrom: v.nullable(IsoDate),
  ...Issued,
});
export type Statement = v.InferOutput<typeof StatementSchema>;

export const PaymentNoticeSchema = v.object({
  ...EventBase,
  kind: v.literal('payment-notice'),
  noticeKind: v.picklist(PAYMENT_NOTICE_KINDS),
  training: LocalizedTextSchema,
  /** The training in the portal's catalogue (`/training/:id`) the notice is about, when it is one of them. */
  trainingId: v.optional(Id),
  provider: v.string(),
  startDate: v.nullable(IsoDate),
  endDate: v.nullable(IsoDate),
  ...Issued,
});
export type PaymentNotice = v.InferOutput<typeof PaymentNoticeSchema>;

// ---------------------------------------------------------------------------------------------
// Attachments, answers and the request for clarification

export const AttachmentSchema = v.object({
  id: Id,
  /** The person's own file name, cleaned; the stored file has a name the backend chose. */
  fileName: v.string(),
  mediaType: v.picklist(ATTACHMENT_MEDIA_TYPES),
  size: v.pipe(v.number(), v.integer(), v.minValue(1)),
  uploadedAt: IsoTimestamp,
  /** Where its owner downloads it (`Content-Disposition: attachment`). */
  href: v.pipe(v.string(), v.startsWith('/api/')),
});
export type Attachment = v.InferOutput<typeof AttachmentSchema>;

export const AnswerSchema = v.object({
  id: Id,
  /** `answer` is the first reply with its text; `supplement` adds attachments later. */
  kind: v.picklist(['answer', 'supplement']),
  receivedAt: IsoTimestamp,
  /** Received after the request's return date (Helsinki time). */
  late: v.boolean(),
  /** Null for a supplement. */
  text: v.nullable(v.string()),
  attachments: v.array(AttachmentSchema),
});
export type Answer = v.InferOutput<typeof AnswerSchema>;

export const AttachmentLimitsSchema = v.object({
  maxFileBytes: v.pipe(v.number(), v.integer(), v.minValue(1)),
  maxAnswerBytes: v.pipe(v.number(), v.integer(), v.minValue(1)),
  maxFiles: v.pipe(v.number(), v.integer(), v.minValue(1)),
  mediaTypes: v.array(v.picklist(ATTACHMENT_MEDIA_TYPES)),
});
export type AttachmentLimits = v.InferOutput<typeof AttachmentLimitsSchema>;

/** `GET /api/unemployment-security/requests/:id`. */
export const ClarificationRequestSchema = v.object({
  ...EventBase,
  kind: v.literal('clarification-request'),
  state: v.picklist(REQUEST_STATES),
  /** What the person must explain, paragraph by paragraph. */
  explain: v.array(LocalizedTextSchema),
  /** The attachments required, one per line (e.g. "the employment contract"). */
  requiredAttachments: v.array(LocalizedTextSchema),
  returnDate: IsoDate,
  /** Days from today (Helsinki) to the return date; negative when it has passed. */
  daysLeft: v.number(),
  contact: ContactSchema,
  /** What the person can do now. */
  canAnswer: v.boolean(),
  canSupplement: v.boolean(),
  /** Sent answers and supplements, oldest first. */
  answers: v.array(AnswerSchema),
  /**
   * Files uploaded for this request but not yet sent: they survive a reload or a dropped
   * connection, and are sent with the next answer or supplement (or removed by the person).
   */
  pendingAttachments: v.array(AttachmentSchema),
  limits: AttachmentLimitsSchema,
});
export type ClarificationRequest = v.InferOutput<typeof ClarificationRequestSchema>;

/** `GET /api/unemployment-security/events/:id`: any event in full. */
export const EventDetailSchema = v.variant('kind', [StatementSchema, PaymentNoticeSchema, ClarificationRequestSchema]);
export type EventDetail = v.InferOutput<typeof EventDetailSchema>;

/**
 * `POST /api/unemployment-security/requests/:id/answers` with an `Idempotency-Key`: the first
 * answer needs `text`; a later one while `awaiting-attachments` is a supplement with attachments
 * only (its `text` is ignored). The attachments are ids of pending uploads for this request.
 */
export const AnswerRequestSchema = v.object({
  text: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(ANSWER_TEXT_MAX, E.textTooLong))),
  attachmentIds: v.pipe(v.array(Id), v.maxLength(ATTACHMENTS_PER_ANSWER_MAX, E.attachmentsTooMany)),
});
export type AnswerRequest = v.InferOutput<typeof AnswerRequestSchema>;

/** The receipt: the stored answer and the request's state after it. */
export const AnswerReceiptSchema = v.object({
  answer: AnswerSchema,
  requestState: v.picklist(REQUEST_STATES),
});
export type AnswerReceipt = v.InferOutput<typeof AnswerReceiptSchema>;

/** `POST /office-api/clarification-requests`: the office side, mocked, creating a request for a person. */
export const OfficeRequestCreateSchema = v.object({
  /** The person, by henkilötunnus (the office's key) or by the portal's person id. */
  hetu: v.optional(v.string()),
  personId: v.optional(Id),
  subject: LocalizedTextSchema,
  explain: v.pipe(v.array(LocalizedTextSchema), v.minLength(1)),
  requiredAttachments: v.array(LocalizedTextSchema),
  returnDate: IsoDate,
  contact: ContactSchema,
});
export type OfficeRequestCreate = v.InferOutput<typeof OfficeRequestCreateSchema>;

/** `PATCH /office-api/clarification-requests/:id`: the office's decision on a request in processing. */
export const OfficeRequestUpdateSchema = v.object({
  state: v.picklist(['in-processing', 'processed', 'unfounded', 'further-clarification-requested']),
});
export type OfficeRequestUpdate = v.InferOutput<typeof OfficeRequestUpdateSchema>;

/** The header and form field of an upload: one file per request, so each shows its own progress and retries alone. */
export const ATTACHMENT_FIELD = 'file';

export const UNEMPLOYMENT_SECURITY_PATHS = {
  events: '/api/unemployment-security/events',
  event: (id: string) => `/api/unemployment-security/events/${encodeURIComponent(id)}`,
  request: (id: string) => `/api/unemployment-security/requests/${encodeURIComponent(id)}`,
  /** POST multipart (field "file") with an Idempotency-Key: a pending attachment for this request. */
  requestAttachments: (id: string) => `/api/unemployment-security/requests/${encodeURIComponent(id)}/attachments`,
  answers: (id: string) => `/api/unemployment-security/requests/${encodeURIComponent(id)}/answers`,
  /** GET downloads it (owner only); DELETE removes a pending one. */
  attachment: (id: string) => `/api/unemployment-security/attachments/${encodeURIComponent(id)}`,
  /**
   * DELETE removes the pending upload made with this Idempotency-Key: for a file whose upload
   * failed without an answer, which may or may not have reached the server. 204 removed, 404 none.
   */
  upload: (key: string) => `/api/unemployment-security/uploads/${encodeURIComponent(key)}`,
  currentItems: '/api/unemployment-security/current-items',
} as const;
