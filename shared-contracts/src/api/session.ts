import * as v from 'valibot';
import { LocaleSchema } from '../locale.js';

export const SessionPersonSchema = v.object({
  /** Opaque customer id; never the henkilötunnus, which stays out of the bus and URLs. */
  id: v.string(),
  firstName: v.string(),
  lastName: v.string(),
  displayName: v.string(),
  preferredLanguage: LocaleSchema,
});

const Timestamp = v.pipe(v.string(), v.isoTimestamp());

/**
 * GET /api/session (extends the idle time like any request), GET /api/session/status (does not:
 * the shell checks it at the moment a session should have ended) and POST /api/session/extend.
 * The server enforces both limits; the times here let the shell warn before the idle one.
 */
export const SessionInfoSchema = v.variant('authenticated', [
  v.object({ authenticated: v.literal(false) }),
  v.object({
    authenticated: v.literal(true),
    person: SessionPersonSchema,
    /** When the session ends unless there is activity (idle timeout). */
    expiresAt: Timestamp,
    /** When the session ends whatever happens (absolute lifetime). */
    absoluteExpiresAt: Timestamp,
    /**
     * The language the person last chose for the portal's pages while signed in, or null if they
     * never have: then the pages follow their service language (`person.preferredLanguage`), which
     * is what the TE services use with them and is changed only by a reported change.
     */
    uiLanguage: v.nullable(LocaleSchema),
  }),
]);

/**
 * Every answer of /api to a signed-in request carries the new idle expiry in this header, so the
 * shell's warning follows the person's activity in any module without polling.
 */
export const SESSION_EXPIRES_HEADER = 'x-session-expires';
export type SessionInfo = v.InferOutput<typeof SessionInfoSchema>;
export type SessionPerson = v.InferOutput<typeof SessionPersonSchema>;

/** POST /auth/logout (JSON): the server session is gone; the browser then visits the IdP's logout. */
export const LogoutResponseSchema = v.object({
  /** Same-origin path of the identity provider's logout, which returns to the portal. */
  idpLogoutUrl: v.pipe(v.string(), v.startsWith('/')),
});
export type LogoutResponse = v.InferOutput<typeof LogoutResponseSchema>;
