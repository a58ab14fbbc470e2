// Job seeking: the seeded situations as GET /api/job-search gives them, registering (today in
// Finland's calendar, never from the request), the assessment, reports of changes with the payer's
// notice only when there is benefit, ending, the certificate, the front page's items, the payer API,
// and refusals: 4xx with a JSON body for every kind of bad input, 409s for stale or impossible reports,
// one record per Idempotency-Key, and an address block that keeps the handler hidden.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import {
  API_ERROR_CODES,
  ApiErrorSchema,
  CurrentItemsResponseSchema,
  IDEMPOTENCY_KEY_HEADER,
  validate,
  type ApiError,
  type CurrentItemsResponse,
} from '@portal/shared-contracts';
import {
  AssessmentSchema,
  CertificateSchema,
  ChangeReportSummarySchema,
  JOB_SEARCH_ERRORS as E,
  JOB_SEARCH_PATHS as PATHS,
  JobSearchReceiptSchema,
  JobSearchSchema,
  PayerNoticesResponseSchema,
  ReferenceDataSchema,
  type Assessment,
  type Certificate,
  type ChangeReportSummary,
  type JobSearch,
  type JobSearchReceipt,
  type PayerNotice,
  type ReferenceData,
} from '@portal/shared-contracts/job-search';
import { STARTUP_GRANT_PATHS, StartupGrantOverviewSchema, type StartupGrantOverview } from '@portal/shared-contracts/startup-grant';
import { addDays, helsinkiDate } from '../../platform/calendar.js';
import { jobSearchReports, jobSeekingPeriods, payerNotices } from '../../storage/schema/index.js';
import { SEED_PERSON_IDS } from '../../storage/seeds/seed.js';
import {
  Browser,
  TestClock,
  TEST_CONFIG,
  assertHiddenFromOtherPerson,
  expectApiError,
  signIn,
  startTestServer,
  type TestServer,
} from '../../testing/harness.js';

const DAY = 24 * 60 * 60;
// 00:30 on 15 June in Helsinki (UTC+3), still the 14th in UTC: "today" must be Helsinki's day.
const clock = new TestClock(new Date('2026-06-14T21:30:00Z'));
let server: TestServer;
before(async () => {
  server = await startTestServer({ clock: clock.now });
});
after(() => server.close());

type SeedPerson = keyof typeof SEED_PERSON_IDS;
const TOKENS = Object.fromEntries(TEST_CONFIG.payerApiTokens.map((t) => [t.name, t.token])) as Record<string, string>;

function today(offsetDays = 0): string {
  return helsinkiDate(new Date(clock.now().getTime() + offsetDays * DAY * 1000));
}

async function signedIn(person: SeedPerson): Promise<Browser> {
  const browser = new Browser(server.baseUrl);
  assert.equal((await signIn(browser, person)).callback.status, 303);
  return browser;
}

/** A GET that must succeed: no-store, and the body fits the contract's schema. */
async function getOk<T>(browser: Browser, path: string, schema: Parameters<typeof validate>[0]): Promise<{ body: T; text: string }> {
  const response = await browser.fetch(path);
  const text = await response.text();
  assert.equal(response.status, 200, `${path}: ${text}`);
  assert.equal(response.headers.get('cache-control'), 'no-store', path);
  const result = validate(schema, JSON.parse(text));
  assert.ok(result.ok, `${path}: ${JSON.stringify(result)}`);
  return { body: JSON.parse(text) as T, text };
}

const jobSearchOf = async (browser: Browser) => (await getOk<JobSearch>(browser, PATHS.jobSearch, JobSearchSchema)).body;
const currentItemsOf = async (browser: Browser) =>
  (await getOk<CurrentItemsResponse>(browser, PATHS.currentItems, CurrentItemsResponseSchema)).body.items;

function post(
  browser: Browser,
  path: string,
  body: unknown,
  key: string | null = randomUUID(),
  headers: Record<string, string> = {},
): Promise<Response> {
  return browser.fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key === null ? {} : { [IDEMPOTENCY_KEY_HEADER]: key }), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function receiptOf(response: Response, status = 201): Promise<JobSearchReceipt> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  const result = validate(JobSearchReceiptSchema, JSON.parse(text));
  assert.ok(result.ok, JSON.stringify(result));
  return JSON.parse(text) as JobSearchReceipt;
}

async function expectDetails(response: Response, details: ApiError['error']['details']): Promise<void> {
  const body: unknown = await response.json();
  assert.equal(response.status, 400, JSON.stringify(body));
  assert.ok(validate(ApiErrorSchema, body).ok, JSON.stringify(body));
  assert.equal((body as ApiError).error.code, API_ERROR_CODES.validationFailed);
  assert.deepEqual((body as ApiError).error.details, details);
}

async function payerNotices_(payer: string, query = ''): Promise<PayerNotice[]> {
  const response = await fetch(`${server.baseUrl}${PATHS.payerNotices}${query}`, {
    headers: { authorization: `Bearer ${TOKENS[payer] ?? ''}` },
  });
  const body: unknown = await response.json();
  assert.equal(response.status, 200, JSON.stringify(body));
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.ok(validate(PayerNoticesResponseSchema, body).ok, JSON.stringify(body));
  return (body as { items: PayerNotice[] }).items;
}

async function storedPeriods(person: SeedPerson): Promise<number> {
  const [row] = await server.storage.db
    .select({ n: count() })
    .from(jobSeekingPeriods)
    .where(eq(jobSeekingPeriods.personId, SEED_PERSON_IDS[person]));
  return row?.n ?? 0;
}

async function storedReports(person: SeedPerson): Promise<number> {
  const [row] = await server.storage.db
    .select({ n: count() })
    .from(jobSearchReports)
    .where(eq(jobSearchReports.personId, SEED_PERSON_IDS[person]));
  return row?.n ?? 0;
}

async function storedNotices(person: SeedPerson): Promise<number> {
  const [row] = await server.storage.db.select({ n: count() }).from(payerNotices).where(eq(payerNotices.personId, SEED_PERSON_IDS[person]));
  return row?.n ?? 0;
}

