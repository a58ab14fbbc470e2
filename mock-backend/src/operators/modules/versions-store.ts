// Published module versions and the registry's history of changes (tables module_versions and
// registry_changes). The routes (src/operators/modules/admin-router.ts) put these together in one transaction
// per publish or rollback, with the area's registry row locked.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { FederatedImplementation, LegacyImplementation } from '@portal/shared-contracts';
import type { Rollout } from '@portal/shared-contracts/registry-admin';
import { moduleVersions, registryChanges, registryEntries } from '../../storage/schema/index.js';
import { listBy, newestFirst } from '../../storage/rows.js';
import type { Database } from '../../storage/storage.js';

export type Implementation = FederatedImplementation;
export type ModuleVersionRow = typeof moduleVersions.$inferSelect;
export type RegistryChangeRow = typeof registryChanges.$inferSelect;

export const REGISTRY_ACTIONS = { publish: 'publish', rollback: 'rollback' } as const;

/**
 * Changes of who is served what, made with `npm run registry` (src/operators/registry/admin-router.ts): the
 * legacy pages, the rollout, and the undoing of either. They leave the module version alone, so a
 * module rollback reads past them.
 */
export const ROLLOUT_ACTIONS = { legacy: 'legacy', rollout: 'rollout', undo: 'undo' } as const;
const ROLLOUT_ACTION_NAMES: ReadonlySet<string> = new Set(Object.values(ROLLOUT_ACTIONS));

/** An area's row as publishing sees it: its module now, null while it has only legacy pages. */
export interface RegistrySlot {
  readonly implementation: Implementation | null;
}

/**
 * Locks the area's registry row until the transaction ends: one publish or rollback per area at a
 * time. Undefined: no such area.
 */
export async function lockRegistryEntry(tx: Database, area: string): Promise<RegistrySlot | undefined> {
  const [row] = await tx
    .select({ implementation: registryEntries.implementation })
    .from(registryEntries)
    .where(eq(registryEntries.area, area))
    .for('update');
  return row;
}

/** The area's row (undefined: no such area). */
export async function findRegistrySlot(db: Database, area: string): Promise<RegistrySlot | undefined> {
  const [row] = await db
    .select({ implementation: registryEntries.implementation })
    .from(registryEntries)
    .where(eq(registryEntries.area, area));
  return row;
}

export async function listRegistryImplementations(db: Database): Promise<{ area: string; implementation: Implementation | null }[]> {
  return db
    .select({ area: registryEntries.area, implementation: registryEntries.implementation })
    .from(registryEntries)
    .orderBy(asc(registryEntries.area));
}

export async function findModuleVersion(db: Database, area: string, version: string): Promise<ModuleVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(moduleVersions)
    .where(and(eq(moduleVersions.area, area), eq(moduleVersions.version, version)));
  return row;
}

/** Newest first (the version string orders two of one millisecond). */
export async function listModuleVersions(db: Database, area: string): Promise<ModuleVersionRow[]> {
  return listBy(db, moduleVersions, moduleVersions.area, area, newestFirst(moduleVersions.publishedAt, moduleVersions.version));
}

/** Oldest first: the order the changes were made in (changed_at is strictly increasing per area). */
export async function listRegistryChanges(db: Database, area: string): Promise<RegistryChangeRow[]> {
  return listBy(db, registryChanges, registryChanges.area, area, [asc(registryChanges.changedAt)]);
}

/** Inserts a published version; undefined when that version of the area exists already. */
export async function insertModuleVersion(tx: Database, row: ModuleVersionRow): Promise<ModuleVersionRow | undefined> {
  const [inserted] = await tx.insert(moduleVersions).values(row).onConflictDoNothing().returning();
  return inserted;
}

/**
 * When a change of the area made now is recorded: strictly after its previous change, so the history
 * has one order even when the clock stands still (tests) or steps back (another instance's clock).
 */
async function nextChangedAt(tx: Database, area: string, now: Date): Promise<Date> {
  const [last] = await tx
    .select({ changedAt: registryChanges.changedAt })
    .from(registryChanges)
    .where(eq(registryChanges.area, area))
    .orderBy(desc(registryChanges.changedAt))
    .limit(1);
  return last && last.changedAt.getTime() >= now.getTime() ? new Date(last.changedAt.getTime() + 1) : now;
}

