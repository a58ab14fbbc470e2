// The drafts table: always by (person, key), so no query here can reach another person's draft.
import { and, asc, eq } from 'drizzle-orm';
import { drafts } from '../../storage/schema/index.js';
import { findByKey, listOwn } from '../../storage/rows.js';
import type { Database } from '../../storage/storage.js';

export type DraftRow = typeof drafts.$inferSelect;

/** How long a draft is kept after it was last saved; src/storage/prune.ts removes older ones. */
export const DRAFT_RETENTION_DAYS = 30;

export async function findDraft(db: Database, personId: string, key: string): Promise<DraftRow | undefined> {
  return findByKey(db, drafts, drafts.key, personId, key);
}

/** Every draft of the person (for the export of their own data), by key so the file reads the same each time. */
export async function listDrafts(db: Database, personId: string): Promise<DraftRow[]> {
  return listOwn(db, drafts, personId, [asc(drafts.key)]);
}

/** Insert or replace in one statement, so two tabs saving at once cannot collide on the key. */
export async function saveDraft(db: Database, draft: DraftRow): Promise<DraftRow> {
  const [row] = await db
    .insert(drafts)
    .values(draft)
    .onConflictDoUpdate({ target: [drafts.personId, drafts.key], set: { data: draft.data, savedAt: draft.savedAt } })
    .returning();
  if (!row) throw new Error('Saving a draft returned no row');
  return row;
}

export async function deleteDraft(db: Database, personId: string, key: string): Promise<void> {
  await db.delete(drafts).where(and(eq(drafts.personId, personId), eq(drafts.key, key)));
}
