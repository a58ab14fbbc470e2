// Server-to-server authentication by bearer tokens (RFC 6750), for the APIs that are not the
// person's: the benefit payers' outbox (/payer-api) and the operators' admin API (/admin-api). No
// session and no cookie there, hence no CSRF check either.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { API_ERROR_CODES } from '@portal/shared-contracts';
import { httpError } from './errors.js';

/** A named bearer token: the name is who the caller is (a payer id, an operator). */
export interface NamedToken {
  readonly name: string;
  readonly token: string;
}

/**
 * Parses `name:token,name:token` (e.g. `kela:s3cr3t…,ytk:an0ther…`). A name may have several tokens
 * (to rotate one without downtime); a token may belong to one name only. Tokens are at least 12
 * characters of A–Z, a–z, 0–9, "-", "_" and "." (what fits in a header unquoted).
 */
export function parseNamedTokens(setting: string, raw: string): NamedToken[] {
  const tokens = raw.split(',').map((entry) => {
    const match = /^([a-z][a-z0-9-]*):([A-Za-z0-9._-]{12,})$/.exec(entry.trim());
    if (!match?.[1] || !match[2])
      throw new Error(`${setting} must be "name:token,…" with tokens of at least 12 characters, got "${entry.trim()}".`);
    return { name: match[1], token: match[2] };
  });
  const seen = new Set<string>();
  for (const { token } of tokens) {
    if (seen.has(token)) throw new Error(`${setting} gives one token to two names (or twice).`);
    seen.add(token);
  }
  return tokens;
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * Returns a function that gives the name a presented token belongs to, or undefined. Tokens are
 * compared as SHA-256 digests in constant time, every one of them (see below).
 */
export function tokenMatcher(tokens: readonly NamedToken[]): (presented: string) => string | undefined {
  const digests = tokens.map((token) => ({ name: token.name, digest: digest(token.token) }));
  return (presentedToken) => {
    const presented = digest(presentedToken);
    let name: string | undefined;
    for (const token of digests) if (timingSafeEqual(presented, token.digest)) name = token.name;
    return name;
  };
}

/**
 * Returns a function that gives the name whose token a request carries, or throws a 401 with the
 * challenge RFC 6750 asks for. Tokens are compared as SHA-256 digests in constant time, every one of
 * them, so the answer's timing tells nothing about how much of a guess was right.
 */
export function bearerAuthenticator(realm: string, tokens: readonly NamedToken[]): (req: Request, res: Response) => string {
  const nameOf = tokenMatcher(tokens);
  return (req, res) => {
    const match = /^Bearer[ ]+([A-Za-z0-9._~+/-]+=*)$/i.exec(req.get('authorization') ?? '');
    const name = match?.[1] ? nameOf(match[1]) : undefined;
    if (name !== undefined) return name;
    res.set('WWW-Authenticate', match ? `Bearer realm="${realm}", error="invalid_token"` : `Bearer realm="${realm}"`);
    throw httpError(401, API_ERROR_CODES.unauthenticated, `A valid token is required: Authorization: Bearer <token>.`);
  };
}
