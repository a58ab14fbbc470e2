import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { appSettings } from './schema/index.js';
import type { Database } from './storage.js';

const SESSION_SECRET_KEY = 'session-secret';

/**
 * A value made once and kept in the database, so restarts and every instance sharing the database
 * agree on it. Concurrent first starts race harmlessly: the insert that loses does nothing and
 * both read the winner's value (which is why `make` may run and be thrown away).
 */
export async function settingOnce(db: Database, key: string, make: () => string | Promise<string>): Promise<string> {
  const [existing] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, key));
  if (existing) return existing.value;
  await db
    .insert(appSettings)
    .values({ key, value: await make() })
    .onConflictDoNothing();
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, key));
  if (!row) throw new Error(`The setting ${key} could not be stored.`);
  return row.value;
}

/** The session-cookie signing secret (unless SESSION_SECRET is given). */
export function sessionSecretFromDatabase(db: Database): Promise<string> {
  return settingOnce(db, SESSION_SECRET_KEY, () => randomBytes(48).toString('base64url'));
}