function registration(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    statusCode: '02',
    phone: '+46 70 123 45 67',
    email: 'ulla.ulkomaa@example.com',
    education: [{ level: 'master', field: 'International business', institution: 'Stockholm School of Economics', year: 1990 }],
    workHistory: [{ employer: 'Nordic Trade AB', title: 'Export manager', start: '1995-01', end: '2025-12' }],
    soughtWork: { occupations: ['Export manager', 'Key account manager'], regions: ['091', '049'], workTime: 'full-time' },
    goals: 'I am moving back to Finland and look for export sales work.',
    benefit: { status: 'none' },
    basedOn: null,
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------------

describe('the seeded situations', () => {
  test('Tessa: valid for two weeks, unemployed, benefit applied from YTK, the assessment open and due in two days', async () => {
    const jobSearch = await jobSearchOf(await signedIn('tessa'));
    assert.equal(jobSearch.state, 'active');
    assert.equal(jobSearch.period?.startDate, today(-14));
    assert.equal(jobSearch.period?.endDate, null);
    assert.deepEqual(jobSearch.period?.status, { code: '02', label: { fi: 'Työtön', sv: 'Arbetslös', en: 'Unemployed' } });
    assert.deepEqual(jobSearch.registration?.benefit, { status: 'applied', payerId: 'ytk' });
    assert.equal(jobSearch.payer?.id, 'ytk');
    assert.equal(jobSearch.payer?.kind, 'fund');
    assert.deepEqual(jobSearch.assessment, { state: 'open', dueDate: today(2), completedAt: null });
    assert.equal(jobSearch.handler?.kind, 'municipality');
    assert.equal(jobSearch.handler?.kind === 'municipality' && jobSearch.handler.id, 'helsinki');
    assert.deepEqual(jobSearch.earlierPeriods, []);
    assert.deepEqual(jobSearch.changes, []);
    assert.ok(jobSearch.updatedAt);
    assert.ok(jobSearch.registration && jobSearch.registration.education.length > 0 && jobSearch.registration.workHistory.length > 0);
  });

  test('Sven: laid off, benefit from Kela, the assessment answered, an earlier sickness told to Kela', async () => {
    const jobSearch = await jobSearchOf(await signedIn('sven'));
    assert.equal(jobSearch.state, 'active');
    assert.equal(jobSearch.period?.status.code, '03');
    assert.equal(jobSearch.period?.status.label.sv, 'Permitterad');
    assert.equal(jobSearch.payer?.id, 'kela');
    assert.equal(jobSearch.assessment?.state, 'completed');
    assert.equal(jobSearch.changes.length, 1);
    assert.equal(jobSearch.changes[0]?.kind, 'sickness');
    assert.equal(jobSearch.changes[0]?.payerNotice?.payer.id, 'kela');
    assert.equal(jobSearch.handler?.kind === 'municipality' && jobSearch.handler.id, 'espoon-seutu');
  });

  test('Yrjö: one period, ended the day before his business and his start-up grant began', async () => {
    const yrjo = await signedIn('yrjo');
    const jobSearch = await jobSearchOf(yrjo);
    assert.equal(jobSearch.state, 'ended');
    const { body: grant } = await getOk<StartupGrantOverview>(yrjo, STARTUP_GRANT_PATHS.overview, StartupGrantOverviewSchema);
    const granted = grant.applications.find((application) => application.state === 'granted');
    const firstDay = granted?.decision?.outcome === 'granted' ? granted.decision.periods[0]?.startsOn : undefined;
    assert.equal(granted?.content.business.startDate, firstDay, 'the business began with the grant');
    assert.ok(granted && granted.submittedAt < `${firstDay}`, 'applied for before the business began');
    assert.equal(jobSearch.period?.endDate, addDays(firstDay ?? '', -1));
    assert.equal(jobSearch.period?.endReason, 'business');
    assert.equal(jobSearch.assessment, null, 'no assessment outside a valid period');
    assert.equal(jobSearch.payer, null);
    assert.ok(jobSearch.registration, 'the pre-fill of a new registration');
  });

  test('Ulla: never registered; her handler is the one for persons without a Finnish home municipality', async () => {
    const jobSearch = await jobSearchOf(await signedIn('ulla'));
    assert.deepEqual(
      { ...jobSearch, handler: null },
      {
        state: 'not-registered',
        period: null,
        earlierPeriods: [],
        handler: null,
        registration: null,
        payer: null,
        assessment: null,
        changes: [],
        updatedAt: null,
      },
    );
    assert.equal(jobSearch.handler?.kind === 'municipality' && jobSearch.handler.id, 'helsinki');
  });

  test('Turva (address block): in training, benefit from Kela; the handler is only the national service line', async () => {
    const { body, text } = await getOk<JobSearch>(await signedIn('turva'), PATHS.jobSearch, JobSearchSchema);
    assert.equal(body.state, 'active');
    assert.equal(body.period?.status.code, '11');
    assert.equal(body.payer?.id, 'kela');
    assert.equal(body.assessment?.state, 'completed');
    assert.deepEqual(Object.keys(body.handler ?? {}).sort(), ['kind', 'name', 'phone']);
    assert.equal(body.handler?.kind, 'protected');
    // Her home municipality is Oulu: nothing may point there.
    assert.doesNotMatch(text, /Oulu|Uleåborg|oulun-seutu|pohjois-pohjanmaa|Kirkkokatu|90100|564/);
  });
});

test('the reference data: the statuses a person may choose, the payers, the municipalities', async () => {
  const { body } = await getOk<ReferenceData>(await signedIn('ulla'), PATHS.reference, ReferenceDataSchema);
  assert.deepEqual(
    body.statuses.map((s) => s.code),
    ['01', '02', '03', '04'],
  );
  assert.equal(body.statuses[0]?.label.en, 'Employed on the open labour market');
  assert.ok(['erko', 'kela', 'ytk'].every((id) => body.payers.some((p) => p.id === id)));
  assert.ok(body.municipalities.some((m) => m.code === '091' && m.name.sv === 'Helsingfors'));
});

describe('registering', () => {
  test('refused with the field codes: a status the office sets, an unknown region or payer, a string the database cannot store', async () => {
    const ulla = await signedIn('ulla');
    await expectDetails(
      await post(
        ulla,
        PATHS.registration,
        registration({
          statusCode: '11',
          soughtWork: { occupations: ['X'], regions: ['091', '999'], workTime: 'either' },
          benefit: { status: 'applied', payerId: 'nope' },
        }),
      ),
      [
        { path: 'statusCode', message: E.statusRequired },
        { path: 'soughtWork.regions.1', message: E.regionsRequired },
        { path: 'benefit.payerId', message: E.fundRequired },
      ],
    );
    await expectDetails(await post(ulla, PATHS.registration, registration({ goals: 'nul\u0000' })), [
      { path: 'goals', message: E.goalsTooLong },
    ]);
    await expectDetails(await post(ulla, PATHS.registration, registration({ phone: 'call me', benefit: { status: 'receiving' } })), [
      { path: 'phone', message: E.phoneInvalid },
      { path: 'benefit.payerId', message: E.fundRequired },
    ]);
    assert.equal(await storedPeriods('ulla'), 0);
  });

  test('a basedOn for someone never registered is stale: 409', async () => {
    const ulla = await signedIn('ulla');
    await expectApiError(
      await post(ulla, PATHS.registration, registration({ basedOn: clock.now().toISOString() })),
      409,
      API_ERROR_CODES.conflict,
    );
    assert.equal(await storedPeriods('ulla'), 0);
  });

  test('starts today in Finland (not UTC’s day, not a date in the request); the assessment is due in 14 days; a retry gets the receipt', async () => {
    const ulla = await signedIn('ulla');
    assert.equal(clock.now().toISOString().slice(0, 10), '2026-06-14', 'UTC is still on the day before');
    const key = randomUUID();
    const body = registration({ startDate: '2026-01-01', benefit: { status: 'applied', payerId: 'erko' } });
    const receipt = await receiptOf(await post(ulla, PATHS.registration, body, key));
    assert.equal(receipt.kind, 'registration');
    assert.equal(receipt.receivedAt, clock.now().toISOString());
    assert.equal(receipt.jobSearch.state, 'active');
    assert.equal(receipt.jobSearch.period?.id, receipt.id);
    assert.equal(receipt.jobSearch.period?.startDate, '2026-06-15');
    assert.deepEqual(receipt.jobSearch.assessment, { state: 'open', dueDate: '2026-06-29', completedAt: null });
    assert.equal(receipt.payerNotice?.payer.id, 'erko');
    assert.equal(receipt.jobSearch.updatedAt, clock.now().toISOString());
    assert.deepEqual(receipt.jobSearch.registration?.benefit, { status: 'applied', payerId: 'erko' });

    clock.advance(5);
    const retry = await receiptOf(await post(ulla, PATHS.registration, body, key), 200);
    assert.equal(retry.id, receipt.id);
    assert.equal(retry.receivedAt, receipt.receivedAt);
    assert.deepEqual(retry.payerNotice, receipt.payerNotice);
    assert.equal(await storedPeriods('ulla'), 1);

    // The fund hears of it; nobody else does.
    const notice = (await payerNotices_('erko')).find((n) => n.henkilotunnus === '040265-9985');
    assert.deepEqual(notice && { ...notice, id: undefined }, {
      id: undefined,
      createdAt: receipt.receivedAt,
      payerId: 'erko',
      henkilotunnus: '040265-9985',
      fullName: 'Ulla Maria Ulkomaa',
      event: 'registration',
      startDate: '2026-06-15',
      endDate: null,
      details: { statusCode: '02', benefitStatus: 'applied', workTime: 'full-time' },
    });
    assert.equal(notice?.id, receipt.payerNotice?.id);
    assert.ok(!(await payerNotices_('kela')).some((n) => n.henkilotunnus === '040265-9985'));
  });

  test('while job seeking is valid, another registration is a 409', async () => {
    const ulla = await signedIn('ulla');
    const { updatedAt } = await jobSearchOf(ulla);
    await expectApiError(await post(ulla, PATHS.registration, registration({ basedOn: updatedAt })), 409, API_ERROR_CODES.conflict);
    assert.equal(await storedPeriods('ulla'), 1);
  });

  test('after an ended period: based on it, pre-filled from it; a double click at the same moment makes one period', async () => {
    const yrjo = await signedIn('yrjo');
    const before = await jobSearchOf(yrjo);
    assert.equal(before.state, 'ended');
    await expectApiError(await post(yrjo, PATHS.registration, registration({ basedOn: null })), 409, API_ERROR_CODES.conflict);
    const key = randomUUID();
    const body = { ...before.registration, statusCode: '02', basedOn: before.updatedAt };
    const responses = await Promise.all(Array.from({ length: 4 }, () => post(yrjo, PATHS.registration, body, key)));
    assert.deepEqual(responses.map((r) => r.status).sort(), [200, 200, 200, 201]);
    const receipts = await Promise.all(responses.map((r) => r.json() as Promise<JobSearchReceipt>));
    assert.equal(new Set(receipts.map((r) => r.id)).size, 1);
    assert.equal(await storedPeriods('yrjo'), 2);
    const after = await jobSearchOf(yrjo);
    assert.equal(after.state, 'active');
    assert.equal(after.payer, null, 'no benefit, no payer');
    assert.equal(receipts[0]?.payerNotice, null);
    assert.deepEqual(
      after.earlierPeriods.map((p) => p.id),
      [before.period?.id],
    );
    assert.ok(after.updatedAt && before.updatedAt && after.updatedAt > before.updatedAt);
    assert.equal(await storedNotices('yrjo'), 0);
  });
});

describe('the service-need assessment', () => {
  test("Tessa's front page: the unanswered assessment as an unfinished form with its deadline, and job seeking valid since", async () => {
    const items = await currentItemsOf(await signedIn('tessa'));
    assert.deepEqual(
      items.map((item) => [item.id, item.kind, item.urgency]),
      [
        ['job-search-assessment', 'unfinished-form', 'action'],
        ['job-search-valid', 'status', 'info'],
      ],
    );
    const [form, valid] = items;
    assert.equal(form?.dueDate, today(2));
    assert.equal(form?.href, '/job-search/assessment');
    assert.deepEqual(form?.title, {
      fi: 'Vastaa palvelutarvekysymyksiin',
      sv: 'Besvara frågorna om servicebehov',
      en: 'Answer the service-need questions',
    });
    // The date travels as dueDate (the front page shows it with the days left), not in the text.
    assert.doesNotMatch(form?.description?.fi ?? '', /2026/);
    assert.equal(valid?.href, '/job-search');
    assert.equal(valid?.description?.en, 'Your job seeking started on 1 June 2026.');
  });

  test('Sven’s front page asks nothing of him', async () => {
    const items = await currentItemsOf(await signedIn('sven'));
    assert.deepEqual(
      items.filter((item) => item.urgency === 'action'),
      [],
    );
    assert.deepEqual(
      items.map((item) => item.id),
      ['job-search-valid'],
    );
  });

  test('the questions as data in three languages; Sven sees what he answered', async () => {
    const { body: open } = await getOk<Assessment>(await signedIn('tessa'), PATHS.assessment, AssessmentSchema);
    assert.equal(open.state, 'open');
    assert.equal(open.dueDate, today(2));
    assert.equal(open.answers, null);
    assert.equal(open.questions.length, 6);
    assert.deepEqual(new Set(open.questions.map((q) => q.kind)), new Set(['single', 'multiple', 'text']));
    const { body: done } = await getOk<Assessment>(await signedIn('sven'), PATHS.assessment, AssessmentSchema);
    assert.equal(done.state, 'completed');
    assert.equal(done.answers?.['situation'], 'laid-off');
  });

  const complete = {
    situation: 'unemployed-short',
    'help-needed': ['cv', 'training'],
    'full-time': 'yes',
    health: 'no',
    training: 'supplementary',
  };

  test('answers checked against the questions: answer.required and answer.invalid at answers.<question>', async () => {
    const tessa = await signedIn('tessa');
    await expectDetails(await post(tessa, PATHS.assessment, { answers: {} }), [
      { path: 'answers.situation', message: E.answerRequired },
      { path: 'answers.help-needed', message: E.answerRequired },
      { path: 'answers.full-time', message: E.answerRequired },
      { path: 'answers.health', message: E.answerRequired },
      { path: 'answers.training', message: E.answerRequired },
    ]);
    await expectDetails(
      await post(tessa, PATHS.assessment, { answers: { ...complete, situation: 'retired', 'help-needed': ['cv', 'cv'], hobby: 'golf' } }),
      [
        { path: 'answers.hobby', message: E.answerInvalid },
        { path: 'answers.situation', message: E.answerInvalid },
        { path: 'answers.help-needed', message: E.answerInvalid },
      ],
    );
    await expectDetails(await post(tessa, PATHS.assessment, { answers: { ...complete, 'own-words': 'x'.repeat(2001) } }), [
      { path: 'answers.own-words', message: E.textTooLong },
    ]);
    await expectDetails(await post(tessa, PATHS.assessment, { answers: { ...complete, 'own-words': 'apua\u0000' } }), [
      { path: 'answers.own-words', message: E.answerInvalid },
    ]);
    const response = await post(tessa, PATHS.assessment, { answers: ['cv'] });
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as ApiError).error.code, API_ERROR_CODES.validationFailed);
    assert.equal((await jobSearchOf(tessa)).assessment?.state, 'open');
  });

  test('answered: 201 with the receipt, the front page item gone; the same key again 200, another key 409', async () => {
    const tessa = await signedIn('tessa');
    const key = randomUUID();
    const body = { answers: { ...complete, 'own-words': '  Digimarkkinoinnin kurssi.  ' } };
    const receipt = await receiptOf(await post(tessa, PATHS.assessment, body, key));
    assert.equal(receipt.kind, 'assessment');
    assert.equal(receipt.payerNotice, null, 'the answers are for the office only');
    assert.deepEqual(receipt.jobSearch.assessment, { state: 'completed', dueDate: today(2), completedAt: clock.now().toISOString() });
    const { body: stored } = await getOk<Assessment>(tessa, PATHS.assessment, AssessmentSchema);
    assert.equal(stored.answers?.['own-words'], 'Digimarkkinoinnin kurssi.', 'kept trimmed');
    assert.deepEqual(
      (await currentItemsOf(tessa)).map((item) => item.id),
      ['job-search-valid'],
    );

    const retry = await receiptOf(await post(tessa, PATHS.assessment, body, key), 200);
    assert.equal(retry.id, receipt.id);
    assert.equal(retry.receivedAt, receipt.receivedAt);
    await expectApiError(await post(tessa, PATHS.assessment, body), 409, API_ERROR_CODES.conflict);
  });
});

