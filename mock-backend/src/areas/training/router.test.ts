// Labour-market training through the JSON API: the seeded catalogue (open and closed periods, remote
// and in places, three languages), the person's education and work taken from their registration,
// applying (idempotent by key; twice to one training a 409 application.exists naming the first; a
// closed period a 409 training.closed; the commitment required), withdrawing (what it means is the
// UI's; here: before a decision only, idempotent), the office moving an application on, another
// person's application out of reach, the current items, and Turva's selected application.
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
  TRAINING_ERRORS as E,
  TRAINING_PATHS as PATHS,
  TrainingApplicationSchema,
  TrainingDetailSchema,
  TrainingOverviewSchema,
  TrainingReceiptSchema,
  type TrainingApplication,
  type TrainingDetail,
  type TrainingOverview,
  type TrainingReceipt,
} from '@portal/shared-contracts/training';
import { SEED_TRAINING_IDS as IDS } from '../../storage/seeds/training.js';
import {
  Browser,
  TEST_CONFIG,
  TestClock,
  assertHiddenFromOtherPerson,
  expectApiError,
  signIn,
  startTestServer,
  type TestServer,
} from '../../testing/harness.js';

const clock = new TestClock(new Date('2026-11-24T10:00:00Z'));
const OFFICE_TOKEN = TEST_CONFIG.officeApiTokens[0]?.token ?? '';

let server: TestServer;
before(async () => {
  server = await startTestServer({ clock: clock.now });
});
after(() => server.close());

async function signedIn(person: 'tessa' | 'sven' | 'turva' | 'ulla'): Promise<Browser> {
  const browser = new Browser(server.baseUrl);
  assert.equal((await signIn(browser, person)).callback.status, 303);
  return browser;
}

async function json<T>(response: Response, status: number, schema: Parameters<typeof validate>[0]): Promise<T> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  assert.ok(validate(schema, JSON.parse(text)).ok, text);
  return JSON.parse(text) as T;
}

function post(browser: Browser, path: string, body: unknown, key: string | null = randomUUID()): Promise<Response> {
  return browser.fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key === null ? {} : { [IDEMPOTENCY_KEY_HEADER]: key }) },
    body: JSON.stringify(body),
  });
}

