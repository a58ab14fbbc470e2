// The job-search obligation: review periods as calendar months cut to the plan's validity; Sven's
// obligation through the API, reporting an application (validation next to the field, late reports
// accepted and marked, a retry answered with the same receipt), the front page's item counting down,
// and no obligation without a plan in force.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { IDEMPOTENCY_KEY_HEADER, validate, type ApiError, type CurrentItemsResponse } from '@portal/shared-contracts';
import { PLAN_ERRORS as E, PLAN_PATHS as PATHS } from '@portal/shared-contracts/plan';
import {
  JobApplicationReceiptSchema,
  JobSearchObligationSchema,
  type JobApplicationReceipt,
  type JobSearchObligation,
} from '@portal/shared-contracts/plan-obligation';
import { SEED_PLAN_IDS as IDS } from '../../storage/seeds/offers-and-plans.js';
import { Browser, TestClock, expectApiError, signIn, startTestServer, type TestServer } from '../../testing/harness.js';
import { monthOf, obligationCurrentItems, periodOf, periodsUpTo } from './obligation.js';

describe('review periods', () => {
  test('a calendar month, leap years included', () => {
    assert.deepEqual(monthOf('2028-02-10'), { start: '2028-02-01', end: '2028-02-29' });
    assert.deepEqual(monthOf('2026-12-31'), { start: '2026-12-01', end: '2026-12-31' });
  });

  test('cut to the plan’s validity at both ends, up to today or the plan’s end', () => {
    const plan = { validFrom: '2026-10-26', validUntil: '2027-01-24' };
    assert.deepEqual(periodOf(plan, '2026-10-28'), { start: '2026-10-26', end: '2026-10-31' });
    assert.deepEqual(periodOf(plan, '2027-01-05'), { start: '2027-01-01', end: '2027-01-24' });
    assert.deepEqual(
      periodsUpTo(plan, '2026-12-07').map((p) => `${p.start}…${p.end}`),
      ['2026-10-26…2026-10-31', '2026-11-01…2026-11-30', '2026-12-01…2026-12-31'],
    );
    assert.equal(periodsUpTo(plan, '2027-06-01').length, 4, 'no period after the plan has ended');
    assert.deepEqual(periodsUpTo({ validFrom: '2026-12-08', validUntil: null }, '2026-12-07'), [], 'nothing before it begins');
  });
});

// 23:30 UTC on 24.11. is already 25.11. in Helsinki: the period and "today" follow Finland's calendar.
const clock = new TestClock(new Date('2026-11-24T23:30:00Z'));

let server: TestServer;
before(async () => {
  server = await startTestServer({ clock: clock.now });
});
after(() => server.close());

async function signedIn(person: 'sven' | 'tessa'): Promise<Browser> {
  const browser = new Browser(server.baseUrl);
  assert.equal((await signIn(browser, person)).callback.status, 303);
  return browser;
}

async function obligationOf(browser: Browser): Promise<JobSearchObligation> {
  const response = await browser.fetch(PATHS.obligation);
  const text = await response.text();
  assert.equal(response.status, 200, text);
  assert.ok(validate(JobSearchObligationSchema, JSON.parse(text)).ok, text);
  return JSON.parse(text) as JobSearchObligation;
}

function report(browser: Browser, body: unknown, key: string | null = randomUUID()): Promise<Response> {
  return browser.fetch(PATHS.jobApplications, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key === null ? {} : { [IDEMPOTENCY_KEY_HEADER]: key }) },
    body: JSON.stringify(body),
  });
}

async function receiptOf(response: Response, status: number): Promise<JobApplicationReceipt> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  assert.ok(validate(JobApplicationReceiptSchema, JSON.parse(text)).ok, text);
  return JSON.parse(text) as JobApplicationReceipt;
}

async function fieldError(response: Response): Promise<unknown> {
  assert.equal(response.status, 400);
  return ((await response.json()) as ApiError).error.details;
}

const APPLICATION = { employer: 'Konepaja Oy', job: 'Asentaja', appliedOn: '2026-11-20', method: 'online' } as const;

