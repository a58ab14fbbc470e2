// Server-side form drafts: PUT, GET and DELETE /api/drafts/:key. A draft belongs to the signed-in
// person (keyed by person and key), so another person's draft under the same key is simply not
// there for anyone else, and it outlives the session: nothing typed is lost to a timeout.
import { Router, type Request } from 'express';
import {
  API_ERROR_CODES,
  DRAFT_MAX_BYTES,
  DraftInputSchema,
  DraftKeySchema,
  DraftSchema,
  parseOrThrow,
  validate,
  type Draft,
} from '@portal/shared-contracts';
import type { Clock } from '../../platform/clock.js';
import { deleteDraft, findDraft, saveDraft, type DraftRow } from './store.js';
import type { Database } from '../../storage/storage.js';
import { httpError } from '../../platform/errors.js';
import { requirePerson } from '../../identity/sessions/middleware.js';
import { nestsDeeperThan, unstorablePath, validateOrThrow } from '../../platform/validation.js';

/** A form's state is a few levels deep; far more is no form, and would only strain the parsers. */
const DRAFT_MAX_DEPTH = 32;

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

function toDraft(row: DraftRow): Draft {
  return { key: row.key, data: row.data, savedAt: row.savedAt.toISOString() };
}

export function draftsRouter(db: Database, clock: Clock): Router {
  const router = Router();

  // Every handler asks for the person first: signed out is a 401 whatever the key or body.
  router.get('/drafts/:key', async (req, res) => {
    const person = requirePerson(req);
    const key = draftKey(req);
    const row = await findDraft(db, person.id, key);
    if (!row) throw httpError(404, API_ERROR_CODES.notFound, 'No draft with this key.');
    res.set('Cache-Control', 'no-store');
    res.json(parseOrThrow(DraftSchema, toDraft(row), 'GET /api/drafts/:key'));
  });

  router.put('/drafts/:key', async (req, res) => {
    const person = requirePerson(req);
    const key = draftKey(req);
    const { data } = validateOrThrow(DraftInputSchema, req.body, 'The draft must be {"data": {...}}.');
    // valibot's record() takes an array too and turns it into {"0": …}: the draft would come back
    // in another shape than it was saved in, so an array is refused like any other non-object.
    if (Array.isArray((req.body as { data?: unknown }).data)) {
      throw httpError(400, API_ERROR_CODES.validationFailed, 'The draft must be {"data": {...}}.', [
        { path: 'data', message: 'Invalid type: Expected Object but received Array' },
      ]);
    }
    if (nestsDeeperThan(data, DRAFT_MAX_DEPTH)) {
      throw httpError(400, API_ERROR_CODES.validationFailed, 'The draft nests too deeply.', [
        { path: 'data', message: `At most ${DRAFT_MAX_DEPTH} levels of objects and arrays.` },
      ]);
    }
    // Measured as stored (JSON, UTF-8). Bodies over express.json's 100 kB limit never get here and
    // are refused by it with the same 413.
    const bytes = Buffer.byteLength(JSON.stringify(data), 'utf8');
    if (bytes > DRAFT_MAX_BYTES) {
      throw httpError(
        413,
        API_ERROR_CODES.payloadTooLarge,
        `The draft's data is ${bytes} bytes of JSON; a draft may have at most ${DRAFT_MAX_BYTES} bytes.`,
      );
    }
    const bad = unstorablePath(data);
    if (bad !== undefined) {
      throw httpError(400, API_ERROR_CODES.validationFailed, 'The draft contains characters that cannot be stored.', [
        { path: bad ? `data.${bad}` : 'data', message: 'A NUL character or a lone surrogate cannot be stored.' },
      ]);
    }
    const row = await saveDraft(db, { personId: person.id, key, data, savedAt: clock() });
    res.set('Cache-Control', 'no-store');
    res.json(parseOrThrow(DraftSchema, toDraft(row), 'PUT /api/drafts/:key'));
  });

  // 204 whether or not there was one: the client wants it gone, and it is.
  router.delete('/drafts/:key', async (req, res) => {
    const person = requirePerson(req);
    const key = draftKey(req);
    await deleteDraft(db, person.id, key);
    res.status(204).end();
  });

  return router;
}
