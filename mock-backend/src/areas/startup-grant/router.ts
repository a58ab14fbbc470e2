// The start-up grant over HTTP (seed lines 13 and 14): GET /api/startup-grant (applications with their
// timelines and supplement requests, the granted periods and their payment applications), sending an
// application, answering a supplement request, a payment application, the person's files (upload,
// download, removal) and the front page's current items. The draft of an application is the drafts
// area's (key `startup-grant.application`). The rules are service.ts's and attachments.ts's.
import { pipeline } from 'node:stream/promises';
import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { API_ERROR_CODES, CurrentItemsResponseSchema } from '@portal/shared-contracts';
import {
  ApplicationSubmitSchema,
  PaymentApplicationSchema,
  STARTUP_GRANT_DRAFT_KEY,
  STARTUP_GRANT_PATHS as PATHS,
  StartupGrantOverviewSchema,
  SupplementAnswerSchema,
} from '@portal/shared-contracts/startup-grant';
import { ATTACHMENT_MEDIA_TYPES, ATTACHMENTS_PER_ANSWER_MAX } from '@portal/shared-contracts/unemployment-security';
import { readUpload, storedSize } from '../../platform/attachments/attachment-bytes.js';
import { receiveFile } from '../../platform/attachments/upload.js';
import { helsinkiDate } from '../../platform/calendar.js';
import type { Clock } from '../../platform/clock.js';
import { httpError } from '../../platform/errors.js';
import { NO_FOREGROUND, type Foreground } from '../../platform/foreground.js';
import { checkedGet, idempotentPost } from '../../platform/handlers.js';
import { idempotencyKey } from '../../platform/idempotency.js';
import { pattern, route } from '../../platform/paths.js';
import { isUuid } from '../../platform/uuid.js';
import type { Database } from '../../storage/storage.js';
import { requirePerson } from '../../identity/sessions/middleware.js';
import { removeFile, replayedFile, storeFile, type FileDeps } from './attachments.js';
import { currentItems } from './current-items.js';
import { submitPayment } from './payments.js';
import { answerSupplementRequest, startupGrantOverview, submitApplication, type StartupGrantRules } from './service.js';
import { findAttachment } from './store.js';
import { findDraft } from '../drafts/store.js';

export interface StartupGrantOptions {
  readonly paymentApplicationMonths: number;
  readonly attachmentMaxBytes: number;
  readonly answerMaxBytes: number;
  readonly foreground?: Foreground;
}

interface Deps extends FileDeps {
  readonly rules: StartupGrantRules;
}

function idParam(req: Request, what: string): string {
  const id = req.params['id'];
  if (!isUuid(id)) throw httpError(404, API_ERROR_CODES.notFound, `No such ${what}.`);
  return id.toLowerCase();
}

function getOverview({ db, clock, rules }: Deps): RequestHandler {
  return checkedGet(requirePerson, StartupGrantOverviewSchema, `GET ${PATHS.overview}`, (person) =>
    startupGrantOverview(db, person.id, helsinkiDate(clock()), rules),
  );
}

function getCurrentItems({ db, clock, rules }: Deps): RequestHandler {
  return checkedGet(requirePerson, CurrentItemsResponseSchema, `GET ${PATHS.currentItems}`, async (person) => ({
    items: currentItems(
      await startupGrantOverview(db, person.id, helsinkiDate(clock()), rules),
      (await findDraft(db, person.id, STARTUP_GRANT_DRAFT_KEY)) !== undefined,
    ),
  }));
}

function postApplication({ db, clock }: Deps): RequestHandler {
  return idempotentPost(requirePerson, ApplicationSubmitSchema, 'The application is not valid.', (person, request, key) =>
    submitApplication(db, person, request, key, clock()),
  );
}

function postSupplementAnswer({ db, clock }: Deps): RequestHandler {
  return idempotentPost(requirePerson, SupplementAnswerSchema, 'The answer is not valid.', (person, request, key, req) =>
    answerSupplementRequest(db, person, idParam(req, 'supplement request'), request, key, clock()),
  );
}

function postPayment({ db, clock, rules }: Deps): RequestHandler {
  return idempotentPost(requirePerson, PaymentApplicationSchema, 'The payment application is not valid.', (person, request, key) =>
    submitPayment(db, person, request, key, clock(), rules),
  );
}

/** Who and which key before the body: a stranger's 10 MB is never read. */
function beforeUpload(req: Request, _res: Response, next: NextFunction): void {
  requirePerson(req);
  idempotencyKey(req);
  next();
}

function postAttachment(deps: Deps): RequestHandler {
  return async (req, res) => {
    // An upload is bulk work: the others are not to wait for it, nor it for itself.
    deps.foreground.leave(res);
    const person = requirePerson(req);
    const key = idempotencyKey(req);
    const replayed = await replayedFile(deps.db, person.id, key);
    if (replayed) {
      res.status(200).json(replayed);
      return;
    }
    const maxFileBytes = deps.limits.maxFileBytes;
    const outcome = await storeFile(deps, person.id, key, (sink, chunkBytes) => receiveFile(req, { maxFileBytes, chunkBytes, sink }));
    res.status(outcome.created ? 201 : 200).json(outcome.attachment);
  };
}

function getAttachment({ db }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const row = await findAttachment(db, person.id, idParam(req, 'attachment'));
    if (!row) throw httpError(404, API_ERROR_CODES.notFound, 'No such attachment.');
    if ((await storedSize(db, row.uploadId)) !== row.size) throw new Error(`The bytes of attachment ${row.id} are missing`);
    // Always a download, of the type found in its content when it came: never rendered by the browser.
    res.attachment(row.fileName);
    res.type(row.mediaType);
    res.set({ 'Cache-Control': 'private, no-store', 'Content-Length': String(row.size), 'X-Content-Type-Options': 'nosniff' });
    await pipeline(readUpload(db, row.uploadId), res);
  };
}

function deleteAttachment({ db }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    await removeFile(db, person.id, idParam(req, 'attachment'));
    res.status(204).end();
  };
}

export function startupGrantRouter(db: Database, clock: Clock, options: StartupGrantOptions): Router {
  const limits = {
    maxFileBytes: options.attachmentMaxBytes,
    maxAnswerBytes: options.answerMaxBytes,
    maxFiles: ATTACHMENTS_PER_ANSWER_MAX,
    mediaTypes: [...ATTACHMENT_MEDIA_TYPES],
  };
  const deps: Deps = {
    db,
    clock,
    limits,
    foreground: options.foreground ?? NO_FOREGROUND,
    rules: { paymentApplicationMonths: options.paymentApplicationMonths, limits },
  };
  const router = Router();
  router.get(route(PATHS.overview), getOverview(deps));
  router.get(route(PATHS.currentItems), getCurrentItems(deps));
  router.post(route(PATHS.applications), postApplication(deps));
  router.post(pattern(PATHS.supplementAnswer), postSupplementAnswer(deps));
  router.post(route(PATHS.payments), postPayment(deps));
  router.post(route(PATHS.attachments), beforeUpload, postAttachment(deps));
  router.get(pattern(PATHS.attachment), getAttachment(deps));
  router.delete(pattern(PATHS.attachment), deleteAttachment(deps));
  return router;
}
