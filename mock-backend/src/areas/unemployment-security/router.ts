// Unemployment-security data as the person sees it (seed lines 2 and 12): the events list, each event
// in full, a request for clarification with its answers, uploading and removing attachments, sending
// the answer (or a later supplement of attachments), downloading one's own attachment, and the front
// page's current items. A missed or lost answer can cost a benefit, so: every write is idempotent by
// the client's key, a request's writes are serialised by its row lock, files are stored before their
// row is (and removed if the row is not), and a late answer is accepted and marked late.
import { pipeline } from 'node:stream/promises';
import { Router, type NextFunction, type Request, type Response } from 'express';
import {
  API_ERROR_CODES,
  CurrentItemsResponseSchema,
  daysBetween,
  parseOrThrow,
  type CurrentItem,
  type LocalizedText,
} from '@portal/shared-contracts';
import {
  AnswerReceiptSchema,
  AnswerRequestSchema,
  ATTACHMENT_MEDIA_TYPES,
  ATTACHMENTS_PER_ANSWER_MAX,
  AttachmentSchema,
  ClarificationRequestSchema,
  EventDetailSchema,
  EventListSchema,
  OPEN_REQUEST_STATES,
  UNEMPLOYMENT_SECURITY_ERRORS as E,
  UNEMPLOYMENT_SECURITY_PATHS as PATHS,
  type Answer,
  type Attachment,
  type AttachmentLimits,
  type ClarificationRequest,
  type EventDetail,
  type EventSummary,
  type RequestState,
} from '@portal/shared-contracts/unemployment-security';
import { attachmentFiles } from './attachment-files.js';
import { acceptedFile, singleFileUpload } from './upload.js';
import { helsinkiDate } from '../../platform/calendar.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../storage/storage.js';
import {
  attachToAnswer,
  deletePendingAttachment,
  findAnswerByKey,
  findAttachment,
  findAttachmentByKey,
  findEvent,
  insertAnswer,
  insertAttachment,
  listAnswers,
  listAttachments,
  listEvents,
  lockRequest,
  pendingBytes,
  setRequestState,
  type AnswerRow,
  type AttachmentRow,
  type EventWithRequest,
  type RequestRow,
} from './store.js';
import { httpError } from '../../platform/errors.js';
import { idempotencyKey } from '../../platform/idempotency.js';
import { requirePerson } from '../../identity/sessions/middleware.js';
import { unstorablePath, validateOrThrow } from '../../platform/validation.js';
import { pattern, route } from '../../platform/paths.js';
import { isUuid } from '../../platform/uuid.js';

const AREA = 'unemployment-security';

export interface UnemploymentSecurityOptions {
  /** Where the attachments' bytes are kept (config ATTACHMENT_DIR). */
  readonly attachmentDir: string;
  readonly attachmentMaxBytes: number;
  readonly answerMaxBytes: number;
}

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

const isOpen = (state: RequestState): boolean => (OPEN_REQUEST_STATES as readonly RequestState[]).includes(state);

/** The state after an answer or supplement: processing once as many files as required have come, or the date has passed. */
export function stateAfterSending(requiredCount: number, sentCount: number, returnDate: string, today: string): RequestState {
  return sentCount >= requiredCount || today > returnDate ? 'in-processing' : 'awaiting-attachments';
}

// ---------------------------------------------------------------------------------------------
// DTOs

function toAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    fileName: row.fileName,
    mediaType: row.mediaType,
    size: row.size,
    uploadedAt: row.uploadedAt.toISOString(),
    href: PATHS.attachment(row.id),
  };
}

function toAnswer(row: AnswerRow, files: readonly AttachmentRow[]): Answer {
  return {
    id: row.id,
    kind: row.kind,
    receivedAt: row.receivedAt.toISOString(),
    late: row.late,
    text: row.text,
    attachments: files.filter((file) => file.answerId === row.id).map(toAttachment),
  };
}

function requestDetail(event: EventWithRequest['event']) {
  if (event.detail.kind !== 'clarification-request') throw new Error(`Event ${event.id} is not a request for clarification`);
  return event.detail;
}

function toSummary({ event, request }: EventWithRequest, today: string): EventSummary {
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

async function toRequest(
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

function toEventDetail(row: EventWithRequest): Exclude<EventDetail, ClarificationRequest> {
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
        const { limits: _limits, canAnswer: _canAnswer, canSupplement: _canSupplement, daysLeft: _daysLeft, ...request } = await toRequest(db, row, today, EXPORT_LIMITS);
        return request;
      }),
    ),
  };
}

// Not part of the export; toRequest needs some.
const EXPORT_LIMITS: AttachmentLimits = { maxFileBytes: 1, maxAnswerBytes: 1, maxFiles: 1, mediaTypes: [] };

// ---------------------------------------------------------------------------------------------
// Errors

function notFound(what: string): never {
  throw httpError(404, API_ERROR_CODES.notFound, `No such ${what}.`);
}

function closed(message: string): never {
  throw httpError(409, API_ERROR_CODES.conflict, message, [{ path: 'request', message: E.requestClosed }]);
}

