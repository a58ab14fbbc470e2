import { index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { personRef } from './profile.js';

/**
 * Server-side form drafts (PUT /api/drafts/:key). Keyed by the person, not the session, so a draft
 * survives a timeout and a sign-in again; pruned 30 days after it was last saved (src/storage/prune.ts).
 */
export const drafts = pgTable(
  'drafts',
  {
    personId: personRef(),
    /** `<area>.<form>` (DraftKeySchema), e.g. "profile.change". */
    key: text('key').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    savedAt: timestamptz('saved_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.key] }), index('drafts_saved_at_idx').on(t.savedAt)],
);
