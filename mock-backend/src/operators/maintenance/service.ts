// The rules of maintenance breaks: which are announced and which go on at a moment, which writes a
// break refuses, and the short cache every instance reads them through. The breaks are in the
// database (store.ts), so every instance of the backend answers the same within CACHE_MS.
import type { PublicMaintenance } from '@portal/shared-contracts/maintenance';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../storage/storage.js';
import { standingBreaks, type BreakRow } from './store.js';

/** How long an instance answers from its last read: a change made through another instance shows within this. */
export const MAINTENANCE_CACHE_MS = 3000;

export const MAINTENANCE_ACTIONS = { schedule: 'schedule', change: 'change', cancel: 'cancel', undo: 'undo' } as const;

const HOUR_MS = 3_600_000;

/** The breaks standing and not over, read at most every MAINTENANCE_CACHE_MS; `invalidate` after a change made here. */
export interface MaintenanceState {
  standing(): Promise<readonly BreakRow[]>;
  invalidate(): void;
}

export function maintenanceState(db: Database, clock: Clock, cacheMs = MAINTENANCE_CACHE_MS): MaintenanceState {
  let cached: { readonly at: number; readonly rows: Promise<readonly BreakRow[]> } | undefined;
  return {
    standing() {
      const now = clock().getTime();
      // A clock moved back (a test's) reads again too.
      if (!cached || now - cached.at >= cacheMs || now < cached.at) {
        const rows = standingBreaks(db, new Date(now));
        // A failed read is not kept: the next request tries again.
        rows.catch(() => (cached = undefined));
        cached = { at: now, rows };
      }
      return cached.rows;
    },
    invalidate() {
      cached = undefined;
    },
  };
}

/** Whether the break is announced or going on at `now`: from `announceHours` before its start to its end. */
export function isShown(row: Pick<BreakRow, 'startsAt' | 'endsAt' | 'announceHours'>, now: Date): boolean {
  return row.startsAt.getTime() - row.announceHours * HOUR_MS <= now.getTime() && now < row.endsAt;
}

/** What the public registry carries: the breaks announced or going on, without the operators' details. */
export function publicBreaks(rows: readonly BreakRow[], now: Date): PublicMaintenance[] {
  return rows
    .filter((row) => row.cancelledAt === null && isShown(row, now))
    .map((row) => ({ area: row.area, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString(), message: row.message }));
}

/**
 * The /api paths a whole-portal break still accepts writes to: the session (extending it, its
 * language; signing out is /auth/logout, outside /api), the drafts forms keep server-side, so what
 * a person typed is saved while they cannot send it, and client error reports, so a failure during
 * the break still reaches the operators.
 */
const ALWAYS_WRITABLE = new Set(['session', 'drafts', 'client-errors']);

/**
 * The break that refuses a write to this /api path at `now`, if any: a whole-portal break refuses
 * every write but the ones above; an area's break refuses the writes to /api/<area>/…. Of several,
 * the one that ends last (Retry-After must not promise too early).
 */
export function refusingBreak(rows: readonly BreakRow[], apiPath: string, now: Date): BreakRow | undefined {
  const first = apiPath.split('/')[1] ?? '';
  let found: BreakRow | undefined;
  for (const row of rows) {
    if (row.cancelledAt !== null || row.startsAt > now || now >= row.endsAt) continue;
    const applies = row.area === null ? !ALWAYS_WRITABLE.has(first) : row.area === first;
    if (applies && (!found || row.endsAt > found.endsAt)) found = row;
  }
  return found;
}

/** Seconds until the break ends, at least 1 (Retry-After: 0 would invite a retry storm at once). */
export function retryAfterSeconds(row: Pick<BreakRow, 'endsAt'>, now: Date): number {
  return Math.max(1, Math.ceil((row.endsAt.getTime() - now.getTime()) / 1000));
}
