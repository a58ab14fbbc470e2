// The registration's reference data as data: every municipality of the classification valid on the
// day asked about, every unemployment fund and Kela, every country but Finland; and the choices it
// makes possible, end to end: work sought abroad or anywhere in Finland, a fund not on the list
// ("other", by its typed name: kept, shown, and never a payer notice), refusals as 400s with a JSON
// body, and a handler for a person whose municipality the handler areas do not name.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { API_ERROR_CODES, ApiErrorSchema, IDEMPOTENCY_KEY_HEADER, validate, type ApiError } from '@portal/shared-contracts';
import {
  JOB_SEARCH_ERRORS as E,
  JOB_SEARCH_PATHS as PATHS,
  JobSearchReceiptSchema,
  JobSearchSchema,
  ReferenceDataSchema,
  type JobSearch,
  type JobSearchReceipt,
  type ReferenceData,
} from '@portal/shared-contracts/job-search';
import { jobSeekingPeriods, municipalities, payerNotices, persons } from '../../storage/schema/index.js';
import { SEED_PERSON_IDS } from '../../storage/seeds/seed.js';
import { Browser, TestClock, signIn, startTestServer, type TestServer } from '../../testing/harness.js';

// 15 June 2026 in Helsinki: after Pertunmaa joined Mäntyharju (1.1.2026).
const clock = new TestClock(new Date('2026-06-15T09:00:00Z'));
let server: TestServer;
before(async () => {
  server = await startTestServer({ clock: clock.now });
});
after(() => server.close());

async function signedIn(person: keyof typeof SEED_PERSON_IDS): Promise<Browser> {
  const browser = new Browser(server.baseUrl);
  assert.equal((await signIn(browser, person)).callback.status, 303);
  return browser;
}

async function getJson<T>(browser: Browser, path: string, schema: Parameters<typeof validate>[0]): Promise<T> {
  const response = await browser.fetch(path);
  const body: unknown = await response.json();
  assert.equal(response.status, 200, JSON.stringify(body));
  assert.ok(validate(schema, body).ok, JSON.stringify(body).slice(0, 500));
  return body as T;
}

function post(browser: Browser, body: unknown): Promise<Response> {
  return browser.fetch(PATHS.registration, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: randomUUID() },
    body: JSON.stringify(body),
  });
}

async function expectDetails(response: Response, details: ApiError['error']['details']): Promise<void> {
  const body: unknown = await response.json();
  assert.equal(response.status, 400, JSON.stringify(body));
  assert.ok(validate(ApiErrorSchema, body).ok, JSON.stringify(body));
  assert.equal((body as ApiError).error.code, API_ERROR_CODES.validationFailed);
  assert.deepEqual((body as ApiError).error.details, details);
}

function registration(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    statusCode: '02',
    phone: '+46 70 123 45 67',
    education: [],
    workHistory: [],
    soughtWork: { occupations: ['Export manager'], regions: [], abroad: { anyCountry: false, countries: ['SE'] }, workTime: 'full-time' },
    goals: '',
    benefit: { status: 'receiving', payerId: 'other', otherFundName: 'Nordiska arbetslöshetskassan' },
    basedOn: null,
    ...overrides,
  };
}

const periodsOfUlla = async () =>
  (await server.storage.db.select({ n: count() }).from(jobSeekingPeriods).where(eq(jobSeekingPeriods.personId, SEED_PERSON_IDS.ulla)))[0]
    ?.n;

