// The queries every area's store makes of a person's rows, written once: the row a report stored
// under its Idempotency-Key, storing a report once per key, the person's own row by its id, the
// person's rows in an order, and the concurrency token a write moves. Each is generic over the
// Drizzle table, so a store names its table and columns and the SQL stays the same everywhere.
// Drizzle cannot work out a query's row type for a table that is a type parameter, so each query
// runs on the table as its base type and its rows are given back as the table's own row type, which
// they are: the select has no projection and `returning()` returns whole rows.
import { createHash } from 'node:crypto';
import { and, desc, eq, getTableName, sql, type InferInsertModel, type InferSelectModel, type Placeholder, type SQL } from 'drizzle-orm';
import { PgTransaction, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { isUuid } from '../platform/uuid.js';
import type { Database } from './storage.js';

/** A table of a person's rows: every query below is by person, so it cannot reach another person's row. */
export type PersonTable = PgTable & { readonly personId: PgColumn };

/** A person's table with a uuid primary key. */
export type OwnedTable = PersonTable & { readonly id: PgColumn };

/** A person's table whose reports are unique per (person, idempotency key). */
export type KeyedTable = PersonTable & { readonly idempotencyKey: PgColumn };

export type Row<T extends PgTable> = InferSelectModel<T>;

/**
 * The person's row under a key, if any: the row a report stored under its Idempotency-Key (how a
 * retry finds the first report's receipt), or a draft under its name. `keyColumn` is mostly the
 * table's `idempotencyKey`; a table may keep another step's key (the key that ended a period,
 * accepted a plan).
 */
export async function findByKey<T extends PersonTable>(
  db: Database,
  table: T,
  keyColumn: PgColumn,
  personId: string,
  key: string,
): Promise<Row<T> | undefined> {
  const [row] = await db
    .select()
    .from(table as PgTable)
    .where(and(eq(table.personId, personId), eq(keyColumn, key)));
  return row as Row<T> | undefined;
}

/**
 * Stores a row, or returns undefined when the person already has one with its idempotency key: the
 * unique constraint on (person, key) decides, so two requests racing with one key store one record.
 */
export async function insertOnce<T extends KeyedTable>(db: Database, table: T, values: InferInsertModel<T>): Promise<Row<T> | undefined> {
  const insert = (into: Database, given: InferInsertModel<T> | Record<string, Placeholder>) =>
    into
      .insert(table as KeyedTable)
      .values(given)
      .onConflictDoNothing({ target: [table.personId, table.idempotencyKey] })
      .returning();
  // Inside a transaction the statement must run on the transaction's connection: built each time.
  if ((db as unknown) instanceof PgTransaction) return (await insert(db, values))[0] as Row<T> | undefined;
  // Otherwise built once per table and set of columns (a store always gives the same ones), like
  // the statements of storage/prepared.ts: building the insert was the largest part of a write's
  // own work in the profile (issue 19).
  const columns = Object.keys(values).filter((column) => values[column as keyof typeof values] !== undefined);
  const shape = `${getTableName(table)}:${columns.join(',')}`;
  let statements = preparedInserts.get(db);
  if (!statements) preparedInserts.set(db, (statements = new Map()));
  let statement = statements.get(shape);
  if (!statement) {
    // PostgreSQL cuts names at 63 bytes: the shape's hash names the statement on each connection.
    const name = `insert_once_${createHash('sha1').update(shape).digest('hex').slice(0, 16)}`;
    statement = insert(db, Object.fromEntries(columns.map((column) => [column, sql.placeholder(column)]))).prepare(name);
    statements.set(shape, statement);
  }
  const [row] = await statement.execute(values as Record<string, unknown>);
  return row as Row<T> | undefined;
}

/** insertOnce's statements of each database handle, by table and columns. */
const preparedInserts = new WeakMap<Database, Map<string, { execute(values: Record<string, unknown>): Promise<unknown[]> }>>();

/**
 * The person's row with this id: another person's id finds nothing, exactly like an unknown one, and
 * so does a malformed one (PostgreSQL would throw on the uuid cast: a 500 instead of a 404). With
 * `lock`, the row stays locked until the transaction ends, so writes to it happen one at a time.
 */
export async function findOwn<T extends OwnedTable>(
  db: Database,
  table: T,
  personId: string,
  id: string,
  options: { readonly lock?: boolean } = {},
): Promise<Row<T> | undefined> {
  if (!isUuid(id)) return undefined;
  const query = db
    .select()
    .from(table as PgTable)
    .where(and(eq(table.id, id), eq(table.personId, personId)));
  const [row] = options.lock === true ? await query.for('update') : await query;
  return row as Row<T> | undefined;
}

/**
 * The rows whose `column` holds `value` (a period's reports, a request's files, an area's versions)
 * in the given order (`newestFirst` for most lists), the first `limit` of them if given.
 */
export async function listBy<T extends PgTable>(
  db: Database,
  table: T,
  column: PgColumn,
  value: string,
  order: readonly SQL[],
  limit?: number,
): Promise<Row<T>[]> {
  const query = db
    .select()
    .from(table as PgTable)
    .where(eq(column, value))
    .orderBy(...order);
  const rows = limit === undefined ? await query : await query.limit(limit);
  return rows as Row<T>[];
}

/** The person's rows in the given order, the first `limit` of them if given. */
export async function listOwn<T extends PersonTable>(
  db: Database,
  table: T,
  personId: string,
  order: readonly SQL[],
  limit?: number,
): Promise<Row<T>[]> {
  return listBy(db, table, table.personId, personId, order, limit);
}

/**
 * Newest first by `time`; `tieBreak` (the id) orders two rows of one millisecond, or of a test's
 * clock standing still, so the order never flickers between reads.
 */
export function newestFirst(time: PgColumn, tieBreak: PgColumn): SQL[] {
  return [desc(time), desc(tieBreak)];
}

/**
 * The next value of a row's concurrency token (`updatedAt`, which clients send back as `basedOn`):
 * now, but always later than the current one, even within one millisecond or while a test's clock
 * stands still, so a form based on the old value always gets its 409.
 */
export function nextToken(column: PgColumn, now: Date): SQL {
  return sql`greatest(${now.toISOString()}::timestamptz, ${column} + interval '1 millisecond')`;
}
