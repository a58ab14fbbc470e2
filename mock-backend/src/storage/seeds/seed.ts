// Seed data, inserted at every start with "on conflict do nothing": a fresh database gets the test
// persons and the registry, an existing one keeps whatever was changed in it since.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq, ne, or, sql } from 'drizzle-orm';
import { MODULE_EXPOSES, validate, type FederatedImplementation } from '@portal/shared-contracts';
import { isValidHetu, parseHetu } from '@portal/shared-contracts/hetu';
import { EmbeddableElementsSchema, type EmbeddableElement } from '@portal/shared-contracts/embed';
import { municipalities, persons, registryEntries } from '../schema/index.js';
import { MUNICIPALITIES_2025, MUNICIPALITIES_ENDED } from './data/municipalities-2025.js';
import { seedJobSearch } from './job-search.js';
import { seedStartupGrant } from './startup-grant.js';
import { seedOffersAndPlans } from './offers-and-plans.js';
import { seedTerms } from './terms.js';
import { seedTraining } from './training.js';
import { seedUnemploymentSecurity } from './unemployment-security.js';
import type { Database } from '../storage.js';

type NewPerson = typeof persons.$inferInsert;
type NewRegistryEntry = typeof registryEntries.$inferInsert;

/**
 * Every municipality of Statistics Finland's classification (data/municipalities-2025.ts), with the
 * validity dates of the changes since: English names are the Finnish ones, as Statistics Finland
 * gives them.
 */
export const SEED_MUNICIPALITIES: readonly (typeof municipalities.$inferInsert)[] = MUNICIPALITIES_2025.map(([code, fi, sv]) => ({
  code,
  nameFi: fi,
  nameSv: sv ?? fi,
  nameEn: fi,
  validFrom: null,
  validTo: MUNICIPALITIES_ENDED.find(([ended]) => ended === code)?.[1] ?? null,
}));

/**
 * Fixed ids, so a person keeps the same id in every database (handy in tests and bookmarks) and the
 * eIDAS user, who has no henkilötunnus to conflict on, is not inserted twice.
 */
export const SEED_PERSON_IDS = {
  tessa: '5c1e0f0a-7d3b-4c51-9a55-0a1f6b3c0001',
  sven: '5c1e0f0a-7d3b-4c51-9a55-0a1f6b3c0002',
  yrjo: '5c1e0f0a-7d3b-4c51-9a55-0a1f6b3c0003',
  ulla: '5c1e0f0a-7d3b-4c51-9a55-0a1f6b3c0004',
  turva: '5c1e0f0a-7d3b-4c51-9a55-0a1f6b3c0005',
  deceased: '5c1e0f0a-7d3b-4c51-9a55-0a1f6b3c0006',
  erika: '5c1e0f0a-7d3b-4c51-9a55-0a1f6b3c0007',
} as const;

/** The birth date of a person with a henkilötunnus is read from it, so the two cannot disagree. */
type SeedPerson = NewPerson & { id: string };

