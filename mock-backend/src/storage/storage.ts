// Opens the backend's storage: embedded PGlite by default, a PostgreSQL server when a URL is given.
// Routes see only `Database`, so nothing else knows which driver is underneath.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema/index.js';
import { pgliteChangeFeed, postgresChangeFeed, registerChangeFeed, type ChangeFeed } from './change-feed.js';

export type Schema = typeof schema;

/** The one database type the app uses, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export const DRIVERS = { pglite: 'pglite', postgres: 'postgres' } as const;
export type Driver = (typeof DRIVERS)[keyof typeof DRIVERS];

export interface Storage {
  readonly db: Database;
  readonly driver: Driver;
  /** Applies the committed SQL migrations (../../drizzle); safe to run at every start. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export type StorageOptions =
  | {
      readonly databaseUrl: string;
      /** Connections this instance keeps to PostgreSQL (DATABASE_POOL_SIZE); default DEFAULT_POOL_SIZE. */
      readonly poolSize?: number;
    }
  | {
      /** A directory for PGlite's files, or undefined for an in-memory database (tests). */
      readonly dataDir: string | undefined;
      /** For an in-memory database: start from this dump (PGlite's dumpDataDir) instead of a new cluster. */
      readonly snapshot?: Blob;
    };

/**
 * PostgreSQL connections per instance. Requests beyond it wait for a free one; more connections
 * than the server has cores to run them only make each query slower, so raise it with the
 * database's size, and keep max_connections above the pool × instances.
 */
export const DEFAULT_POOL_SIZE = 10;

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

// An arbitrary constant: instances starting together against one server take turns to migrate.
const MIGRATION_LOCK_KEY = 7_302_114;

export async function openStorage(options: StorageOptions): Promise<Storage> {
  return 'databaseUrl' in options
    ? openPostgres(options.databaseUrl, options.poolSize ?? DEFAULT_POOL_SIZE)
    : openPglite(options.dataDir, options.snapshot);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is an embedded database: two processes opening one directory would corrupt it. A lock file
 * with the owner's pid refuses the second one; a lock left by a crashed process is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = Number(readFileSync(lockFile, 'utf8').trim());
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isRunning(owner)) {
      throw new Error(
        `${dataDir} is in use by process ${owner}. Stop it, use another DATA_DIR, or set DATABASE_URL to run several instances on PostgreSQL.`,
      );
    }
    writeFileSync(lockFile, String(process.pid));
  }
  return () => rmSync(lockFile, { force: true });
}

const BYTEA_OID = 17;

/**
 * PGlite converts bytea to and from its hex text form one byte at a time through a JavaScript array:
 * about 17 ms of the server's one thread for each 64 KB attachment chunk, written or read, during
 * which nobody else is served (the bench's hostile stage saw others wait 1.5 s during uploads).
 * Buffer's hex codec does the same in native code, in a fraction of that.
 */
const PGLITE_TYPES = {
  serializers: {
    [BYTEA_OID]: (value: Uint8Array) => `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`,
  },
  parsers: { [BYTEA_OID]: (text: string) => Buffer.from(text.slice(2), 'hex') },
};

async function openPglite(dataDir: string | undefined, snapshot: Blob | undefined): Promise<Storage> {
  let unlock = () => {};
  if (dataDir !== undefined) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...PGLITE_TYPES,
      ...(dataDir !== undefined ? { dataDir } : snapshot ? { loadDataDir: snapshot } : {}),
    });
  } catch (error) {
    unlock();
    throw error;
  }
  const db = drizzlePglite({ client, schema });
  const feed = await pgliteChangeFeed(client);
  registerChangeFeed(db, feed);
  return {
    db,
    driver: DRIVERS.pglite,
    // PGlite is one connection in this process, so there is nobody to race with.
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: async () => {
      await feed.close();
      await client.close();
      unlock();
    },
  };
}

async function openPostgres(databaseUrl: string, poolSize: number): Promise<Storage> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', (error) => console.error('PostgreSQL pool error:', error.message));
  const db = drizzleNodePg({ client: pool, schema });
  let feed: ChangeFeed;
  try {
    feed = await postgresChangeFeed(databaseUrl, (error) => console.error('PostgreSQL change feed lost:', error.message));
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
  registerChangeFeed(db, feed);
  return {
    db,
    driver: DRIVERS.postgres,
    async migrate() {
      // drizzle's migrator takes no lock; an advisory lock held on one connection keeps several
      // instances starting at once from applying the same migration twice.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        try {
          await migrateNodePg(drizzleNodePg({ client, schema }), { migrationsFolder: MIGRATIONS_FOLDER });
        } finally {
          await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
        }
      } finally {
        client.release();
      }
    },
    close: async () => {
      await feed.close();
      await pool.end();
    },
  };
}
