import { lte } from 'drizzle-orm';
import { DRAFT_RETENTION_DAYS } from '../areas/drafts/store.js';
import { drafts, idpCodes, idpSessions, rateLimits, sessions } from './schema/index.js';
import type { Database } from './storage.js';

export interface Pruned {
  readonly sessions: number;
  readonly codes: number;
  readonly idpSessions: number;
  readonly rateLimits: number;
  readonly drafts: number;
}

/**
 * Deletes ended sessions, identification codes, IdP sessions and rate-limit windows. Reads ignore
 * such rows anyway, so this only keeps the tables small; any instance may run it at any time.
 * A session's expires_at never passes its absolute end (src/identity/sessions/store.ts), so it alone decides.
 * Drafts are different: they stay readable until pruned here, DRAFT_RETENTION_DAYS after their
 * last save (a form left that long is abandoned, and keeping personal data longer has no use).
 */
export async function pruneExpired(db: Database, now: Date = new Date()): Promise<Pruned> {
  const goneSessions = await db.delete(sessions).where(lte(sessions.expiresAt, now)).returning({ sid: sessions.sid });
  const goneCodes = await db.delete(idpCodes).where(lte(idpCodes.expiresAt, now)).returning({ code: idpCodes.code });
  const goneIdp = await db.delete(idpSessions).where(lte(idpSessions.expiresAt, now)).returning({ hash: idpSessions.tokenHash });
  const goneLimits = await db.delete(rateLimits).where(lte(rateLimits.resetsAt, now)).returning({ key: rateLimits.key });
  const draftsBefore = new Date(now.getTime() - DRAFT_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const goneDrafts = await db.delete(drafts).where(lte(drafts.savedAt, draftsBefore)).returning({ key: drafts.key });
  return {
    sessions: goneSessions.length,
    codes: goneCodes.length,
    idpSessions: goneIdp.length,
    rateLimits: goneLimits.length,
    drafts: goneDrafts.length,
  };
}
