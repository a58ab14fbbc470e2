// Unemployment-security data as the person sees it (seed lines 2 and 12): the rules of a request for
// clarification's state, the events and requests as the API gives them, sending the answer (or a
// later supplement of attachments), the front page's current items and the export's part. A missed
// or lost answer can cost a benefit, so: every write is idempotent by the client's key, a request's
// writes are serialised by its row lock, and a late answer is accepted and marked late. The files
// themselves are attachments-service.ts's.
import { API_ERROR_CODES, daysBetween, parseOrThrow, type CurrentItem, type LocalizedText } from '@portal/shared-contracts';
import {
  AnswerReceiptSchema,
  OPEN_REQUEST_STATES,
  UNEMPLOYMENT_SECURITY_ERRORS as E,
  UNEMPLOYMENT_SECURITY_PATHS as PATHS,
  type Answer,
  type AnswerReceipt,
  type AnswerRequest,
  type Attachment,
  type AttachmentLimits,
  type ClarificationRequest,
  type EventDetail,
  type EventSummary,
  type RequestState,
} from '@portal/shared-contracts/unemployment-security';
import { helsinkiDate } from '../../platform/calendar.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../storage/storage.js';
import {
  attachToAnswer,
  findAnswerByKey,
  findEvent,
  insertAnswer,
  listAnswers,
  listAttachments,
  listEvents,
  lockRequest,
  setRequestState,
  type AnswerRow,
  type AttachmentRow,
  type EventWithRequest,
  type RequestRow,
} from './store.js';
import { httpError } from '../../platform/errors.js';
import { unstorablePath } from '../../platform/validation.js';

const AREA = 'unemployment-security';

// ---------------------------------------------------------------------------------------------
// Rules

/**
 * The state as it is today. A request awaiting attachments goes to processing when its return date
 * has passed (DOMAIN.md): the office decides on what it has. An unanswered one stays awaiting its
 * answer, which is still accepted, late.
 */
export function effectiveState(request: Pick<RequestRow, 'state' | 'returnDate'>, today: string): RequestState {
  if (request.state === 'awaiting-attachments' && today > request.returnDate) return 'in-processing';
  return request.state;
}

export const isOpen = (state: RequestState): boolean => (OPEN_REQUEST_STATES as readonly RequestState[]).includes(state);

/** The state after an answer or supplement: processing once as many files as required have come, or the date has passed. */
export function stateAfterSending(requiredCount: number, sentCount: number, returnDate: string, today: string): RequestState {
  return sentCount >= requiredCount || today > returnDate ? 'in-processing' : 'awaiting-attachments';
}

// ---------------------------------------------------------------------------------------------
// DTOs

export function toAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    fileName: row.fileName,
    mediaType: row.mediaType,
    size: row.size,
    uploadedAt: row.uploadedAt.toISOString(),
    href: PATHS.attachment(row.id),
  };
}

export function toAnswer(row: AnswerRow, files: readonly AttachmentRow[]): Answer {
  return {
    id: row.id,
    kind: row.kind,
    receivedAt: row.receivedAt.toISOString(),
    late: row.late,
    text: row.text,
    attachments: files.filter((file) => file.answerId === row.id).map(toAttachment),
  };
}

export function requestDetail(event: EventWithRequest['event']) {
  if (event.detail.kind !== 'clarification-request') throw new Error(`Event ${event.id} is not a request for clarification`);
  return event.detail;
}

export function toSummary({ event, request }: EventWithRequest, today: string): EventSummary {
  const detail = event.detail;
  const base = { id: event.id, issuedOn: event.issuedOn, subject: event.subject };
  switch (detail.kind) {
    case 'statement':
      return { ...base, kind: 'statement', cancelledOn: detail.cancelledOn };
    case 'payment-notice':
      return { ...base, kind: 'payment-notice', noticeKind: detail.noticeKind };
    case 'clarification-request':
      if (!request) throw new Error(`Request ${event.id} has no state row`);
      return { ...base, kind: 'clarification-request', state: effectiveState(request, today), returnDate: request.returnDate };
  }
}

