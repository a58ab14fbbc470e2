// The IdP's token endpoint (POST /idp/token): a code, its PKCE verifier and the client's details in,
// a signed ID token out. A plain function, so the portal may call it in-process (as it does) and
// the HTTP route is a thin wrapper; both give exactly the same answers.
import { SignJWT } from 'jose';
import type { Clock } from '../../platform/clock.js';
import { findMunicipality, findPerson } from '../../areas/profile/store.js';
import type { Database } from '../../storage/storage.js';
import { CODE_VERIFIER_PATTERN, randomToken } from '../oidc/pkce.js';
import type { IdentityAttributes } from '../oidc/attributes.js';
import { identityAttributes } from './attributes.js';
import { REDEEM_FAILURES, redeemCode, type RedeemFailure } from './codes.js';
import type { IdpKeys } from './keys.js';
import { ID_TOKEN_LIFETIME_SECONDS, IDP_ISSUER, IDP_SIGNING_ALGORITHM, PORTAL_CLIENT } from './provider.js';

/** RFC 6749 §5.2 error codes this endpoint uses. */
export const OAUTH_ERRORS = {
  invalidRequest: 'invalid_request',
  invalidClient: 'invalid_client',
  invalidGrant: 'invalid_grant',
  unsupportedGrantType: 'unsupported_grant_type',
} as const;
export type OAuthErrorCode = (typeof OAUTH_ERRORS)[keyof typeof OAUTH_ERRORS];

/** OAuth clients expect this body (RFC 6749 §5.2), not the portal's ApiError. */
export interface OAuthError {
  readonly error: OAuthErrorCode;
  readonly error_description: string;
}

/**
 * No access_token: the mock has no UserInfo endpoint, so the attributes ride in the ID token and
 * there is nothing an access token could be used for.
 */
export interface TokenSuccess {
  readonly token_type: 'Bearer';
  readonly id_token: string;
  readonly expires_in: number;
}

export type TokenResult = { readonly status: 200; readonly body: TokenSuccess } | { readonly status: 400 | 401; readonly body: OAuthError };

export interface TokenEndpointDeps {
  readonly db: Database;
  readonly keys: IdpKeys;
  readonly clock: Clock;
}

const GRANT_DESCRIPTIONS = {
  [REDEEM_FAILURES.unknown]: 'The authorization code is not known.',
  [REDEEM_FAILURES.used]: 'The authorization code has already been used.',
  [REDEEM_FAILURES.expired]: 'The authorization code has expired.',
  [REDEEM_FAILURES.client]: 'The authorization code was issued to another client.',
  [REDEEM_FAILURES.redirectUri]: 'The redirect_uri does not match the one of the authorization request.',
  [REDEEM_FAILURES.verifier]: 'The code_verifier does not match the code_challenge.',
} as const satisfies Record<RedeemFailure, string>;

function fail(status: 400 | 401, error: OAuthErrorCode, description: string): TokenResult {
  return { status, body: { error, error_description: description } };
}

function field(form: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = form[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export interface IdTokenClaims {
  readonly sub: string;
  readonly nonce: string;
  readonly audience: string;
  readonly attributes: IdentityAttributes;
}

export async function signIdToken(keys: IdpKeys, claims: IdTokenClaims, now: Date): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return (
    new SignJWT({ ...claims.attributes, nonce: claims.nonce, auth_time: issuedAt })
      .setProtectedHeader({ alg: IDP_SIGNING_ALGORITHM, kid: keys.kid, typ: 'JWT' })
      .setIssuer(IDP_ISSUER)
      .setAudience(claims.audience)
      // The mock's IdP and customer system share one persons table, so the person's id serves as
      // the subject; Suomi.fi's real `sub` is an opaque pseudonym per client.
      .setSubject(claims.sub)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + ID_TOKEN_LIFETIME_SECONDS)
      .setJti(randomToken())
      .sign(keys.privateKey)
  );
}

export async function tokenEndpoint(deps: TokenEndpointDeps, form: Readonly<Record<string, unknown>>): Promise<TokenResult> {
  const grantType = field(form, 'grant_type');
  if (grantType !== 'authorization_code') {
    return fail(400, OAUTH_ERRORS.unsupportedGrantType, 'Only grant_type=authorization_code is supported.');
  }
  const code = field(form, 'code');
  const redirectUri = field(form, 'redirect_uri');
  const clientId = field(form, 'client_id');
  const codeVerifier = field(form, 'code_verifier');
  if (!code || !redirectUri || !clientId || !codeVerifier) {
    return fail(400, OAUTH_ERRORS.invalidRequest, 'code, redirect_uri, client_id and code_verifier are required.');
  }
  if (clientId !== PORTAL_CLIENT.clientId) return fail(401, OAUTH_ERRORS.invalidClient, 'Unknown client_id.');
  if (!CODE_VERIFIER_PATTERN.test(codeVerifier)) {
    return fail(400, OAUTH_ERRORS.invalidGrant, 'The code_verifier is not a valid PKCE verifier.');
  }
  const redeemed = await redeemCode(deps.db, { code, clientId, redirectUri, codeVerifier }, deps.clock);
  if (!redeemed.ok) return fail(400, OAUTH_ERRORS.invalidGrant, GRANT_DESCRIPTIONS[redeemed.failure]);

  const person = await findPerson(deps.db, redeemed.personId);
  if (!person) return fail(400, OAUTH_ERRORS.invalidGrant, 'The identified person no longer exists.');
  const municipality =
    person.homeMunicipalityCode && !person.addressProtected ? await findMunicipality(deps.db, person.homeMunicipalityCode) : undefined;
  const idToken = await signIdToken(
    deps.keys,
    { sub: person.id, nonce: redeemed.nonce, audience: clientId, attributes: identityAttributes(person, municipality) },
    deps.clock(),
  );
  return { status: 200, body: { token_type: 'Bearer', id_token: idToken, expires_in: ID_TOKEN_LIFETIME_SECONDS } };
}
