// The employment plan through the JSON API: the seeded plans (current and earlier), task statuses
// from Finland's calendar, accepting a proposed plan and reporting a task (idempotent by key, state
// rules as 409 state.conflict), another person's plan and tasks out of reach, and the current items.
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
  PLAN_ERRORS as E,
  PLAN_PATHS as PATHS,
  PlanOverviewSchema,
  PlanReceiptSchema,
  type PlanOverview,
  type PlanReceipt,
} from '@portal/shared-contracts/plan';
import { addDays, helsinkiDate } from '../../platform/calendar.js';
import { SEED_PLAN_IDS as IDS } from '../../storage/seeds/offers-and-plans.js';
import { Browser, TestClock, expectApiError, signIn, startTestServer, type TestServer } from '../../testing/harness.js';

// 23:30 UTC is already the next day in Helsinki: task statuses follow Finland's calendar.
const clock = new TestClock(new Date('2026-11-24T23:30:00Z'));
const today = (offset = 0): string => addDays(helsinkiDate(clock.now()), offset);

let server: TestServer;
before(async () => {
  server = await startTestServer({ clock: clock.now });
});
after(() => server.close());

async function signedIn(person: 'sven' | 'tessa' | 'turva'): Promise<Browser> {
  const browser = new Browser(server.baseUrl);
  assert.equal((await signIn(browser, person)).callback.status, 303);
  return browser;
}

async function overviewOf(browser: Browser): Promise<PlanOverview> {
  const response = await browser.fetch(PATHS.plan);
  const text = await response.text();
  assert.equal(response.status, 200, text);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.ok(validate(PlanOverviewSchema, JSON.parse(text)).ok, text);
  return JSON.parse(text) as PlanOverview;
}

function post(browser: Browser, path: string, body: unknown, key: string | null = randomUUID()): Promise<Response> {
  return browser.fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key === null ? {} : { [IDEMPOTENCY_KEY_HEADER]: key }) },
    body: JSON.stringify(body),
  });
}

async function receiptOf(response: Response, status: number): Promise<PlanReceipt> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  assert.ok(validate(PlanReceiptSchema, JSON.parse(text)).ok, text);
  return JSON.parse(text) as PlanReceipt;
}

async function expectStateConflict(response: Response): Promise<void> {
  assert.equal(response.status, 409);
  const body = (await response.json()) as ApiError;
  assert.equal(body.error.details?.[0]?.message, E.stateConflict);
}

describe('the seeded plans', () => {
  test('Sven: an accepted plan with an overdue task and a reported one; an earlier, superseded plan', async () => {
    const { current, earlier } = await overviewOf(await signedIn('sven'));
    assert.equal(current?.id, IDS.svenAccepted);
    assert.equal(current?.state, 'accepted');
    assert.equal(current?.jobSearchObligation.applicationsPerPeriod, 4);
    assert.deepEqual(
      current?.tasks.map((task) => [task.id, task.status]),
      [
        [IDS.svenReportedTask, 'reported'],
        [IDS.svenOverdueTask, 'overdue'],
        [IDS.svenOpenTask, 'open'],
      ],
    );
    assert.deepEqual(
      earlier.map((plan) => [plan.id, plan.state]),
      [[IDS.svenEarlier, 'superseded']],
    );
  });

  test('current items: a proposed plan to accept; the open and overdue tasks of the plan in force, due on their deadlines; the obligation', async () => {
    const get = async (browser: Browser) => {
      const response = await browser.fetch(PATHS.currentItems);
      const body: unknown = await response.json();
      assert.ok(validate(CurrentItemsResponseSchema, body).ok);
      return (body as CurrentItemsResponse).items.map(({ kind, href, dueDate, urgency }) => ({ kind, href, dueDate, urgency }));
    };
    assert.deepEqual(await get(await signedIn('tessa')), [{ kind: 'task', href: '/plan', dueDate: undefined, urgency: 'action' }]);
    assert.deepEqual(await get(await signedIn('sven')), [
      { kind: 'deadline', href: `/plan/tasks/${IDS.svenOverdueTask}`, dueDate: today(-3), urgency: 'action' },
      { kind: 'deadline', href: `/plan/tasks/${IDS.svenOpenTask}`, dueDate: today(20), urgency: 'action' },
      // What his job-search obligation still asks for this month (obligation.test.ts).
      { kind: 'deadline', href: '/plan/job-search', dueDate: '2026-11-30', urgency: 'action' },
    ]);
    assert.deepEqual(await get(await signedIn('turva')), []);
  });
});

