import { lte } from 'drizzle-orm';
import { idpCodes, sessions } from './schema.js';
import type { Database } from './storage.js';

/**
 * Deletes expired sessions and identification codes. Reads ignore expired rows anyway, so this only
 * keeps the tables small; any instance may run it at any time.
 */
export async function pruneExpired(db: Database, now: Date = new Date()): Promise<{ sessions: number; codes: number }> {
  const goneSessions = await db.delete(sessions).where(lte(sessions.expiresAt, now)).returning({ sid: sessions.sid });
  const goneCodes = await db.delete(idpCodes).where(lte(idpCodes.expiresAt, now)).returning({ code: idpCodes.code });
  return { sessions: goneSessions.length, codes: goneCodes.length };
}