describe('the reference data', () => {
  test('every municipality valid today (308: Pertunmaa has joined Mäntyharju), every fund and Kela, every country but Finland', async () => {
    const body = await getJson<ReferenceData>(await signedIn('ulla'), PATHS.reference, ReferenceDataSchema);
    assert.equal(body.municipalities.length, 308);
    const byCode = new Map(body.municipalities.map((m) => [m.code, m.name]));
    assert.deepEqual(byCode.get('091'), { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' });
    assert.deepEqual(byCode.get('478'), { fi: 'Maarianhamina', sv: 'Mariehamn', en: 'Maarianhamina' });
    assert.deepEqual(byCode.get('853'), { fi: 'Turku', sv: 'Åbo', en: 'Turku' });
    assert.equal(byCode.get('609')?.fi, 'Pori');
    assert.ok(byCode.has('507') && !byCode.has('588'), 'Mäntyharju, no longer Pertunmaa');

    assert.equal(body.payers[0]?.id, 'kela', 'Kela first');
    assert.equal(body.payers.filter((p) => p.kind === 'fund').length, 16);
    assert.ok(['ytk', 'erko', 'pam', 'a-kassa', 'syt'].every((id) => body.payers.some((p) => p.id === id)));
    assert.ok(!body.payers.some((p) => p.id === 'other'), '"other" is a choice of the form, not a payer');

    assert.equal(body.countries.length, 248);
    assert.ok(body.countries.includes('SE') && !body.countries.includes('FI'));
  });

  test('validity dates decide: a municipality that ended yesterday is not offered nor accepted; one from tomorrow neither', async () => {
    const db = server.storage.db;
    await db.update(municipalities).set({ validTo: '2026-06-14' }).where(eq(municipalities.code, '609'));
    await db.update(municipalities).set({ validFrom: '2026-06-16' }).where(eq(municipalities.code, '905'));
    try {
      const ulla = await signedIn('ulla');
      const body = await getJson<ReferenceData>(ulla, PATHS.reference, ReferenceDataSchema);
      assert.equal(body.municipalities.length, 306);
      assert.ok(!body.municipalities.some((m) => m.code === '609' || m.code === '905'));
      await expectDetails(
        await post(
          ulla,
          registration({ soughtWork: { occupations: ['Myyjä'], regions: ['091', '609', '905', '588'], workTime: 'either' } }),
        ),
        [
          { path: 'soughtWork.regions.1', message: E.regionsRequired },
          { path: 'soughtWork.regions.2', message: E.regionsRequired },
          { path: 'soughtWork.regions.3', message: E.regionsRequired },
        ],
      );
    } finally {
      await db.update(municipalities).set({ validTo: null }).where(eq(municipalities.code, '609'));
      await db.update(municipalities).set({ validFrom: null }).where(eq(municipalities.code, '905'));
    }
  });
});

describe('registering with the new choices', () => {
  test('refused with a JSON body, never a 5xx: "other" without its name, an unknown country, Finland as abroad, nowhere at all', async () => {
    const ulla = await signedIn('ulla');
    await expectDetails(await post(ulla, registration({ benefit: { status: 'applied', payerId: 'other' } })), [
      { path: 'benefit.otherFundName', message: E.otherFundRequired },
    ]);
    await expectDetails(
      await post(ulla, registration({ benefit: { status: 'applied', payerId: 'other', otherFundName: 'x'.repeat(121) } })),
      [{ path: 'benefit.otherFundName', message: E.otherFundTooLong }],
    );
    await expectDetails(
      await post(
        ulla,
        registration({
          soughtWork: { occupations: ['X'], regions: [], abroad: { anyCountry: false, countries: ['SE', 'XX', 'FI'] }, workTime: 'either' },
        }),
      ),
      [
        { path: 'soughtWork.abroad.countries.1', message: E.countriesRequired },
        { path: 'soughtWork.abroad.countries.2', message: E.countriesRequired },
      ],
    );
    await expectDetails(await post(ulla, registration({ soughtWork: { occupations: ['X'], regions: [], workTime: 'either' } })), [
      { path: 'soughtWork.regions', message: E.regionsRequired },
    ]);
    // A malformed shape: valibot's own words, but still a 400 with the paths.
    const malformed = await post(
      ulla,
      registration({ soughtWork: { occupations: ['X'], regions: [], abroad: { anyCountry: 'yes' }, workTime: 'x' } }),
    );
    const body = (await malformed.json()) as ApiError;
    assert.equal(malformed.status, 400);
    assert.deepEqual(
      body.error.details?.map((d) => d.path),
      ['soughtWork.abroad.anyCountry', 'soughtWork.abroad.countries', 'soughtWork.workTime'],
    );
    assert.equal(await periodsOfUlla(), 0);
  });

  test('abroad (Sweden) with a fund not on the list: stored and read back with the fund by name; no payer notice, as there is no payer to read it', async () => {
    const ulla = await signedIn('ulla');
    const response = await post(ulla, registration());
    const text = await response.text();
    assert.equal(response.status, 201, text);
    const receipt = JSON.parse(text) as JobSearchReceipt;
    assert.ok(validate(JobSearchReceiptSchema, receipt).ok);
    assert.equal(receipt.payerNotice, null);
    assert.equal(receipt.jobSearch.payer, null);

    const jobSearch = await getJson<JobSearch>(ulla, PATHS.jobSearch, JobSearchSchema);
    assert.equal(jobSearch.state, 'active');
    assert.deepEqual(jobSearch.registration?.soughtWork, {
      occupations: ['Export manager'],
      regions: [],
      abroad: { anyCountry: false, countries: ['SE'] },
      workTime: 'full-time',
    });
    assert.deepEqual(jobSearch.registration?.benefit, {
      status: 'receiving',
      payerId: 'other',
      otherFundName: 'Nordiska arbetslöshetskassan',
    });

    const [row] = await server.storage.db.select().from(jobSeekingPeriods).where(eq(jobSeekingPeriods.personId, SEED_PERSON_IDS.ulla));
    assert.equal(row?.payerId, null);
    assert.equal(row?.otherFundName, 'Nordiska arbetslöshetskassan');
    const [notices] = await server.storage.db
      .select({ n: count() })
      .from(payerNotices)
      .where(eq(payerNotices.personId, SEED_PERSON_IDS.ulla));
    assert.equal(notices?.n, 0);
  });
});

test('a person in a municipality the handler areas do not name gets the national desk, not nothing', async () => {
  const db = server.storage.db;
  await db.update(persons).set({ homeMunicipalityCode: '698' }).where(eq(persons.id, SEED_PERSON_IDS.yrjo));
  const jobSearch = await getJson<JobSearch>(await signedIn('yrjo'), PATHS.jobSearch, JobSearchSchema);
  assert.ok(jobSearch.handler && jobSearch.handler.kind !== 'protected', JSON.stringify(jobSearch.handler));
  assert.equal(jobSearch.handler.kind === 'municipality' && jobSearch.handler.id, 'helsinki');
});
