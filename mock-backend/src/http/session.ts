// The BFF session: an opaque id in a browser-session cookie, the data in the database.
import type { Request, RequestHandler } from 'express';
import session from 'express-session';
import type { Locale } from '@portal/shared-contracts';
import { SESSION_COOKIE_NAMES } from '../config.js';
import { findPerson, type Person } from '../db/persons.js';
import type { Database } from '../db/storage.js';
import { DatabaseSessionStore } from '../session-store.js';

declare module 'express-session' {
  interface SessionData {
    /** Set only by a completed sign-in (routes/auth.ts), in a freshly regenerated session. */
    personId?: string;
    /** The sign-in in progress: what the callback must see again, and where to go afterwards. */
    signIn?: { state: string; returnTo: string; lang: Locale; startedAt: string };
  }
}

export interface SessionOptions {
  readonly secret: string;
  readonly idleSeconds: number;
  readonly cookieSecure: boolean;
}

export function sessionCookieName(cookieSecure: boolean): string {
  // `__Host-` makes the browser insist on Secure, path "/" and no Domain: only this origin gets it.
  return cookieSecure ? SESSION_COOKIE_NAMES.secure : SESSION_COOKIE_NAMES.plain;
}

export function sessionCookieOptions(cookieSecure: boolean) {
  // No maxAge or expires: the cookie ends with the browser; idle expiry is the server's (the store).
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: cookieSecure } as const;
}

export function sessionMiddleware(db: Database, options: SessionOptions): RequestHandler {
  return session({
    name: sessionCookieName(options.cookieSecure),
    secret: options.secret,
    store: new DatabaseSessionStore(db, options.idleSeconds),
    // Nothing is stored, and no cookie set, until a sign-in starts.
    saveUninitialized: false,
    // Unchanged sessions are only touched (their expiry moved), not rewritten.
    resave: false,
    rolling: false,
    unset: 'destroy',
    cookie: sessionCookieOptions(options.cookieSecure),
  });
}

/**
 * The person the session is signed in as, or undefined. A person who has since died (or vanished
 * from the registry) no longer counts as signed in.
 */
export async function signedInPerson(req: Request, db: Database): Promise<Person | undefined> {
  // req.session is missing when the session middleware is not mounted for the path.
  const id = (req.session as Partial<typeof req.session> | undefined)?.personId;
  if (id === undefined) return undefined;
  const person = await findPerson(db, id);
  return person && !person.deceased ? person : undefined;
}