function invalid(message: string, path: string, issue: string): never {
  throw httpError(400, API_ERROR_CODES.validationFailed, message, [{ path, message: issue }]);
}

/** As platform/idempotency.ts accepts them. */
const UPLOAD_KEY = /^[A-Za-z0-9_-]{8,100}$/;


function idParam(req: Request, what: string): string {
  const id = req.params['id'];
  if (!isUuid(id)) notFound(what);
  return id.toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// The router

export function unemploymentSecurityRouter(db: Database, clock: Clock, options: UnemploymentSecurityOptions): Router {
  const router = Router();
  const files = attachmentFiles(options.attachmentDir);
  const limits: AttachmentLimits = {
    maxFileBytes: options.attachmentMaxBytes,
    maxAnswerBytes: options.answerMaxBytes,
    maxFiles: ATTACHMENTS_PER_ANSWER_MAX,
    mediaTypes: [...ATTACHMENT_MEDIA_TYPES],
  };
  const today = (): string => helsinkiDate(clock());
  const requestPath = pattern(PATHS.request);
  const attachmentPath = pattern(PATHS.attachment);

  router.get(route(PATHS.events), async (req, res) => {
    const person = requirePerson(req);
    const day = today();
    const events = (await listEvents(db, person.id)).map((row) => toSummary(row, day));
    res.set('Cache-Control', 'no-store');
    res.json(parseOrThrow(EventListSchema, { events }, `GET ${PATHS.events}`));
  });

  router.get(pattern(PATHS.event), async (req, res) => {
    const person = requirePerson(req);
    const row = await findEvent(db, person.id, idParam(req, 'event'));
    if (!row) notFound('event');
    const body: EventDetail = isRequest(row) ? await toRequest(db, row, today(), limits) : toEventDetail(row);
    res.set('Cache-Control', 'no-store');
    res.json(parseOrThrow(EventDetailSchema, body, `GET ${PATHS.event(':id')}`));
  });

  router.get(requestPath, async (req, res) => {
    const person = requirePerson(req);
    const row = await findEvent(db, person.id, idParam(req, 'request for clarification'));
    if (!row || !isRequest(row)) notFound('request for clarification');
    res.set('Cache-Control', 'no-store');
    res.json(parseOrThrow(ClarificationRequestSchema, await toRequest(db, row, today(), limits), `GET ${PATHS.request(':id')}`));
  });

  // Everything that does not need the body first, so a stranger's 10 MB is never read.
  const beforeUpload = async (req: Request, _res: Response, next: NextFunction): Promise<void> => {
    const person = requirePerson(req);
    idempotencyKey(req);
    const row = await findEvent(db, person.id, idParam(req, 'request for clarification'));
    if (!row || !isRequest(row)) notFound('request for clarification');
    next();
  };

  router.post(pattern(PATHS.requestAttachments), beforeUpload, singleFileUpload(options.attachmentMaxBytes), async (req, res) => {
    const person = requirePerson(req);
    const key = idempotencyKey(req);
    const requestId = idParam(req, 'request for clarification');
    // A retry of an upload that was stored (its answer lost on the way): the first one's row.
    const replayed = await findAttachmentByKey(db, person.id, key);
    if (replayed) {
      if (replayed.requestId !== requestId) invalid('This Idempotency-Key was used for another upload.', 'Idempotency-Key', 'key.reused');
      res.status(200).json(parseOrThrow(AttachmentSchema, toAttachment(replayed), 'upload replay'));
      return;
    }
    const file = await acceptedFile(req);
    const storageName = await files.save(file.bytes);
    let stored: AttachmentRow | undefined;
    let replay: AttachmentRow | undefined;
    try {
      ({ stored, replay } = await db.transaction(async (tx) => {
        const row = await lockRequest(tx, person.id, requestId);
        if (!row || !isRequest(row)) notFound('request for clarification');
        const first = await findAttachmentByKey(tx, person.id, key);
        if (first) return { stored: undefined, replay: first };
        if (!isOpen(effectiveState(row.request, today()))) closed('This request is no longer open for attachments.');
        const pending = (await listAttachments(tx, requestId)).filter((existing) => existing.answerId === null);
        if (pending.length >= ATTACHMENTS_PER_ANSWER_MAX) {
          invalid(`At most ${ATTACHMENTS_PER_ANSWER_MAX} files can be sent at once.`, 'file', E.attachmentsTooMany);
        }
        if ((await pendingBytes(tx, requestId)) + file.bytes.byteLength > options.answerMaxBytes) {
          throw httpError(413, API_ERROR_CODES.payloadTooLarge, `The answer's files together would be larger than ${options.answerMaxBytes} bytes.`, [
            { path: 'file', message: E.answerTooLarge },
          ]);
        }
        const inserted = await insertAttachment(tx, {
          personId: person.id,
          requestId,
          answerId: null,
          idempotencyKey: key,
          fileName: file.fileName,
          mediaType: file.mediaType,
          size: file.bytes.byteLength,
          storageName,
          uploadedAt: clock(),
        });
        return inserted ? { stored: inserted, replay: undefined } : { stored: undefined, replay: await findAttachmentByKey(tx, person.id, key) };
      }));
    } finally {
      // Nothing refers to the file unless its row was stored.
      if (!stored) await files.remove(storageName);
    }
    const row = stored ?? replay;
    if (!row) throw new Error('An attachment key conflicted, but no attachment has it');
    res.status(stored ? 201 : 200).json(parseOrThrow(AttachmentSchema, toAttachment(row), `POST ${PATHS.requestAttachments(':id')}`));
  });

  router.get(attachmentPath, async (req, res) => {
    const person = requirePerson(req);
    const row = await findAttachment(db, person.id, idParam(req, 'attachment'));
    if (!row) notFound('attachment');
    // Always a download, of the type found in its content when it came: never rendered by the browser.
    res.attachment(row.fileName);
    res.type(row.mediaType);
    res.set({ 'Cache-Control': 'private, no-store', 'Content-Length': String(row.size), 'X-Content-Type-Options': 'nosniff' });
    await pipeline(files.open(row.storageName), res);
  });

  router.delete(attachmentPath, async (req, res) => {
    const person = requirePerson(req);
    const id = idParam(req, 'attachment');
    const removed = await db.transaction(async (tx) => {
      const row = await findAttachment(tx, person.id, id);
      // Unknown, another person's, or removed already (a retried removal): the client treats 404 as gone.
      if (!row) notFound('attachment');
      // Through the request's lock, so a removal cannot slip between an answer's check and its send.
      await lockRequest(tx, person.id, row.requestId);
      const deleted = await deletePendingAttachment(tx, person.id, id);
      if (!deleted) closed('This file has been sent already; it cannot be removed.');
      return deleted;
    });
    await files.remove(removed.storageName);
    res.status(204).end();
  });

  // A file whose upload failed without an answer may still have been stored: the form removes it by
  // the key it sent it with, so nothing the person removed comes back after a reload.
  router.delete(route(PATHS.upload('KEY')).replace(/\/KEY$/, '/:key'), async (req, res) => {
    const person = requirePerson(req);
    const key = req.params['key'];
    const row = typeof key === 'string' && UPLOAD_KEY.test(key) ? await findAttachmentByKey(db, person.id, key) : undefined;
    if (!row) notFound('upload');
    const removed = await db.transaction(async (tx) => {
      await lockRequest(tx, person.id, row.requestId);
      const deleted = await deletePendingAttachment(tx, person.id, row.id);
      if (!deleted) closed('This file has been sent already; it cannot be removed.');
      return deleted;
    });
    await files.remove(removed.storageName);
    res.status(204).end();
  });

  router.post(pattern(PATHS.answers), async (req, res) => {
    const person = requirePerson(req);
    const key = idempotencyKey(req);
    const requestId = idParam(req, 'request for clarification');
    const body = validateOrThrow(AnswerRequestSchema, req.body, 'The answer is not valid.');
    const unstorable = unstorablePath(body);
    if (unstorable !== undefined) invalid('The answer contains characters that cannot be stored.', unstorable, E.textRequired);

    const outcome = await db.transaction(async (tx) => {
      const row = await lockRequest(tx, person.id, requestId);
      if (!row || !isRequest(row)) notFound('request for clarification');
      const first = await findAnswerByKey(tx, person.id, key);
      if (first) {
        if (first.requestId !== requestId) invalid('This Idempotency-Key was used for another answer.', 'Idempotency-Key', 'key.reused');
        return { replayed: true, answer: first, state: effectiveState(row.request, today()) };
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
        if (!pending.has(id)) invalid('A file is not among this request’s uploads, or was sent already.', `attachmentIds.${index}`, E.attachmentUnknown);
      });

      const answer = await insertAnswer(tx, { requestId, personId: person.id, kind, text, late: day > row.request.returnDate, receivedAt: now, idempotencyKey: key });
      await attachToAnswer(tx, ids, answer.id);
      const sentCount = all.filter((file) => file.answerId !== null).length + ids.length;
      const next = stateAfterSending(requestDetail(row.event).requiredAttachments.length, sentCount, row.request.returnDate, day);
      await setRequestState(tx, requestId, next, now);
      return { replayed: false, answer, state: next };
    });
    const attachmentsNow = await listAttachments(db, requestId);
    const receipt = { answer: toAnswer(outcome.answer, attachmentsNow), requestState: outcome.state };
    res.status(outcome.replayed ? 200 : 201).json(parseOrThrow(AnswerReceiptSchema, receipt, `POST ${PATHS.answers(':id')}`));
  });

  router.get(route(PATHS.currentItems), async (req, res) => {
    const person = requirePerson(req);
    const items = currentItems(await listEvents(db, person.id), today());
    res.set('Cache-Control', 'no-store');
    res.json(parseOrThrow(CurrentItemsResponseSchema, { items }, `GET ${PATHS.currentItems}`));
  });

  return router;
}
