// Sign-in: the portal's sessions and the mock Suomi.fi IdP's codes and sessions.
import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, expiryIndex, timestamptz } from './columns.js';
import { personRef } from './profile.js';

/** express-session's store (src/identity/sessions/store.ts). The cookie carries only the id. */
export const sessions = pgTable(
  'sessions',
  {
    sid: text('sid').primaryKey(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    /**
     * Idle expiry, moved forward by every /api request, but never past the absolute expiry
     * (created_at + SESSION_ABSOLUTE_SECONDS), so pruning by this column alone is enough.
     */
    expiresAt: timestamptz('expires_at').notNull(),
    /**
     * The absolute start: when this session id was created (a sign-in makes a new one). Written
     * once; touches and saves never move it. The default only fills rows older than this column.
     */
    createdAt: createdAt(),
  },
  (t) => [expiryIndex('sessions', t)],
);

/**
 * One-time authorization codes of the mock identity provider. In the database, not in memory, so
 * the callback may land on another instance than the one that drew the identification page.
 */
export const idpCodes = pgTable(
  'idp_codes',
  {
    code: text('code').primaryKey(),
    personId: personRef(),
    clientId: text('client_id').notNull(),
    redirectUri: text('redirect_uri').notNull(),
    /** PKCE (S256): only the holder of the matching code_verifier can redeem the code. */
    codeChallenge: text('code_challenge').notNull(),
    /** Echoed into the ID token, so the client can tie the token to its own sign-in. */
    nonce: text('nonce').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    /** Set at the first redemption attempt, successful or not; a code is good once. */
    usedAt: timestamptz('used_at'),
    createdAt: createdAt(),
  },
  (t) => [expiryIndex('idp_codes', t)],
);

/**
 * The mock identity provider's own single sign-on session ("continue as …"), separate from the
 * portal's session as a real IdP's would be. The cookie carries a random token; only its SHA-256 is
 * stored, so the table alone cannot be replayed as cookies.
 */
export const idpSessions = pgTable(
  'idp_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    personId: personRef(),
    createdAt: timestamptz('created_at').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [expiryIndex('idp_sessions', t)],
);
