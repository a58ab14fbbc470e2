// express-session's store on the sessions table, so no session lives in process memory and any
// instance sharing the database can serve any request. Both limits are enforced here, from the
// database: the idle expiry (expires_at) and the absolute one (created_at + the absolute lifetime).
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Request } from 'express';
import session from 'express-session';
import type { SessionData } from 'express-session';
import type { Clock } from '../../platform/clock.js';
import { persons, sessions } from '../../storage/schema/index.js';
import type { Person } from '../../areas/profile/store.js';
import type { Database } from '../../storage/storage.js';
import { preparedPerDatabase } from '../../storage/prepared.js';
import { changeFeedOf } from '../../storage/change-feed.js';
import { RowCache } from '../../storage/row-cache.js';

type Callback = (error?: unknown) => void;

/** A person id as sign-in stores it; anything else in the data matches nobody rather than failing the cast. */
const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/**
 * A live session's row (neither idle for too long nor older than the absolute lifetime) with its
 * signed-in person, in one statement: every signed-in request needs both, and a second round trip
 * for the person was a third of a signed-in read's queries.
 */
const loadLive = preparedPerDatabase((db) =>
  db
    .select({ data: sessions.data, expiresAt: sessions.expiresAt, createdAt: sessions.createdAt, person: persons })
    .from(sessions)
    .leftJoin(
      persons,
      eq(persons.id, sql`case when ${sessions.data}->>'personId' ~ ${UUID_PATTERN} then (${sessions.data}->>'personId')::uuid end`),
    )
    // An ended row is as good as absent, whether or not it has been pruned yet.
    .where(
      and(
        eq(sessions.sid, sql.placeholder('sid')),
        gt(sessions.expiresAt, sql.placeholder('now')),
        gt(sessions.createdAt, sql.placeholder('oldestStart')),
      ),
    )
    .prepare('session_load_live'),
);

type LiveRow = Awaited<ReturnType<ReturnType<typeof loadLive>['execute']>>[number];

/** A live row as kept: its data as JSON (express-session changes the object it is given), the person frozen (shared by requests). */
interface KeptRow {
  readonly dataJson: string;
  readonly expiresAt: Date;
  readonly createdAt: Date;
  readonly person: Readonly<Person> | null;
}

/**
 * Each database's copy of the live sessions read lately, with their persons (storage/row-cache.ts):
 * dropped when the session's row or the person's changes, through any instance. A person's page
 * load makes several requests, each of which needed this read.
 */
const keptSessions = preparedPerDatabase(
  (db) => new RowCache<KeptRow | undefined>(changeFeedOf(db), { maxEntries: 20_000, maxAgeMs: 60_000 }),
);

function keptRow(row: LiveRow | undefined): KeptRow | undefined {
  if (!row) return undefined;
  return {
    dataJson: JSON.stringify(row.data),
    expiresAt: new Date(row.expiresAt),
    createdAt: new Date(row.createdAt),
    person: row.person ? Object.freeze(row.person) : null,
  };
}

/** What get() read beside the session's data: its times, and the person it names (null: none, or gone from the registry). */
export interface LoadedSession {
  readonly times: SessionTimes;
  readonly person: Person | null;
}

/** Where get() hands what it read beside the data to createSession(), inside express-session's own call. */
const LOADED = Symbol('loaded with the session');
// Per request, gone with it: not state between requests.
const loadedSessions = new WeakMap<Request, LoadedSession>();

export interface SessionLimits {
  readonly idleSeconds: number;
  readonly absoluteSeconds: number;
  readonly clock: Clock;
}

/** When a live session ends: without activity, and whatever happens. */
export interface SessionTimes {
  readonly expiresAt: Date;
  readonly absoluteExpiresAt: Date;
}

export class DatabaseSessionStore extends session.Store {
  readonly #db: Database;
  readonly #limits: SessionLimits;

  constructor(db: Database, limits: SessionLimits) {
    super();
    this.#db = db;
    this.#limits = limits;
  }

  /** Rows that are still alive at `now`: neither idle for too long nor older than the absolute lifetime. */
  #live(sid: string, now: Date) {
    const oldestStart = new Date(now.getTime() - this.#limits.absoluteSeconds * 1000);
    return and(eq(sessions.sid, sid), gt(sessions.expiresAt, now), gt(sessions.createdAt, oldestStart));
  }

  /**
   * The next idle expiry, capped at the absolute one: the shell's warning then shows the real end,
   * and pruning by expires_at alone removes every ended session.
   */
  #nextExpirySql(now: Date) {
    const idle = new Date(now.getTime() + this.#limits.idleSeconds * 1000).toISOString();
    return sql<Date>`least(${idle}::timestamptz, ${sessions.createdAt} + make_interval(secs => ${this.#limits.absoluteSeconds}))`;
  }

  #times(row: { expiresAt: Date; createdAt: Date }): SessionTimes {
    return {
      expiresAt: new Date(row.expiresAt),
      absoluteExpiresAt: new Date(new Date(row.createdAt).getTime() + this.#limits.absoluteSeconds * 1000),
    };
  }