describe('the obligation through the API', () => {
  test('Sven: 4 a month from his plan; this month’s and the first period’s applications; what is still due', async () => {
    const sven = await obligationOf(await signedIn('sven'));
    assert.equal(sven.planId, IDS.svenAccepted);
    assert.equal(sven.applicationsPerPeriod, 4);
    assert.deepEqual([sven.current?.start, sven.current?.end, sven.current?.closed], ['2026-11-01', '2026-11-30', false]);
    assert.deepEqual([sven.current?.reported, sven.current?.due], [1, 3]);
    assert.deepEqual(
      sven.earlier.map((p) => [p.start, p.end, p.closed, p.reported, p.due]),
      [['2026-10-26', '2026-10-31', true, 1, 3]],
    );
    assert.deepEqual(obligationCurrentItems(sven)[0]?.dueDate, '2026-11-30');
  });

  test('Tessa has no plan in force: nothing required, and reporting is a 409', async () => {
    const tessa = await signedIn('tessa');
    assert.deepEqual(await obligationOf(tessa), { planId: null, applicationsPerPeriod: 0, current: null, earlier: [] });
    const refused = await report(tessa, APPLICATION);
    await expectApiError(refused.clone(), 409, 'conflict');
    assert.deepEqual(((await refused.json()) as ApiError).error.details, [{ path: 'appliedOn', message: E.noObligation }]);
  });

  test('a bad report names its field and stores nothing', async () => {
    const sven = await signedIn('sven');
    assert.deepEqual(await fieldError(await report(sven, { ...APPLICATION, employer: '  ' })), [
      { path: 'employer', message: E.employerRequired },
    ]);
    assert.deepEqual(await fieldError(await report(sven, { ...APPLICATION, job: 'x'.repeat(201) })), [
      { path: 'job', message: E.jobTooLong },
    ]);
    assert.deepEqual(await fieldError(await report(sven, { ...APPLICATION, appliedOn: '2026-02-31' })), [
      { path: 'appliedOn', message: E.appliedOnInvalid },
    ]);
    assert.deepEqual(await fieldError(await report(sven, { ...APPLICATION, appliedOn: '2026-11-26' })), [
      { path: 'appliedOn', message: E.appliedOnFuture },
    ]);
    assert.deepEqual(await fieldError(await report(sven, { ...APPLICATION, appliedOn: '2026-10-25' })), [
      { path: 'appliedOn', message: E.appliedOnOutsidePlan },
    ]);
    assert.deepEqual(await fieldError(await report(sven, { ...APPLICATION, method: 'pigeon' })), [
      { path: 'method', message: E.methodRequired },
    ]);
    assert.deepEqual(await fieldError(await report(sven, { ...APPLICATION, employer: 'Nul\u0000 Oy' })), [
      { path: 'employer', message: E.employerRequired },
    ]);
    await expectApiError(await report(sven, APPLICATION, null), 400, 'bad-request');
    assert.equal((await obligationOf(sven)).current?.reported, 1);
  });

  test('a report counts in its period; a retry gets the same receipt; a late one is accepted and marked', async () => {
    const sven = await signedIn('sven');
    const key = randomUUID();
    const first = await receiptOf(await report(sven, { ...APPLICATION, employer: '  Konepaja Oy ' }, key), 201);
    assert.deepEqual([first.application.employer, first.application.late], ['Konepaja Oy', false]);
    assert.deepEqual([first.obligation.current?.reported, first.obligation.current?.due], [2, 2]);
    assert.deepEqual(await receiptOf(await report(sven, { ...APPLICATION, employer: 'Konepaja Oy' }, key), 200), first);

    const late = await receiptOf(await report(sven, { ...APPLICATION, appliedOn: '2026-10-30', method: 'phone' }), 201);
    assert.equal(late.application.late, true);
    assert.deepEqual(
      late.obligation.earlier.map((p) => [p.reported, p.due]),
      [[2, 2]],
    );

    const items = (await (await sven.fetch(PATHS.currentItems)).json()) as CurrentItemsResponse;
    const due = items.items.find((item) => item.id === 'obligation-2026-11-01');
    assert.equal(due?.href, '/plan/job-search');
    assert.equal(due?.description?.fi, 'Tällä jaksolla vielä 2/4 hakemusta ilmoittamatta.');
  });
});
