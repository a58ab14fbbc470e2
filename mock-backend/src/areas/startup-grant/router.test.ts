// The start-up grant through the JSON API: Yrjö's seeded grant (periods lapsed, paid, ready, to come)
// and his extension application with an open supplement request; sending an application only with
// every section complete (the missing ones named); answering the supplement with a content-checked
// file, late answers marked; payment applications (in arrears, within the configured months, the
// first with the tax card); the office's moves through /office-api; the current items.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  CurrentItemsResponseSchema,
  IDEMPOTENCY_KEY_HEADER,
  validate,
  type ApiError,
  type CurrentItemsResponse,
} from '@portal/shared-contracts';
import {
  ApplicationReceiptSchema,
  PaymentReceiptSchema,
  STARTUP_GRANT_ERRORS as E,
  STARTUP_GRANT_OFFICE_PATHS as OFFICE,
  STARTUP_GRANT_PATHS as PATHS,
  StartupGrantOverviewSchema,
  SupplementReceiptSchema,
  type ApplicationReceipt,
  type PaymentReceipt,
  type StartupGrantOverview,
  type SupplementReceipt,
} from '@portal/shared-contracts/startup-grant';
import { AttachmentSchema, type Attachment } from '@portal/shared-contracts/unemployment-security';
import { addDays, helsinkiDate } from '../../platform/calendar.js';
import { SEED_STARTUP_GRANT_IDS as IDS } from '../../storage/seeds/startup-grant.js';
import { Browser, TEST_CONFIG, TestClock, expectApiError, signIn, startTestServer, type TestServer } from '../../testing/harness.js';
import { PDF_HEAD } from '../../testing/uploads.js';
import { addMonths, periodStatus } from './service.js';

// Mid-month, 23:30 UTC: already the next day in Helsinki.
const clock = new TestClock(new Date('2026-11-14T23:30:00Z'));
const today = (offset = 0): string => addDays(helsinkiDate(clock.now()), offset);
const OFFICE_TOKEN = TEST_CONFIG.officeApiTokens[0]?.token ?? '';

let server: TestServer;
before(async () => {
  server = await startTestServer({ clock: clock.now });
});
after(() => server.close());

async function signedIn(person: 'yrjo' | 'tessa' | 'ulla'): Promise<Browser> {
  const browser = new Browser(server.baseUrl);
  assert.equal((await signIn(browser, person)).callback.status, 303);
  return browser;
}

async function overviewOf(browser: Browser): Promise<StartupGrantOverview> {
  const response = await browser.fetch(PATHS.overview);
  const text = await response.text();
  assert.equal(response.status, 200, text);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.ok(validate(StartupGrantOverviewSchema, JSON.parse(text)).ok, text);
  return JSON.parse(text) as StartupGrantOverview;
}

function post(browser: Browser, path: string, body: unknown, key: string | null = randomUUID()): Promise<Response> {
  return browser.fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key === null ? {} : { [IDEMPOTENCY_KEY_HEADER]: key }) },
    body: JSON.stringify(body),
  });
}

async function parsed<T>(response: Response, status: number, schema: Parameters<typeof validate>[0]): Promise<T> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  assert.ok(validate(schema, JSON.parse(text)).ok, text);
  return JSON.parse(text) as T;
}

