// The mock IdP as an OIDC provider seen by a client of its own: the token endpoint over HTTP, the
// ID token's signature and attributes, and the OAuth errors.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import { SEED_PERSON_IDS } from '../../storage/seeds/seed.js';
import { IDP_ISSUER } from './provider.js';
import { randomToken, s256 } from '../oidc/pkce.js';
import { Browser, TestClock, idpChoice, openMigratedTestStorage, startInstances, type TestServer } from '../../testing/harness.js';
import type { Storage } from '../../storage/storage.js';

const clock = new TestClock();
let storage: Storage;
let server: TestServer;
let second: TestServer;
before(async () => {
  storage = await openMigratedTestStorage();
  [server, second] = (await startInstances(2, { storage, clock: clock.now })) as [TestServer, TestServer];
});
after(async () => {
  await second.close();
  await server.close();
  await storage.close();
});

/** Acts as an OIDC client of the IdP: its own state, nonce and PKCE verifier, then the person's choice. */
async function authorize(person: keyof typeof SEED_PERSON_IDS) {
  const browser = new Browser(server.baseUrl);
  const verifier = randomToken();
  const nonce = randomToken();
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: 'portal',
    redirect_uri: '/auth/callback',
    scope: 'openid',
    state: randomToken(),
    nonce,
    code_challenge: s256(verifier),
    code_challenge_method: 'S256',
    ui_locales: 'fi',
  });
  const select = await idpChoice(browser, params, { personId: SEED_PERSON_IDS[person] });
  assert.equal(select.status, 303);
  const code = new URL(select.headers.get('location') ?? '', server.baseUrl).searchParams.get('code') ?? '';
  return { code, verifier, nonce };
}

