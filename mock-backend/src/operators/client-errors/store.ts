// Errors browsers reported for module versions, as counts per (area, version, kind): enough to see
// a bad release climb, with nothing kept about who or where.
import { asc, desc, eq, gte, sql } from 'drizzle-orm';
import type { ClientErrorKind } from '@portal/shared-contracts';
import { clientErrorCounts, clientErrorHours, registryEntries } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';

export type ClientErrorCountRow = typeof clientErrorCounts.$inferSelect;

export interface ClientErrorOccurrence {
  readonly area: string;
  readonly version: string;
  readonly kind: ClientErrorKind;
  /** Already cleaned and cut; undefined keeps the message an earlier report left. */
  readonly message: string | undefined;
  readonly at: Date;
}

/** The start of the clock hour `at` is in (UTC): the key of the hourly counts. */
export function hourOf(at: Date): Date {
  const hour = new Date(at);
  hour.setUTCMinutes(0, 0, 0);
  return hour;
}

/**
 * One more of (area, version, kind), and of the version's hour. Each an upsert, atomic in PostgreSQL,
 * so reports arriving at several instances at once are all counted.
 */
export async function countClientError(db: Database, occurrence: ClientErrorOccurrence): Promise<ClientErrorCountRow> {
  const { area, version, kind, message, at } = occurrence;
  await db
    .insert(clientErrorHours)
    .values({ area, version, hour: hourOf(at), count: 1 })
    .onConflictDoUpdate({
      target: [clientErrorHours.area, clientErrorHours.version, clientErrorHours.hour],
      set: { count: sql`${clientErrorHours.count} + 1` },
    });
  const [row] = await db
    .insert(clientErrorCounts)
    .values({ area, version, kind, count: 1, firstSeenAt: at, lastSeenAt: at, lastMessage: message ?? null })
    .onConflictDoUpdate({
      target: [clientErrorCounts.area, clientErrorCounts.version, clientErrorCounts.kind],
      set: {
        count: sql`${clientErrorCounts.count} + 1`,
        // greatest(): reports of one moment arriving out of order never move "last seen" back.
        lastSeenAt: sql`greatest(${clientErrorCounts.lastSeenAt}, excluded.last_seen_at)`,
        lastMessage: sql`coalesce(excluded.last_message, ${clientErrorCounts.lastMessage})`,
      },
    })
    .returning();
  if (!row) throw new Error('The client error count could not be updated.');
  return row;
}

/** Every count (of one area, if given), the most recently seen first; ties in a fixed order. */
export async function listClientErrorCounts(db: Database, area?: string): Promise<ClientErrorCountRow[]> {
  return db
    .select()
    .from(clientErrorCounts)
    .where(area === undefined ? undefined : eq(clientErrorCounts.area, area))
    .orderBy(desc(clientErrorCounts.lastSeenAt), clientErrorCounts.area, clientErrorCounts.version, clientErrorCounts.kind);
}

/** Whether the area is one of the registry's: reports of other areas are refused. */
export async function isRegisteredArea(db: Database, area: string): Promise<boolean> {
  const [row] = await db.select({ area: registryEntries.area }).from(registryEntries).where(eq(registryEntries.area, area)).limit(1);
  return row !== undefined;
}

export type ClientErrorHourRow = typeof clientErrorHours.$inferSelect;

/** The hourly counts from `since` on (every area's), oldest first. */
export async function listClientErrorHours(db: Database, since: Date): Promise<ClientErrorHourRow[]> {
  return db
    .select()
    .from(clientErrorHours)
    .where(gte(clientErrorHours.hour, hourOf(since)))
    .orderBy(asc(clientErrorHours.hour), clientErrorHours.area, clientErrorHours.version);
}
