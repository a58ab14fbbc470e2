// The portal's ID-token check against tokens that are wrong in exactly one way each.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT, UnsecuredJWT, type JWK } from 'jose';
import type { IdpKeys } from '../idp/keys.js';
import { ID_TOKEN_LIFETIME_SECONDS, IDP_ISSUER, IDP_SIGNING_ALGORITHM } from '../idp/provider.js';
import { signIdToken } from '../idp/token.js';
import type { IdentityAttributes } from './attributes.js';
import { verifyIdToken, type VerifyOptions } from './verify-id-token.js';

async function makeKeys(kid?: string): Promise<IdpKeys> {
  const { privateKey, publicKey } = await generateKeyPair(IDP_SIGNING_ALGORITHM, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const id = kid ?? (await calculateJwkThumbprint(publicJwk));
  return { kid: id, privateKey, publicJwk: { ...publicJwk, kid: id, alg: IDP_SIGNING_ALGORITHM, use: 'sig' } };
}

const NOW = new Date('2025-06-01T09:00:00Z');
const NONCE = 'n'.repeat(43);
const TESSA: IdentityAttributes = {
  nationalIdentificationNumber: '010280-952L',
  firstName: 'Tessa Marjatta',
  givenName: 'Tessa',
  sn: 'Testilä',
};

let keys: IdpKeys;
let options: VerifyOptions;
before(async () => {
  keys = await makeKeys();
  options = { keys: [keys.publicJwk], issuer: IDP_ISSUER, audience: 'portal', nonce: NONCE, now: NOW, algorithms: [IDP_SIGNING_ALGORITHM] };
});

function token(attributes: IdentityAttributes = TESSA, overrides: { nonce?: string; audience?: string } = {}): Promise<string> {
  return signIdToken(keys, { sub: 'person-1', nonce: overrides.nonce ?? NONCE, audience: overrides.audience ?? 'portal', attributes }, NOW);
}

/** A token signed with our key but with claims of the test's choosing. */
function custom(
  claims: Record<string, unknown>,
  build: (jwt: SignJWT) => SignJWT = (jwt) => jwt,
  signWith: IdpKeys = keys,
): Promise<string> {
  const issuedAt = Math.floor(NOW.getTime() / 1000);
  const jwt = new SignJWT({ ...TESSA, nonce: NONCE, ...claims })
    .setProtectedHeader({ alg: IDP_SIGNING_ALGORITHM, kid: signWith.kid })
    .setIssuer(IDP_ISSUER)
    .setAudience('portal')
    .setSubject('person-1')
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ID_TOKEN_LIFETIME_SECONDS);
  return build(jwt).sign(signWith.privateKey);
}

describe('verifyIdToken', () => {
  test('a genuine token gives the identity', async () => {
    const result = await verifyIdToken(await token(), options);
    assert.ok(result.ok);
    assert.equal(result.identity.kind, 'finnish');
    assert.equal(result.identity.kind === 'finnish' ? result.identity.hetu : undefined, '010280-952L');
    assert.equal(result.identity.attributes.firstName, 'Tessa Marjatta');
    assert.equal(result.identity.sub, 'person-1');
  });

  test('an eIDAS identity has no henkilötunnus but a PersonIdentifier', async () => {
    const result = await verifyIdToken(await token({ PersonIdentifier: 'DE/FI/ABC', FirstName: 'Erika', FamilyName: 'Example' }), options);
    assert.ok(result.ok);
    assert.equal(result.identity.kind, 'eidas');
  });

  test('a changed payload breaks the signature', async () => {
    const [header, payload, signature] = (await token()).split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, nationalIdentificationNumber: '010469-999W' })).toString('base64url');
    assert.deepEqual(await verifyIdToken(`${header}.${forged}.${signature}`, options), { ok: false, failure: 'signature' });
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
    assert.deepEqual(await verifyIdToken(`${header}.${payload}.${flipped}`, options), { ok: false, failure: 'signature' });
  });

  test('a token signed by another key, even under the same kid, is refused', async () => {
    const impostor = await makeKeys(keys.kid);
    assert.deepEqual(await verifyIdToken(await custom({}, undefined, impostor), options), { ok: false, failure: 'signature' });
  });

  test('another audience or issuer is refused', async () => {
    assert.deepEqual(await verifyIdToken(await token(TESSA, { audience: 'other-client' }), options), { ok: false, failure: 'audience' });
    assert.deepEqual(await verifyIdToken(await custom({}, (jwt) => jwt.setIssuer('https://evil.example')), options), {
      ok: false,
      failure: 'issuer',
    });
  });

  test('an expired token is refused (after a few seconds of clock tolerance)', async () => {
    const genuine = await token();
    const justInTime = new Date(NOW.getTime() + (ID_TOKEN_LIFETIME_SECONDS + 4) * 1000);
    assert.ok((await verifyIdToken(genuine, { ...options, now: justInTime })).ok);
    const late = new Date(NOW.getTime() + (ID_TOKEN_LIFETIME_SECONDS + 6) * 1000);
    assert.deepEqual(await verifyIdToken(genuine, { ...options, now: late }), { ok: false, failure: 'expired' });
  });

  test("another sign-in's nonce, or none, is refused", async () => {
    assert.deepEqual(await verifyIdToken(await token(TESSA, { nonce: 'x'.repeat(43) }), options), { ok: false, failure: 'nonce' });
    const withoutNonce = await custom({ nonce: undefined });
    assert.deepEqual(await verifyIdToken(withoutNonce, options), { ok: false, failure: 'nonce' });
  });

  test('unsigned tokens and other algorithms are refused', async () => {
    const unsecured = new UnsecuredJWT({ ...TESSA, nonce: NONCE })
      .setIssuer(IDP_ISSUER)
      .setAudience('portal')
      .setSubject('p')
      .setIssuedAt()
      .setExpirationTime('1m')
      .encode();
    assert.deepEqual(await verifyIdToken(unsecured, options), { ok: false, failure: 'malformed' });
    // The classic confusion: the public key used as an HMAC secret.
    const secret = new TextEncoder().encode(JSON.stringify(keys.publicJwk satisfies JWK));
    const hmac = await new SignJWT({ ...TESSA, nonce: NONCE })
      .setProtectedHeader({ alg: 'HS256', kid: keys.kid })
      .setIssuer(IDP_ISSUER)
      .setAudience('portal')
      .setSubject('p')
      .setIssuedAt(Math.floor(NOW.getTime() / 1000))
      .setExpirationTime(Math.floor(NOW.getTime() / 1000) + 60)
      .sign(secret);
    assert.deepEqual(await verifyIdToken(hmac, options), { ok: false, failure: 'malformed' });
    assert.deepEqual(await verifyIdToken('not.a.token', options), { ok: false, failure: 'malformed' });
  });

  test('the henkilötunnus must pass its check, in canonical form; the 2023 century signs are valid', async () => {
    for (const bad of ['010280-952X', '310280-952L', '010280-952l', ' 010280-952L', '010280+001F']) {
      assert.deepEqual(
        await verifyIdToken(await token({ ...TESSA, nationalIdentificationNumber: bad }), options),
        { ok: false, failure: 'hetu' },
        bad,
      );
    }
    for (const good of ['010280Y952L', '010205B9528', '150623D902J']) {
      assert.ok((await verifyIdToken(await token({ ...TESSA, nationalIdentificationNumber: good }), options)).ok, good);
    }
  });

  test('neither a henkilötunnus nor an eIDAS identifier: refused', async () => {
    assert.deepEqual(await verifyIdToken(await token({ firstName: 'Nobody' }), options), { ok: false, failure: 'identity' });
  });
});
