import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq, sql } from 'drizzle-orm';
import { isValidHetu } from '@portal/shared-contracts/hetu';
import { REPO_ROOT } from '../platform/config.js';
import { DatabaseSessionStore } from '../identity/sessions/store.js';
import { CLIENT_ERROR_RETENTION_DAYS, pruneExclusively, pruneExpired } from './prune.js';
import {
  appSettings,
  assessmentQuestions,
  assessments,
  benefitPayers,
  handlerAreas,
  handlers,
  clientErrorCounts,
  idpCodes,
  idpSessions,
  jobSearchReports,
  jobSeekerStatuses,
  jobSeekingPeriods,
  municipalities,
  payerNotices,
  persons,
  rateLimits,
  registryEntries,
  sessions,
  trainingApplications,
  trainings,
} from './schema/index.js';
import { SEED_JOB_SEEKING_IDS } from './seeds/job-search.js';
import { SEED_PERSON_IDS, seed } from './seeds/seed.js';
import { sessionSecretFromDatabase } from './settings.js';
import { openTestStorage, TestClock } from '../testing/harness.js';
import { openStorage, type Storage } from './storage.js';

let storage: Storage;

before(async () => {
  storage = await openTestStorage();
});
after(() => storage.close());

async function counts() {
  const { db } = storage;
  const [p] = await db.select({ n: count() }).from(persons);
  const [m] = await db.select({ n: count() }).from(municipalities);
  const [r] = await db.select({ n: count() }).from(registryEntries);
  const [t] = await db.select({ n: count() }).from(trainings);
  const [a] = await db.select({ n: count() }).from(trainingApplications);
  return { persons: p?.n, municipalities: m?.n, registry: r?.n, trainings: t?.n, trainingApplications: a?.n };
}

test('migrations and seed can run again and again without changing anything', async () => {
  await storage.migrate();
  await seed(storage.db, { repoRoot: REPO_ROOT });
  const first = await counts();
  await storage.migrate();
  await seed(storage.db, { repoRoot: REPO_ROOT });
  assert.deepEqual(await counts(), first);
  assert.deepEqual(first, { persons: 7, municipalities: 309, registry: 9, trainings: 10, trainingApplications: 1 });
});

async function jobSeekingCounts() {
  const { db } = storage;
  const n = async (table: Parameters<ReturnType<typeof db.select>['from']>[0]) => (await db.select({ n: count() }).from(table))[0]?.n;
  return {
    statuses: await n(jobSeekerStatuses),
    handlers: await n(handlers),
    areas: await n(handlerAreas),
    payers: await n(benefitPayers),
    questions: await n(assessmentQuestions),
    periods: await n(jobSeekingPeriods),
    assessments: await n(assessments),
    reports: await n(jobSearchReports),
    notices: await n(payerNotices),
  };
}

test('the job-seeking seed: reference data and the test persons’ situations once, dated by the first seed', async () => {
  const first = await jobSeekingCounts();
  assert.deepEqual(first, {
    statuses: 8,
    handlers: 16,
    areas: 20,
    payers: 17,
    questions: 6,
    periods: 4,
    assessments: 4,
    reports: 1,
    notices: 4,
  });
  const tessa = async () =>
    (await storage.db.select().from(jobSeekingPeriods).where(eq(jobSeekingPeriods.id, SEED_JOB_SEEKING_IDS.tessaPeriod)))[0];
  const before = await tessa();
  // A restart a year later: nothing added (the notices have no fixed ids, their unique keys hold), no dates moved.
  await seed(storage.db, { repoRoot: REPO_ROOT, now: new Date(Date.now() + 365 * 24 * 3600 * 1000) });
  assert.deepEqual(await jobSeekingCounts(), first);
  assert.deepEqual(await tessa(), before);
});

test('seeded persons: valid henkilötunnus or eIDAS, birth date read from the henkilötunnus', async () => {
  const rows = await storage.db.select().from(persons);
  for (const row of rows) {
    if (row.hetu === null) assert.ok(row.eidas, `${row.lastName} has neither a henkilötunnus nor eIDAS`);
    else assert.ok(isValidHetu(row.hetu), row.hetu);
  }
  const [tessa] = await storage.db.select().from(persons).where(eq(persons.id, SEED_PERSON_IDS.tessa));
  assert.equal(tessa?.birthDate, '1980-02-01');
  assert.equal(tessa?.homeMunicipalityCode, '091');
});

