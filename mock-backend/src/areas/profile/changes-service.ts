// Reporting a change of basic data: the rules of a report (the effective date's window, `basedOn`
// against lost updates, text PostgreSQL can store), its idempotency, and the receipt and history
// the API answers with.
import { API_ERROR_CODES, parseOrThrow } from '@portal/shared-contracts';
import {
  PROFILE_CHANGE_ERRORS,
  ProfileChangeReceiptSchema,
  effectiveDateInWindow,
  type ProfileChangeHistory,
  type ProfileChangeReceipt,
  type ProfileChangeRequest,
} from '@portal/shared-contracts/profile';
import { helsinkiDate, isCalendarDate } from '../../platform/calendar.js';
import { httpError } from '../../platform/errors.js';
import { unstorablePath } from '../../platform/validation.js';
import type { ProfileChangeFields } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';
import {
  applyDue,
  applyDueChanges,
  changeStatus,
  changedFields,
  findChangeByKey,
  insertChange,
  listChanges,
  withPersonLocked,
  type ProfileChangeRow,
} from './changes-store.js';
import { toProfile } from './service.js';
import { findPerson, type Person } from './store.js';

/** For a string PostgreSQL cannot store, the code the UI already shows for that field. */
const FIELD_INVALID_CODES: Readonly<Record<string, string>> = {
  phone: PROFILE_CHANGE_ERRORS.phoneInvalid,
  email: PROFILE_CHANGE_ERRORS.emailInvalid,
  'address.street': PROFILE_CHANGE_ERRORS.textCharacters,
  'address.postalCode': PROFILE_CHANGE_ERRORS.postalCodeInvalid,
  'address.postOffice': PROFILE_CHANGE_ERRORS.textCharacters,
};

/** The same abroad, where the postal code has its own rules and code. */
const FOREIGN_FIELD_INVALID_CODES: Readonly<Record<string, string>> = {
  ...FIELD_INVALID_CODES,
  'address.postalCode': PROFILE_CHANGE_ERRORS.postalCodeAbroadInvalid,
};

function validationFailed(path: string, message: string): never {
  throw httpError(400, API_ERROR_CODES.validationFailed, 'The change report is not valid.', [{ path, message }]);
}

async function receipt(db: Database, change: ProfileChangeRow, person: Person, where: string): Promise<ProfileChangeReceipt> {
  const body: ProfileChangeReceipt = {
    id: change.id,
    receivedAt: change.receivedAt.toISOString(),
    effectiveDate: change.effectiveDate,
    changed: changedFields(change.changes),
    // toProfile hides the address of a person with an address block, so a reported new address
    // is never echoed back either.
    profile: await toProfile(db, person),
  };
  return parseOrThrow(ProfileChangeReceiptSchema, body, where);
}

export type Outcome = { readonly kind: 'created' | 'replayed'; readonly change: ProfileChangeRow };

/**
 * Field names only: the history is shown in lists and on shared screens, and under an address block
 * a reported address must not come back at all (the export, which has the values, hides it too).
 */
export function historyItem(change: ProfileChangeRow): ProfileChangeHistory['items'][number] {
  return {
    id: change.id,
    receivedAt: change.receivedAt.toISOString(),
    effectiveDate: change.effectiveDate,
    changed: changedFields(change.changes),
    status: changeStatus(change),
  };
}

/** The person's reports, due changes applied first (as on every profile read). */
export async function changeHistory(db: Database, person: Person, now: Date): Promise<ProfileChangeHistory> {
  // Due changes first, as every profile read does: otherwise a change whose day has come would
  // still say "pending" here while GET /api/profile already shows it in effect.
  const current = await applyDueChanges(db, person, now);
  return { items: (await listChanges(db, current.id)).map(historyItem) };
}

/**
 * The write of a checked report. `basedOn`: epoch milliseconds of the profile the person saw.
 */
async function recordChange(
  db: Database,
  personId: string,
  key: string,
  effectiveDate: string,
  changes: ProfileChangeFields,
  basedOn: number,
  now: Date,
): Promise<Outcome> {
  return withPersonLocked(db, personId, async (tx): Promise<Outcome> => {
    // The key before basedOn: the retry of a report that went through must get its receipt,
    // though that report itself moved updatedAt past the retry's basedOn.
    const first = await findChangeByKey(tx, personId, key);
    if (first) return { kind: 'replayed', change: first };
    // What the person saw had the due changes applied (every read applies them), so compare with that.
    await applyDue(tx, personId, now);
    const current = await findPerson(tx, personId);
    if (!current || current.updatedAt.getTime() !== basedOn) {
      throw httpError(
        409,
        API_ERROR_CODES.conflict,
        'Your details have changed meanwhile (in another tab, or by a change that has taken effect). Fetch them again, check, and send the change again.',
      );
    }
    const inserted = await insertChange(tx, {
      personId,
      idempotencyKey: key,
      receivedAt: now,
      effectiveDate,
      changes,
    });
    if (!inserted) {
      // The unique constraint refused a second record for the key: another request with it got
      // there first (possible only if the row lock were bypassed). Its receipt is the answer.
      const winner = await findChangeByKey(tx, personId, key);
      if (!winner) throw new Error('An idempotency key conflicted, but no record has it');
      return { kind: 'replayed', change: winner };
    }
    // Effective today or earlier: applied now, by the same code that applies pending ones later.
    await applyDue(tx, personId, now);
    return { kind: 'created', change: inserted };
  });
}

export interface ReportedChange {
  readonly kind: Outcome['kind'];
  readonly receipt: ProfileChangeReceipt;
}

/**
 * One change report, already valid by the contract's schema: the rules the schema cannot check,
 * then the write. Throws the HttpError the API answers with.
 */
export async function reportChange(
  db: Database,
  person: Person,
  request: ProfileChangeRequest,
  key: string,
  now: Date,
): Promise<ReportedChange> {
  const today = helsinkiDate(now);
  // isoDate checks only the shape ("2026-02-30" passes); PostgreSQL would refuse the day with a 500.
  if (!isCalendarDate(request.effectiveDate)) validationFailed('effectiveDate', PROFILE_CHANGE_ERRORS.effectiveDateInvalid);
  if (!effectiveDateInWindow(request.effectiveDate, today)) validationFailed('effectiveDate', PROFILE_CHANGE_ERRORS.effectiveDateRange);
  const basedOn = Date.parse(request.basedOn);
  if (Number.isNaN(basedOn)) validationFailed('basedOn', `Invalid timestamp: Received "${request.basedOn}"`);
  const changes: ProfileChangeFields = {
    ...(request.address !== undefined ? { address: request.address } : {}),
    ...(request.phone !== undefined ? { phone: request.phone } : {}),
    ...(request.email !== undefined ? { email: request.email } : {}),
    ...(request.preferredLanguage !== undefined ? { preferredLanguage: request.preferredLanguage } : {}),
    ...(request.contactChannel !== undefined ? { contactChannel: request.contactChannel } : {}),
  };
  const bad = unstorablePath(changes);
  const codes = request.address && request.address.country !== 'FI' ? FOREIGN_FIELD_INVALID_CODES : FIELD_INVALID_CODES;
  if (bad !== undefined) validationFailed(bad, codes[bad] ?? 'invalid');

  const outcome = await recordChange(db, person.id, key, request.effectiveDate, changes, basedOn, now);
  // The profile as it stands now, read after the commit; due changes are applied as on every read.
  const latest = await applyDueChanges(db, (await findPerson(db, person.id)) ?? person, now);
  return { kind: outcome.kind, receipt: await receipt(db, outcome.change, latest, 'POST /api/profile/changes') };
}
