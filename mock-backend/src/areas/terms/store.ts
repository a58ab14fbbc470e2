// The terms' queries: versions (added, never rewritten) and acknowledgements (one per person and version).
import { and, asc, count, eq } from 'drizzle-orm';
import { termsAcknowledgements, termsVersions } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';

export type TermsVersionRow = typeof termsVersions.$inferSelect;
export type NewTermsVersion = Omit<typeof termsVersions.$inferInsert, 'createdAt'>;
export type TermsAcknowledgementRow = typeof termsAcknowledgements.$inferSelect;

/** Every version without its text, the earliest first: what the lists and the announcement need. */
export async function listVersions(db: Database): Promise<Omit<TermsVersionRow, 'text'>[]> {
  return db
    .select({
      version: termsVersions.version,
      effectiveFrom: termsVersions.effectiveFrom,
      summary: termsVersions.summary,
      createdAt: termsVersions.createdAt,
    })
    .from(termsVersions)
    .orderBy(asc(termsVersions.effectiveFrom));
}

export async function findVersion(db: Database, version: string): Promise<TermsVersionRow | undefined> {
  const [row] = await db.select().from(termsVersions).where(eq(termsVersions.version, version));
  return row;
}

/** The new row, or undefined when its name or its day is taken already (the unique keys decide, even between instances). */
export async function insertVersion(db: Database, version: NewTermsVersion): Promise<TermsVersionRow | undefined> {
  const [row] = await db.insert(termsVersions).values(version).onConflictDoNothing().returning();
  return row;
}

/** How many people have acknowledged each version. */
export async function acknowledgementCounts(db: Database): Promise<Map<string, number>> {
  const rows = await db
    .select({ version: termsAcknowledgements.version, n: count() })
    .from(termsAcknowledgements)
    .groupBy(termsAcknowledgements.version);
  return new Map(rows.map((row) => [row.version, row.n]));
}

export async function findAcknowledgement(db: Database, personId: string, version: string): Promise<TermsAcknowledgementRow | undefined> {
  const [row] = await db
    .select()
    .from(termsAcknowledgements)
    .where(and(eq(termsAcknowledgements.personId, personId), eq(termsAcknowledgements.version, version)));
  return row;
}

/** The first acknowledgement stays: a repeat (another device, a retry) finds it and changes nothing. */
export async function acknowledge(
  db: Database,
  personId: string,
  version: string,
  at: Date,
): Promise<{ created: boolean; row: TermsAcknowledgementRow }> {
  const [inserted] = await db
    .insert(termsAcknowledgements)
    .values({ personId, version, acknowledgedAt: at })
    .onConflictDoNothing()
    .returning();
  if (inserted) return { created: true, row: inserted };
  const existing = await findAcknowledgement(db, personId, version);
  if (!existing) throw new Error('The acknowledgement was neither stored nor found.');
  return { created: false, row: existing };
}

/** A person's acknowledgements, the earliest first: part of the JSON download of their own data. */
export async function acknowledgementsOf(db: Database, personId: string): Promise<TermsAcknowledgementRow[]> {
  return db
    .select()
    .from(termsAcknowledgements)
    .where(eq(termsAcknowledgements.personId, personId))
    .orderBy(asc(termsAcknowledgements.acknowledgedAt));
}
