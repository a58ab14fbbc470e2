// Reads of the persons table shared by the IdP, the session and the profile.
import { asc, eq, inArray } from 'drizzle-orm';
import type { SessionPerson } from '@portal/shared-contracts';
import { municipalities, persons } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';
import { isUuid } from '../../platform/uuid.js';

export type Person = typeof persons.$inferSelect;
export type Municipality = typeof municipalities.$inferSelect;

export async function findPerson(db: Database, id: string): Promise<Person | undefined> {
  // A malformed id would make PostgreSQL throw on the uuid cast; it simply matches nobody.
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(persons).where(eq(persons.id, id));
  return row;
}

/** The customer with this henkilötunnus: how the portal finds whom the IdP identified. */
export async function findPersonByHetu(db: Database, hetu: string): Promise<Person | undefined> {
  const [row] = await db.select().from(persons).where(eq(persons.hetu, hetu));
  return row;
}

export async function findMunicipality(db: Database, code: string): Promise<Municipality | undefined> {
  const [row] = await db.select().from(municipalities).where(eq(municipalities.code, code));
  return row;
}

/** Every municipality, by its Finnish name: the choices of a form. */
export async function listMunicipalities(db: Database): Promise<Municipality[]> {
  return db.select().from(municipalities).orderBy(asc(municipalities.nameFi));
}

export async function knownMunicipalityCodes(db: Database, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .select({ code: municipalities.code })
    .from(municipalities)
    .where(inArray(municipalities.code, [...codes]));
  return new Set(rows.map((row) => row.code));
}

export async function listPersons(db: Database): Promise<Person[]> {
  const rows = await db.select().from(persons);
  const collator = new Intl.Collator('fi');
  return rows.sort((a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.givenName, b.givenName));
}

export function sessionPerson(person: Person): SessionPerson {
  return {
    id: person.id,
    firstName: person.givenName,
    lastName: person.lastName,
    // As Suomi.fi's displayName attribute: the name the person goes by, then the surname.
    displayName: `${person.givenName} ${person.lastName}`,
    preferredLanguage: person.preferredLanguage,
  };
}
