// Per-session state of the legacy pages: the synchronizer token of their forms and the one-time
// flash message of post/redirect/get. In its own table (legacy_page_state), keyed by the session id
// with a foreign key to the session row: writing it can never revive an ended session (the session
// store's save is an upsert), and it goes when the session row goes.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { legacyPageState } from '../storage/schema/index.js';
import type { Database } from '../storage/storage.js';

const FLASH_KINDS = ['offer-report', 'plan-accept', 'task-report', 'application-report', 'proposal-submit'] as const;
export type FlashKind = (typeof FLASH_KINDS)[number];
const isFlashKind = (kind: string): kind is FlashKind => (FLASH_KINDS as readonly string[]).includes(kind);
export interface Flash {
  readonly kind: FlashKind;
  readonly receivedAt: string;
}

/**
 * The session's form token, made on first use: 32 random bytes. Undefined when the session row is
 * gone (ended between the check and now): the foreign key refuses the insert.
 */
export async function csrfTokenOf(db: Database, sid: string): Promise<string | undefined> {
  try {
    await db
      .insert(legacyPageState)
      .values({ sid, csrfToken: randomBytes(32).toString('base64url') })
      .onConflictDoNothing();
  } catch {
    return undefined;
  }
  const [row] = await db.select({ token: legacyPageState.csrfToken }).from(legacyPageState).where(eq(legacyPageState.sid, sid));
  return row?.token;
}

/**
 * Whether the posted token is the session's, in constant time: both are hashed first, so the
 * comparison takes as long whatever the length or content of what was posted.
 */
export function tokensMatch(expected: string | undefined, posted: unknown): boolean {
  if (expected === undefined || typeof posted !== 'string' || posted.length === 0) return false;
  const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(expected), digest(posted));
}

export async function setFlash(db: Database, sid: string, flash: Flash): Promise<void> {
  await db.update(legacyPageState).set({ flash }).where(eq(legacyPageState.sid, sid));
}

/** The flash message, if any, removed as it is read: it shows once. */
export async function takeFlash(db: Database, sid: string): Promise<Flash | undefined> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ flash: legacyPageState.flash }).from(legacyPageState).where(eq(legacyPageState.sid, sid)).for('update');
    if (!row?.flash) return undefined;
    await tx.update(legacyPageState).set({ flash: null }).where(eq(legacyPageState.sid, sid));
    const { kind, receivedAt } = row.flash;
    return isFlashKind(kind) ? { kind, receivedAt } : undefined;
  });
}
