import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq, sql } from 'drizzle-orm';
import { isValidHetu } from '@portal/shared-contracts';
import { REPO_ROOT } from '../config.js';
import { DatabaseSessionStore } from '../session-store.js';
import { pruneExpired } from './prune.js';
import { appSettings, idpCodes, municipalities, persons, registryEntries, sessions } from './schema.js';
import { SEED_PERSON_IDS, seed } from './seed.js';
import { sessionSecretFromDatabase } from './settings.js';
import { openTestStorage } from '../testing/harness.js';
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
  return { persons: p?.n, municipalities: m?.n, registry: r?.n };
}

test('migrations and seed can run again and again without changing anything', async () => {
  await storage.migrate();
  await seed(storage.db, { repoRoot: REPO_ROOT });
  const first = await counts();
  await storage.migrate();
  await seed(storage.db, { repoRoot: REPO_ROOT });
  assert.deepEqual(await counts(), first);
  assert.deepEqual(first, { persons: 7, municipalities: 9, registry: 2 });
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

test('the seed follows module versions only while a row points at the default manifest', async () => {
  const { db } = storage;
  const version = async (area: string) =>
    (await db.select().from(registryEntries).where(eq(registryEntries.area, area)))[0]?.implementation.version;
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

test('session store: set, get, touch, destroy; expired rows are ignored and pruned', async () => {
  const store = new DatabaseSessionStore(storage.db, 60);
  const data = { cookie: { path: '/', httpOnly: true, originalMaxAge: null }, personId: SEED_PERSON_IDS.tessa } as never;
  await call<void>((cb) => store.set('sid-1', data, cb));
  const loaded = (await call((cb) => store.get('sid-1', cb))) as { personId?: string } | null;
  assert.equal(loaded?.personId, SEED_PERSON_IDS.tessa);

  // Expire it: get must ignore it, touch must not revive it, prune must delete it.
  await storage.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.sid, 'sid-1'));
  assert.equal(await call((cb) => store.get('sid-1', cb)), null);
  await call<void>((cb) => store.touch('sid-1', data, cb));
  assert.equal(await call((cb) => store.get('sid-1', cb)), null);
  const pruned = await pruneExpired(storage.db);
  assert.equal(pruned.sessions, 1);
  assert.equal((await storage.db.select().from(sessions).where(eq(sessions.sid, 'sid-1'))).length, 0);

  // Touch moves the idle expiry forward.
  await call<void>((cb) => store.set('sid-2', data, cb));
  const soon = new Date(Date.now() + 5000);
  await storage.db.update(sessions).set({ expiresAt: soon }).where(eq(sessions.sid, 'sid-2'));
  await call<void>((cb) => store.touch('sid-2', data, cb));
  const [row] = await storage.db.select().from(sessions).where(eq(sessions.sid, 'sid-2'));
  assert.ok(row && row.expiresAt.getTime() > soon.getTime() + 50_000);

  await call<void>((cb) => store.destroy('sid-2', cb));
  assert.equal(await call((cb) => store.get('sid-2', cb)), null);
});

test('expired identification codes are pruned', async () => {
  await storage.db.insert(idpCodes).values({
    code: 'old',
    personId: SEED_PERSON_IDS.tessa,
    clientId: 'portal',
    redirectUri: '/auth/callback',
    state: 's',
    expiresAt: new Date(Date.now() - 1),
  });
  assert.equal((await pruneExpired(storage.db)).codes, 1);
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
