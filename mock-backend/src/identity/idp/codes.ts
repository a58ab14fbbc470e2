// One-time authorization codes: issued when a test person is chosen, redeemed once at the token
// endpoint. In the database, so the redemption may happen on another instance.
import { and, eq, isNull } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.js';
import { idpCodes } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';
import { randomToken, s256, sameSecret } from '../oidc/pkce.js';
import { CODE_LIFETIME_SECONDS } from './provider.js';

export interface CodeRequest {
  readonly personId: string;
  readonly clientId: string;
  readonly redirectUri: string;
  /** S256 of the client's code_verifier. */
  readonly codeChallenge: string;
  readonly nonce: string;
}

export async function issueCode(db: Database, request: CodeRequest, now: Date, lifetimeSeconds = CODE_LIFETIME_SECONDS): Promise<string> {
  const code = randomToken();
  await db.insert(idpCodes).values({
    code,
    personId: request.personId,
    clientId: request.clientId,
    redirectUri: request.redirectUri,
    codeChallenge: request.codeChallenge,
    nonce: request.nonce,
    expiresAt: new Date(now.getTime() + lifetimeSeconds * 1000),
    createdAt: now,
  });
  return code;
}

export interface Redemption {
  readonly code: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly codeVerifier: string;
}

/** Why a redemption failed; the token endpoint turns each into `invalid_grant` with a description. */
export const REDEEM_FAILURES = {
  unknown: 'unknown',
  used: 'used',
  expired: 'expired',
  client: 'client',
  redirectUri: 'redirect-uri',
  verifier: 'verifier',
} as const;
export type RedeemFailure = (typeof REDEEM_FAILURES)[keyof typeof REDEEM_FAILURES];

export type Redeemed = { ok: true; personId: string; nonce: string } | { ok: false; failure: RedeemFailure };

/**
 * Redeems a code. The first attempt marks it used in the same UPDATE that reads it, so of two
 * concurrent attempts (on any instances) exactly one gets it; that attempt then has to match the
 * client, the redirect_uri and the PKCE challenge. A failed attempt still uses the code up: a code
 * that leaked cannot be tried again and again against the verifier.
 */
export async function redeemCode(db: Database, redemption: Redemption, clock: Clock): Promise<Redeemed> {
  const now = clock();
  const [row] = await db
    .update(idpCodes)
    .set({ usedAt: now })
    .where(and(eq(idpCodes.code, redemption.code), isNull(idpCodes.usedAt)))
    .returning();
  if (!row) {
    const [known] = await db.select({ code: idpCodes.code }).from(idpCodes).where(eq(idpCodes.code, redemption.code));
    return { ok: false, failure: known ? REDEEM_FAILURES.used : REDEEM_FAILURES.unknown };
  }
  if (row.expiresAt.getTime() <= now.getTime()) return { ok: false, failure: REDEEM_FAILURES.expired };
  if (row.clientId !== redemption.clientId) return { ok: false, failure: REDEEM_FAILURES.client };
  if (row.redirectUri !== redemption.redirectUri) return { ok: false, failure: REDEEM_FAILURES.redirectUri };
  if (!sameSecret(s256(redemption.codeVerifier), row.codeChallenge)) return { ok: false, failure: REDEEM_FAILURES.verifier };
  return { ok: true, personId: row.personId, nonce: row.nonce };
}
