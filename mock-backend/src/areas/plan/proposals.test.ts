// The person's own proposal of a plan: submitted (validation by field, a target date in the past
// refused, a retry answered with the same receipt, one waiting at a time), kept apart from the plan
// in force, returned by the office with comments (the front page asks the person to read them), and
// accepted by the office: then the plan in force, with the obligation the office set, superseding
// the plan before it and the office's own proposal still waiting.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { IDEMPOTENCY_KEY_HEADER, validate, type ApiError, type CurrentItemsResponse } from '@portal/shared-contracts';
import {
  PLAN_ERRORS as E,
  PLAN_PATHS as PATHS,
  PlanReceiptSchema,
  PlanSchema,
  type Plan,
  type PlanOverview,
  type PlanReceipt,
} from '@portal/shared-contracts/plan';
import { type JobSearchObligation } from '@portal/shared-contracts/plan-obligation';
import { SEED_PLAN_IDS as IDS } from '../../storage/seeds/offers-and-plans.js';
import { Browser, TEST_CONFIG, TestClock, expectApiError, signIn, startTestServer, type TestServer } from '../../testing/harness.js';

const clock = new TestClock(new Date('2026-11-24T23:30:00Z'));
const OFFICE_TOKEN = TEST_CONFIG.officeApiTokens[0]?.token ?? '';

let server: TestServer;
before(async () => {
  server = await startTestServer({ clock: clock.now });
});
after(() => server.close());

async function signedIn(person: 'tessa' | 'sven'): Promise<Browser> {
  const browser = new Browser(server.baseUrl);
  assert.equal((await signIn(browser, person)).callback.status, 303);
  return browser;
}

function submit(browser: Browser, body: unknown, key = randomUUID()): Promise<Response> {
  return browser.fetch(PATHS.proposals, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: key },
    body: JSON.stringify(body),
  });
}

function decide(id: string, body: unknown, token = OFFICE_TOKEN): Promise<Response> {
  return fetch(`${server.baseUrl}${PATHS.officeDecision(id)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function receiptOf(response: Response, status: number): Promise<PlanReceipt> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  assert.ok(validate(PlanReceiptSchema, JSON.parse(text)).ok, text);
  return JSON.parse(text) as PlanReceipt;
}

async function decided(response: Response): Promise<Plan> {
  const text = await response.text();
  assert.equal(response.status, 200, text);
  assert.ok(validate(PlanSchema, JSON.parse(text)).ok, text);
  return JSON.parse(text) as Plan;
}

async function overviewOf(browser: Browser): Promise<PlanOverview> {
  return (await (await browser.fetch(PATHS.plan)).json()) as PlanOverview;
}

const PROPOSAL = {
  goal: 'Työ varastossa Vantaalla',
  tasks: [
    { description: 'Suoritan trukkikortin', targetDate: '2026-12-15' },
    { description: 'Haen kolmea varastotyötä', targetDate: '2026-12-31' },
  ],
  message: 'Toivon, että trukkikoulutus sopii suunnitelmaan.',
};

describe('an own proposal', () => {
  test('is checked field by field, and a target date before today is refused', async () => {
    const tessa = await signedIn('tessa');
    const details = async (response: Response) => {
      assert.equal(response.status, 400);
      return ((await response.json()) as ApiError).error.details;
    };
    assert.deepEqual(await details(await submit(tessa, { ...PROPOSAL, goal: ' ' })), [{ path: 'goal', message: E.goalRequired }]);
    assert.deepEqual(await details(await submit(tessa, { ...PROPOSAL, tasks: [] })), [{ path: 'tasks', message: E.tasksRequired }]);
    assert.deepEqual(await details(await submit(tessa, { ...PROPOSAL, tasks: [{ description: 'x', targetDate: '2026-11-24' }] })), [
      { path: 'tasks.0.targetDate', message: E.targetDatePast },
    ]);
    assert.deepEqual((await overviewOf(tessa)).ownProposals, [], 'nothing stored');
  });

  test('is submitted once per key, waits apart from the plans, and is returned by the office with comments', async () => {
    const tessa = await signedIn('tessa');
    const key = randomUUID();
    const first = await receiptOf(await submit(tessa, PROPOSAL, key), 201);
    assert.deepEqual(
      [first.plan.state, first.plan.madeBy, first.plan.goals.sv, first.plan.message, first.plan.tasks.map((task) => task.deadline)],
      ['submitted', 'person', PROPOSAL.goal, PROPOSAL.message, ['2026-12-15', '2026-12-31']],
    );
    assert.deepEqual(await receiptOf(await submit(tessa, PROPOSAL, key), 200), first);
    const pending = await submit(tessa, PROPOSAL);
    await expectApiError(pending.clone(), 409, 'conflict');
    assert.deepEqual(((await pending.json()) as ApiError).error.details, [{ path: 'goal', message: E.proposalPending }]);

    const overview = await overviewOf(tessa);
    assert.equal(overview.current?.id, IDS.tessaProposed, 'the office’s proposal is still the one to accept');
    assert.deepEqual(
      overview.ownProposals.map((plan) => plan.id),
      [first.plan.id],
    );

    await expectApiError(await decide(first.plan.id, { decision: 'return', comments: 'x' }, 'wrong'), 401, 'unauthenticated');
    await expectApiError(await decide(first.plan.id, { decision: 'return', comments: ' ' }), 400, 'validation-failed');
    await expectApiError(await decide('not-a-uuid', { decision: 'accept' }), 404, 'not-found');
    await expectApiError(await decide(IDS.tessaProposed, { decision: 'accept' }), 409, 'conflict');
    const returned = await decided(await decide(first.plan.id, { decision: 'return', comments: 'Lisää tavoitteeseen aikataulu.' }));
    assert.deepEqual([returned.state, returned.officeComments], ['returned', 'Lisää tavoitteeseen aikataulu.']);
    await expectApiError(await decide(first.plan.id, { decision: 'accept' }), 409, 'conflict');

    const items = (await (await tessa.fetch(PATHS.currentItems)).json()) as CurrentItemsResponse;
    const item = items.items.find((candidate) => candidate.id === `proposal-${first.plan.id}`);
    assert.deepEqual([item?.title.fi, item?.href], ['Ehdotuksesi suunnitelmaksi palautettiin', '/plan']);
  });

  test('accepted by the office, becomes the plan in force with the obligation set, superseding the rest', async () => {
    const sven = await signedIn('sven');
    const receipt = await receiptOf(await submit(sven, { ...PROPOSAL, message: '' }), 201);
    assert.equal(receipt.plan.message, null);
    assert.equal(receipt.plan.jobSearchObligation.applicationsPerPeriod, 4, 'that of the plan in force until the office says otherwise');
    const accepted = await decided(await decide(receipt.plan.id, { decision: 'accept', applicationsPerPeriod: 3 }));
    assert.deepEqual([accepted.state, accepted.acceptedAt, accepted.validFrom], ['accepted', clock.now().toISOString(), '2026-11-25']);

    const overview = await overviewOf(sven);
    assert.equal(overview.current?.id, receipt.plan.id);
    assert.deepEqual(overview.ownProposals, []);
    assert.equal(overview.earlier.find((plan) => plan.id === IDS.svenAccepted)?.state, 'superseded');
    const obligation = (await (await sven.fetch(PATHS.obligation)).json()) as JobSearchObligation;
    assert.deepEqual([obligation.planId, obligation.current?.required], [receipt.plan.id, 3]);
  });
});