describe('reporting a change', () => {
  test('with benefit: a notice to the payer with what it needs (not the free text); the payer API lists it for that payer only', async () => {
    const sven = await signedIn('sven');
    const before = await jobSearchOf(sven);
    clock.advance(60);
    const receipt = await receiptOf(
      await post(sven, PATHS.changes, {
        kind: 'work',
        startDate: today(3),
        endDate: today(30),
        employer: ' Esbo Maskin Oy ',
        hoursPerWeek: 37.5,
        details: 'Tillfälligt arbete, min läkare vet om det.',
        basedOn: before.updatedAt,
      }),
    );
    assert.equal(receipt.kind, 'change');
    assert.equal(receipt.payerNotice?.payer.id, 'kela');
    assert.equal(receipt.jobSearch.updatedAt, clock.now().toISOString(), 'updatedAt moves');
    assert.deepEqual(receipt.jobSearch.changes[0], {
      id: receipt.id,
      kind: 'work',
      receivedAt: receipt.receivedAt,
      startDate: today(3),
      endDate: today(30),
      payerNotice: receipt.payerNotice,
    });
    assert.equal(receipt.jobSearch.changes.length, 2, 'newest first, with the seeded sickness');

    const kela = await payerNotices_('kela');
    const notice = kela.find((n) => n.id === receipt.payerNotice?.id);
    assert.deepEqual(notice, {
      id: receipt.payerNotice?.id,
      createdAt: receipt.receivedAt,
      payerId: 'kela',
      henkilotunnus: '010469-999W',
      fullName: 'Sven Erik Testsson',
      event: 'work',
      startDate: today(3),
      endDate: today(30),
      details: { employer: 'Esbo Maskin Oy', hoursPerWeek: 37.5 },
    });
    assert.doesNotMatch(JSON.stringify(kela), /läkare/);
    for (const other of ['ytk', 'erko']) assert.ok(!(await payerNotices_(other)).some((n) => n.id === receipt.payerNotice?.id), other);

    // One report, with the free text kept for the person and the office.
    const [row] = await server.storage.db.select().from(jobSearchReports).where(eq(jobSearchReports.id, receipt.id));
    assert.equal(row?.details.details, 'Tillfälligt arbete, min läkare vet om det.');
  });

  test('each kind carries its own fields to the payer', async () => {
    const tessa = await signedIn('tessa');
    const cases: [Record<string, unknown>, PayerNotice['details']][] = [
      [
        { kind: 'business', businessName: 'Toiminimi Testilä', fullTime: false },
        { businessName: 'Toiminimi Testilä', fullTime: false },
      ],
      [
        { kind: 'studies', institution: 'Haaga-Helia', fullTime: true, endDate: today(100) },
        { institution: 'Haaga-Helia', fullTime: true },
      ],
      [{ kind: 'sickness', endDate: today(15), details: 'Flunssa' }, {}],
      [{ kind: 'travel', country: 'EE', endDate: today(12) }, { country: 'EE' }],
    ];
    for (const [change, details] of cases) {
      const { updatedAt } = await jobSearchOf(tessa);
      const receipt = await receiptOf(await post(tessa, PATHS.changes, { startDate: today(10), ...change, basedOn: updatedAt }));
      const notice = (await payerNotices_('ytk')).find((n) => n.id === receipt.payerNotice?.id);
      assert.equal(notice?.event, change['kind']);
      assert.deepEqual(notice?.details, details);
    }
  });

  test('without benefit: the report, and no notice to anyone', async () => {
    const yrjo = await signedIn('yrjo');
    const notices = await storedNotices('yrjo');
    const receipt = await receiptOf(
      await post(yrjo, PATHS.changes, {
        kind: 'business',
        startDate: today(),
        businessName: 'Yrjön Koodipaja',
        fullTime: true,
        basedOn: (await jobSearchOf(yrjo)).updatedAt,
      }),
    );
    assert.equal(receipt.payerNotice, null);
    assert.equal(receipt.jobSearch.changes[0]?.payerNotice, null);
    assert.equal(await storedNotices('yrjo'), notices);
  });

  test('dates: a real day, within a year of today, not before job seeking began; an end not before the start', async () => {
    const tessa = await signedIn('tessa');
    const { updatedAt } = await jobSearchOf(tessa);
    const reports = await storedReports('tessa');
    const sickness = (fields: Record<string, unknown>) => ({ kind: 'sickness', startDate: today(), basedOn: updatedAt, ...fields });
    await expectDetails(await post(tessa, PATHS.changes, sickness({ startDate: '2026-02-30' })), [
      { path: 'startDate', message: E.dateInvalid },
    ]);
    await expectDetails(await post(tessa, PATHS.changes, sickness({ startDate: '2026-6-1' })), [
      { path: 'startDate', message: E.dateInvalid },
    ]);
    await expectDetails(await post(tessa, PATHS.changes, sickness({ endDate: '2026-06-31' })), [
      { path: 'endDate', message: E.dateInvalid },
    ]);
    await expectDetails(await post(tessa, PATHS.changes, sickness({ startDate: today(366) })), [
      { path: 'startDate', message: E.dateRange },
    ]);
    await expectDetails(await post(tessa, PATHS.changes, sickness({ startDate: today(-366) })), [
      { path: 'startDate', message: E.dateRange },
    ]);
    await expectDetails(await post(tessa, PATHS.changes, sickness({ startDate: today(-15) })), [
      { path: 'startDate', message: E.dateBeforeJobSeeking },
    ]);
    await expectDetails(await post(tessa, PATHS.changes, sickness({ endDate: today(-1) })), [
      { path: 'endDate', message: E.endBeforeStart },
    ]);
    await expectDetails(
      await post(tessa, PATHS.changes, { kind: 'travel', country: 'SE', startDate: today(), endDate: '', basedOn: updatedAt }),
      [
        { path: 'endDate', message: E.endDateRequired },
        { path: 'endDate', message: E.dateInvalid },
      ],
    );
    await expectDetails(
      await post(tessa, PATHS.changes, { kind: 'work', startDate: today(), employer: 'Nul\u0000 Oy', basedOn: updatedAt }),
      [{ path: 'employer', message: E.employerRequired }],
    );
    // The day job seeking began is fine.
    await receiptOf(await post(tessa, PATHS.changes, sickness({ startDate: today(-14), endDate: today(-13) })));
    assert.equal(await storedReports('tessa'), reports + 1);
  });

  test('a stale basedOn: 409, nothing stored', async () => {
    const tessa = await signedIn('tessa');
    const seen = (await jobSearchOf(tessa)).updatedAt;
    await receiptOf(await post(tessa, PATHS.changes, { kind: 'sickness', startDate: today(), basedOn: seen }));
    const reports = await storedReports('tessa');
    await expectApiError(
      await post(tessa, PATHS.changes, { kind: 'sickness', startDate: today(), basedOn: seen }),
      409,
      API_ERROR_CODES.conflict,
    );
    assert.equal(await storedReports('tessa'), reports);
  });

  test('the same key again: the first receipt, one report and one notice, even for four at once', async () => {
    const tessa = await signedIn('tessa');
    const body = { kind: 'travel', startDate: today(20), endDate: today(27), country: 'ES', basedOn: (await jobSearchOf(tessa)).updatedAt };
    const [reports, notices] = [await storedReports('tessa'), await storedNotices('tessa')];
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 4 }, () => post(tessa, PATHS.changes, body, key)));
    assert.deepEqual(responses.map((r) => r.status).sort(), [200, 200, 200, 201]);
    const receipts = await Promise.all(responses.map((r) => r.json() as Promise<JobSearchReceipt>));
    assert.equal(new Set(receipts.map((r) => r.id)).size, 1);
    assert.equal(new Set(receipts.map((r) => r.payerNotice?.id)).size, 1);
    assert.equal(await storedReports('tessa'), reports + 1);
    assert.equal(await storedNotices('tessa'), notices + 1);
    // Keys are per person: Sven may happen to use the same one.
    const sven = await signedIn('sven');
    const his = await receiptOf(await post(sven, PATHS.changes, { ...body, basedOn: (await jobSearchOf(sven)).updatedAt }, key));
    assert.notEqual(his.id, receipts[0]?.id);
  });

  test('one report by id: the owner’s summary; 404 for another person, an unknown or a malformed id', async () => {
    const sven = await signedIn('sven');
    const [latest] = (await jobSearchOf(sven)).changes;
    assert.ok(latest);
    const { body } = await getOk<ChangeReportSummary>(sven, `${PATHS.changes}/${latest.id}`, ChangeReportSummarySchema);
    assert.deepEqual(body, latest);
    await assertHiddenFromOtherPerson({ owner: sven, other: await signedIn('tessa'), path: `${PATHS.changes}/${latest.id}` });
    for (const id of [randomUUID(), 'not-a-uuid', '1', "1' or '1'='1", '%E2%82%AC']) {
      await expectApiError(await sven.fetch(`${PATHS.changes}/${id}`), 404, API_ERROR_CODES.notFound);
    }
    await expectApiError(await sven.fetch(`${PATHS.changes}/%E0`), 400, API_ERROR_CODES.badRequest);
  });
});