/** A server-to-server call: no cookies, no Origin, no Fetch Metadata. */
function token(fields: Record<string, string>, baseUrl = server.baseUrl): Promise<Response> {
  return fetch(`${baseUrl}/idp/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

function redeem(code: string, verifier: string, extra: Record<string, string> = {}, baseUrl?: string): Promise<Response> {
  return token(
    { grant_type: 'authorization_code', code, redirect_uri: '/auth/callback', client_id: 'portal', code_verifier: verifier, ...extra },
    baseUrl,
  );
}

async function idToken(person: keyof typeof SEED_PERSON_IDS): Promise<{ payload: JWTPayload; nonce: string }> {
  const { code, verifier, nonce } = await authorize(person);
  const response = await redeem(code, verifier);
  assert.equal(response.status, 200);
  const body = (await response.json()) as { id_token: string };
  return { payload: decodeJwt(body.id_token), nonce };
}

async function expectOAuthError(response: Response, status: number, error: string, description?: RegExp): Promise<void> {
  assert.equal(response.status, status);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  const body = (await response.json()) as { error: string; error_description: string };
  assert.equal(body.error, error);
  assert.equal(typeof body.error_description, 'string');
  if (description) assert.match(body.error_description, description);
}

describe('token endpoint', () => {
  test('a code and its verifier give a signed ID token that verifies with the published keys', async () => {
    const { code, verifier, nonce } = await authorize('tessa');
    const response = await redeem(code, verifier);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const body = (await response.json()) as { token_type: string; id_token: string; expires_in: number };
    assert.equal(body.token_type, 'Bearer');
    assert.equal(body.expires_in, 60);

    // The second instance publishes the same key: it was made once and kept in the database.
    const jwks = (await (await fetch(`${second.baseUrl}/idp/jwks`)).json()) as JSONWebKeySet;
    assert.equal(jwks.keys.length, 1);
    assert.equal(jwks.keys[0]?.kty, 'EC');
    assert.equal(jwks.keys[0]?.crv, 'P-256');
    assert.equal(jwks.keys[0]?.d, undefined, 'never the private part');
    const { payload, protectedHeader } = await jwtVerify(body.id_token, createLocalJWKSet(jwks), {
      issuer: IDP_ISSUER,
      audience: 'portal',
      currentDate: clock.now(),
    });
    assert.equal(protectedHeader.alg, 'ES256');
    assert.equal(payload.nonce, nonce);
    assert.equal(payload.sub, SEED_PERSON_IDS.tessa);
    assert.equal((payload.exp ?? 0) - (payload.iat ?? 0), 60);
    assert.deepEqual(
      Object.fromEntries(
        Object.entries(payload).filter(([name]) => !['iss', 'aud', 'sub', 'iat', 'exp', 'jti', 'nonce', 'auth_time'].includes(name)),
      ),
      {
        nationalIdentificationNumber: '010280-952L',
        firstName: 'Tessa Marjatta',
        givenName: 'Tessa',
        sn: 'Testilä',
        displayName: 'Tessa Testilä',
        mail: 'tessa.testila@example.fi',
        KotikuntaKuntanumero: '091',
        KotikuntaKuntaS: 'Helsinki',
        KotikuntaKuntaR: 'Helsingfors',
        VakinainenKotimainenLahiosoiteS: 'Mannerheimintie 12 A 5',
        VakinainenKotimainenLahiosoitePostinumero: '00100',
        VakinainenKotimainenLahiosoitePostitoimipaikkaS: 'Helsinki',
        TurvakieltoTieto: '0',
      },
    );
  });

  test('an address block: TurvakieltoTieto 1 and no address or municipality attribute at all', async () => {
    const { payload } = await idToken('turva');
    assert.equal(payload['TurvakieltoTieto'], '1');
    assert.equal(payload['nationalIdentificationNumber'], '260991-999R');
    for (const name of Object.keys(payload)) assert.doesNotMatch(name, /^(Vakinainen|Kotikunta)/, name);
    // The text values only: a timestamp (auth_time, iat) may well contain "564" by chance.
    const texts = Object.values(payload).filter((value) => typeof value === 'string');
    assert.doesNotMatch(JSON.stringify(texts), /Kirkkokatu|90100|Oulu|"564"/);
  });

  test('an address abroad comes as the foreign address attributes', async () => {
    const { payload } = await idToken('ulla');
    assert.equal(payload['VakinainenUlkomainenLahiosoite'], 'Drottninggatan 45 lgh 1102, 111 21');
    assert.equal(payload['VakinainenUlkomainenLahiosoitePaikkakuntaJaValtioS'], 'Stockholm, Ruotsi');
    assert.equal(payload['VakinainenUlkomainenLahiosoiteValtiokoodi3'], 'SWE');
    assert.equal(payload['KotikuntaKuntanumero'], undefined);
    assert.equal(payload['VakinainenKotimainenLahiosoiteS'], undefined);
  });

  test('the eIDAS user has eIDAS attributes and no henkilötunnus', async () => {
    const { payload } = await idToken('erika');
    assert.equal(payload['nationalIdentificationNumber'], undefined);
    assert.match(String(payload['PersonIdentifier']), /^DE\/FI\/[0-9A-F]+$/);
    assert.equal(payload['FirstName'], 'Erika');
    assert.equal(payload['FamilyName'], 'Example');
    assert.equal(payload['DateOfBirth'], '1985-07-14');
  });

  test('a code is redeemed once, on any instance: the second time is invalid_grant', async () => {
    const { code, verifier } = await authorize('tessa');
    assert.equal((await redeem(code, verifier, {}, second.baseUrl)).status, 200);
    await expectOAuthError(await redeem(code, verifier), 400, 'invalid_grant', /already been used/);
  });

  test('a wrong code_verifier is invalid_grant, and uses the code up', async () => {
    const { code, verifier } = await authorize('tessa');
    await expectOAuthError(await redeem(code, randomToken()), 400, 'invalid_grant', /code_verifier does not match/);
    await expectOAuthError(await redeem(code, verifier), 400, 'invalid_grant', /already been used/);
  });

  test('an expired code, another redirect_uri or a made-up code is invalid_grant', async () => {
    const expired = await authorize('tessa');
    clock.advance(121);
    await expectOAuthError(await redeem(expired.code, expired.verifier), 400, 'invalid_grant', /expired/);

    const other = await authorize('tessa');
    await expectOAuthError(await redeem(other.code, other.verifier, { redirect_uri: '/elsewhere' }), 400, 'invalid_grant', /redirect_uri/);
    await expectOAuthError(await redeem(randomToken(), randomToken()), 400, 'invalid_grant', /not known/);
  });

  test('malformed requests: invalid_request, unsupported_grant_type, invalid_client', async () => {
    const { code, verifier } = await authorize('tessa');
    await expectOAuthError(await redeem(code, verifier, { code_verifier: '' }), 400, 'invalid_request');
    await expectOAuthError(await redeem(code, verifier, { grant_type: 'password' }), 400, 'unsupported_grant_type');
    await expectOAuthError(await redeem(code, verifier, { client_id: 'someone-else' }), 401, 'invalid_client');
    await expectOAuthError(await redeem(code, 'short'), 400, 'invalid_grant', /not a valid PKCE verifier/);
  });

  test('the token endpoint is for servers: no Origin or Fetch Metadata needed (no cookie to forge)', async () => {
    const { code } = await authorize('sven');
    const response = await fetch(`${server.baseUrl}/idp/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: '/auth/callback',
        client_id: 'portal',
        code_verifier: 'x'.repeat(43),
      }).toString(),
    });
    // Processed (and refused only because the verifier is wrong): a browser on another site
    // gets nothing it could read, and the code is worthless without the verifier.
    await expectOAuthError(response, 400, 'invalid_grant');
  });
});