describe('accepting and reporting', () => {
  test("another person's plan and tasks are 404s", async () => {
    const [tessa, sven] = await Promise.all([signedIn('tessa'), signedIn('sven')]);
    const { current } = await overviewOf(tessa);
    await expectApiError(await post(sven, PATHS.accept, { planId: IDS.tessaProposed, basedOn: current?.updatedAt }), 404, 'not-found');
    await expectApiError(await post(tessa, PATHS.taskReport(IDS.svenOpenTask), { text: 'Ei minun' }), 404, 'not-found');
    await expectApiError(await post(tessa, PATHS.taskReport('nope'), { text: 'x' }), 404, 'not-found');
    assert.equal((await overviewOf(tessa)).current?.state, 'proposed');
  });

  test('accepting: a key is required; stale is a 409; a retry gets the receipt again; accepting again with another key is state.conflict', async () => {
    const tessa = await signedIn('tessa');
    const { current } = await overviewOf(tessa);
    assert.ok(current);
    await expectApiError(await post(tessa, PATHS.accept, { planId: current.id, basedOn: current.updatedAt }, null), 400, 'bad-request');
    await expectApiError(await post(tessa, PATHS.accept, { planId: current.id, basedOn: '2020-01-01T00:00:00.000Z' }), 409, 'conflict');
    // A task of a proposed plan is not agreed yet.
    await expectStateConflict(await post(tessa, PATHS.taskReport(IDS.tessaTask), { text: 'Tein jo.' }));

    const key = randomUUID();
    const first = await receiptOf(await post(tessa, PATHS.accept, { planId: current.id, basedOn: current.updatedAt }, key), 201);
    assert.equal(first.plan.state, 'accepted');
    assert.equal(first.plan.acceptedAt, clock.now().toISOString());
    clock.advance(30);
    const retry = await receiptOf(await post(tessa, PATHS.accept, { planId: current.id, basedOn: current.updatedAt }, key), 200);
    assert.deepEqual(retry, first);
    await expectStateConflict(await post(tessa, PATHS.accept, { planId: current.id, basedOn: first.plan.updatedAt }));
    assert.deepEqual(await overviewOf(tessa).then((o) => o.current), first.plan);
  });

  test('reporting a task: trimmed text required; a retry gets the receipt again; a reported task is state.conflict', async () => {
    const sven = await signedIn('sven');
    const blank = await post(sven, PATHS.taskReport(IDS.svenOverdueTask), { text: '  ' });
    assert.equal(blank.status, 400);
    assert.deepEqual(((await blank.json()) as ApiError).error.details, [{ path: 'text', message: E.reportRequired }]);
    const key = randomUUID();
    const first = await receiptOf(await post(sven, PATHS.taskReport(IDS.svenOverdueTask), { text: '  Jag bokade en tid.  ' }, key), 201);
    const task = first.plan.tasks.find((item) => item.id === IDS.svenOverdueTask);
    assert.equal(task?.status, 'reported');
    assert.equal(task?.outcome, 'done', 'done when the report does not say otherwise');
    assert.equal(task?.report, 'Jag bokade en tid.');
    assert.equal(task?.reportedAt, clock.now().toISOString());
    assert.deepEqual(
      await receiptOf(await post(sven, PATHS.taskReport(IDS.svenOverdueTask), { text: 'Jag bokade en tid.' }, key), 200),
      first,
    );
    await expectStateConflict(await post(sven, PATHS.taskReport(IDS.svenOverdueTask), { text: 'Igen.' }));
    await expectStateConflict(await post(sven, PATHS.taskReport(IDS.svenEarlierTask), { text: 'Gammal plan.' }));
    await expectApiError(await post(sven, PATHS.taskReport(IDS.svenOpenTask), { text: 'Samma nyckel.' }, key), 409, 'conflict');
  });

  test('a task not done is reported with its reason, which is required', async () => {
    const sven = await signedIn('sven');
    const blank = await post(sven, PATHS.taskReport(IDS.svenOpenTask), { outcome: 'not-done', text: ' ' });
    assert.equal(blank.status, 400);
    assert.deepEqual(((await blank.json()) as ApiError).error.details, [{ path: 'text', message: E.reasonRequired }]);
    await expectApiError(await post(sven, PATHS.taskReport(IDS.svenOpenTask), { outcome: 'perhaps', text: 'x' }), 400, 'validation-failed');
    const receipt = await receiptOf(
      await post(sven, PATHS.taskReport(IDS.svenOpenTask), { outcome: 'not-done', text: 'Jag var sjuk hela veckan.' }),
      201,
    );
    const task = receipt.plan.tasks.find((item) => item.id === IDS.svenOpenTask);
    assert.deepEqual([task?.status, task?.outcome, task?.report], ['reported', 'not-done', 'Jag var sjuk hela veckan.']);
    assert.equal(receipt.plan.madeBy, 'office');
  });
});