describe('the certificate', () => {
  test('of valid job seeking: the person, the start, the status, the handler, and a reference that stays the same', async () => {
    const tessa = await signedIn('tessa');
    const { body } = await getOk<Certificate>(tessa, PATHS.certificate, CertificateSchema);
    assert.equal(body.fullName, 'Tessa Marjatta Testilä');
    assert.equal(body.henkilotunnus, '010280-952L');
    assert.equal(body.birthDate, '1980-02-01');
    assert.equal(body.startDate, today(-14));
    assert.equal(body.status.code, '02');
    assert.equal(body.handler?.kind, 'municipality');
    assert.equal(body.issuedAt, clock.now().toISOString());
    assert.match(body.reference, /^[A-Z0-9-]{8,20}$/);
    const again = (await getOk<Certificate>(tessa, PATHS.certificate, CertificateSchema)).body;
    assert.equal(again.reference, body.reference);
    const svens = (await getOk<Certificate>(await signedIn('sven'), PATHS.certificate, CertificateSchema)).body;
    assert.notEqual(svens.reference, body.reference);
  });

  test('under an address block the handler is the national service line', async () => {
    const { body, text } = await getOk<Certificate>(await signedIn('turva'), PATHS.certificate, CertificateSchema);
    assert.equal(body.handler?.kind, 'protected');
    assert.doesNotMatch(text, /Oulu|Uleåborg|oulun-seutu|Kirkkokatu|90100/);
  });
});

