// Reported changes of basic data: recording them once per idempotency key, and applying them to
// the person when their day has come. Applying is done when someone reads (stateless, no timer):
// the profile routes call applyDueChanges before they show anything.
import { and, asc, eq, isNull, lte, sql, type Placeholder } from 'drizzle-orm';
import { API_ERROR_CODES } from '@portal/shared-contracts';
import { helsinkiDate } from '../../platform/calendar.js';
import { httpError } from '../../platform/errors.js';
import { findPerson, type Person } from './store.js';
import { persons, profileChanges, type ProfileChangeFields } from '../../storage/schema/index.js';
import { findByKey, insertOnce, listOwn, newestFirst, nextToken } from '../../storage/rows.js';
import type { Database } from '../../storage/storage.js';
import { preparedPerDatabase } from '../../storage/prepared.js';
import { changeFeedOf } from '../../storage/change-feed.js';
import { RowCache } from '../../storage/row-cache.js';

export type ProfileChangeRow = typeof profileChanges.$inferSelect;
export type NewProfileChange = Omit<typeof profileChanges.$inferInsert, 'id' | 'appliedAt'>;

/** The receipt's `changed`, always in this order. */
export const CHANGE_FIELDS = ['address', 'phone', 'email', 'preferredLanguage', 'contactChannel'] as const;
export type ChangeField = (typeof CHANGE_FIELDS)[number];

export function changedFields(changes: ProfileChangeFields): ChangeField[] {
  return CHANGE_FIELDS.filter((field) => changes[field] !== undefined);
}

/** Applied once its day has come (and a read applied it); until then waiting. */
export function changeStatus(change: Pick<ProfileChangeRow, 'appliedAt'>): 'applied' | 'pending' {
  return change.appliedAt === null ? 'pending' : 'applied';
}

/** The persons columns a change sets. */
function personColumns(changes: ProfileChangeFields): Partial<typeof persons.$inferInsert> {
  return {
    // In Finland or abroad, the country comes with the address (the contract defaults it to FI);
    // a report stored before addresses abroad has none, and was in Finland. An address abroad
    // without a postal code stores an empty one: the profile's address has one field for it.
    // The home municipality is left as it is: it follows from the population register, not from
    // a street address the person types in.
    ...(changes.address
      ? {
          street: changes.address.street,
          postalCode: changes.address.postalCode,
          postOffice: changes.address.postOffice,
          country: changes.address.country ?? 'FI',
        }
      : {}),
    ...(changes.phone !== undefined ? { phone: changes.phone } : {}),
    ...(changes.email !== undefined ? { email: changes.email } : {}),
    ...(changes.preferredLanguage !== undefined ? { preferredLanguage: changes.preferredLanguage } : {}),
    ...(changes.contactChannel !== undefined ? { contactChannel: changes.contactChannel } : {}),
  };
}

function due(personId: string | Placeholder, today: string | Placeholder) {
  return and(eq(profileChanges.personId, personId), isNull(profileChanges.appliedAt), lte(profileChanges.effectiveDate, today));
}

/**
 * Applies the person's pending changes whose effective date is today (Helsinki) or earlier, inside
 * the caller's transaction, and moves `updatedAt` if any was applied. The changes are claimed with
 * one UPDATE … WHERE applied_at IS NULL, so two requests applying at once (two tabs, two instances)
 * never apply one twice: PostgreSQL makes the second wait for the first and then skip the row.
 * Returns how many were applied.
 */
export async function applyDue(tx: Database, personId: string, now: Date): Promise<number> {
  const claimed = await tx
    .update(profileChanges)
    .set({ appliedAt: now })
    .where(due(personId, helsinkiDate(now)))
    .returning();
  if (claimed.length === 0) return 0;
  // The later effective date wins; on the same date, the later report.
  claimed.sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.receivedAt.getTime() - b.receivedAt.getTime());
  const columns = claimed.reduce<Partial<typeof persons.$inferInsert>>((set, change) => ({ ...set, ...personColumns(change.changes) }), {});
  await tx
    .update(persons)
    // updatedAt is the token clients send back as `basedOn`, so every applied change must move it,
    // even one applied in the same millisecond as the last (or while a test's clock stands still).
    .set({ ...columns, updatedAt: nextToken(persons.updatedAt, now) })
    .where(eq(persons.id, personId));
  return claimed.length;
}