/** Official Suomi.fi test identities (DOMAIN.md); names, addresses and situations are ours. */
const SEED_PERSONS: readonly SeedPerson[] = [
  {
    id: SEED_PERSON_IDS.tessa,
    hetu: '010280-952L',
    firstNames: 'Tessa Marjatta',
    givenName: 'Tessa',
    lastName: 'Testilä',
    homeMunicipalityCode: '091',
    street: 'Mannerheimintie 12 A 5',
    postalCode: '00100',
    postOffice: 'Helsinki',
    country: 'FI',
    phone: '+358 40 123 4567',
    email: 'tessa.testila@example.fi',
    preferredLanguage: 'fi',
    contactChannel: 'e-service',
    updatedAt: new Date('2025-03-12T10:15:00Z'),
  },
  {
    // No phone number: the profile's current item asks him to add his contact details.
    id: SEED_PERSON_IDS.sven,
    hetu: '010469-999W',
    firstNames: 'Sven Erik',
    givenName: 'Sven',
    lastName: 'Testsson',
    homeMunicipalityCode: '049',
    street: 'Östanvindsgränden 3 B 12',
    postalCode: '02100',
    postOffice: 'Esbo',
    country: 'FI',
    phone: null,
    email: 'sven.testsson@example.fi',
    preferredLanguage: 'sv',
    contactChannel: 'letter',
    updatedAt: new Date('2024-11-04T08:30:00Z'),
  },
  {
    id: SEED_PERSON_IDS.yrjo,
    hetu: '010675-9981',
    firstNames: 'Yrjö Kalevi',
    givenName: 'Yrjö',
    lastName: 'Yrittäjä',
    homeMunicipalityCode: '837',
    street: 'Hämeenkatu 20 C 14',
    postalCode: '33200',
    postOffice: 'Tampere',
    country: 'FI',
    phone: '+358 50 765 4321',
    email: 'yrjo.yrittaja@example.fi',
    preferredLanguage: 'fi',
    contactChannel: 'email',
    updatedAt: new Date('2025-01-20T12:00:00Z'),
  },
  {
    // Lives abroad: an address outside Finland and no home municipality.
    id: SEED_PERSON_IDS.ulla,
    hetu: '040265-9985',
    firstNames: 'Ulla Maria',
    givenName: 'Ulla',
    lastName: 'Ulkomaa',
    homeMunicipalityCode: null,
    street: 'Drottninggatan 45 lgh 1102',
    postalCode: '111 21',
    postOffice: 'Stockholm',
    country: 'SE',
    phone: '+46 70 123 45 67',
    email: 'ulla.ulkomaa@example.com',
    preferredLanguage: 'en',
    contactChannel: 'email',
    updatedAt: new Date('2024-09-02T07:45:00Z'),
  },
  {
    // Turvakielto: the address is stored (the registry has it) but is never handed out.
    id: SEED_PERSON_IDS.turva,
    hetu: '260991-999R',
    firstNames: 'Turva Tuulikki',
    givenName: 'Turva',
    lastName: 'Testinen',
    homeMunicipalityCode: '564',
    street: 'Kirkkokatu 8 B 21',
    postalCode: '90100',
    postOffice: 'Oulu',
    country: 'FI',
    addressProtected: true,
    phone: '+358 44 987 6543',
    email: 'turva.testinen@example.fi',
    preferredLanguage: 'fi',
    contactChannel: 'e-service',
    updatedAt: new Date('2025-02-03T09:00:00Z'),
  },
  {
    id: SEED_PERSON_IDS.deceased,
    hetu: '020365-999P',
    firstNames: 'Kuollut',
    givenName: 'Kuollut',
    lastName: 'Testihenkilö',
    homeMunicipalityCode: '853',
    street: 'Aurakatu 1 A 3',
    postalCode: '20100',
    postOffice: 'Turku',
    country: 'FI',
    phone: null,
    email: null,
    preferredLanguage: 'fi',
    contactChannel: 'letter',
    deceased: true,
    updatedAt: new Date('2023-06-30T10:00:00Z'),
  },
  {
    // A foreign EU citizen identified through eIDAS: no henkilötunnus, no Finnish municipality.
    id: SEED_PERSON_IDS.erika,
    hetu: null,
    eidas: true,
    firstNames: 'Erika',
    givenName: 'Erika',
    lastName: 'Example',
    homeMunicipalityCode: null,
    street: 'Friedrichstraße 100',
    postalCode: '10117',
    postOffice: 'Berlin',
    country: 'DE',
    phone: null,
    email: 'erika.example@example.com',
    birthDate: '1985-07-14',
    preferredLanguage: 'en',
    contactChannel: 'email',
    updatedAt: new Date('2025-04-01T06:00:00Z'),
  },
];

