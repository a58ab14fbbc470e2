import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { appSettings } from './schema.js';
import type { Database } from './storage.js';

const SESSION_SECRET_KEY = 'session-secret';

/**
 * The session-cookie signing secret: generated once and kept in the database, so restarts and every
 * instance sharing the database accept the same cookies. Concurrent first starts race harmlessly:
 * the insert that loses does nothing and both read the winner's value.
 */
export async function sessionSecretFromDatabase(db: Database): Promise<string> {
  await db
    .insert(appSettings)
    .values({ key: SESSION_SECRET_KEY, value: randomBytes(48).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, SESSION_SECRET_KEY));
  if (!row) throw new Error('The session secret could not be stored.');
  return row.value;
}