/**
 * The earliest effective date among the person's changes still waiting: every profile read asks,
 * so built and parsed once per database (storage/prepared.ts), and kept by each instance until one
 * of the person's changes is reported, applied or removed (storage/row-cache.ts). Kept as a date
 * rather than as "is any due", so the answer stays right when the day turns.
 */
const nextPendingDate = preparedPerDatabase((db) =>
  db
    .select({ effectiveDate: profileChanges.effectiveDate })
    .from(profileChanges)
    .where(and(eq(profileChanges.personId, sql.placeholder('personId')), isNull(profileChanges.appliedAt)))
    .orderBy(asc(profileChanges.effectiveDate))
    .limit(1)
    .prepare('profile_change_next_pending'),
);

const keptNextPendingDates = preparedPerDatabase(
  (db) => new RowCache<string | null>(changeFeedOf(db), { maxEntries: 20_000, maxAgeMs: 60_000 }),
);

/** The person with any due changes applied: what every read of the profile starts from. */
export async function applyDueChanges(db: Database, person: Person, now: Date): Promise<Person> {
  // Nearly always nothing is due, and then no transaction is needed.
  const next = await keptNextPendingDates(db).get(
    person.id,
    async () => (await nextPendingDate(db).execute({ personId: person.id }))[0]?.effectiveDate ?? null,
    () => [`profile_changes:${person.id}`],
  );
  if (next === null || next > helsinkiDate(now)) return person;
  const applied = await db.transaction((tx) => applyDue(tx, person.id, now));
  return applied > 0 ? ((await findPerson(db, person.id)) ?? person) : person;
}

/** The effective dates of changes still waiting, soonest first. */
export async function pendingChangeDates(db: Database, personId: string): Promise<string[]> {
  const rows = await db
    .select({ effectiveDate: profileChanges.effectiveDate })
    .from(profileChanges)
    .where(and(eq(profileChanges.personId, personId), isNull(profileChanges.appliedAt)))
    .orderBy(asc(profileChanges.effectiveDate));
  return rows.map((row) => row.effectiveDate);
}

/**
 * All of the person's change reports, newest first by when they were received. The id breaks ties
 * (reports in one millisecond, or under a test's still clock), so the order never flickers between reads.
 */
export async function listChanges(db: Database, personId: string): Promise<ProfileChangeRow[]> {
  return listOwn(db, profileChanges, personId, newestFirst(profileChanges.receivedAt, profileChanges.id));
}

export async function findChangeByKey(db: Database, personId: string, idempotencyKey: string): Promise<ProfileChangeRow | undefined> {
  return findByKey(db, profileChanges, profileChanges.idempotencyKey, personId, idempotencyKey);
}

/**
 * Stores a change report, or returns undefined when one with the same key already exists for the
 * person: the unique constraint decides, so two requests racing with one key store one record.
 */
export async function insertChange(db: Database, change: NewProfileChange): Promise<ProfileChangeRow | undefined> {
  return insertOnce(db, profileChanges, change);
}

/** Locks the person's row until the transaction ends: one change report per person at a time. */
async function lockPerson(tx: Database, personId: string): Promise<Person | undefined> {
  const [row] = await tx.select().from(persons).where(eq(persons.id, personId)).for('update');
  return row;
}

/**
 * Runs `work` in one transaction with the person's row locked, so a person's reports (of any area)
 * are handled one at a time: the key check, the `basedOn` check and the write cannot interleave with
 * another request's, and two tabs sending one key make one record, not a 500. A person who is gone
 * has no session worth keeping: a 401.
 */
export async function withPersonLocked<T>(db: Database, personId: string, work: (tx: Database, person: Person) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const person = await lockPerson(tx, personId);
    if (!person) throw httpError(401, API_ERROR_CODES.sessionExpired, 'The session has ended; sign in again.');
    return work(tx, person);
  });
}
