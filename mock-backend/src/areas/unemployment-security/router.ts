// Unemployment-security data over HTTP (seed lines 2 and 12): the events list, each event in full, a
// request for clarification with its answers, uploading and removing attachments, sending the answer
// (or a later supplement of attachments), downloading one's own attachment, and the front page's
// current items. The rules are service.ts's and attachments-service.ts's.
import { pipeline } from 'node:stream/promises';
import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { CurrentItemsResponseSchema } from '@portal/shared-contracts';
import {
  AnswerRequestSchema,
  ATTACHMENT_MEDIA_TYPES,
  ATTACHMENTS_PER_ANSWER_MAX,
  ClarificationRequestSchema,
  EventDetailSchema,
  EventListSchema,
  UNEMPLOYMENT_SECURITY_PATHS as PATHS,
  type AttachmentLimits,
} from '@portal/shared-contracts/unemployment-security';
import { helsinkiDate } from '../../platform/calendar.js';
import type { Clock } from '../../platform/clock.js';
import { checkedGet } from '../../platform/handlers.js';
import { idempotencyKey } from '../../platform/idempotency.js';
import { pattern, route } from '../../platform/paths.js';
import { isUuid } from '../../platform/uuid.js';
import { validateOrThrow } from '../../platform/validation.js';
import type { Database } from '../../storage/storage.js';
import { requirePerson } from '../../identity/sessions/middleware.js';
import { readUpload, storedSize } from '../../platform/attachments/attachment-bytes.js';
import { NO_FOREGROUND, type Foreground } from '../../platform/foreground.js';
import { removeAttachment, removeUpload, replayedUpload, storeUpload, type AttachmentDeps } from './attachments-service.js';
import { clarificationRequestOf, currentItems, eventDetailOf, isRequest, notFound, sendAnswer, toSummary } from './service.js';
import { findAttachment, findEvent, listEvents } from './store.js';
import { receiveFile } from '../../platform/attachments/upload.js';

export interface UnemploymentSecurityOptions {
  readonly attachmentMaxBytes: number;
  readonly answerMaxBytes: number;
  /** Uploads give way to other requests on the embedded database (platform/foreground.ts). */
  readonly foreground?: Foreground;
}

interface Deps extends AttachmentDeps {
  readonly limits: AttachmentLimits;
  readonly today: () => string;
}

function idParam(req: Request, what: string): string {
  const id = req.params['id'];
  if (!isUuid(id)) notFound(what);
  return id.toLowerCase();
}

function getEvents({ db, today }: Deps): RequestHandler {
  return checkedGet(requirePerson, EventListSchema, `GET ${PATHS.events}`, async (person) => {
    const day = today();
    return { events: (await listEvents(db, person.id)).map((row) => toSummary(row, day)) };
  });
}

function getEvent({ db, today, limits }: Deps): RequestHandler {
  return checkedGet(requirePerson, EventDetailSchema, `GET ${PATHS.event(':id')}`, (person, req) =>
    eventDetailOf(db, person.id, idParam(req, 'event'), today(), limits),
  );
}

function getRequest({ db, today, limits }: Deps): RequestHandler {
  return checkedGet(requirePerson, ClarificationRequestSchema, `GET ${PATHS.request(':id')}`, (person, req) =>
    clarificationRequestOf(db, person.id, idParam(req, 'request for clarification'), today(), limits),
  );
}

/** Everything that does not need the body first, so a stranger's 10 MB is never read. */
function beforeUpload({ db }: Deps) {
  return async (req: Request, _res: Response, next: NextFunction): Promise<void> => {
    const person = requirePerson(req);
    idempotencyKey(req);
    const row = await findEvent(db, person.id, idParam(req, 'request for clarification'));
    if (!row || !isRequest(row)) notFound('request for clarification');
    next();
  };
}