test('a changed person is kept by the next seed', async () => {
  await storage.db.update(persons).set({ phone: '+358 40 000 0000' }).where(eq(persons.id, SEED_PERSON_IDS.tessa));
  await seed(storage.db, { repoRoot: REPO_ROOT });
  const [tessa] = await storage.db.select().from(persons).where(eq(persons.id, SEED_PERSON_IDS.tessa));
  assert.equal(tessa?.phone, '+358 40 000 0000');
});

test('persons.ui_language (migration 0014): null for the seeded, kept by the next seed, only fi, sv or en', async () => {
  const rows = await storage.db.select({ uiLanguage: persons.uiLanguage }).from(persons);
  assert.ok(
    rows.every((row) => row.uiLanguage === null),
    'nobody has chosen yet',
  );
  await storage.db.update(persons).set({ uiLanguage: 'en' }).where(eq(persons.id, SEED_PERSON_IDS.sven));
  await seed(storage.db, { repoRoot: REPO_ROOT });
  const [sven] = await storage.db.select().from(persons).where(eq(persons.id, SEED_PERSON_IDS.sven));
  assert.equal(sven?.uiLanguage, 'en');
  assert.equal(sven?.preferredLanguage, 'sv');
  await assert.rejects(storage.db.execute(sql`update persons set ui_language = 'de' where id = ${SEED_PERSON_IDS.sven}`));
  await storage.db.update(persons).set({ uiLanguage: null }).where(eq(persons.id, SEED_PERSON_IDS.sven));
});

test('the seed follows module versions only while a row points at the default manifest', async () => {
  const { db } = storage;
  const version = async (area: string) =>
    (await db.select().from(registryEntries).where(eq(registryEntries.area, area)))[0]?.implementation?.version;
  const local = await version('profile');
  await db
    .update(registryEntries)
    .set({ implementation: sql`jsonb_set(${registryEntries.implementation}, '{version}', '"0.9.0"')` })
    .where(eq(registryEntries.area, 'profile'));
  await seed(db, { repoRoot: REPO_ROOT });
  assert.equal(await version('profile'), local, 'an outdated local row is brought up to date');

  await db
    .update(registryEntries)
    .set({
      implementation: sql`${registryEntries.implementation} || '{"version":"0.8.0","manifestUrl":"https://cdn.example.com/profile/0.8.0/mf-manifest.json"}'::jsonb`,
    })
    .where(eq(registryEntries.area, 'profile'));
  await seed(db, { repoRoot: REPO_ROOT });
  assert.equal(await version('profile'), '0.8.0', 'a row pointed elsewhere (e.g. a rollback) is left alone');
});

test('the generated session secret is created once and then reused', async () => {
  const first = await sessionSecretFromDatabase(storage.db);
  const second = await sessionSecretFromDatabase(storage.db);
  assert.equal(first, second);
  assert.ok(first.length >= 32);
  const rows = await storage.db.select().from(appSettings);
  assert.equal(rows.length, 1);
});

function call<T>(fn: (cb: (error: unknown, value?: T) => void) => void): Promise<T | undefined> {
  return new Promise((resolve, reject) => fn((error, value) => (error ? reject(error) : resolve(value))));
}

