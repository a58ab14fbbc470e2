// The IdP's single sign-on session: after one identification the IdP remembers the person, as
// Suomi.fi does, and offers to continue as them. Its own cookie (path /idp), its own table.
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { and, eq, gt } from 'drizzle-orm';
import { idpSessions } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';
import { requestCookie } from '../../platform/cookies.js';
import { randomToken } from '../oidc/pkce.js';
import { IDP_SESSION_SECONDS } from './provider.js';

/**
 * `__Secure-`: the browser insists on Secure (http://localhost is a secure context, see
 * src/platform/loopback.ts). Path /idp: the portal's pages and API never see it, as they would not see
 * a real IdP's cookie on its own domain. No Max-Age: it ends with the browser; the row ends sooner.
 */
export const IDP_COOKIE_NAME = '__Secure-idp.sid';
const COOKIE_OPTIONS = { httpOnly: true, secure: true, sameSite: 'lax', path: '/idp' } as const;

function hash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** The person of the browser's live IdP session, if any. */
export async function idpSessionPerson(db: Database, req: Request, now: Date): Promise<string | undefined> {
  const token = requestCookie(req, IDP_COOKIE_NAME);
  if (!token) return undefined;
  const [row] = await db
    .select({ personId: idpSessions.personId })
    .from(idpSessions)
    .where(and(eq(idpSessions.tokenHash, hash(token)), gt(idpSessions.expiresAt, now)));
  return row?.personId;
}

/** Starts a new IdP session for the person (any earlier one of this browser ends) and sets its cookie. */
export async function startIdpSession(db: Database, req: Request, res: Response, personId: string, now: Date): Promise<void> {
  await endIdpSession(db, req, res);
  // Like the portal's cookie, only over TLS or on loopback: without it the IdP just forgets.
  if (!req.secure) return;
  const token = randomToken();
  await db.insert(idpSessions).values({
    tokenHash: hash(token),
    personId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + IDP_SESSION_SECONDS * 1000),
  });
  res.cookie(IDP_COOKIE_NAME, token, COOKIE_OPTIONS);
}

export async function endIdpSession(db: Database, req: Request, res: Response): Promise<void> {
  const token = requestCookie(req, IDP_COOKIE_NAME);
  if (!token) return;
  await db.delete(idpSessions).where(eq(idpSessions.tokenHash, hash(token)));
  res.clearCookie(IDP_COOKIE_NAME, COOKIE_OPTIONS);
}
