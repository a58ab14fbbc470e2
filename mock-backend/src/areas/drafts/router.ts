// Server-side form drafts: PUT, GET and DELETE /api/drafts/:key. A draft belongs to the signed-in
// person (keyed by person and key), so another person's draft under the same key is simply not
// there for anyone else, and it outlives the session: nothing typed is lost to a timeout.
import { Router, type Request, type RequestHandler } from 'express';
import { API_ERROR_CODES, DraftInputSchema, DraftKeySchema, DraftSchema, validate } from '@portal/shared-contracts';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../storage/storage.js';
import { httpError } from '../../platform/errors.js';
import { sendChecked } from '../../platform/handlers.js';
import { requirePerson } from '../../identity/sessions/middleware.js';
import { validateOrThrow } from '../../platform/validation.js';
import { saveDraftData, toDraft } from './service.js';
import { deleteDraft, findDraft } from './store.js';

/** The key from the path, or a 400 with the schema's issues under `key`. */
function draftKey(req: Request): string {
  const result = validate(DraftKeySchema, req.params['key']);
  if (!result.ok) {
    throw httpError(
      400,
      API_ERROR_CODES.validationFailed,
      'The draft key must look like "<area>.<form>", e.g. "profile.change".',
      result.issues.map((issue) => ({ path: issue.path ? `key.${issue.path}` : 'key', message: issue.message })),
    );
  }
  return result.value;
}

interface Deps {
  readonly db: Database;
  readonly clock: Clock;
}

// Every handler asks for the person first: signed out is a 401 whatever the key or body.

/**
 * The draft, or 204 No Content when there is none: every form asks when it opens, and "none" is
 * the usual answer, not an error (a 404 would be logged as one in the browser's console each time).
 */
function getDraft({ db }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const key = draftKey(req);
    const row = await findDraft(db, person.id, key);
    if (!row) {
      // A 204 is cacheable by default: "none" kept by a cache would hide the draft saved next.
      res.set('Cache-Control', 'no-store').status(204).end();
      return;
    }
    sendChecked(res, DraftSchema, toDraft(row), 'GET /api/drafts/:key');
  };
}

function putDraft({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const key = draftKey(req);
    const { data } = validateOrThrow(DraftInputSchema, req.body, 'The draft must be {"data": {...}}.');
    const draft = await saveDraftData(db, person.id, key, data, req.body, clock());
    sendChecked(res, DraftSchema, draft, 'PUT /api/drafts/:key');
  };
}

/** 204 whether or not there was one: the client wants it gone, and it is. */
function removeDraft({ db }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const key = draftKey(req);
    await deleteDraft(db, person.id, key);
    res.status(204).end();
  };
}

export function draftsRouter(db: Database, clock: Clock): Router {
  const deps: Deps = { db, clock };
  const router = Router();
  router.get('/drafts/:key', getDraft(deps));
  router.put('/drafts/:key', putDraft(deps));
  router.delete('/drafts/:key', removeDraft(deps));
  return router;
}
