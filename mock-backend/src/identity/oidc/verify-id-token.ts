// The portal's check of the IdP's ID token. Nothing in the token is believed until the signature,
// the issuer, the audience, the expiry and the nonce are verified, and then the henkilötunnus's
// own check character: only then is the identity handed on.
import { createLocalJWKSet, errors, jwtVerify, type JWK, type JWTPayload } from 'jose';
import { isValidHetu } from '@portal/shared-contracts/hetu';
import type { IdentityAttributes } from './attributes.js';
import { sameSecret } from './pkce.js';

export interface VerifyOptions {
  /** The IdP's published keys (its JWKS). */
  readonly keys: readonly JWK[];
  readonly issuer: string;
  readonly audience: string;
  /** The nonce this sign-in sent in its authorization request. */
  readonly nonce: string;
  readonly now: Date;
  readonly algorithms: readonly string[];
}

export type VerifiedIdentity =
  | { readonly kind: 'finnish'; readonly sub: string; readonly hetu: string; readonly attributes: IdentityAttributes }
  | { readonly kind: 'eidas'; readonly sub: string; readonly personIdentifier: string; readonly attributes: IdentityAttributes };

export const TOKEN_FAILURES = {
  /** Not a JWS at all, or not one of the accepted algorithms, or no matching key. */
  malformed: 'malformed',
  signature: 'signature',
  issuer: 'issuer',
  audience: 'audience',
  expired: 'expired',
  /** Other registered claims (iat, nbf, missing sub…). */
  claims: 'claims',
  nonce: 'nonce',
  /** A henkilötunnus whose form, date or check character is wrong. */
  hetu: 'hetu',
  /** Neither a henkilötunnus nor an eIDAS identifier. */
  identity: 'identity',
} as const;
export type TokenFailure = (typeof TOKEN_FAILURES)[keyof typeof TOKEN_FAILURES];

export type Verified = { readonly ok: true; readonly identity: VerifiedIdentity } | { readonly ok: false; readonly failure: TokenFailure };

/** Clocks of the IdP and the portal may differ a little; seconds, not minutes. */
const CLOCK_TOLERANCE_SECONDS = 5;

function failureOf(error: unknown): TokenFailure {
  if (error instanceof errors.JWSSignatureVerificationFailed) return TOKEN_FAILURES.signature;
  if (error instanceof errors.JWTExpired) return TOKEN_FAILURES.expired;
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return TOKEN_FAILURES.issuer;
    if (error.claim === 'aud') return TOKEN_FAILURES.audience;
    if (error.claim === 'nonce') return TOKEN_FAILURES.nonce;
    return TOKEN_FAILURES.claims;
  }
  return TOKEN_FAILURES.malformed;
}

function stringClaim(payload: JWTPayload, name: string): string | undefined {
  const value = payload[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Only string-valued attributes are kept; anything else in the payload is not an attribute. */
function attributesOf(payload: JWTPayload): IdentityAttributes {
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(payload)) {
    if (typeof value === 'string' && !['iss', 'sub', 'aud', 'jti', 'nonce'].includes(name)) attributes[name] = value;
  }
  return attributes as IdentityAttributes;
}

export async function verifyIdToken(token: string, options: VerifyOptions): Promise<Verified> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, createLocalJWKSet({ keys: [...options.keys] }), {
      issuer: options.issuer,
      audience: options.audience,
      // Never "none", never an HMAC that a public key could be abused as the secret of.
      algorithms: [...options.algorithms],
      currentDate: options.now,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['iss', 'aud', 'exp', 'iat', 'sub', 'nonce'],
    }));
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
  const nonce = stringClaim(payload, 'nonce');
  // The nonce ties the token to the sign-in this browser started: a token from another sign-in
  // (injected or replayed) does not carry it.
  if (!nonce || !sameSecret(nonce, options.nonce)) return { ok: false, failure: TOKEN_FAILURES.nonce };
  const sub = stringClaim(payload, 'sub');
  if (!sub) return { ok: false, failure: TOKEN_FAILURES.claims };

  const attributes = attributesOf(payload);
  const hetu = attributes.nationalIdentificationNumber;
  if (hetu !== undefined) {
    // The canonical form only: the customer system is searched by it, character for character.
    const valid = isValidHetu(hetu) && hetu === hetu.trim().toUpperCase();
    return valid ? { ok: true, identity: { kind: 'finnish', sub, hetu, attributes } } : { ok: false, failure: TOKEN_FAILURES.hetu };
  }
  if (attributes.PersonIdentifier !== undefined) {
    return { ok: true, identity: { kind: 'eidas', sub, personIdentifier: attributes.PersonIdentifier, attributes } };
  }
  return { ok: false, failure: TOKEN_FAILURES.identity };
}
