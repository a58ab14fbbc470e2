// What an instance keeps of sessions, persons and pending profile changes (row-cache.ts) must never
// outlive the rows: a change made behind the app's back (another instance, an operator's tool, a
// migration) reaches every instance through the database's notifications (change-feed.ts, migration
// 0017). Each check first makes the instance keep the row (a read), then changes it elsewhere.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { API_ERROR_CODES, IDEMPOTENCY_KEY_HEADER } from '@portal/shared-contracts';
import type { Profile } from '@portal/shared-contracts/profile';
import { helsinkiDate } from '../platform/calendar.js';
import { persons, profileChanges, sessions } from './schema/index.js';
import { SEED_PERSON_IDS } from './seeds/seed.js';
import { openStorage, type Storage } from './storage.js';
import { Browser, expectApiError, signIn, startTestServer, type TestServer } from '../testing/harness.js';
import { NO_POSTGRES, startPostgres, type PostgresServer } from '../testing/postgres-server.js';

async function profileOf(browser: Browser): Promise<Profile> {
  const response = await browser.fetch('/api/profile');
  assert.equal(response.status, 200);
  return (await response.json()) as Profile;
}

describe('kept reads on the embedded database, changed behind the app', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  test('a person’s data changed in the database shows at the next read', async () => {
    const browser = new Browser(server.baseUrl);
    await signIn(browser, 'tessa');
    assert.equal((await profileOf(browser)).phone, '+358 40 123 4567');
    await server.storage.db.update(persons).set({ phone: '+358 40 000 0001' }).where(eq(persons.id, SEED_PERSON_IDS.tessa));
    assert.equal((await profileOf(browser)).phone, '+358 40 000 0001');
    await server.storage.db.update(persons).set({ deceased: true }).where(eq(persons.id, SEED_PERSON_IDS.tessa));
    await expectApiError(await browser.fetch('/api/profile'), 401, API_ERROR_CODES.sessionExpired);
    await server.storage.db
      .update(persons)
      .set({ deceased: false, phone: '+358 40 123 4567' })
      .where(eq(persons.id, SEED_PERSON_IDS.tessa));
  });

  test('a session removed in the database (an operator ending it, the retention job) has ended', async () => {
    const browser = new Browser(server.baseUrl);
    await signIn(browser, 'tessa');
    await profileOf(browser);
    await server.storage.db.delete(sessions).where(sql`${sessions.data}->>'personId' = ${SEED_PERSON_IDS.tessa}`);
    await expectApiError(await browser.fetch('/api/profile'), 401, API_ERROR_CODES.sessionExpired);
  });

  test('a change of address due today, stored by another system, is applied at the next read', async () => {
    const browser = new Browser(server.baseUrl);
    await signIn(browser, 'tessa');
    const before = await profileOf(browser);
    await server.storage.db.insert(profileChanges).values({
      personId: SEED_PERSON_IDS.tessa,
      effectiveDate: helsinkiDate(new Date()),
      changes: { phone: '+358 40 000 0002' },
      receivedAt: new Date(),
      idempotencyKey: randomUUID(),
    });
    const after = await profileOf(browser);
    assert.equal(after.phone, '+358 40 000 0002');
    assert.notEqual(after.updatedAt, before.updatedAt);
  });
});

describe('kept reads on two instances of one PostgreSQL, each with its own connections', () => {
  let postgres: PostgresServer | undefined;
  const storages: Storage[] = [];
  const servers: TestServer[] = [];
  before(async () => {
    postgres = await startPostgres();
    if (!postgres) return;
    // Two storages, as two processes have: separate pools, change feeds and kept reads.
    for (let i = 0; i < 2; i++) {
      const storage = await openStorage({ databaseUrl: postgres.url });
      storages.push(storage);
      servers.push(await startTestServer({ storage }));
    }
  });
  after(async () => {
    for (const server of servers) await server.close();
    for (const storage of storages) await storage.close();
    postgres?.stop();
  });

  test('signing out on one instance ends the session on the other at once', async (t) => {
    if (!postgres) return t.skip(NO_POSTGRES);
    const [first, second] = servers as [TestServer, TestServer];
    const browser = new Browser(first.baseUrl);
    await signIn(browser, 'tessa');
    const elsewhere = browser.copyCookiesTo(new Browser(second.baseUrl));
    await profileOf(elsewhere);
    await profileOf(elsewhere);
    assert.equal((await browser.fetch('/auth/logout', { method: 'POST' })).status, 200);
    await expectApiError(await elsewhere.fetch('/api/profile'), 401, API_ERROR_CODES.sessionExpired);
  });

  test('a change reported on one instance shows on the other at its next read', async (t) => {
    if (!postgres) return t.skip(NO_POSTGRES);
    const [first, second] = servers as [TestServer, TestServer];
    const browser = new Browser(first.baseUrl);
    await signIn(browser, 'tessa');
    const elsewhere = browser.copyCookiesTo(new Browser(second.baseUrl));
    const before = await profileOf(elsewhere);
    const phone = `+358 40 ${Math.floor(Math.random() * 9_000_000 + 1_000_000)}`;
    const response = await browser.fetch('/api/profile/changes', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: randomUUID() },
      body: JSON.stringify({ effectiveDate: helsinkiDate(new Date()), phone, basedOn: before.updatedAt }),
    });
    assert.equal(response.status, 201);
    assert.equal((await profileOf(elsewhere)).phone, phone);
  });
});
