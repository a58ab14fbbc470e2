// Maintenance breaks (operators/maintenance/): when the whole portal or one area is suspended for
// maintenance or renewal, with the message people read, and every change of them. In the database,
// not in an instance's memory: every instance refuses writes during the same break.
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '@portal/shared-contracts';
import { createdAt, randomId, timestamptz } from './columns.js';

/** One break: its area (null: the whole portal), its times, its message; cancelled ones are kept. */
export const maintenanceBreaks = pgTable(
  'maintenance_breaks',
  {
    id: randomId(),
    area: text('area'),
    startsAt: timestamptz('starts_at').notNull(),
    endsAt: timestamptz('ends_at').notNull(),
    announceHours: integer('announce_hours').notNull(),
    message: jsonb('message').$type<LocalizedText>().notNull(),
    /** When it was cancelled (or ended early); null while it stands. */
    cancelledAt: timestamptz('cancelled_at'),
    createdAt: createdAt(),
  },
  (t) => [
    check('maintenance_breaks_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
    check('maintenance_breaks_announce_hours', sql`${t.announceHours} >= 0`),
    // What the registry and the write-refusing middleware ask: the breaks not yet over.
    index('maintenance_breaks_ends_at_idx').on(t.endsAt),
  ],
);

/** A break as a change records it, before and after. */
export interface MaintenanceState {
  readonly area: string | null;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly announceHours: number;
  readonly message: LocalizedText;
  readonly cancelled: boolean;
}

/**
 * Every change of a break: who, when, what it was before (null: it did not exist) and after. An
 * undo is itself a change, so the history only grows and undoing twice redoes.
 */
export const maintenanceChanges = pgTable(
  'maintenance_changes',
  {
    id: randomId(),
    /** The order of the changes, even of two made in the same millisecond (an undo right after). */
    seq: integer('seq').generatedAlwaysAsIdentity().notNull(),
    breakId: uuid('break_id')
      .notNull()
      .references(() => maintenanceBreaks.id, { onDelete: 'cascade' }),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    changedAt: timestamptz('changed_at').notNull(),
    before: jsonb('before').$type<MaintenanceState>(),
    after: jsonb('after').$type<MaintenanceState>().notNull(),
  },
  (t) => [index('maintenance_changes_break_idx').on(t.breakId, t.changedAt)],
);
