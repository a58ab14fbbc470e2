// Reads of the persons table shared by the IdP, the session and the profile.
import { eq, sql } from 'drizzle-orm';
import type { Locale, SessionPerson } from '@portal/shared-contracts';
import { municipalities, persons } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';
import { isUuid } from '../../platform/uuid.js';
import { preparedPerDatabase } from '../../storage/prepared.js';

export type Person = typeof persons.$inferSelect;
export type Municipality = typeof municipalities.$inferSelect;

/** Every signed-in request reads its person: built and parsed once per database (storage/prepared.ts). */
const personById = preparedPerDatabase((db) =>
  db
    .select()
    .from(persons)
    .where(eq(persons.id, sql.placeholder('id')))
    .prepare('person_by_id'),
);

export async function findPerson(db: Database, id: string): Promise<Person | undefined> {
  // A malformed id would make PostgreSQL throw on the uuid cast; it simply matches nobody.
  if (!isUuid(id)) return undefined;
  const [row] = await personById(db).execute({ id });
  return row;
}

/** The customer with this henkilötunnus: how the portal finds whom the IdP identified. */
export async function findPersonByHetu(db: Database, hetu: string): Promise<Person | undefined> {
  const [row] = await db.select().from(persons).where(eq(persons.hetu, hetu));
  return row;
}

/**
 * Municipalities are reference data: seeded with the schema and never written by the service, so
 * each database's table is read once and kept (a profile read would otherwise query it every time).
 * A failed read is not kept: the next call tries again.
 */
const municipalityTables = new WeakMap<Database, Promise<ReadonlyMap<string, Municipality>>>();

function municipalityTable(db: Database): Promise<ReadonlyMap<string, Municipality>> {
  let table = municipalityTables.get(db);
  if (!table) {
    table = db
      .select()
      .from(municipalities)
      .then((rows) => new Map(rows.map((row) => [row.code, row])));
    municipalityTables.set(db, table);
    table.catch(() => municipalityTables.delete(db));
  }
  return table;
}

export async function findMunicipality(db: Database, code: string): Promise<Municipality | undefined> {
  return (await municipalityTable(db)).get(code);
}

/** Every municipality, by its Finnish name: the choices of a form. */
export async function listPersons(db: Database): Promise<Person[]> {
  const rows = await db.select().from(persons);
  const collator = new Intl.Collator('fi');
  return rows.sort((a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.givenName, b.givenName));
}

/**
 * Saves the language the person chose for the portal's pages. Their service language and the
 * profile's `updated_at` stay as they were: this is a setting of the portal, not basic data.
 */
export async function saveUiLanguage(db: Database, personId: string, language: Locale): Promise<void> {
  await db.update(persons).set({ uiLanguage: language }).where(eq(persons.id, personId));
}

/** The language of the person's pages when nothing asks for another: their choice, else their service language. */
export function pageLanguage(person: Pick<Person, 'uiLanguage' | 'preferredLanguage'>): Locale {
  return person.uiLanguage ?? person.preferredLanguage;
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