describe('ending job seeking', () => {
  test('refused: a date before the start, more than a year away, no such day; an unknown reason; a stale basedOn', async () => {
    const tessa = await signedIn('tessa');
    const { updatedAt } = await jobSearchOf(tessa);
    const end = (fields: Record<string, unknown>) => ({ reason: 'employed', date: today(), basedOn: updatedAt, ...fields });
    await expectDetails(await post(tessa, PATHS.end, end({ date: today(-15) })), [{ path: 'date', message: E.endBeforeStart }]);
    await expectDetails(await post(tessa, PATHS.end, end({ date: today(366) })), [{ path: 'date', message: E.dateRange }]);
    await expectDetails(await post(tessa, PATHS.end, end({ date: '2026-02-30' })), [{ path: 'date', message: E.dateInvalid }]);
    await expectDetails(await post(tessa, PATHS.end, end({ reason: 'bored' })), [{ path: 'reason', message: E.reasonRequired }]);
    await expectDetails(await post(tessa, PATHS.end, end({ reason: 'other', details: '  ' })), [
      { path: 'details', message: E.otherReasonRequired },
    ]);
    await expectDetails(await post(tessa, PATHS.end, end({ details: 'x\u0000' })), [{ path: 'details', message: E.textTooLong }]);
    await expectApiError(await post(tessa, PATHS.end, end({ basedOn: '2020-01-01T00:00:00.000Z' })), 409, API_ERROR_CODES.conflict);
    assert.equal((await jobSearchOf(tessa)).period?.endDate, null);
  });

  test('a day ahead: still valid until then, the payer told; a second ending is a 409; a retry gets the receipt', async () => {
    const tessa = await signedIn('tessa');
    const { updatedAt } = await jobSearchOf(tessa);
    const key = randomUUID();
    const body = { reason: 'employed', date: today(10), details: 'Sain vakituisen työpaikan.', basedOn: updatedAt };
    const receipt = await receiptOf(await post(tessa, PATHS.end, body, key));
    assert.equal(receipt.kind, 'end');
    assert.equal(receipt.jobSearch.state, 'active', 'valid through its last day');
    assert.equal(receipt.jobSearch.period?.endDate, today(10));
    assert.equal(receipt.jobSearch.period?.endReason, 'employed');
    assert.notEqual(receipt.jobSearch.updatedAt, updatedAt);
    const notice = (await payerNotices_('ytk')).find((n) => n.id === receipt.payerNotice?.id);
    assert.deepEqual(notice && { event: notice.event, startDate: notice.startDate, endDate: notice.endDate, details: notice.details }, {
      event: 'end',
      startDate: today(-14),
      endDate: today(10),
      details: { reason: 'employed' },
    });
    const retry = await receiptOf(await post(tessa, PATHS.end, body, key), 200);
    assert.equal(retry.id, receipt.id);
    assert.equal(retry.payerNotice?.id, receipt.payerNotice?.id);
    await expectApiError(
      await post(tessa, PATHS.end, { ...body, date: today(5), basedOn: receipt.jobSearch.updatedAt }),
      409,
      API_ERROR_CODES.conflict,
    );
    const valid = (await currentItemsOf(tessa)).find((item) => item.id === 'job-search-valid');
    assert.equal(valid?.description?.fi, `Työnhakusi alkoi 1.6.2026. Viimeinen voimassaolopäivä on 25.6.2026.`);
  });

  test('a day already past: ended at once; no certificate, no front page items, no changes; a new registration may start', async () => {
    const turva = await signedIn('turva');
    const { updatedAt, period } = await jobSearchOf(turva);
    const receipt = await receiptOf(await post(turva, PATHS.end, { reason: 'studies', date: today(-1), basedOn: updatedAt }));
    assert.equal(receipt.jobSearch.state, 'ended');
    assert.equal(receipt.jobSearch.assessment, null);
    assert.equal(receipt.payerNotice?.payer.id, 'kela');
    assert.equal(receipt.jobSearch.handler?.kind, 'protected');
    await expectApiError(await turva.fetch(PATHS.certificate), 404, API_ERROR_CODES.notFound);
    await expectApiError(await turva.fetch(PATHS.assessment), 404, API_ERROR_CODES.notFound);
    const answers = { situation: 'employed', 'help-needed': ['none'], 'full-time': 'yes', health: 'no', training: 'no' };
    await expectApiError(await post(turva, PATHS.assessment, { answers }), 404, API_ERROR_CODES.notFound);
    assert.deepEqual(await currentItemsOf(turva), []);
    const after = receipt.jobSearch.updatedAt;
    await expectApiError(
      await post(turva, PATHS.changes, { kind: 'sickness', startDate: today(), basedOn: after }),
      409,
      API_ERROR_CODES.conflict,
    );
    await expectApiError(
      await post(turva, PATHS.end, { reason: 'other', details: 'Muutan ulkomaille', date: today(), basedOn: after }),
      409,
      API_ERROR_CODES.conflict,
    );
    const again = await receiptOf(await post(turva, PATHS.registration, { ...receipt.jobSearch.registration, basedOn: after }));
    assert.equal(again.jobSearch.period?.startDate, today());
    assert.deepEqual(
      again.jobSearch.earlierPeriods.map((p) => p.id),
      [period?.id],
    );
  });
});