function office(id: string, body: unknown, token = OFFICE_TOKEN): Promise<Response> {
  return fetch(`${server.baseUrl}${PATHS.officeState(id)}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const application = (trainingId: string) => ({
  trainingId,
  motivation: 'Haluan asiakaspalvelun tutkinnon.',
  education: 'Merkonomi (2000)',
  workHistory: '',
  availability: 'Heti',
  commitment: true,
});

async function detailOf(browser: Browser, id: string): Promise<TrainingDetail> {
  return json<TrainingDetail>(await browser.fetch(PATHS.training(id)), 200, TrainingDetailSchema);
}

async function codeOf(response: Response): Promise<string | undefined> {
  const body = (await response.json()) as ApiError;
  return body.error.details?.[0]?.message;
}

describe('the catalogue', () => {
  test('ten trainings, nearest apply-by first, open or not by Finland’s calendar; remote ones have no place', async () => {
    const overview = await json<TrainingOverview>(await (await signedIn('tessa')).fetch(PATHS.overview), 200, TrainingOverviewSchema);
    assert.equal(overview.trainings.length, 10);
    const applyBys = overview.trainings.map((training) => training.applyBy);
    assert.deepEqual(applyBys, [...applyBys].sort());
    const byId = new Map(overview.trainings.map((training) => [training.id, training]));
    assert.equal(byId.get(IDS.welding)?.open, false, 'closed the day before yesterday');
    assert.equal(byId.get(IDS.customerService)?.open, true);
    assert.equal(byId.get(IDS.software)?.place, null);
    assert.deepEqual(new Set(overview.trainings.map((training) => training.language)), new Set(['fi', 'sv', 'en']));
    assert.deepEqual(overview.applications, []);
  });

  test('signed out: 401; an unknown or malformed id: 404', async () => {
    await expectApiError(await fetch(`${server.baseUrl}${PATHS.overview}`), 401, 'unauthenticated');
    const tessa = await signedIn('tessa');
    await expectApiError(await tessa.fetch(PATHS.training(randomUUID())), 404, 'not-found');
    await expectApiError(await tessa.fetch(PATHS.training('constructor')), 404, 'not-found');
    await expectApiError(await tessa.fetch(PATHS.application('x')), 404, 'not-found');
  });

  test('Tessa’s training offer is a current item: apply by its day, on the training’s apply page', async () => {
    const response = await (await signedIn('tessa')).fetch(PATHS.currentItems);
    const { items } = await json<CurrentItemsResponse>(response, 200, CurrentItemsResponseSchema);
    assert.deepEqual(
      items.map((item) => [item.kind, item.href, item.dueDate, item.urgency]),
      [['deadline', `/training/${IDS.customerService}/apply`, '2026-12-08', 'action']],
    );
  });

  test('education and work come from the registration; none registered, none given', async () => {
    const tessa = await detailOf(await signedIn('tessa'), IDS.customerService);
    assert.match(tessa.prefill.education, /Merkonomi, Helsingin kauppaoppilaitos \(2000\)/);
    assert.match(tessa.prefill.workHistory, /Asiakaspalvelupäällikkö, Asiakaspalvelu Kumpu Oy/);
    assert.equal(tessa.application, null);
    const ulla = await detailOf(await signedIn('ulla'), IDS.customerService);
    assert.deepEqual(ulla.prefill, { education: '', workHistory: '' });
  });
});

describe('applying and withdrawing', () => {
  test('apply once per key; again a 409 naming the first; withdraw before a decision; apply again after', async () => {
    const tessa = await signedIn('tessa');
    const key = randomUUID();
    const first = await json<TrainingReceipt>(
      await post(tessa, PATHS.applications, application(IDS.customerService), key),
      201,
      TrainingReceiptSchema,
    );
    assert.equal(first.application.state, 'submitted');
    assert.equal(first.application.withdrawable, true);
    assert.match(first.application.reference, /^TK-\d{4}-[A-Z2-9]{8}$/);
    const replay = await json<TrainingReceipt>(
      await post(tessa, PATHS.applications, application(IDS.customerService), key),
      200,
      TrainingReceiptSchema,
    );
    assert.equal(replay.application.id, first.application.id);

    const twice = await post(tessa, PATHS.applications, application(IDS.customerService));
    assert.equal(twice.status, 409);
    const body = (await twice.json()) as ApiError;
    assert.equal(body.error.code, 'conflict');
    assert.deepEqual(body.error.details, [
      { path: 'trainingId', message: E.alreadyApplied },
      { path: 'application', message: first.application.id },
    ]);
    assert.equal((await detailOf(tessa, IDS.customerService)).application?.id, first.application.id);

    const withdrawKey = randomUUID();
    const withdrawn = await json<TrainingReceipt>(
      await post(tessa, PATHS.withdraw(first.application.id), { confirmed: true }, withdrawKey),
      201,
      TrainingReceiptSchema,
    );
    assert.equal(withdrawn.application.state, 'withdrawn');
    assert.equal(withdrawn.application.withdrawable, false);
    // Idempotent: the same key, or another, answers the withdrawn application.
    for (const again of [withdrawKey, randomUUID()]) {
      const repeat = await json<TrainingReceipt>(
        await post(tessa, PATHS.withdraw(first.application.id), { confirmed: true }, again),
        200,
        TrainingReceiptSchema,
      );
      assert.equal(repeat.application.state, 'withdrawn');
    }
    assert.equal((await detailOf(tessa, IDS.customerService)).application, null, 'a withdrawn one is not live');
    await json<TrainingReceipt>(await post(tessa, PATHS.applications, application(IDS.customerService)), 201, TrainingReceiptSchema);
  });

  test('a closed period is a 409 training.closed; an unknown training a 404; nothing is stored', async () => {
    const sven = await signedIn('sven');
    const closed = await post(sven, PATHS.applications, application(IDS.welding));
    assert.equal(closed.status, 409);
    assert.equal(await codeOf(closed), E.closed);
    await expectApiError(await post(sven, PATHS.applications, application(randomUUID())), 404, 'not-found');
    const overview = await json<TrainingOverview>(await sven.fetch(PATHS.overview), 200, TrainingOverviewSchema);
    assert.deepEqual(overview.applications, []);
  });

  test('bad input is a 400 with the field’s code; no key a 400; the commitment must be true', async () => {
    const sven = await signedIn('sven');
    const missing = await post(sven, PATHS.applications, { ...application(IDS.software), commitment: false });
    assert.equal(missing.status, 400);
    assert.deepEqual(((await missing.json()) as ApiError).error.details?.[0], { path: 'commitment', message: E.commitmentRequired });
    const blank = await post(sven, PATHS.applications, { ...application(IDS.software), motivation: ' ' });
    assert.equal(await codeOf(blank), E.motivationRequired);
    await expectApiError(await post(sven, PATHS.applications, application(IDS.software), null), 400, 'bad-request');
    await expectApiError(await post(sven, PATHS.withdraw(randomUUID()), { confirmed: true }), 404, 'not-found');
    await expectApiError(await post(sven, PATHS.withdraw(randomUUID()), {}), 400, 'validation-failed');
  });

  test('the office moves it on: in review, interview, selected; then it cannot be withdrawn; a state change backwards is a 409', async () => {
    const sven = await signedIn('sven');
    const { application: sent } = await json<TrainingReceipt>(
      await post(sven, PATHS.applications, application(IDS.software)),
      201,
      TrainingReceiptSchema,
    );
    await expectApiError(await office(sent.id, { state: 'in-review' }, 'wrong'), 401, 'unauthenticated');
    await expectApiError(await office(randomUUID(), { state: 'in-review' }), 404, 'not-found');
    await expectApiError(await office(sent.id, { state: 'withdrawn' }), 400, 'validation-failed');
    const inReview = await json<TrainingApplication>(await office(sent.id, { state: 'in-review' }), 200, TrainingApplicationSchema);
    assert.deepEqual([inReview.state, inReview.withdrawable], ['in-review', true]);
    await json<TrainingApplication>(await office(sent.id, { state: 'in-review' }), 200, TrainingApplicationSchema);
    const selected = await json<TrainingApplication>(await office(sent.id, { state: 'selected' }), 200, TrainingApplicationSchema);
    assert.deepEqual([selected.state, selected.withdrawable], ['selected', false]);
    await expectApiError(await office(sent.id, { state: 'in-review' }), 409, 'conflict');
    const refused = await post(sven, PATHS.withdraw(sent.id), { confirmed: true });
    assert.equal(refused.status, 409);
    assert.equal(await codeOf(refused), E.notWithdrawable);
    // Another person's application is out of reach, exactly like an unknown one.
    await assertHiddenFromOtherPerson({ owner: sven, other: await signedIn('ulla'), path: PATHS.application(sent.id) });
  });
});

describe('Turva and the front page', () => {
  test('Turva is selected for Logistics basics, which the catalogue has, running, closed for applying', async () => {
    const overview = await json<TrainingOverview>(await (await signedIn('turva')).fetch(PATHS.overview), 200, TrainingOverviewSchema);
    assert.deepEqual(
      overview.applications.map((a) => [a.id, a.training.id, a.state, a.withdrawable, a.training.open]),
      [[IDS.turvaApplication, IDS.logistics, 'selected', false, false]],
    );
    assert.equal(overview.applications[0]?.training.name.en, 'Logistics basics');
  });

  test('current items: Tessa’s offered training to apply for by its day; gone once applied; a state change shown', async () => {
    const ulla = await signedIn('ulla');
    const items = async (browser: Browser) =>
      (await json<CurrentItemsResponse>(await browser.fetch(PATHS.currentItems), 200, CurrentItemsResponseSchema)).items;
    // Tessa applied above (the same server): her offer's item is gone; a fresh person has none.
    assert.deepEqual(await items(ulla), []);
    const { application: sent } = await json<TrainingReceipt>(
      await post(ulla, PATHS.applications, application(IDS.testing)),
      201,
      TrainingReceiptSchema,
    );
    assert.deepEqual(await items(ulla), [], 'received is no news');
    await office(sent.id, { state: 'interview' });
    const [changed] = await items(ulla);
    assert.deepEqual([changed?.kind, changed?.href, changed?.area], ['status', `/training/applications/${sent.id}`, 'training']);
  });
});
