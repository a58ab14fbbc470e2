// Who handles job seeking follows the home municipality and the areas' validity dates: the TE
// offices until 31.12.2024, the municipal employment areas from 1.1.2025, switching at Helsinki's
// midnight. Data, not code: a new row with dates is a reorganisation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, isNull } from 'drizzle-orm';
import { validate } from '@portal/shared-contracts';
import {
  CertificateSchema,
  JOB_SEARCH_PATHS as PATHS,
  JobSearchSchema,
  type Certificate,
  type Handler,
  type JobSearch,
} from '@portal/shared-contracts/job-search';
import { handlerAreas, handlers } from '../../storage/schema/index.js';
import { type SEED_PERSON_IDS } from '../../storage/seeds/seed.js';
import { Browser, TestClock, signIn, startTestServer, type TestServer } from '../../testing/harness.js';

// Noon in Helsinki in June 2024: the TE offices' time. The seeded situations are dated from here.
const clock = new TestClock(new Date('2024-06-01T09:00:00Z'));
let server: TestServer;
before(async () => {
  server = await startTestServer({ clock: clock.now });
});
after(() => server.close());

async function handlerOf(person: keyof typeof SEED_PERSON_IDS): Promise<Handler | null> {
  // A new sign-in each time: the clock moves by months between the checks.
  const browser = new Browser(server.baseUrl);
  assert.equal((await signIn(browser, person)).callback.status, 303);
  const body: unknown = await (await browser.fetch(PATHS.jobSearch)).json();
  assert.ok(validate(JobSearchSchema, body).ok, JSON.stringify(body));
  return (body as JobSearch).handler;
}

const idOf = (handler: Handler | null) =>
  handler && handler.kind !== 'protected' ? `${handler.kind}:${handler.id}` : (handler?.kind ?? null);

async function handlers_(): Promise<Record<string, string | null>> {
  return {
    tessa: idOf(await handlerOf('tessa')),
    sven: idOf(await handlerOf('sven')),
    yrjo: idOf(await handlerOf('yrjo')),
    ulla: idOf(await handlerOf('ulla')),
    turva: idOf(await handlerOf('turva')),
  };
}

test('in 2024 the TE office of the home municipality; without one, the Uusimaa office; under an address block, the national line', async () => {
  assert.deepEqual(await handlers_(), {
    tessa: 'te-office:te-uusimaa',
    sven: 'te-office:te-uusimaa',
    yrjo: 'te-office:te-pirkanmaa',
    ulla: 'te-office:te-uusimaa',
    turva: 'protected',
  });
  const handler = await handlerOf('yrjo');
  assert.equal(handler?.kind === 'te-office' && handler.name.fi, 'Pirkanmaan TE-toimisto');
});

test('the last evening of 2024 in Helsinki is still the TE offices’; the first minutes of 2025 are the employment areas’', async () => {
  clock.advance((Date.parse('2024-12-31T21:59:00Z') - clock.now().getTime()) / 1000);
  assert.equal((await handlers_()).tessa, 'te-office:te-uusimaa', '23:59 on 31 December in Helsinki (UTC+2 in winter)');
  clock.advance(2 * 60);
  assert.equal(clock.now().toISOString().slice(0, 10), '2024-12-31', 'UTC is still in 2024');
  assert.deepEqual(await handlers_(), {
    tessa: 'municipality:helsinki',
    sven: 'municipality:espoon-seutu',
    yrjo: 'municipality:tampereen-seutu',
    ulla: 'municipality:helsinki',
    turva: 'protected',
  });
});

test('the certificate names the same handler as GET /api/job-search', async () => {
  const browser = new Browser(server.baseUrl);
  assert.equal((await signIn(browser, 'sven')).callback.status, 303);
  const body: unknown = await (await browser.fetch(PATHS.certificate)).json();
  assert.ok(validate(CertificateSchema, body).ok, JSON.stringify(body));
  assert.equal(idOf((body as Certificate).handler), 'municipality:espoon-seutu');
});

test('a reorganisation is rows with dates: a new handler for Espoo from a given day; no row for a day is no handler', async () => {
  const { db } = server.storage;
  await db.insert(handlers).values({
    id: 'lansi-uusimaa',
    kind: 'municipality',
    nameFi: 'Länsi-Uudenmaan työllisyysalue',
    nameSv: 'Västra Nylands sysselsättningsområde',
    nameEn: 'West Uusimaa Employment Area',
    phone: '09 816 29999',
  });
  await db
    .update(handlerAreas)
    .set({ validTo: '2025-01-31' })
    .where(and(eq(handlerAreas.municipalityCode, '049'), isNull(handlerAreas.validTo)));
  await db.insert(handlerAreas).values({ municipalityCode: '049', handlerId: 'lansi-uusimaa', validFrom: '2025-03-01' });
  assert.equal(idOf(await handlerOf('sven')), 'municipality:espoon-seutu', 'January: the old area');
  clock.advance(40 * 24 * 3600);
  assert.equal(idOf(await handlerOf('sven')), null, 'February: the data names nobody, and the answer says so');
  clock.advance(30 * 24 * 3600);
  const handler = await handlerOf('sven');
  assert.equal(idOf(handler), 'municipality:lansi-uusimaa');
  assert.deepEqual(handler?.kind === 'municipality' && [handler.email, handler.address, handler.serviceHours, handler.url], [
    null,
    null,
    null,
    null,
  ]);
});