describe('the payer API', () => {
  test('needs its bearer token: 401 with a challenge otherwise, as JSON; no session or CSRF involved', async () => {
    const url = `${server.baseUrl}${PATHS.payerNotices}`;
    const none = await fetch(url);
    assert.equal(none.headers.get('www-authenticate'), 'Bearer realm="payer-api"');
    await expectApiError(none, 401, API_ERROR_CODES.unauthenticated);
    for (const authorization of [
      'Bearer wrong-token-123',
      'Basic a2VsYTpkZXYta2VsYS10b2tlbg==',
      `Bearer ${TOKENS['kela'] ?? ''}x`,
      'Bearer',
    ]) {
      const response = await fetch(url, { headers: { authorization } });
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer realm="payer-api"/, authorization);
      await expectApiError(response, 401, API_ERROR_CODES.unauthenticated);
    }
    // A signed-in browser's cookie is no credential here.
    const browser = await signedIn('sven');
    await expectApiError(await browser.fetch(PATHS.payerNotices), 401, API_ERROR_CODES.unauthenticated);
  });

  test("a payer's own notices only, oldest first, read on with the after cursor and a limit", async () => {
    const all = await payerNotices_('kela');
    assert.ok(all.length >= 4);
    assert.ok(all.every((n) => n.payerId === 'kela'));
    const ids = all.map((n) => Number(n.id));
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => a - b),
      'oldest first',
    );
    assert.deepEqual(await payerNotices_('kela', '?limit=2'), all.slice(0, 2));
    assert.deepEqual(await payerNotices_('kela', `?after=${all[1]?.id ?? ''}&limit=2`), all.slice(2, 4));
    assert.deepEqual(await payerNotices_('kela', `?after=${all.at(-1)?.id ?? ''}`), []);
    const ytk = await payerNotices_('ytk');
    assert.ok(ytk.length > 0 && ytk.every((n) => n.payerId === 'ytk' && n.henkilotunnus === '010280-952L'));
  });

  test('bad parameters are a 400, unknown paths a JSON 404', async () => {
    const headers = { authorization: `Bearer ${TOKENS['kela'] ?? ''}` };
    for (const query of ['?limit=0', '?limit=501', '?limit=abc', '?after=-1', '?after=1.5', '?after=1&after=2']) {
      await expectApiError(
        await fetch(`${server.baseUrl}${PATHS.payerNotices}${query}`, { headers }),
        400,
        API_ERROR_CODES.validationFailed,
      );
    }
    await expectApiError(await fetch(`${server.baseUrl}/payer-api/nothing`, { headers }), 404, API_ERROR_CODES.notFound);
    await expectApiError(await fetch(`${server.baseUrl}/payer-api`, { headers }), 404, API_ERROR_CODES.notFound);
    await expectApiError(await fetch(`${server.baseUrl}${PATHS.payerNotices}`, { method: 'POST', headers }), 404, API_ERROR_CODES.notFound);
  });
});

