// The BFF session: an opaque id in a browser-session cookie, the data and both expiries in the
// database. This file decides, once per /api request, whether the request is signed in, signed in
// until recently (the cookie names an ended session) or never was.
import type { Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import { API_ERROR_CODES, SESSION_EXPIRES_HEADER, type Locale, type SessionInfo } from '@portal/shared-contracts';
import type { Clock } from '../../platform/clock.js';
import { SESSION_COOKIE_NAME } from '../../platform/config.js';
import { findPerson, sessionPerson, type Person } from '../../areas/profile/store.js';
import type { Database } from '../../storage/storage.js';
import { DatabaseSessionStore, type SessionTimes } from './store.js';
import { requestCookie } from '../../platform/cookies.js';
import { httpError } from '../../platform/errors.js';

declare module 'express-session' {
  interface SessionData {
    /** Set only by a completed sign-in (identity/auth/router.ts), in a freshly regenerated session. */
    personId?: string;
    /** The sign-in in progress: what the callback must see again, and where to go afterwards. */
    signIn?: { state: string; nonce: string; codeVerifier: string; returnTo: string; lang: Locale; startedAt: string };
  }
}

export interface SessionOptions {
  readonly secret: string;
  readonly idleSeconds: number;
  readonly absoluteSeconds: number;
  readonly clock: Clock;
}

/**
 * Always Secure (the `__Host-` name requires it). No maxAge or expires: the cookie ends with the
 * browser; both expiries are the server's, from the database.
 */
export const SESSION_COOKIE_OPTIONS = { httpOnly: true, secure: true, sameSite: 'lax', path: '/' } as const;

export function createSessionStore(
  db: Database,
  options: Pick<SessionOptions, 'idleSeconds' | 'absoluteSeconds' | 'clock'>,
): DatabaseSessionStore {
  return new DatabaseSessionStore(db, options);
}

/**
 * express-session on a request that can only use a session it already has: without the cookie
 * there is nothing to load, and the blank session express-session would make (a random id, a
 * signature) could never be saved on these paths. Only a sign-in (/auth) starts a session.
 */
export function existingSessionMiddleware(store: DatabaseSessionStore, options: Pick<SessionOptions, 'secret'>): RequestHandler {
  const withSession = sessionMiddleware(store, options);
  return (req, res, next) => {
    if (requestCookie(req, SESSION_COOKIE_NAME) === undefined) {
      next();
      return;
    }
    withSession(req, res, next);
  };
}

export function sessionMiddleware(store: DatabaseSessionStore, options: Pick<SessionOptions, 'secret'>): RequestHandler {
  return session({
    name: SESSION_COOKIE_NAME,
    secret: options.secret,
    store,
    // express-session sets a Secure cookie only when req.secure: TLS, TRUST_PROXY with
    // X-Forwarded-Proto: https, or loopback (src/platform/loopback.ts). `proxy` stays unset so that it
    // asks req.secure rather than reading X-Forwarded-Proto itself.
    // Nothing is stored, and no cookie set, until a sign-in starts.
    saveUninitialized: false,
    // Unchanged sessions are not rewritten; the idle timer is moved by sessionActivity below.
    resave: false,
    rolling: false,
    unset: 'destroy',
    cookie: SESSION_COOKIE_OPTIONS,
  });
}

export const SESSION_STATES = { signedIn: 'signed-in', ended: 'ended', none: 'none' } as const;

export type SessionState =
  | { readonly kind: typeof SESSION_STATES.signedIn; readonly person: Person; readonly times: SessionTimes }
  /** The cookie names a session that has ended: idle timeout, absolute lifetime, sign-out elsewhere. */
  | { readonly kind: typeof SESSION_STATES.ended }
  /** No session cookie, or a sign-in still in progress. */
  | { readonly kind: typeof SESSION_STATES.none };

// Per request, gone with it (a WeakMap keyed by the request object): not state between requests.
const states = new WeakMap<Request, SessionState>();

/**
 * Paths below /api that do not extend the session: the shell asks for the status at the moment a
 * session should have ended, and a module's error report is no sign of the person being there (a
 * module failing in a loop must not keep a forgotten session alive).
 */
const REPORT_ONLY = new Set(['/session/status', '/client-errors']);
/** The person asked to continue (the shell's timeout warning): the idle timer restarts from now, exactly. */
const EXTEND_ALWAYS = '/session/extend';

type Activity = 'none' | 'extend' | 'extend-always';

function sessionData(req: Request): Partial<session.SessionData> | undefined {
  // req.session is missing when the session middleware is not mounted for the path.
  return req.session as Partial<session.SessionData> | undefined;
}

async function resolveState(req: Request, db: Database, store: DatabaseSessionStore, activity: Activity): Promise<SessionState> {
  const data = sessionData(req);
  const personId = data?.personId;
  if (personId !== undefined) {
    // Between loading the session and this update it may have ended (or been signed out in
    // another tab): the UPDATE only touches a live row, so that counts as ended.
    const loaded = store.loaded(req);
    const times =
      activity === 'none'
        ? (loaded?.times ?? (await store.times(req.sessionID)))
        : await store.extend(req.sessionID, { always: activity === 'extend-always', loaded: loaded?.times });
    // The person came with the session's row; read apart only when it did not (none, or not this one).
    const person = !times ? undefined : loaded && loaded.person?.id === personId ? loaded.person : await findPerson(db, personId);
    // A person who has since died or vanished from the registry is signed in no longer.
    if (!times || !person || person.deceased) return { kind: SESSION_STATES.ended };
    return { kind: SESSION_STATES.signedIn, person, times };
  }
  // express-session found nothing for the cookie's id (ended, pruned or forged) and made a blank
  // session instead; a live sign-in in progress is not an ended session.
  if (requestCookie(req, SESSION_COOKIE_NAME) !== undefined && data?.signIn === undefined) return { kind: SESSION_STATES.ended };
  return { kind: SESSION_STATES.none };
}

/**
 * For every /api request: find out who is signed in, restart the idle timer (except for the
 * report-only paths; written only when it has fallen a step behind, see DatabaseSessionStore's
 * extendStepMs) and put the idle expiry in `x-session-expires`, before the route runs,
 * so every answer carries it, errors included.
 */
export function sessionActivity(db: Database, store: DatabaseSessionStore): RequestHandler {
  return async (req, res, next) => {
    const activity: Activity = REPORT_ONLY.has(req.path) ? 'none' : req.path === EXTEND_ALWAYS ? 'extend-always' : 'extend';
    const state = await resolveState(req, db, store, activity);
    states.set(req, state);
    if (state.kind === SESSION_STATES.signedIn) res.setHeader(SESSION_EXPIRES_HEADER, state.times.expiresAt.toISOString());
    next();
  };
}

export function sessionState(req: Request): SessionState {
  return states.get(req) ?? { kind: SESSION_STATES.none };
}

/** The signed-in person, or a 401: `session-expired` when the cookie names an ended session, else `unauthenticated`. */
export function requirePerson(req: Request): Person {
  const state = sessionState(req);
  if (state.kind === SESSION_STATES.signedIn) return state.person;
  if (state.kind === SESSION_STATES.ended) {
    throw httpError(401, API_ERROR_CODES.sessionExpired, 'The session has ended; sign in again.');
  }
  throw httpError(401, API_ERROR_CODES.unauthenticated, 'Sign in to see this.');
}

export function sessionInfo(req: Request): SessionInfo {
  const state = sessionState(req);
  if (state.kind !== SESSION_STATES.signedIn) return { authenticated: false };
  return {
    authenticated: true,
    person: sessionPerson(state.person),
    expiresAt: state.times.expiresAt.toISOString(),
    absoluteExpiresAt: state.times.absoluteExpiresAt.toISOString(),
    uiLanguage: state.person.uiLanguage ?? null,
  };
}

/** Ends the session in the database and tells the browser to drop the cookie. */
export function endSession(req: Request, res: Response): Promise<void> {
  return new Promise((resolve, reject) => {
    req.session.destroy((error: unknown) => {
      if (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      res.clearCookie(SESSION_COOKIE_NAME, SESSION_COOKIE_OPTIONS);
      resolve();
    });
  });
}

export function regenerateSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) =>
    req.session.regenerate((error: unknown) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve())),
  );
}

export function saveSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) =>
    req.session.save((error: unknown) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve())),
  );
}