  override get(sid: string, callback: (error: unknown, session?: SessionData | null) => void): void {
    const now = this.#limits.clock();
    const oldestStart = new Date(now.getTime() - this.#limits.absoluteSeconds * 1000);
    const live = (row: KeptRow | undefined) => row !== undefined && row.expiresAt > now && row.createdAt > oldestStart;
    keptSessions(this.#db)
      .get(
        sid,
        async () => keptRow((await loadLive(this.#db).execute({ sid, now, oldestStart }))[0]),
        // Kept while neither the session's row nor its person's changes; an unknown or ended id is not kept.
        (row) => row && [`sessions:${sid}`, ...(row.person ? [`persons:${row.person.id}`] : [])],
        live,
      )
      .then(
        (row) =>
          callback(
            null,
            live(row)
              ? Object.assign(JSON.parse(row!.dataJson) as SessionData, {
                  [LOADED]: { times: this.#times(row!), person: row!.person as Person | null },
                })
              : null,
          ),
        (error: unknown) => callback(error),
      );
  }

  /**
   * express-session's hook from a loaded row to req.session: what get() read beside the data in the
   * same query is kept beside the request (not in the session's data, which is saved back), so the
   * idle check and the person need no second read.
   */
  override createSession(req: Request, data: SessionData): session.Session & SessionData {
    const withLoaded = data as SessionData & { [LOADED]?: LoadedSession };
    const loaded = withLoaded[LOADED];
    delete withLoaded[LOADED];
    if (loaded) loadedSessions.set(req, loaded);
    return super.createSession(req, data);
  }

  /** What get() read with this request's session, if it loaded one. */
  loaded(req: Request): LoadedSession | undefined {
    return loadedSessions.get(req);
  }

  override set(sid: string, data: SessionData, callback?: Callback): void {
    const now = this.#limits.clock();
    const idleEnd = new Date(now.getTime() + Math.min(this.#limits.idleSeconds, this.#limits.absoluteSeconds) * 1000);
    // Through JSON, so the Cookie instance becomes the plain object express-session restores it from.
    const json = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
    this.#db
      .insert(sessions)
      .values({ sid, data: json, expiresAt: idleEnd, createdAt: now })
      // created_at is left alone: saving a session never extends its absolute lifetime.
      .onConflictDoUpdate({ target: sessions.sid, set: { data: json, expiresAt: this.#nextExpirySql(now) } })
      .then(
        () => {
          this.#changed(sid);
          callback?.();
        },
        (error: unknown) => callback?.(error),
      );
  }

  override destroy(sid: string, callback?: Callback): void {
    this.#db
      .delete(sessions)
      .where(eq(sessions.sid, sid))
      .then(
        () => {
          this.#changed(sid);
          callback?.();
        },
        (error: unknown) => callback?.(error),
      );
  }

  /**
   * This instance wrote the session's row: its copy goes now. (The database's notification of the
   * write drops it too, on every instance, but a moment later.)
   */
  #changed(sid: string): void {
    keptSessions(this.#db).invalidate(`sessions:${sid}`);
  }

  // No touch(): express-session would call it after the headers are out and for every path. The
  // idle timer is moved by extend() in src/identity/sessions/middleware.ts instead, before the route runs, so the
  // new expiry can go into the response header, and not for /api/session/status.

  /**
   * How far behind the idle expiry may fall before a request writes it again: a tenth of the idle
   * time, at most 30 s. A page load's several requests, or a busy person's clicks, then cost reads,
   * not a write each (on PostgreSQL every write of one session's row would also wait for the row's
   * lock). The expiry the shell is told is at most this much earlier than the strict one: its warning
   * comes that much sooner, never later.
   */
  get extendStepMs(): number {
    return Math.min(30_000, this.#limits.idleSeconds * 100);
  }

  /**
   * Restarts the idle timer of a live session; undefined when it has ended (it is never revived).
   * `always`: write it even if it moved within the step (the person pressed "continue").
   */
  async extend(
    sid: string,
    options: { readonly always?: boolean; readonly loaded?: SessionTimes | undefined } = {},
  ): Promise<SessionTimes | undefined> {
    const now = this.#limits.clock();
    if (!options.always) {
      const times = options.loaded ?? (await this.#row(sid, now).then((row) => row && this.#times(row)));
      if (!times) return undefined;
      const next = Math.min(now.getTime() + this.#limits.idleSeconds * 1000, times.absoluteExpiresAt.getTime());
      if (next - times.expiresAt.getTime() < this.extendStepMs) return times;
    }
    const [row] = await this.#db
      .update(sessions)
      .set({ expiresAt: this.#nextExpirySql(now) })
      .where(this.#live(sid, now))
      .returning({ expiresAt: sessions.expiresAt, createdAt: sessions.createdAt });
    this.#changed(sid);
    return row ? this.#times(row) : undefined;
  }

  async #row(sid: string, now: Date): Promise<{ expiresAt: Date; createdAt: Date } | undefined> {
    const [row] = await this.#db
      .select({ expiresAt: sessions.expiresAt, createdAt: sessions.createdAt })
      .from(sessions)
      .where(this.#live(sid, now));
    return row;
  }

  /** The times of a live session without moving them; undefined when it has ended. */
  async times(sid: string): Promise<SessionTimes | undefined> {
    const row = await this.#row(sid, this.#limits.clock());
    return row ? this.#times(row) : undefined;
  }
}