/** The registry rows a fresh database starts with; `version` is filled from the module's package.json. */
export const SEED_AREAS = [
  {
    area: 'overview',
    route: '/',
    names: { fi: 'Etusivu', sv: 'Startsida', en: 'Front page' },
    navOrder: 0,
    requiresAuth: true,
    remoteName: 'portal_overview',
    manifestUrl: '/modules/overview/mf-manifest.json',
    currentItemsUrl: null,
  },
  {
    area: 'profile',
    route: '/profile',
    names: { fi: 'Omat tiedot', sv: 'Mina uppgifter', en: 'My details' },
    navOrder: 1,
    requiresAuth: true,
    remoteName: 'portal_profile',
    manifestUrl: '/modules/profile/mf-manifest.json',
    currentItemsUrl: '/api/profile/current-items',
  },
  {
    area: 'job-search',
    route: '/job-search',
    names: { fi: 'Työnhaku', sv: 'Arbetssökande', en: 'Job seeking' },
    navOrder: 2,
    requiresAuth: true,
    remoteName: 'portal_job_search',
    manifestUrl: '/modules/job-search/mf-manifest.json',
    currentItemsUrl: '/api/job-search/current-items',
  },
  {
    area: 'unemployment-security',
    route: '/unemployment-security',
    names: { fi: 'Työttömyysturva', sv: 'Arbetslöshetsskydd', en: 'Unemployment security' },
    navOrder: 3,
    requiresAuth: true,
    remoteName: 'portal_unemployment_security',
    manifestUrl: '/modules/unemployment-security/mf-manifest.json',
    currentItemsUrl: '/api/unemployment-security/current-items',
  },
  {
    // Not yet migrating: only its legacy Oma asiointi pages, shown inside the portal. Its first
    // module is published into this row (npm run deploy -w modules/plan); the rollout stays at
    // nobody until an operator switches (npm run registry -- rollout plan …).
    area: 'plan',
    route: '/plan',
    names: { fi: 'Suunnitelma', sv: 'Plan', en: 'Plan' },
    navOrder: 4,
    requiresAuth: true,
    currentItemsUrl: '/api/plan/current-items',
    legacy: { kind: 'legacy', url: '/legacy/plan' },
    rollout: { mode: 'nobody' },
  },
  {
    // Migrating from the legacy Oma asiointi: its legacy pages serve everyone until an operator
    // switches (npm run registry -- rollout offers …); the module is built and waiting.
    area: 'offers',
    route: '/offers',
    names: { fi: 'Tarjoukset', sv: 'Erbjudanden', en: 'Offers' },
    navOrder: 5,
    requiresAuth: true,
    remoteName: 'portal_offers',
    manifestUrl: '/modules/offers/mf-manifest.json',
    currentItemsUrl: '/api/offers/current-items',
    legacy: { kind: 'legacy', url: '/legacy/offers' },
    rollout: { mode: 'nobody' },
  },
  {
    area: 'career-radar',
    route: '/career-radar',
    names: { fi: 'Työelämätutka', sv: 'Arbetslivsradarn', en: 'Working life radar' },
    navOrder: 6,
    // A self-assessment anyone may take; only saving a result asks for sign-in.
    requiresAuth: false,
    remoteName: 'portal_career_radar',
    manifestUrl: '/modules/career-radar/mf-manifest.json',
    currentItemsUrl: '/api/career-radar/current-items',
  },
  {
    area: 'training',
    route: '/training',
    names: { fi: 'Työvoimakoulutus', sv: 'Arbetskraftsutbildning', en: 'Labour market training' },
    navOrder: 7,
    requiresAuth: true,
    remoteName: 'portal_training',
    manifestUrl: '/modules/training/mf-manifest.json',
    currentItemsUrl: '/api/training/current-items',
  },
  {
    area: 'startup-grant',
    route: '/startup-grant',
    names: { fi: 'Starttiraha', sv: 'Startpeng', en: 'Start-up grant' },
    navOrder: 8,
    requiresAuth: true,
    remoteName: 'portal_startup_grant',
    manifestUrl: '/modules/startup-grant/mf-manifest.json',
    currentItemsUrl: '/api/startup-grant/current-items',
  },
] as const;

// Used when a module's package.json cannot be read (e.g. a deployment without sources); the
// registry schema needs some semantic version.
const UNKNOWN_VERSION = '0.0.0';

function moduleVersion(repoRoot: string, area: string): string {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(repoRoot, 'modules', area, 'package.json'), 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'version' in parsed && typeof parsed.version === 'string') {
      return parsed.version;
    }
  } catch {
    // Fall through: a missing module folder is not a reason to refuse to start.
  }
  return UNKNOWN_VERSION;
}

/**
 * The module's `"portal": { "embeddable": [...] }` (the elements partner sites may embed), or
 * undefined when it declares none. A malformed declaration is left out with a warning: that module
 * is then not embeddable, and the portal still starts.
 */
function moduleEmbeddable(repoRoot: string, area: string): EmbeddableElement[] | undefined {
  let declared: unknown;
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(repoRoot, 'modules', area, 'package.json'), 'utf8'));
    declared = (parsed as { portal?: { embeddable?: unknown } } | null)?.portal?.embeddable;
  } catch {
    return undefined;
  }
  if (declared === undefined) return undefined;
  const result = validate(EmbeddableElementsSchema, declared);
  const misnamed = result.ok ? result.value.filter((item) => !item.element.startsWith(`${area}-`)) : [];
  if (!result.ok || misnamed.length > 0) {
    const problems = result.ok
      ? misnamed.map((item) => `${item.element}: not named after the area`)
      : result.issues.map((i) => `${i.path}: ${i.message}`);
    console.warn(`modules/${area}/package.json "portal.embeddable" is left out of the registry: ${problems.join('; ')}`);
    return undefined;
  }
  return result.value.length > 0 ? result.value : undefined;
}