/**
 * Points the area at another implementation and records the change, in the caller's transaction.
 */
export async function changeImplementation(
  tx: Database,
  change: { area: string; actor: string; action: string; before: Implementation | null; after: Implementation; now: Date },
): Promise<RegistryChangeRow> {
  const changedAt = await nextChangedAt(tx, change.area, change.now);
  await tx
    .update(registryEntries)
    .set({ implementation: change.after, updatedAt: change.now })
    .where(eq(registryEntries.area, change.area));
  const [row] = await tx
    .insert(registryChanges)
    .values({ area: change.area, changedAt, actor: change.actor, action: change.action, before: change.before, after: change.after })
    .returning();
  if (!row) throw new Error('Recording a registry change returned no row');
  return row;
}

/**
 * Where a rollback goes: the implementation the area had before its current one. The history is
 * read as a stack: a publish (or any other change) puts its `after` on top, a rollback takes the
 * top off. So rolling back twice after publishing 1.1 and 1.2 over 1.0 gives 1.1, then 1.0, and a
 * rollback never bounces back to the version it just left. Undefined: nothing to go back to.
 */
export function rollbackTarget(changes: readonly Pick<RegistryChangeRow, 'action' | 'before' | 'after'>[]): Implementation | undefined {
  const stack: Implementation[] = [];
  for (const change of changes) {
    // A module change always has an `after`; only a rollout change of an area without one has none.
    if (ROLLOUT_ACTION_NAMES.has(change.action) || !change.after) continue;
    if (stack.length === 0 && change.before) stack.push(change.before);
    if (change.action === REGISTRY_ACTIONS.rollback) {
      stack.pop();
      // The history began with a rollback, or lost its start: what it went to is all there is.
      if (stack.length === 0) stack.push(change.after);
    } else {
      stack.push(change.after);
    }
  }
  return stack.length >= 2 ? stack[stack.length - 2] : undefined;
}

/** An area's legacy pages and rollout, as the registry has them now. */
export interface RolloutState {
  readonly legacy: LegacyImplementation | null;
  readonly rollout: Rollout;
}

/** Locks the area's row and reads its implementations; undefined for an unknown area. */
export async function lockRolloutState(tx: Database, area: string): Promise<(RolloutState & RegistrySlot) | undefined> {
  const [row] = await tx
    .select({ implementation: registryEntries.implementation, legacy: registryEntries.legacy, rollout: registryEntries.rollout })
    .from(registryEntries)
    .where(eq(registryEntries.area, area))
    .for('update');
  return row ? { implementation: row.implementation, legacy: row.legacy ?? null, rollout: row.rollout } : undefined;
}

/**
 * Changes the area's legacy pages and rollout and records both sides of the change, in the caller's
 * transaction (the row locked by lockRolloutState). The module version stays as it is; the change
 * carries it as both `before` and `after`, so the history reads the same for every kind of change.
 */
export async function changeRollout(
  tx: Database,
  change: {
    area: string;
    actor: string;
    action: string;
    implementation: Implementation | null;
    before: RolloutState;
    after: RolloutState;
    now: Date;
  },
): Promise<RegistryChangeRow> {
  const changedAt = await nextChangedAt(tx, change.area, change.now);
  await tx
    .update(registryEntries)
    .set({ legacy: change.after.legacy, rollout: change.after.rollout, updatedAt: change.now })
    .where(eq(registryEntries.area, change.area));
  const [row] = await tx
    .insert(registryChanges)
    .values({
      area: change.area,
      changedAt,
      actor: change.actor,
      action: change.action,
      before: change.implementation,
      after: change.implementation,
      legacyBefore: change.before.legacy,
      legacyAfter: change.after.legacy,
      rolloutBefore: change.before.rollout,
      rolloutAfter: change.after.rollout,
    })
    .returning();
  if (!row) throw new Error('Recording a registry change returned no row');
  return row;
}

/** The area's latest change of its legacy pages or rollout (an undo included), to undo. */
export function latestRolloutChange(changes: readonly RegistryChangeRow[]): RegistryChangeRow | undefined {
  return changes.filter((change) => ROLLOUT_ACTION_NAMES.has(change.action) && change.rolloutBefore != null).at(-1);
}
