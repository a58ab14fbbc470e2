// The IdP's signing key pair: generated once and kept in the database (like the session secret),
// so every instance signs with the same key and the portal's verification survives restarts.
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { settingOnce } from '../../storage/settings.js';
import type { Database } from '../../storage/storage.js';
import { IDP_SIGNING_ALGORITHM } from './provider.js';

const SIGNING_KEY_SETTING = 'idp-signing-key';

export interface IdpKeys {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  /** What the IdP's JWKS endpoint publishes: the public half only. */
  readonly publicJwk: JWK;
}

async function newPrivateJwk(): Promise<string> {
  const { privateKey } = await generateKeyPair(IDP_SIGNING_ALGORITHM, { extractable: true });
  const jwk = await exportJWK(privateKey);
  return JSON.stringify({ ...jwk, kid: await calculateJwkThumbprint(jwk), alg: IDP_SIGNING_ALGORITHM, use: 'sig' });
}

export async function idpKeysFromDatabase(db: Database): Promise<IdpKeys> {
  const privateJwk = JSON.parse(await settingOnce(db, SIGNING_KEY_SETTING, newPrivateJwk)) as JWK;
  const { d: _private, ...publicJwk } = privateJwk;
  const privateKey = await importJWK(privateJwk, IDP_SIGNING_ALGORITHM);
  // importJWK gives bytes only for symmetric ("oct") keys.
  if (privateKey instanceof Uint8Array || typeof privateJwk.kid !== 'string')
    throw new Error('The stored IdP signing key is not an EC key.');
  return { kid: privateJwk.kid, privateKey, publicJwk };
}