function office(path: string, body?: unknown): Promise<Response> {
  return fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${OFFICE_TOKEN}`, 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
}

function upload(browser: Browser, bytes: Uint8Array, name: string, key: string = randomUUID()): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([Uint8Array.from(bytes)], { type: 'application/octet-stream' }), name);
  return browser.fetch(PATHS.attachments, { method: 'POST', body: form, headers: { [IDEMPOTENCY_KEY_HEADER]: key } });
}

async function issuesOf(response: Response, status: number): Promise<{ path: string; message: string }[]> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  return ((JSON.parse(text) as ApiError).error.details ?? []).map(({ path, message }) => ({ path, message }));
}

const SECTIONS = {
  business: {
    name: 'Testin Leipomo',
    businessId: '',
    form: 'sole-trader',
    field: 'Leipomo',
    startDate: '2027-01-01',
    workingTime: 'full-time',
  },
  plan: { idea: 'Lähileipomo', customers: 'Naapurusto', competence: 'Leipuri 10 vuotta' },
  profitability: { sales: 500000, costs: { purchases: 100000, premises: 80000, vehicle: 0, insurance: 5000, marketing: 10000, other: 0 } },
  financing: {
    investments: { machinery: 1000000, premises: 0, stock: 50000, other: 0 },
    financing: { own: 250000, loan: 800000, other: 0 },
  },
  earlier: { hasEarlier: false },
  attachments: { attachmentIds: [] as string[] },
};

describe("Yrjö's seeded start-up grant", () => {
  test('a granted grant with periods by month: lapsed, applied and paid, ready now, and two to come', async () => {
    const overview = await overviewOf(await signedIn('yrjo'));
    assert.equal(overview.paymentApplicationMonths, 2);
    assert.deepEqual(
      overview.periods.map((period) => [period.id, period.status, period.payment?.state ?? null]),
      [
        [IDS.periodLapsed, 'lapsed', null],
        [IDS.periodPaid, 'applied', 'paid'],
        [IDS.periodReady, 'open', null],
        [IDS.periodCurrent, 'upcoming', null],
        [IDS.periodNext, 'upcoming', null],
      ],
    );
    const ready = overview.periods.find((period) => period.id === IDS.periodReady);
    assert.equal(ready?.applyBy, addMonths(ready?.endsOn ?? '', 2));
    assert.equal(ready?.needsTaxCard, false, 'the paid one was the first');
    assert.ok(overview.periods.find((period) => period.id === IDS.periodPaid)?.payment?.paymentDate);
  });

  test('the extension application waits for a supplement due in a week, on a dated timeline', async () => {
    const { applications } = await overviewOf(await signedIn('yrjo'));
    assert.deepEqual(
      applications.map((application) => [application.id, application.kind, application.state]),
      [
        [IDS.extension, 'extension', 'supplement-requested'],
        [IDS.granted, 'new', 'granted'],
      ],
    );
    const [extension, granted] = applications;
    assert.deepEqual(
      extension?.timeline.map((step) => step.kind),
      ['received', 'in-processing', 'supplement-requested'],
    );
    assert.equal(extension?.supplements[0]?.deadline, today(7));
    assert.equal(extension?.supplements[0]?.daysLeft, 7);
    assert.equal(extension?.supplements[0]?.answer, null);
    assert.equal(granted?.decision?.outcome, 'granted');
  });

  test('his front page: the open supplement request and the period ready to apply for, with their deadlines', async () => {
    const response = await (await signedIn('yrjo')).fetch(PATHS.currentItems);
    const { items } = await parsed<CurrentItemsResponse>(response, 200, CurrentItemsResponseSchema);
    assert.deepEqual(
      items.map((item) => [item.id, item.dueDate, item.href]),
      [
        [`supplement-${IDS.supplement}`, today(7), `/startup-grant/supplements/${IDS.supplement}`],
        [`payment-${IDS.periodReady}`, addMonths(addDays(`${today().slice(0, 8)}01`, -1), 2), `/startup-grant/payments/${IDS.periodReady}`],
      ],
    );
  });

  test('another person has none of it', async () => {
    const tessa = await signedIn('tessa');
    const overview = await overviewOf(tessa);
    assert.deepEqual([overview.applications, overview.periods], [[], []]);
    await expectApiError(await post(tessa, PATHS.supplementAnswer(IDS.supplement), { text: 'x', attachmentIds: [] }), 404, 'not-found');
    await expectApiError(await post(tessa, PATHS.payments, { periodId: IDS.periodReady }), 404, 'not-found');
  });
});

describe('payment applications', () => {
  test('a period that has not ended, one that lapsed and one applied already are refused with their reasons', async () => {
    const yrjo = await signedIn('yrjo');
    for (const [periodId, code] of [
      [IDS.periodCurrent, E.periodNotEnded],
      [IDS.periodLapsed, E.periodLate],
      [IDS.periodPaid, E.periodApplied],
    ] as const) {
      const issues = await issuesOf(await post(yrjo, PATHS.payments, { periodId }), 409);
      assert.deepEqual(issues, [{ path: 'periodId', message: code }]);
    }
  });

  test('the ready period is applied for once; the same key again gets the same receipt', async () => {
    const yrjo = await signedIn('yrjo');
    const key = randomUUID();
    const first = await parsed<PaymentReceipt>(
      await post(yrjo, PATHS.payments, { periodId: IDS.periodReady }, key),
      201,
      PaymentReceiptSchema,
    );
    assert.equal(first.period.status, 'applied');
    assert.equal(first.period.payment?.state, 'submitted');
    const again = await parsed<PaymentReceipt>(
      await post(yrjo, PATHS.payments, { periodId: IDS.periodReady }, key),
      200,
      PaymentReceiptSchema,
    );
    assert.equal(again.period.payment?.id, first.period.payment?.id);
    await expectApiError(await post(yrjo, PATHS.payments, { periodId: IDS.periodReady }), 409, 'conflict');
    // The office pays it.
    const paymentId = first.period.payment?.id ?? '';
    assert.equal((await office(OFFICE.payment(paymentId), { state: 'in-processing' })).status, 204);
    assert.equal((await office(OFFICE.payment(paymentId), { state: 'paid', paymentDate: today(3) })).status, 204);
    const period = (await overviewOf(yrjo)).periods.find((p) => p.id === IDS.periodReady);
    assert.deepEqual([period?.payment?.state, period?.payment?.paymentDate], ['paid', today(3)]);
    const items = (await parsed<CurrentItemsResponse>(await yrjo.fetch(PATHS.currentItems), 200, CurrentItemsResponseSchema)).items;
    assert.ok(!items.some((item) => item.id.startsWith('payment-')), 'applied: no longer on the front page');
  });
});

describe('a new application', () => {
  test('sending with sections missing is a 400 naming each incomplete section, and stores nothing', async () => {
    const ulla = await signedIn('ulla');
    const { business, plan } = SECTIONS;
    const issues = await issuesOf(
      await post(ulla, PATHS.applications, {
        sections: { business, plan, financing: { ...SECTIONS.financing, financing: { own: 0, loan: 0, other: 0 } } },
      }),
      400,
    );
    assert.deepEqual(
      issues.filter((issue) => issue.message === E.sectionIncomplete).map((issue) => issue.path),
      ['sections.profitability', 'sections.financing', 'sections.earlier', 'sections.attachments'],
    );
    assert.ok(issues.some((issue) => issue.path === 'sections.financing' && issue.message === E.financingUnbalanced));
    assert.deepEqual((await overviewOf(ulla)).applications, []);
  });

  test('a complete one is received with its file; the office asks for a supplement, which is answered late with a file, and grants it', async () => {
    const ulla = await signedIn('ulla');
    const file = await parsed<Attachment>(
      await upload(ulla, Buffer.concat([PDF_HEAD, Buffer.alloc(100, 1)]), 'verovelkatodistus.pdf'),
      201,
      AttachmentSchema,
    );
    assert.deepEqual(
      (await overviewOf(ulla)).pendingAttachments.map((a) => a.id),
      [file.id],
    );
    const key = randomUUID();
    const body = { sections: { ...SECTIONS, attachments: { attachmentIds: [file.id] } } };
    const receipt = await parsed<ApplicationReceipt>(await post(ulla, PATHS.applications, body, key), 201, ApplicationReceiptSchema);
    const { application } = receipt;
    assert.deepEqual([application.state, application.kind, application.timeline.map((s) => s.kind)], ['submitted', 'new', ['received']]);
    assert.deepEqual(
      application.attachments.map((a) => a.fileName),
      ['verovelkatodistus.pdf'],
    );
    const replay = await parsed<ApplicationReceipt>(await post(ulla, PATHS.applications, body, key), 200, ApplicationReceiptSchema);
    assert.equal(replay.application.id, application.id);
    assert.deepEqual((await overviewOf(ulla)).pendingAttachments, []);

    assert.equal((await office(OFFICE.processing(application.id))).status, 204);
    const requested = await office(OFFICE.supplementRequest(application.id), { what: 'Lähetä tase.', deadline: today(-1) });
    assert.equal(requested.status, 201);
    const { id: supplementId } = (await requested.json()) as { id: string };

    // A file that is not what it says is refused by its content, as for the clarification answers.
    const fake = await upload(ulla, Buffer.from('MZ not a pdf at all'), 'tase.pdf');
    await expectApiError(fake, 415, 'unsupported-media-type');
    const png = await parsed<Attachment>(
      await upload(ulla, Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'), 'tase'),
      201,
      AttachmentSchema,
    );
    assert.equal(png.fileName, 'tase.png', 'the extension of the type found');
    const answered = await parsed<SupplementReceipt>(
      await post(ulla, PATHS.supplementAnswer(supplementId), { text: 'Tase liitteenä.', attachmentIds: [png.id] }),
      201,
      SupplementReceiptSchema,
    );
    assert.equal(answered.applicationState, 'in-processing');
    assert.deepEqual([answered.supplement.answer?.late, answered.supplement.answer?.attachments.map((a) => a.id)], [true, [png.id]]);
    await expectApiError(await post(ulla, PATHS.supplementAnswer(supplementId), { text: 'Uudestaan', attachmentIds: [] }), 409, 'conflict');
    // A file sent with the answer can no longer be removed.
    await expectApiError(await ulla.fetch(PATHS.attachment(png.id), { method: 'DELETE' }), 409, 'conflict');

    const grant = {
      outcome: 'granted',
      periods: [
        { startsOn: today(-62), endsOn: today(-32) },
        { startsOn: today(-31), endsOn: today(-1) },
      ],
    };
    assert.equal((await office(OFFICE.decision(application.id), grant)).status, 204);
    await expectApiError(await office(OFFICE.decision(application.id), grant), 409, 'conflict');
    const after = await overviewOf(ulla);
    assert.deepEqual(
      after.applications[0]?.timeline.map((s) => s.kind),
      ['received', 'in-processing', 'supplement-requested', 'supplement-answered', 'granted'],
    );
    assert.deepEqual(
      after.periods.map((p) => [p.status, p.needsTaxCard]),
      [
        ['open', true],
        ['open', true],
      ],
    );
    // The first payment application carries the tax card.
    const [first] = after.periods;
    const periodId = first?.id ?? '';
    assert.deepEqual(await issuesOf(await post(ulla, PATHS.payments, { periodId }), 400), [
      { path: 'taxCardAttachmentId', message: E.taxCardRequired },
    ]);
    await expectApiError(await post(ulla, PATHS.payments, { periodId, taxCardAttachmentId: randomUUID() }), 400, 'validation-failed');
    const taxCard = await parsed<Attachment>(
      await upload(ulla, Buffer.concat([PDF_HEAD, Buffer.alloc(10, 2)]), 'verokortti.pdf'),
      201,
      AttachmentSchema,
    );
    const paid = await parsed<PaymentReceipt>(
      await post(ulla, PATHS.payments, { periodId, taxCardAttachmentId: taxCard.id }),
      201,
      PaymentReceiptSchema,
    );
    assert.equal(paid.period.payment?.taxCard?.id, taxCard.id);
    assert.equal((await overviewOf(ulla)).periods[1]?.needsTaxCard, false, 'only the first');
    const download = await ulla.fetch(taxCard.href);
    assert.equal(download.status, 200);
    assert.match(download.headers.get('content-disposition') ?? '', /attachment/);
    await expectApiError(await (await signedIn('tessa')).fetch(taxCard.href), 404, 'not-found');
  });

  test('the office rejects with a reason; moves out of order are 409s and unknown ids 404s', async () => {
    const ulla = await signedIn('ulla');
    const { application } = await parsed<ApplicationReceipt>(
      await post(ulla, PATHS.applications, { kind: 'extension', sections: SECTIONS }),
      201,
      ApplicationReceiptSchema,
    );
    assert.equal((await office(OFFICE.decision(application.id), { outcome: 'rejected', reason: 'Ei kannattava.' })).status, 204);
    await expectApiError(await office(OFFICE.processing(application.id)), 409, 'conflict');
    await expectApiError(await office(OFFICE.processing(randomUUID())), 404, 'not-found');
    const shown = (await overviewOf(ulla)).applications.find((a) => a.id === application.id);
    assert.deepEqual(shown?.decision?.outcome === 'rejected' && shown.decision.reason, 'Ei kannattava.');
    const unauthorised = await fetch(`${server.baseUrl}${OFFICE.processing(application.id)}`, { method: 'POST' });
    assert.equal(unauthorised.status, 401);
  });

  test('an application left half done is on the front page until it is sent', async () => {
    const ulla = await signedIn('ulla');
    const items = async () =>
      (await parsed<CurrentItemsResponse>(await ulla.fetch(PATHS.currentItems), 200, CurrentItemsResponseSchema)).items
        // Her earlier tests' grant has periods to apply for; only the draft's item is this test's.
        .filter((item) => item.kind === 'unfinished-form')
        .map((item) => [item.id, item.kind, item.href]);
    assert.deepEqual(await items(), []);
    const saved = await ulla.fetch('/api/drafts/startup-grant.application', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: { business: { name: 'Kesken' } } }),
    });
    assert.equal(saved.status, 200);
    assert.deepEqual(await items(), [['application-draft', 'unfinished-form', '/startup-grant/apply']]);
    await ulla.fetch('/api/drafts/startup-grant.application', { method: 'DELETE' });
    assert.deepEqual(await items(), []);
  });

  test('signed out is a 401, a missing key a 400', async () => {
    const anonymous = new Browser(server.baseUrl);
    await expectApiError(await anonymous.fetch(PATHS.overview), 401, 'unauthenticated');
    await expectApiError(await post(await signedIn('ulla'), PATHS.applications, { sections: SECTIONS }, null), 400, 'bad-request');
  });
});

describe('the payment rule', () => {
  test('months are calendar months, clamped to the month’s last day; the configured months decide lapsed', () => {
    assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
    assert.equal(addMonths('2026-12-31', 2), '2027-02-28');
    assert.equal(addMonths('2024-12-31', 2), '2025-02-28');
    assert.equal(addMonths('2026-11-30', 2), '2027-01-30');
    const period = { id: 'p', applicationId: 'a', personId: 'x', startsOn: '2026-09-01', endsOn: '2026-09-30' };
    assert.equal(periodStatus(period, undefined, '2026-09-30', 2), 'upcoming');
    assert.equal(periodStatus(period, undefined, '2026-11-30', 2), 'open');
    assert.equal(periodStatus(period, undefined, '2026-11-30', 1), 'lapsed', 'one month, as configured');
    assert.equal(periodStatus(period, undefined, '2026-12-01', 2), 'lapsed');
  });
});
