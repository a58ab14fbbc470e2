// express-session's store on the sessions table, so no session lives in process memory and any
// instance sharing the database can serve any request.
import { and, eq, gt } from 'drizzle-orm';
import session from 'express-session';
import type { SessionData } from 'express-session';
import { sessions } from './db/schema.js';
import type { Database } from './db/storage.js';

type Callback = (error?: unknown) => void;

export class DatabaseSessionStore extends session.Store {
  readonly #db: Database;
  readonly #idleMs: number;

  constructor(db: Database, idleSeconds: number) {
    super();
    this.#db = db;
    this.#idleMs = idleSeconds * 1000;
  }

  /** The cookie has no expiry (a browser-session cookie); the server ends a session after this idle time. */
  #nextExpiry(): Date {
    return new Date(Date.now() + this.#idleMs);
  }

  override get(sid: string, callback: (error: unknown, session?: SessionData | null) => void): void {
    this.#db
      .select({ data: sessions.data })
      .from(sessions)
      // An expired row is as good as absent, whether or not it has been pruned yet.
      .where(and(eq(sessions.sid, sid), gt(sessions.expiresAt, new Date())))
      .then(([row]) => callback(null, row ? (row.data as unknown as SessionData) : null), (error: unknown) => callback(error));
  }

  override set(sid: string, data: SessionData, callback?: Callback): void {
    const expiresAt = this.#nextExpiry();
    // Through JSON, so the Cookie instance becomes the plain object express-session restores it from.
    const json = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
    this.#db
      .insert(sessions)
      .values({ sid, data: json, expiresAt })
      .onConflictDoUpdate({ target: sessions.sid, set: { data: json, expiresAt } })
      .then(() => callback?.(), (error: unknown) => callback?.(error));
  }

  override destroy(sid: string, callback?: Callback): void {
    this.#db
      .delete(sessions)
      .where(eq(sessions.sid, sid))
      .then(() => callback?.(), (error: unknown) => callback?.(error));
  }

  /** Called by express-session for every request that used an unchanged session: the idle timer restarts. */
  override touch(sid: string, _data: SessionData, callback?: Callback): void {
    this.#db
      .update(sessions)
      .set({ expiresAt: this.#nextExpiry() })
      // Never revive a session that has already expired.
      .where(and(eq(sessions.sid, sid), gt(sessions.expiresAt, new Date())))
      .then(() => callback?.(), (error: unknown) => callback?.(error));
  }
}
