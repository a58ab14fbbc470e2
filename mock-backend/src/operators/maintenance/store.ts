// The queries of maintenance breaks and their history: nothing else reads or writes their tables.
import { asc, desc, eq, gt, isNull, and } from 'drizzle-orm';
import { maintenanceBreaks, maintenanceChanges, type MaintenanceState } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';

export type BreakRow = typeof maintenanceBreaks.$inferSelect;
export type ChangeRow = typeof maintenanceChanges.$inferSelect;

/** The state a change records of a row. */
export function stateOf(row: BreakRow): MaintenanceState {
  return {
    area: row.area,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    announceHours: row.announceHours,
    message: row.message,
    cancelled: row.cancelledAt !== null,
  };
}

/** Every break, the latest start first. */
export function listBreaks(db: Database): Promise<BreakRow[]> {
  return db.select().from(maintenanceBreaks).orderBy(desc(maintenanceBreaks.startsAt));
}

/** The breaks that stand and are not over at `now`: what the registry and the write refusal read. */
export function standingBreaks(db: Database, now: Date): Promise<BreakRow[]> {
  return db
    .select()
    .from(maintenanceBreaks)
    .where(and(isNull(maintenanceBreaks.cancelledAt), gt(maintenanceBreaks.endsAt, now)))
    .orderBy(asc(maintenanceBreaks.startsAt));
}

/** One break, locked for a change in the caller's transaction. */
export async function lockBreak(tx: Database, id: string): Promise<BreakRow | undefined> {
  const [row] = await tx.select().from(maintenanceBreaks).where(eq(maintenanceBreaks.id, id)).for('update');
  return row;
}

export async function findBreak(db: Database, id: string): Promise<BreakRow | undefined> {
  const [row] = await db.select().from(maintenanceBreaks).where(eq(maintenanceBreaks.id, id));
  return row;
}

export function listChanges(db: Database, breakId: string): Promise<ChangeRow[]> {
  return db.select().from(maintenanceChanges).where(eq(maintenanceChanges.breakId, breakId)).orderBy(asc(maintenanceChanges.seq));
}

function columnsOf(state: MaintenanceState, now: Date) {
  return {
    area: state.area,
    startsAt: new Date(state.startsAt),
    endsAt: new Date(state.endsAt),
    announceHours: state.announceHours,
    message: state.message,
    cancelledAt: state.cancelled ? now : null,
  };
}

/** A new break and its first change (before: none), in the caller's transaction. */
export async function insertBreak(
  tx: Database,
  change: { actor: string; action: string; state: MaintenanceState; now: Date },
): Promise<{ row: BreakRow; change: ChangeRow }> {
  const [row] = await tx.insert(maintenanceBreaks).values(columnsOf(change.state, change.now)).returning();
  if (!row) throw new Error('The maintenance break was not stored');
  const recorded = await recordChange(tx, {
    breakId: row.id,
    actor: change.actor,
    action: change.action,
    before: null,
    after: stateOf(row),
    now: change.now,
  });
  return { row, change: recorded };
}

/** A break (locked by lockBreak) set to `after`, and the change recorded, in the caller's transaction. */
export async function updateBreak(
  tx: Database,
  change: { current: BreakRow; actor: string; action: string; after: MaintenanceState; now: Date },
): Promise<{ row: BreakRow; change: ChangeRow }> {
  const columns = columnsOf(change.after, change.now);
  // A break cancelled before keeps the moment it was cancelled.
  if (columns.cancelledAt !== null && change.current.cancelledAt !== null) columns.cancelledAt = change.current.cancelledAt;
  const [row] = await tx.update(maintenanceBreaks).set(columns).where(eq(maintenanceBreaks.id, change.current.id)).returning();
  if (!row) throw new Error('The maintenance break was not updated');
  const recorded = await recordChange(tx, {
    breakId: row.id,
    actor: change.actor,
    action: change.action,
    before: stateOf(change.current),
    after: stateOf(row),
    now: change.now,
  });
  return { row, change: recorded };
}

async function recordChange(
  tx: Database,
  change: { breakId: string; actor: string; action: string; before: MaintenanceState | null; after: MaintenanceState; now: Date },
): Promise<ChangeRow> {
  const [row] = await tx
    .insert(maintenanceChanges)
    .values({
      breakId: change.breakId,
      actor: change.actor,
      action: change.action,
      changedAt: change.now,
      before: change.before,
      after: change.after,
    })
    .returning();
  if (!row) throw new Error('The maintenance change was not recorded');
  return row;
}
