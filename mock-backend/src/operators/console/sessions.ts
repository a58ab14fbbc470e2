// The operators' own sign-in for their page (/operators): a session of its own, in the database (any
// instance finds it), in a cookie of its own. A citizen's session never opens the page, and an
// operator's session opens nothing of a citizen's.
import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import { and, eq, gt } from 'drizzle-orm';
import { operatorSessions } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';
import { requestCookie } from '../../platform/cookies.js';

/** __Host-: Secure, Path=/ and no Domain, so no sibling site can set or read it. */
export const OPERATOR_COOKIE = '__Host-portal-operator';
/** A working day; then sign in again. */
export const OPERATOR_SESSION_SECONDS = 8 * 60 * 60;

function hashOf(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('base64url');
}

/** Starts a session for the operator and sets its cookie (Strict: no other site's link or form carries it). */
export async function startOperatorSession(db: Database, res: Response, operator: string, now: Date): Promise<void> {
  const id = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + OPERATOR_SESSION_SECONDS * 1000);
  await db.insert(operatorSessions).values({ idHash: hashOf(id), operator, createdAt: now, expiresAt });
  res.cookie(OPERATOR_COOKIE, id, { httpOnly: true, secure: true, sameSite: 'strict', path: '/', maxAge: OPERATOR_SESSION_SECONDS * 1000 });
}

/** The operator signed in with this request's cookie, while the session lasts. */
export async function operatorOf(db: Database, req: Request, now: Date): Promise<string | undefined> {
  const id = requestCookie(req, OPERATOR_COOKIE);
  if (!id || id.length > 100) return undefined;
  const [row] = await db
    .select({ operator: operatorSessions.operator })
    .from(operatorSessions)
    .where(and(eq(operatorSessions.idHash, hashOf(id)), gt(operatorSessions.expiresAt, now)));
  return row?.operator;
}

/** Ends the request's session, if any, and clears its cookie. */
export async function endOperatorSession(db: Database, req: Request, res: Response): Promise<void> {
  const id = requestCookie(req, OPERATOR_COOKIE);
  if (id && id.length <= 100) await db.delete(operatorSessions).where(eq(operatorSessions.idHash, hashOf(id)));
  res.clearCookie(OPERATOR_COOKIE, { httpOnly: true, secure: true, sameSite: 'strict', path: '/' });
}