function personRow(person: SeedPerson): NewPerson {
  if (person.hetu == null) return person;
  // A typo in a test identity would make a person nobody can recognise; fail loudly instead.
  if (!isValidHetu(person.hetu)) throw new Error(`Seed person ${person.id} has an invalid henkilötunnus ${person.hetu}`);
  return { ...person, birthDate: parseHetu(person.hetu)?.birthDate ?? null };
}

export interface SeedOptions {
  /** Where modules/<area>/package.json are read for the registry versions. */
  readonly repoRoot: string;
  /**
   * "Now" of a first seed: the test persons' job seeking is dated relative to it (Tessa registered
   * two weeks ago). Tests pass their clock's; a later seed keeps the dates of the first.
   */
  readonly now?: Date;
  /** NODE_ENV=development: also an upcoming version of the terms of use, so its announcement shows. */
  readonly development?: boolean;
}

export async function seed(db: Database, options: SeedOptions): Promise<void> {
  // A code table kept by the seed alone: a new classification (names, validity dates) reaches an
  // existing database too, where persons and handler areas already refer to the codes.
  await db
    .insert(municipalities)
    .values([...SEED_MUNICIPALITIES])
    .onConflictDoUpdate({
      target: municipalities.code,
      set: {
        nameFi: sql`excluded.name_fi`,
        nameSv: sql`excluded.name_sv`,
        nameEn: sql`excluded.name_en`,
        validFrom: sql`excluded.valid_from`,
        validTo: sql`excluded.valid_to`,
      },
    });
  // No conflict target: a clash on either the id or the henkilötunnus means the person is there.
  await db.insert(persons).values(SEED_PERSONS.map(personRow)).onConflictDoNothing();
  await seedTerms(db, { development: options.development ?? false });
  await seedJobSearch(db, SEED_PERSON_IDS, options.now ?? new Date());
  // The training catalogue first: the payment notices and the training offer refer to its trainings.
  await seedTraining(db, SEED_PERSON_IDS, options.now ?? new Date());
  await seedUnemploymentSecurity(db, SEED_PERSON_IDS, options.now ?? new Date());
  await seedOffersAndPlans(db, SEED_PERSON_IDS, options.now ?? new Date());
  await seedStartupGrant(db, SEED_PERSON_IDS, options.now ?? new Date());

  for (const area of SEED_AREAS) await seedArea(db, area, options.repoRoot);
}

/** One area's registry row, once; while it has a module served locally, its version follows the local build. */
async function seedArea(db: Database, area: SeedArea, repoRoot: string): Promise<void> {
  const module = 'remoteName' in area ? localModule(area, repoRoot) : null;
  const row: NewRegistryEntry = {
    area: area.area,
    route: area.route,
    names: area.names,
    navOrder: area.navOrder,
    requiresAuth: area.requiresAuth,
    implementation: module,
    currentItemsUrl: area.currentItemsUrl,
    ...('legacy' in area ? { legacy: area.legacy, rollout: area.rollout } : {}),
  };
  await db.insert(registryEntries).values(row).onConflictDoNothing();
  if (!module) return;
  // Follow the local build's version (and its embeddable elements) while the row still points at
  // the locally served module; a row someone pointed elsewhere (another manifest, a rollback) is
  // left alone.
  const { version, embeddable, manifestUrl } = module;
  const embeddableJson = embeddable ? JSON.stringify(embeddable) : null;
  const follow = JSON.stringify({ version, ...(embeddable ? { embeddable } : {}) });
  await db
    .update(registryEntries)
    .set({
      implementation: sql`(${registryEntries.implementation} - 'embeddable') || ${follow}::jsonb`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(registryEntries.area, area.area),
        eq(sql`${registryEntries.implementation}->>'manifestUrl'`, manifestUrl),
        or(
          ne(sql`${registryEntries.implementation}->>'version'`, version),
          sql`${registryEntries.implementation}->'embeddable' is distinct from ${embeddableJson}::jsonb`,
        ),
      ),
    );
}

type SeedArea = (typeof SEED_AREAS)[number];

/** The module of a seeded area as built in this checkout (modules/<area>/package.json). */
function localModule(area: Extract<SeedArea, { remoteName: string }>, repoRoot: string): FederatedImplementation {
  const embeddable = moduleEmbeddable(repoRoot, area.area);
  return {
    kind: 'federated',
    remoteName: area.remoteName,
    version: moduleVersion(repoRoot, area.area),
    manifestUrl: area.manifestUrl,
    exposes: MODULE_EXPOSES,
    ...(embeddable ? { embeddable } : {}),
  };
}
