import { and, lte, sql } from 'drizzle-orm';
import { DRAFT_RETENTION_DAYS } from '../areas/drafts/store.js';
import { attachmentUploads, drafts, idpCodes, idpSessions, rateLimits, sessions } from './schema/index.js';
import type { Database } from './storage.js';

export interface Pruned {
  readonly sessions: number;
  readonly codes: number;
  readonly idpSessions: number;
  readonly rateLimits: number;
  readonly drafts: number;
  readonly uploads: number;
}

/**
 * An upload without its attachment this long after it started was refused, aborted or cut by a
 * crash: no request lasts that long (Node's requestTimeout is 5 minutes), so none is still coming.
 */
export const ABANDONED_UPLOAD_MS = 60 * 60 * 1000;

export interface PruneOptions {
  /**
   * Every upload without its attachment, however recent: only at the start of the one process that
   * can reach the database (PGlite), when nobody can be uploading. With PostgreSQL another instance
   * may be mid-upload, so only ABANDONED_UPLOAD_MS decides.
   */
  readonly everyUnfinishedUpload?: boolean;
}

/**
 * Removes uploads no attachment refers to (their chunks go by cascade), started before `before`:
 * the bytes a refused or aborted upload, or a crash, left behind.
 */
export async function pruneUploads(db: Database, before: Date): Promise<number> {
  const gone = await db
    .delete(attachmentUploads)
    .where(
      and(
        lte(attachmentUploads.startedAt, before),
        sql`not exists (select 1 from attachments where attachments.upload_id = ${attachmentUploads.id})`,
      ),
    )
    .returning({ id: attachmentUploads.id });
  return gone.length;
}

/**
 * Deletes ended sessions, identification codes, IdP sessions and rate-limit windows. Reads ignore
 * such rows anyway, so this only keeps the tables small; any instance may run it at any time.
 * A session's expires_at never passes its absolute end (src/identity/sessions/store.ts), so it alone decides.
 * Drafts are different: they stay readable until pruned here, DRAFT_RETENTION_DAYS after their
 * last save (a form left that long is abandoned, and keeping personal data longer has no use).
 * Uploads whose attachment never came are swept too (see pruneUploads).
 */
export async function pruneExpired(db: Database, now: Date = new Date(), options: PruneOptions = {}): Promise<Pruned> {
  const goneSessions = await db.delete(sessions).where(lte(sessions.expiresAt, now)).returning({ sid: sessions.sid });
  const goneCodes = await db.delete(idpCodes).where(lte(idpCodes.expiresAt, now)).returning({ code: idpCodes.code });
  const goneIdp = await db.delete(idpSessions).where(lte(idpSessions.expiresAt, now)).returning({ hash: idpSessions.tokenHash });
  const goneLimits = await db.delete(rateLimits).where(lte(rateLimits.resetsAt, now)).returning({ key: rateLimits.key });
  const draftsBefore = new Date(now.getTime() - DRAFT_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const goneDrafts = await db.delete(drafts).where(lte(drafts.savedAt, draftsBefore)).returning({ key: drafts.key });
  const uploads = await pruneUploads(db, options.everyUnfinishedUpload === true ? now : new Date(now.getTime() - ABANDONED_UPLOAD_MS));
  return {
    uploads,
    sessions: goneSessions.length,
    codes: goneCodes.length,
    idpSessions: goneIdp.length,
    rateLimits: goneLimits.length,
    drafts: goneDrafts.length,
  };
}