describe('bad input is a 4xx with a JSON body, never a 500', () => {
  test('every form: no key, not JSON, not an object, wrong types, unknown values, signed out', async () => {
    const sven = await signedIn('sven');
    const { updatedAt } = await jobSearchOf(sven);
    const forms = [PATHS.registration, PATHS.assessment, PATHS.changes, PATHS.end];
    const before = { reports: await storedReports('sven'), periods: await storedPeriods('sven') };
    for (const path of forms) {
      await expectApiError(await post(sven, path, {}, null), 400, API_ERROR_CODES.badRequest);
      await expectApiError(await post(sven, path, {}, 'short'), 400, API_ERROR_CODES.badRequest);
      await expectApiError(await post(sven, path, '{"kind": '), 400, API_ERROR_CODES.badRequest);
      await expectApiError(await post(sven, path, '"just a string"'), 400, API_ERROR_CODES.badRequest);
      await expectApiError(await post(sven, path, 'null'), 400, API_ERROR_CODES.badRequest);
      for (const body of ['[]', '[1, 2]', '{}', '{"answers": null, "kind": 5, "reason": [], "date": {}, "basedOn": 1}']) {
        await expectApiError(await post(sven, path, body), 400, API_ERROR_CODES.validationFailed);
      }
      const text = await sven.fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', [IDEMPOTENCY_KEY_HEADER]: randomUUID() },
        body: 'hello',
      });
      await expectApiError(text, 400, API_ERROR_CODES.validationFailed);
      await expectApiError(await post(sven, path, 'x'.repeat(200_000)), 413, API_ERROR_CODES.payloadTooLarge);
      await expectApiError(await post(new Browser(server.baseUrl), path, {}), 401, API_ERROR_CODES.unauthenticated);
      await expectApiError(await post(sven, path, {}, randomUUID(), { 'sec-fetch-site': 'cross-site' }), 403, API_ERROR_CODES.forbidden);
    }
    const malformed: [string, Record<string, unknown>][] = [
      [PATHS.changes, { kind: 'holiday', startDate: today(), basedOn: updatedAt }],
      [PATHS.changes, { kind: 'work', startDate: today(), employer: 42, hoursPerWeek: '40', basedOn: updatedAt }],
      [PATHS.changes, { kind: 'work', startDate: today(), employer: 'x'.repeat(121), basedOn: updatedAt }],
      [PATHS.changes, { kind: 'work', startDate: today(), employer: 'A', hoursPerWeek: Infinity, basedOn: updatedAt }],
      [PATHS.changes, { kind: 'travel', startDate: today(), country: 'SE', endDate: '2026-02-30', basedOn: updatedAt }],
      [PATHS.changes, { kind: 'sickness', startDate: today(), basedOn: 'yesterday' }],
      [PATHS.end, { reason: 'employed', date: 20260615, basedOn: updatedAt }],
      [PATHS.end, { reason: 'employed', date: '9999-12-31', basedOn: updatedAt }],
      [PATHS.assessment, { answers: { situation: { $ne: 1 } } }],
      [PATHS.assessment, { answers: { ['x'.repeat(61)]: 'a' } }],
      [PATHS.registration, registration({ education: 'lots' })],
      [PATHS.registration, registration({ education: [{ level: 'master', field: 'x', year: 1e6 }] })],
      [PATHS.registration, registration({ workHistory: [{ employer: 'a', title: 'b', start: '2020-00' }] })],
      [PATHS.registration, registration({ soughtWork: { occupations: ['x'], regions: Array(11).fill('091'), workTime: 'full-time' } })],
      [PATHS.registration, registration({ benefit: null })],
    ];
    for (const [path, body] of malformed) {
      const response = await post(sven, path, body);
      assert.ok(response.status === 400, `${path} ${JSON.stringify(body).slice(0, 120)}: ${response.status}`);
      assert.ok(validate(ApiErrorSchema, await response.json()).ok);
    }
    assert.deepEqual({ reports: await storedReports('sven'), periods: await storedPeriods('sven') }, before);
    assert.equal((await jobSearchOf(sven)).updatedAt, updatedAt, 'nothing changed');
  });
});