test('session store: idle expiry moved by extend, capped by the absolute one; ended rows ignored and pruned', async () => {
  const clock = new TestClock();
  const store = new DatabaseSessionStore(storage.db, { idleSeconds: 60, absoluteSeconds: 150, clock: clock.now });
  const data = { cookie: { path: '/', httpOnly: true, originalMaxAge: null }, personId: SEED_PERSON_IDS.tessa } as never;
  await call<void>((cb) => store.set('sid-1', data, cb));
  const loaded = (await call((cb) => store.get('sid-1', cb))) as { personId?: string } | null;
  assert.equal(loaded?.personId, SEED_PERSON_IDS.tessa);
  const start = clock.now().getTime();
  assert.deepEqual(await store.times('sid-1'), { expiresAt: new Date(start + 60_000), absoluteExpiresAt: new Date(start + 150_000) });

  // Activity every 50 s keeps it alive, never past the absolute end; saving does not move the start.
  clock.advance(50);
  assert.equal((await store.extend('sid-1'))?.expiresAt.getTime(), start + 110_000);
  await call<void>((cb) => store.set('sid-1', data, cb));
  clock.advance(50);
  assert.equal((await store.extend('sid-1'))?.expiresAt.getTime(), start + 150_000, 'capped at the absolute expiry');
  assert.equal((await store.times('sid-1'))?.absoluteExpiresAt.getTime(), start + 150_000);
  clock.advance(50);
  assert.equal(await call((cb) => store.get('sid-1', cb)), null, 'ended at the absolute expiry despite activity');
  assert.equal(await store.extend('sid-1'), undefined, 'an ended session is never revived');
  assert.equal((await pruneExpired(storage.db, clock.now())).sessions, 1);
  assert.equal((await storage.db.select().from(sessions).where(eq(sessions.sid, 'sid-1'))).length, 0);

  // Idle: untouched for longer than the idle time.
  await call<void>((cb) => store.set('sid-2', data, cb));
  clock.advance(61);
  assert.equal(await call((cb) => store.get('sid-2', cb)), null);
  assert.equal(await store.times('sid-2'), undefined);

  await call<void>((cb) => store.set('sid-3', data, cb));
  await call<void>((cb) => store.destroy('sid-3', cb));
  assert.equal(await call((cb) => store.get('sid-3', cb)), null);
});

test('expired identification codes, IdP sessions and rate-limit windows are pruned', async () => {
  const past = new Date(Date.now() - 1);
  await storage.db.insert(idpCodes).values({
    code: 'old',
    personId: SEED_PERSON_IDS.tessa,
    clientId: 'portal',
    redirectUri: '/auth/callback',
    codeChallenge: 'x'.repeat(43),
    nonce: 'n',
    expiresAt: past,
  });
  await storage.db.insert(idpSessions).values({ tokenHash: 'h', personId: SEED_PERSON_IDS.tessa, createdAt: past, expiresAt: past });
  await storage.db.insert(rateLimits).values({ key: 'k', hits: 3, resetsAt: past });
  const pruned = await pruneExpired(storage.db);
  assert.equal(pruned.codes, 1);
  assert.equal(pruned.idpSessions, 1);
  assert.equal(pruned.rateLimits, 1);
});

test('error counts of a version nobody has reported on for 90 days are pruned; recent ones stay', async () => {
  const now = new Date();
  const old = new Date(now.getTime() - (CLIENT_ERROR_RETENTION_DAYS * 24 + 1) * 3600_000);
  const recent = new Date(now.getTime() - (CLIENT_ERROR_RETENTION_DAYS * 24 - 1) * 3600_000);
  const row = (version: string, lastSeenAt: Date) => ({ area: 'profile', version, kind: 'load', count: 1, firstSeenAt: old, lastSeenAt });
  await storage.db.insert(clientErrorCounts).values([row('0.0.1-old', old), row('0.0.2-recent', recent)]);
  assert.equal((await pruneExclusively(storage.db, now))?.clientErrors, 1);
  const left = await storage.db
    .select({ version: clientErrorCounts.version })
    .from(clientErrorCounts)
    .where(eq(clientErrorCounts.area, 'profile'));
  assert.deepEqual(
    left.map((r) => r.version).filter((v) => v.startsWith('0.0.')),
    ['0.0.2-recent'],
  );
});

test('a PGlite directory in use by another running process is refused with a clear message', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mock-backend-lock-'));
  try {
    // The parent process (the test runner) is certainly alive.
    writeFileSync(join(dir, 'pglite.lock'), String(process.ppid));
    await assert.rejects(openStorage({ dataDir: join(dir, 'pglite') }), /in use by process .*DATABASE_URL/s);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