function postAttachment(deps: Deps): RequestHandler {
  return async (req, res) => {
    // An upload is bulk work: the others are not to wait for it, nor it for itself.
    deps.foreground.leave(res);
    const person = requirePerson(req);
    const key = idempotencyKey(req);
    const requestId = idParam(req, 'request for clarification');
    const replayed = await replayedUpload(deps.db, person.id, requestId, key);
    if (replayed) {
      res.status(200).json(replayed);
      return;
    }
    const maxFileBytes = deps.limits.maxFileBytes;
    const outcome = await storeUpload(deps, person.id, requestId, key, (sink, chunkBytes) =>
      receiveFile(req, { maxFileBytes, chunkBytes, sink }),
    );
    res.status(outcome.created ? 201 : 200).json(outcome.attachment);
  };
}

function getAttachment({ db }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const row = await findAttachment(db, person.id, idParam(req, 'attachment'));
    if (!row) notFound('attachment');
    // Bytes that are not all there (a row from before attachments moved into the database) are a
    // fault of ours, found before a Content-Length that would promise them.
    if ((await storedSize(db, row.uploadId)) !== row.size) throw new Error(`The bytes of attachment ${row.id} are missing`);
    // Always a download, of the type found in its content when it came: never rendered by the browser.
    res.attachment(row.fileName);
    res.type(row.mediaType);
    res.set({ 'Cache-Control': 'private, no-store', 'Content-Length': String(row.size), 'X-Content-Type-Options': 'nosniff' });
    // A chunk at a time, as the client reads: never the whole file in memory.
    await pipeline(readUpload(db, row.uploadId), res);
  };
}

function deleteAttachment(deps: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    await removeAttachment(deps, person.id, idParam(req, 'attachment'));
    res.status(204).end();
  };
}

function deleteUpload(deps: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    await removeUpload(deps, person.id, req.params['key']);
    res.status(204).end();
  };
}

function postAnswer({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const key = idempotencyKey(req);
    const requestId = idParam(req, 'request for clarification');
    const body = validateOrThrow(AnswerRequestSchema, req.body, 'The answer is not valid.');
    const outcome = await sendAnswer(db, clock, person.id, requestId, body, key);
    res.status(outcome.replayed ? 200 : 201).json(outcome.receipt);
  };
}

function getCurrentItems({ db, today }: Deps): RequestHandler {
  return checkedGet(requirePerson, CurrentItemsResponseSchema, `GET ${PATHS.currentItems}`, async (person) => ({
    items: currentItems(await listEvents(db, person.id), today()),
  }));
}

export function unemploymentSecurityRouter(db: Database, clock: Clock, options: UnemploymentSecurityOptions): Router {
  const deps: Deps = {
    db,
    clock,
    answerMaxBytes: options.answerMaxBytes,
    foreground: options.foreground ?? NO_FOREGROUND,
    limits: {
      maxFileBytes: options.attachmentMaxBytes,
      maxAnswerBytes: options.answerMaxBytes,
      maxFiles: ATTACHMENTS_PER_ANSWER_MAX,
      mediaTypes: [...ATTACHMENT_MEDIA_TYPES],
    },
    today: () => helsinkiDate(clock()),
  };
  const attachmentPath = pattern(PATHS.attachment);
  const router = Router();
  router.get(route(PATHS.events), getEvents(deps));
  router.get(pattern(PATHS.event), getEvent(deps));
  router.get(pattern(PATHS.request), getRequest(deps));
  router.post(pattern(PATHS.requestAttachments), beforeUpload(deps), postAttachment(deps));
  router.get(attachmentPath, getAttachment(deps));
  router.delete(attachmentPath, deleteAttachment(deps));
  // A file whose upload failed without an answer may still have been stored: the form removes it by
  // the key it sent it with, so nothing the person removed comes back after a reload.
  router.delete(route(PATHS.upload('KEY')).replace(/\/KEY$/, '/:key'), deleteUpload(deps));
  router.post(pattern(PATHS.answers), postAnswer(deps));
  router.get(route(PATHS.currentItems), getCurrentItems(deps));
  return router;
}