export function isRequest(row: EventWithRequest): row is { event: EventWithRequest['event']; request: RequestRow } {
  return row.request !== null && row.event.kind === 'clarification-request';
}

export async function toRequest(
  db: Database,
  row: { event: EventWithRequest['event']; request: RequestRow },
  today: string,
  limits: AttachmentLimits,
): Promise<ClarificationRequest> {
  const { event, request } = row;
  const detail = requestDetail(event);
  const [answers, files] = await Promise.all([listAnswers(db, event.id), listAttachments(db, event.id)]);
  const state = effectiveState(request, today);
  return {
    id: event.id,
    kind: 'clarification-request',
    issuedOn: event.issuedOn,
    subject: event.subject,
    state,
    explain: detail.explain,
    requiredAttachments: detail.requiredAttachments,
    returnDate: request.returnDate,
    daysLeft: daysBetween(today, request.returnDate),
    contact: detail.contact,
    canAnswer: state === 'awaiting-answer',
    canSupplement: state === 'awaiting-attachments',
    answers: answers.map((answer) => toAnswer(answer, files)),
    pendingAttachments: files.filter((file) => file.answerId === null).map(toAttachment),
    limits,
  };
}

export function toEventDetail(row: EventWithRequest): Exclude<EventDetail, ClarificationRequest> {
  const { event } = row;
  const base = { id: event.id, issuedOn: event.issuedOn, subject: event.subject };
  const detail = event.detail;
  switch (detail.kind) {
    case 'statement':
      return { ...base, ...detail };
    case 'payment-notice':
      return { ...base, ...detail };
    case 'clarification-request':
      throw new Error('A request for clarification is answered by toRequest');
  }
}

const CURRENT_ITEM_TITLES: Record<'answer' | 'attachments', LocalizedText> = {
  answer: { fi: 'Vastaa selvityspyyntöön', sv: 'Svara på begäran om utredning', en: 'Answer the request for clarification' },
  attachments: { fi: 'Lähetä selvityspyynnön puuttuvat liitteet', sv: 'Skicka de bilagor som saknas', en: 'Send the missing attachments' },
};

export function currentItems(events: readonly EventWithRequest[], today: string): CurrentItem[] {
  return events.filter(isRequest).flatMap(({ event, request }): CurrentItem[] => {
    const state = effectiveState(request, today);
    if (!isOpen(state)) return [];
    return [
      {
        id: `request-${event.id}`,
        area: AREA,
        kind: 'deadline',
        title: CURRENT_ITEM_TITLES[state === 'awaiting-answer' ? 'answer' : 'attachments'],
        description: event.subject,
        dueDate: request.returnDate,
        href: `/${AREA}/requests/${event.id}`,
        urgency: 'action',
      },
    ];
  });
}

/**
 * Everything of the area in the person's own-data file (GET /api/profile/export): each event in full,
 * requests with their answers and files (names, types, sizes; the bytes are downloaded one by one).
 * Without what only the form needs (limits, what can be done now, days left).
 */
export async function unemploymentSecurityExport(db: Database, personId: string, today: string) {
  const rows = await listEvents(db, personId);
  return {
    events: await Promise.all(
      rows.map(async (row) => {
        if (!isRequest(row)) return toEventDetail(row);
        const {
          limits: _limits,
          canAnswer: _canAnswer,
          canSupplement: _canSupplement,
          daysLeft: _daysLeft,
          ...request
        } = await toRequest(db, row, today, EXPORT_LIMITS);
        return request;
      }),
    ),
  };
}

// Not part of the export; toRequest needs some.
const EXPORT_LIMITS: AttachmentLimits = { maxFileBytes: 1, maxAnswerBytes: 1, maxFiles: 1, mediaTypes: [] };

// ---------------------------------------------------------------------------------------------
// Errors

export function notFound(what: string): never {
  throw httpError(404, API_ERROR_CODES.notFound, `No such ${what}.`);
}

export function closed(message: string): never {
  throw httpError(409, API_ERROR_CODES.conflict, message, [{ path: 'request', message: E.requestClosed }]);
}

