import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { REPO_ROOT } from '../platform/config.js';
import { openMigratedTestStorage } from '../testing/harness.js';
import { findByKey, findOwn, insertOnce, listBy, listOwn, newestFirst, nextToken } from './rows.js';
import { careerRadarResults, persons } from './schema/index.js';
import { SEED_PERSON_IDS, seed } from './seeds/seed.js';
import type { Storage } from './storage.js';

let storage: Storage;
const { tessa, sven } = SEED_PERSON_IDS;
const TAKEN_AT = new Date('2026-03-02T10:00:00.000Z');

before(async () => {
  storage = await openMigratedTestStorage();
  await storage.migrate();
  await seed(storage.db, { repoRoot: REPO_ROOT, now: TAKEN_AT });
});

after(() => storage.close());

function result(personId: string, idempotencyKey: string, takenAt = TAKEN_AT) {
  return { personId, idempotencyKey, takenAt, questionnaireVersion: '1', answers: {}, scores: {} };
}

test('insertOnce stores a key once per person; findByKey finds only the person’s own row', async () => {
  const { db } = storage;
  const first = await insertOnce(db, careerRadarResults, result(tessa, 'key-once-1'));
  assert.ok(first);
  assert.equal(await insertOnce(db, careerRadarResults, result(tessa, 'key-once-1')), undefined);
  // The same key is another report when another person sends it.
  assert.ok(await insertOnce(db, careerRadarResults, result(sven, 'key-once-1')));

  assert.equal((await findByKey(db, careerRadarResults, careerRadarResults.idempotencyKey, tessa, 'key-once-1'))?.id, first.id);
  assert.equal(await findByKey(db, careerRadarResults, careerRadarResults.idempotencyKey, tessa, 'key-unknown'), undefined);
});

test('findOwn finds the person’s row by id; another person’s, an unknown or a malformed id finds nothing', async () => {
  const { db } = storage;
  const row = await insertOnce(db, careerRadarResults, result(tessa, 'key-own-1'));
  assert.ok(row);
  assert.equal((await findOwn(db, careerRadarResults, tessa, row.id))?.id, row.id);
  assert.equal(await findOwn(db, careerRadarResults, sven, row.id), undefined);
  assert.equal(await findOwn(db, careerRadarResults, tessa, '00000000-0000-4000-8000-000000000000'), undefined);
  // Without the check, PostgreSQL would refuse the uuid cast: a 500 for what is only a wrong address.
  assert.equal(await findOwn(db, careerRadarResults, tessa, 'not-a-uuid'), undefined);
  const locked = await db.transaction((tx) => findOwn(tx, careerRadarResults, tessa, row.id, { lock: true }));
  assert.equal(locked?.id, row.id);
});

test('listOwn lists only the person’s rows; newestFirst breaks a tie of one millisecond by the id', async () => {
  const { db } = storage;
  const later = new Date(TAKEN_AT.getTime() + 60_000);
  await insertOnce(db, careerRadarResults, result(sven, 'key-list-1', later));
  await insertOnce(db, careerRadarResults, result(sven, 'key-list-2', later));
  const order = newestFirst(careerRadarResults.takenAt, careerRadarResults.id);
  const rows = await listOwn(db, careerRadarResults, sven, order);
  assert.ok(rows.every((row) => row.personId === sven));
  const expected = [...rows].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.id.localeCompare(a.id));
  assert.deepEqual(
    rows.map((row) => row.id),
    expected.map((row) => row.id),
  );
  assert.equal(rows[0]?.takenAt.getTime(), later.getTime());
  assert.deepEqual(
    (await listOwn(db, careerRadarResults, sven, order, 1)).map((row) => row.id),
    [rows[0]?.id],
  );
  // By another column: here the key, which one result has.
  assert.equal((await listBy(db, careerRadarResults, careerRadarResults.idempotencyKey, 'key-list-2', order)).length, 1);
});

test('nextToken moves a token to now, or 1 ms past it when the clock has not moved on', async () => {
  const { db } = storage;
  const setToken = async (now: Date) => {
    const [row] = await db
      .update(persons)
      .set({ updatedAt: nextToken(persons.updatedAt, now) })
      .where(eq(persons.id, tessa))
      .returning();
    return row?.updatedAt.getTime();
  };
  const now = new Date('2030-01-01T00:00:00.000Z');
  assert.equal(await setToken(now), now.getTime());
  assert.equal(await setToken(now), now.getTime() + 1);
  assert.equal(await setToken(new Date(now.getTime() - 5_000)), now.getTime() + 2);
});
