// Server-side form drafts: what a draft may hold, and a draft as the API gives it back. A draft
// belongs to the signed-in person and outlives the session: nothing typed is lost to a timeout.
import { API_ERROR_CODES, DRAFT_MAX_BYTES, type Draft } from '@portal/shared-contracts';
import { httpError } from '../../platform/errors.js';
import { nestsDeeperThan, unstorablePath } from '../../platform/validation.js';
import type { Database } from '../../storage/storage.js';
import { saveDraft, type DraftRow } from './store.js';

/** A form's state is a few levels deep; far more is no form, and would only strain the parsers. */
const DRAFT_MAX_DEPTH = 32;

export function toDraft(row: DraftRow): Draft {
  return { key: row.key, data: row.data, savedAt: row.savedAt.toISOString() };
}

/**
 * Saves the draft's data, valid by DraftInputSchema already, after the checks the schema cannot make.
 * `body` is the request's body as sent, before the schema shaped it.
 */
export async function saveDraftData(
  db: Database,
  personId: string,
  key: string,
  data: Record<string, unknown>,
  body: unknown,
  now: Date,
): Promise<Draft> {
  // valibot's record() takes an array too and turns it into {"0": …}: the draft would come back
  // in another shape than it was saved in, so an array is refused like any other non-object.
  if (Array.isArray((body as { data?: unknown }).data)) {
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
  return toDraft(await saveDraft(db, { personId, key, data, savedAt: now }));
}
