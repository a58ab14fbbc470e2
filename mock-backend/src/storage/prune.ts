import { and, lte, sql } from 'drizzle-orm';
import { DRAFT_RETENTION_DAYS } from '../areas/drafts/store.js';
import {
  attachmentUploads,
  clientErrorCounts,
  clientErrorHours,
  drafts,
  idpCodes,
  idpSessions,
  moduleFileUploads,
  operatorSessions,
  rateLimits,
  sessions,
} from './schema/index.js';
import type { Database } from './storage.js';

export interface Pruned {
  readonly sessions: number;
  readonly codes: number;
  readonly idpSessions: number;
  readonly rateLimits: number;
  readonly drafts: number;
  readonly uploads: number;
  readonly moduleFileUploads: number;
  readonly clientErrors: number;
  readonly clientErrorHours: number;
  readonly operatorSessions: number;
}

/** Error counts of a module version nobody has reported on for this long are of no more use. */
export const CLIENT_ERROR_RETENTION_DAYS = 90;
/** Hourly error counts are for the operators' chart (the last day); a week is kept to compare. */
export const CLIENT_ERROR_HOURS_RETENTION_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * An upload without its attachment this long after it started was refused, aborted or cut by a
 * crash: no request lasts that long (Node's requestTimeout is 5 minutes), so none is still coming.
 */
export const ABANDONED_UPLOAD_MS = 60 * 60 * 1000;

export interface PruneOptions {
  /**
   * Every upload without its attachment (or module file), however recent: only at the start of the one process that
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
        sql`not exists (select 1 from startup_grant_attachments where startup_grant_attachments.upload_id = ${attachmentUploads.id})`,
      ),
    )
    .returning({ id: attachmentUploads.id });
  return gone.length;
}

/**
 * Removes module file uploads no module file refers to (their chunks go by cascade), started before
 * `before`: the bytes of an upload that was refused, replaced, unchanged or cut off.
 */
export async function pruneModuleFileUploads(db: Database, before: Date): Promise<number> {
  const gone = await db
    .delete(moduleFileUploads)
    .where(
      and(
        lte(moduleFileUploads.startedAt, before),
        sql`not exists (select 1 from module_files where module_files.upload_id = ${moduleFileUploads.id})`,
      ),
    )
    .returning({ id: moduleFileUploads.id });
  return gone.length;
}

/**
 * Deletes ended sessions, identification codes, IdP sessions and rate-limit windows. Reads ignore
 * such rows anyway, so this only keeps the tables small; any instance may run it at any time.
 * A session's expires_at never passes its absolute end (src/identity/sessions/store.ts), so it alone decides.
 * Drafts are different: they stay readable until pruned here, DRAFT_RETENTION_DAYS after their
 * last save (a form left that long is abandoned, and keeping personal data longer has no use).
 * Uploads whose attachment never came are swept too (see pruneUploads), and so are module file uploads
 * no file refers to (pruneModuleFileUploads).
 */
export async function pruneExpired(db: Database, now: Date = new Date(), options: PruneOptions = {}): Promise<Pruned> {
  const goneSessions = await db.delete(sessions).where(lte(sessions.expiresAt, now)).returning({ sid: sessions.sid });
  const goneCodes = await db.delete(idpCodes).where(lte(idpCodes.expiresAt, now)).returning({ code: idpCodes.code });
  const goneIdp = await db.delete(idpSessions).where(lte(idpSessions.expiresAt, now)).returning({ hash: idpSessions.tokenHash });
  const goneLimits = await db.delete(rateLimits).where(lte(rateLimits.resetsAt, now)).returning({ key: rateLimits.key });
  const draftsBefore = new Date(now.getTime() - DRAFT_RETENTION_DAYS * DAY_MS);
  const goneDrafts = await db.delete(drafts).where(lte(drafts.savedAt, draftsBefore)).returning({ key: drafts.key });
  const goneErrors = await db
    .delete(clientErrorCounts)
    .where(lte(clientErrorCounts.lastSeenAt, new Date(now.getTime() - CLIENT_ERROR_RETENTION_DAYS * DAY_MS)))
    .returning({ area: clientErrorCounts.area });
  const goneHours = await db
    .delete(clientErrorHours)
    .where(lte(clientErrorHours.hour, new Date(now.getTime() - CLIENT_ERROR_HOURS_RETENTION_DAYS * DAY_MS)))
    .returning({ area: clientErrorHours.area });
  const goneOperators = await db
    .delete(operatorSessions)
    .where(lte(operatorSessions.expiresAt, now))
    .returning({ idHash: operatorSessions.idHash });
  const uploadsBefore = options.everyUnfinishedUpload === true ? now : new Date(now.getTime() - ABANDONED_UPLOAD_MS);
  const uploads = await pruneUploads(db, uploadsBefore);
  const moduleUploads = await pruneModuleFileUploads(db, uploadsBefore);
  return {
    uploads,
    moduleFileUploads: moduleUploads,
    sessions: goneSessions.length,
    codes: goneCodes.length,
    idpSessions: goneIdp.length,
    rateLimits: goneLimits.length,
    drafts: goneDrafts.length,
    clientErrors: goneErrors.length,
    clientErrorHours: goneHours.length,
    operatorSessions: goneOperators.length,
  };
}

/** Any constant: the key of the advisory lock that lets one instance at a time prune. */
const PRUNE_LOCK = 7_311_019;

/**
 * pruneExpired by one instance at a time: every instance runs it on a timer, and on PostgreSQL
 * several at once would only repeat each other's deletes and wait on each other's row locks. The
 * lock is PostgreSQL's transaction-level advisory lock (PGlite has it too), released with the
 * transaction, so an instance that dies while pruning holds nothing. Undefined: another instance
 * is pruning now, and this one skipped its turn.
 */
export async function pruneExclusively(db: Database, now: Date = new Date(), options: PruneOptions = {}): Promise<Pruned | undefined> {
  return db.transaction(async (tx) => {
    // A select through the query builder, so the answer has one shape on both drivers.
    const [row] = await tx.select({ locked: sql<boolean>`pg_try_advisory_xact_lock(${PRUNE_LOCK})` }).from(sql`(select 1) as one`);
    if (row?.locked !== true) return undefined;
    return pruneExpired(tx, now, options);
  });
}
