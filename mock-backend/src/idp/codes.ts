// The mock identity provider's side of the authorization-code flow: codes are issued when a test
// person is picked and exchanged once by the portal's callback (in the real flow, the token endpoint).
import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { idpCodes } from '../db/schema.js';
import type { Database } from '../db/storage.js';

/** The portal as the IdP's one registered client. */
export const PORTAL_CLIENT = { clientId: 'portal', redirectUri: '/auth/callback' } as const;

export const CODE_LIFETIME_SECONDS = 120;

export interface CodeRequest {
  readonly personId: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly state: string;
}

export async function issueCode(db: Database, request: CodeRequest, now: Date = new Date()): Promise<string> {
  const code = randomBytes(32).toString('base64url');
  await db.insert(idpCodes).values({
    code,
    personId: request.personId,
    clientId: request.clientId,
    redirectUri: request.redirectUri,
    state: request.state,
    expiresAt: new Date(now.getTime() + CODE_LIFETIME_SECONDS * 1000),
  });
  return code;
}

/**
 * Redeems a code for the person it was issued for. One conditional UPDATE marks it used, so of two
 * concurrent exchanges (on any instances) exactly one wins; a used, expired or foreign code gives null.
 */
export async function exchangeCode(
  db: Database,
  exchange: { readonly code: string; readonly clientId: string; readonly redirectUri: string; readonly state: string },
  now: Date = new Date(),
): Promise<{ personId: string } | null> {
  const [row] = await db
    .update(idpCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(idpCodes.code, exchange.code),
        isNull(idpCodes.usedAt),
        gt(idpCodes.expiresAt, now),
        eq(idpCodes.clientId, exchange.clientId),
        eq(idpCodes.redirectUri, exchange.redirectUri),
        eq(idpCodes.state, exchange.state),
      ),
    )
    .returning({ personId: idpCodes.personId });
  return row ?? null;
}