export function invalid(message: string, path: string, issue: string): never {
  throw httpError(400, API_ERROR_CODES.validationFailed, message, [{ path, message: issue }]);
}

// ---------------------------------------------------------------------------------------------
// Reading one

/** One event of the person in full: a request for clarification with its answers and files. */
export async function eventDetailOf(
  db: Database,
  personId: string,
  id: string,
  today: string,
  limits: AttachmentLimits,
): Promise<EventDetail> {
  const row = await findEvent(db, personId, id);
  if (!row) notFound('event');
  return isRequest(row) ? await toRequest(db, row, today, limits) : toEventDetail(row);
}

/** One request for clarification of the person; a 404 for any other event or id. */
export async function clarificationRequestOf(
  db: Database,
  personId: string,
  id: string,
  today: string,
  limits: AttachmentLimits,
): Promise<ClarificationRequest> {
  const row = await findEvent(db, personId, id);
  if (!row || !isRequest(row)) notFound('request for clarification');
  return toRequest(db, row, today, limits);
}

// ---------------------------------------------------------------------------------------------
// Sending the answer

export interface AnswerOutcome {
  readonly replayed: boolean;
  readonly receipt: AnswerReceipt;
}

/** The answer or a supplement to one request, with the files uploaded for it; `body` valid by the schema. */
export async function sendAnswer(
  db: Database,
  clock: Clock,
  personId: string,
  requestId: string,
  body: AnswerRequest,
  key: string,
): Promise<AnswerOutcome> {
  const unstorable = unstorablePath(body);
  if (unstorable !== undefined) invalid('The answer contains characters that cannot be stored.', unstorable, E.textRequired);

  const outcome = await db.transaction(async (tx) => {
    const row = await lockRequest(tx, personId, requestId);
    if (!row || !isRequest(row)) notFound('request for clarification');
    const first = await findAnswerByKey(tx, personId, key);
    if (first) {
      if (first.requestId !== requestId) invalid('This Idempotency-Key was used for another answer.', 'Idempotency-Key', 'key.reused');
      return { replayed: true, answer: first, state: effectiveState(row.request, helsinkiDate(clock())) };
    }
    const now = clock();
    const day = helsinkiDate(now);
    const state = effectiveState(row.request, day);
    const kind = state === 'awaiting-answer' ? 'answer' : state === 'awaiting-attachments' ? 'supplement' : undefined;
    if (kind === undefined) closed('This request has been answered and is no longer open.');
    const text = kind === 'answer' ? (body.text ?? '') : null;
    if (kind === 'answer' && text === '') invalid('Write your answer.', 'text', E.textRequired);
    if (kind === 'supplement' && body.attachmentIds.length === 0) invalid('Add at least one file.', 'attachmentIds', E.attachmentsRequired);

    const all = await listAttachments(tx, requestId);
    const pending = new Map(all.filter((file) => file.answerId === null).map((file) => [file.id, file]));
    const ids = [...new Set(body.attachmentIds.map((id) => id.toLowerCase()))];
    ids.forEach((id, index) => {
      if (!pending.has(id))
        invalid('A file is not among this request’s uploads, or was sent already.', `attachmentIds.${index}`, E.attachmentUnknown);
    });

    const answer = await insertAnswer(tx, {
      requestId,
      personId,
      kind,
      text,
      late: day > row.request.returnDate,
      receivedAt: now,
      idempotencyKey: key,
    });
    await attachToAnswer(tx, ids, answer.id);
    const sentCount = all.filter((file) => file.answerId !== null).length + ids.length;
    const next = stateAfterSending(requestDetail(row.event).requiredAttachments.length, sentCount, row.request.returnDate, day);
    await setRequestState(tx, requestId, next, now);
    return { replayed: false, answer, state: next };
  });
  const attachmentsNow = await listAttachments(db, requestId);
  const receipt = { answer: toAnswer(outcome.answer, attachmentsNow), requestState: outcome.state };
  return { replayed: outcome.replayed, receipt: parseOrThrow(AnswerReceiptSchema, receipt, `POST ${PATHS.answers(':id')}`) };
}
