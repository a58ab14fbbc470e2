// Which cached rows have changed, from the database itself (issue 19). Migration 0017 puts triggers
// on the tables that instances keep reads of (sessions, persons, profile_changes); at commit each
// changed row is announced on one channel as '<table>:<key>' (a TRUNCATE as '<table>:*'). Every
// instance listens and drops what it kept of that row (storage/row-cache.ts), so a change made
// through any instance, a migration or psql is seen everywhere without anyone having to remember
// to say so.
//
// On PGlite the one process is the only writer and the notification comes back with the statement
// that committed. On PostgreSQL each instance keeps one connection of its own for LISTEN, outside
// the pool. While that connection is down, changes may pass unseen: the feed says it is not live,
// the caches keep nothing and read through, and when it is back they start empty.
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from './storage.js';

export const ROW_CHANGES_CHANNEL = 'portal_row_changes';

/** A row that changed: its table and key, or every row of the table (`key` '*'). */
export interface RowChange {
  readonly table: string;
  readonly key: string;
}

export interface ChangeFeedListener {
  /** One row changed (or, key '*', all of a table's). */
  changed(change: RowChange): void;
  /** Changes may have been missed (the connection dropped or came back): forget everything. */
  reset(): void;
}

export interface ChangeFeed {
  /** True while every committed change will be heard; caches keep nothing otherwise. */
  readonly live: boolean;
  subscribe(listener: ChangeFeedListener): () => void;
  close(): Promise<void>;
}

/** '<table>:<key>' → the change; anything else (another sender on the channel) is ignored. */
export function parseRowChange(payload: string): RowChange | undefined {
  const colon = payload.indexOf(':');
  if (colon <= 0) return undefined;
  return { table: payload.slice(0, colon), key: payload.slice(colon + 1) };
}

/** The listeners and what they are told; the driver-specific parts only call heard() and lost(). */
class Listeners {
  readonly #listeners = new Set<ChangeFeedListener>();

  subscribe(listener: ChangeFeedListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  heard(payload: string | undefined): void {
    const change = payload === undefined ? undefined : parseRowChange(payload);
    if (!change) return;
    for (const listener of this.#listeners) listener.changed(change);
  }

  reset(): void {
    for (const listener of this.#listeners) listener.reset();
  }

  /** The feed around these listeners: live while `live()` says so; closing resets everyone first. */
  feed(live: () => boolean, close: () => Promise<void>): ChangeFeed {
    return {
      get live() {
        return live();
      },
      subscribe: (listener) => this.subscribe(listener),
      close: async () => {
        this.reset();
        await close();
      },
    };
  }
}

/** PGlite: LISTEN on the database's own (only) connection. */
export async function pgliteChangeFeed(client: PGlite): Promise<ChangeFeed> {
  const listeners = new Listeners();
  const unlisten = await client.listen(ROW_CHANGES_CHANNEL, (payload) => listeners.heard(payload));
  let live = true;
  return listeners.feed(
    () => live,
    async () => {
      live = false;
      await unlisten().catch(() => {});
    },
  );
}

/** Ends a LISTEN connection that is no longer wanted: nothing it says afterwards counts. */
async function discard(client: pg.Client): Promise<void> {
  client.removeAllListeners();
  client.on('error', () => {});
  await client.end().catch(() => {});
}

/** How long to wait before connecting again after the LISTEN connection failed. */
const RECONNECT_MS = 1000;

/**
 * PostgreSQL: a connection of its own, outside the pool (count it in max_connections), LISTENing.
 * A lost connection makes the feed not live and resets the caches; it connects again every second,
 * and once listening again resets them once more (what changed in between was not heard).
 */
export async function postgresChangeFeed(connectionString: string, onError: (error: Error) => void = () => {}): Promise<ChangeFeed> {
  const listeners = new Listeners();
  let live = false;
  let closed = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const lost = (error?: Error) => {
    if (error) onError(error);
    if (!client) return;
    const gone = client;
    client = undefined;
    live = false;
    listeners.reset();
    void discard(gone);
    if (!closed) {
      retry = setTimeout(() => void connect().catch(() => {}), RECONNECT_MS);
      retry.unref();
    }
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString });
    client = next;
    next.on('error', (error) => lost(error));
    next.on('end', () => lost());
    next.on('notification', (message) => {
      if (message.channel === ROW_CHANGES_CHANNEL) listeners.heard(message.payload);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${ROW_CHANGES_CHANNEL}`);
    } catch (error) {
      lost(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
    if (client !== next) return;
    // Anything cached before this moment may have changed unheard.
    listeners.reset();
    live = true;
  };

  try {
    await connect();
  } catch (error) {
    // At start a database that does not answer is the start's failure, not something to retry.
    closed = true;
    clearTimeout(retry);
    throw error;
  }
  return listeners.feed(
    () => live,
    async () => {
      closed = true;
      clearTimeout(retry);
      live = false;
      const last = client;
      client = undefined;
      if (last) await discard(last);
    },
  );
}

// The feed of each open database handle, for the caches of the code that holds only the handle. A
// transaction's handle has none: reads inside a transaction always go to the database.
const feeds = new WeakMap<Database, ChangeFeed>();

export function registerChangeFeed(db: Database, feed: ChangeFeed): void {
  feeds.set(db, feed);
}

export function changeFeedOf(db: Database): ChangeFeed | undefined {
  return feeds.get(db);
}
