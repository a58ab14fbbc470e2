// Statements that every signed-in request runs (the session, the person, what is due) are built by
// drizzle and parsed by PostgreSQL once per database rather than each time: drizzle's query building
// was the largest single cost of a signed-in read in the profile (issue 19). On PostgreSQL a named
// statement is prepared on each pooled connection at its first use.
import type { Database } from './storage.js';

/** `build`'s result, made once for each database handle it is asked for. */
export function preparedPerDatabase<T>(build: (db: Database) => T): (db: Database) => T {
  const built = new WeakMap<Database, T>();
  return (db) => {
    let statement = built.get(db);
    if (statement === undefined) {
      statement = build(db);
      built.set(db, statement);
    }
    return statement;
  };
}