// Last: moves the shared clock by days.
describe('as days pass', () => {
  test('an unanswered assessment becomes overdue, and the front page says it is late', async () => {
    const ulla = await signedIn('ulla');
    const due = (await jobSearchOf(ulla)).assessment?.dueDate;
    assert.equal(due, '2026-06-29');
    clock.advance(15 * DAY);
    const browser = await signedIn('ulla');
    assert.equal((await jobSearchOf(browser)).assessment?.state, 'overdue');
    const [form] = await currentItemsOf(browser);
    assert.equal(form?.kind, 'unfinished-form');
    assert.equal(form?.dueDate, due);
    assert.equal(form?.title.en, 'The service-need questions are overdue – answer now');
    assert.match(form?.description?.fi ?? '', /Voit vastata vielä/);
    // A late answer is still taken.
    const receipt = await receiptOf(
      await post(browser, PATHS.assessment, {
        answers: { situation: 'unemployed-short', 'help-needed': ['language'], 'full-time': 'yes', health: 'no', training: 'unsure' },
      }),
    );
    assert.equal(receipt.jobSearch.assessment?.state, 'completed');
  });

  test('an end date ahead ends job seeking once its day has passed', async () => {
    // Tessa's last day was 25.6.; it is now 30.6.
    const tessa = await signedIn('tessa');
    const jobSearch = await jobSearchOf(tessa);
    assert.equal(jobSearch.state, 'ended');
    assert.equal(jobSearch.assessment, null);
    assert.deepEqual(await currentItemsOf(tessa), []);
    await expectApiError(await tessa.fetch(PATHS.certificate), 404, API_ERROR_CODES.notFound);
  });

  test('a registration made after the clock moved starts on the new day', async () => {
    clock.advance(DAY);
    const tessa = await signedIn('tessa');
    const { registration: previous, updatedAt } = await jobSearchOf(tessa);
    const receipt = await receiptOf(await post(tessa, PATHS.registration, { ...previous, basedOn: updatedAt }));
    assert.equal(receipt.jobSearch.period?.startDate, helsinkiDate(clock.now()));
    assert.equal(receipt.jobSearch.period?.startDate, '2026-07-01');
    assert.equal(receipt.payerNotice?.payer.id, 'ytk', 'the benefit of the pre-filled registration');
    const [row] = await server.storage.db
      .select()
      .from(jobSeekingPeriods)
      .where(and(eq(jobSeekingPeriods.personId, SEED_PERSON_IDS.tessa), eq(jobSeekingPeriods.id, receipt.id)));
    assert.equal(row?.startDate, '2026-07-01');
  });
});
