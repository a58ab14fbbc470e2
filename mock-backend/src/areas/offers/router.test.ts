// Offers through the JSON API: the seeded situations, reports with their state rules, stale reports
// and retries (one record, the first receipt), another person's offers out of reach, and the front
// page's current items.
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
  OFFERS_ERRORS as E,
  OFFERS_PATHS as PATHS,
  OfferListSchema,
  OfferReceiptSchema,
  OfferSchema,
  type JobOffer,
  type OfferList,
  type OfferReceipt,
} from '@portal/shared-contracts/offers';
import { addDays, helsinkiDate } from '../../platform/calendar.js';
import { SEED_OFFER_IDS as IDS } from '../../storage/seeds/offers-and-plans.js';
import {
  Browser,
  TestClock,
  assertHiddenFromOtherPerson,
  expectApiError,
  signIn,
  startTestServer,
  type TestServer,
} from '../../testing/harness.js';

const clock = new TestClock(new Date('2026-11-25T19:40:00Z'));
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

async function getOk<T>(browser: Browser, path: string, schema: Parameters<typeof validate>[0]): Promise<T> {
  const response = await browser.fetch(path);
  const text = await response.text();
  assert.equal(response.status, 200, `${path}: ${text}`);
  assert.equal(response.headers.get('cache-control'), 'no-store', path);
  const result = validate(schema, JSON.parse(text));
  assert.ok(result.ok, `${path}: ${JSON.stringify(result)}`);
  return JSON.parse(text) as T;
}

const jobOffer = async (browser: Browser, id: string): Promise<JobOffer> => {
  const offer = await getOk<JobOffer>(browser, PATHS.offer(id), OfferSchema);
  assert.equal(offer.kind, 'job');
  return offer;
};

function report(browser: Browser, id: string, body: unknown, key: string | null = randomUUID()): Promise<Response> {
  return browser.fetch(PATHS.reports(id), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key === null ? {} : { [IDEMPOTENCY_KEY_HEADER]: key }) },
    body: JSON.stringify(body),
  });
}

async function receiptOf(response: Response, status: number): Promise<OfferReceipt> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.ok(validate(OfferReceiptSchema, JSON.parse(text)).ok, text);
  return JSON.parse(text) as OfferReceipt;
}

async function conflictIssue(response: Response): Promise<ApiError['error']> {
  assert.equal(response.status, 409);
  return ((await response.json()) as ApiError).error;
}

describe('the seeded offers', () => {
  test('Tessa: a job offer to report on by tomorrow and a training offer, newest first', async () => {
    const tessa = await signedIn('tessa');
    const { offers } = await getOk<OfferList>(tessa, PATHS.offers, OfferListSchema);
    assert.deepEqual(
      offers.map((offer) => [offer.id, offer.kind]),
      [
        [IDS.tessaTraining, 'training'],
        [IDS.tessaJob, 'job'],
      ],
    );
    const job = offers[1];
    assert.ok(job?.kind === 'job');
    assert.equal(job.state, 'assigned');
    assert.equal(job.applyBy, today(1));
    assert.equal(job.jobTitle.sv, 'Försäljare');
  });

  test('Sven has applied and awaits the outcome; Turva did not apply, with a reason', async () => {
    const sven = await jobOffer(await signedIn('sven'), IDS.svenJob);
    assert.equal(sven.state, 'applied');
    assert.equal(sven.outcome, null);
    const turva = await jobOffer(await signedIn('turva'), IDS.turvaJob);
    assert.equal(turva.state, 'not-applied');
    assert.match(turva.notAppliedReason ?? '', /työvoimakoulutukseen/);
  });

  test("another person's offer is a 404, by GET and by a report, exactly like an unknown id", async () => {
    const [tessa, sven] = await Promise.all([signedIn('tessa'), signedIn('sven')]);
    await assertHiddenFromOtherPerson({ owner: tessa, other: sven, path: PATHS.offer(IDS.tessaJob) });
    await assertHiddenFromOtherPerson({ owner: tessa, other: sven, path: PATHS.offer(IDS.tessaTraining) });
    const before = await jobOffer(tessa, IDS.tessaJob);
    await expectApiError(await report(sven, IDS.tessaJob, { kind: 'applied', basedOn: before.updatedAt }), 404, 'not-found');
    await expectApiError(await sven.fetch(PATHS.offer('not-a-uuid')), 404, 'not-found');
    await expectApiError(await sven.fetch(PATHS.offer(randomUUID())), 404, 'not-found');
    assert.deepEqual(await jobOffer(tessa, IDS.tessaJob), before, 'unchanged');
  });

  test('current items: an unreported offer is a deadline on its apply-by day; an applied one without outcome a reminder', async () => {
    const tessa = await getOk<CurrentItemsResponse>(await signedIn('tessa'), PATHS.currentItems, CurrentItemsResponseSchema);
    assert.deepEqual(
      tessa.items.map(({ kind, dueDate, href, urgency, area }) => ({ kind, dueDate, href, urgency, area })),
      [{ kind: 'deadline', dueDate: today(1), href: `/offers/${IDS.tessaJob}`, urgency: 'action', area: 'offers' }],
    );
    const sven = await getOk<CurrentItemsResponse>(await signedIn('sven'), PATHS.currentItems, CurrentItemsResponseSchema);
    assert.deepEqual(
      sven.items.map(({ kind, href, urgency, dueDate }) => ({ kind, href, urgency, dueDate })),
      [{ kind: 'task', href: `/offers/${IDS.svenJob}`, urgency: 'info', dueDate: undefined }],
    );
    const turva = await getOk<CurrentItemsResponse>(await signedIn('turva'), PATHS.currentItems, CurrentItemsResponseSchema);
    assert.deepEqual(turva.items, []);
  });
});

describe('reporting on a job offer', () => {
  test('validation: the contract’s codes; a key is required', async () => {
    const turva = await signedIn('turva');
    const offer = await jobOffer(turva, IDS.turvaJob);
    await expectApiError(await report(turva, IDS.turvaJob, { kind: 'applied', basedOn: offer.updatedAt }, null), 400, 'bad-request');
    const blank = await report(turva, IDS.turvaJob, { kind: 'not-applied', reason: '   ', basedOn: offer.updatedAt });
    assert.equal(blank.status, 400);
    assert.deepEqual(((await blank.json()) as ApiError).error.details, [{ path: 'reason', message: E.reasonRequired }]);
    const noOutcome = await report(turva, IDS.turvaJob, { kind: 'outcome', basedOn: offer.updatedAt });
    assert.equal(noOutcome.status, 400);
    assert.equal(((await noOutcome.json()) as ApiError).error.details?.[0]?.path, 'outcome');
  });

  test('state rules: applied/not-applied only from assigned, an outcome only after applying; otherwise 409 state.conflict', async () => {
    const turva = await signedIn('turva');
    const offer = await jobOffer(turva, IDS.turvaJob);
    for (const body of [{ kind: 'applied' }, { kind: 'outcome', outcome: 'hired' }, { kind: 'not-applied', reason: 'Uudelleen' }]) {
      const error = await conflictIssue(await report(turva, IDS.turvaJob, { ...body, basedOn: offer.updatedAt }));
      assert.deepEqual(error.details, [{ path: 'kind', message: E.stateConflict }], JSON.stringify(body));
    }
    assert.deepEqual(await jobOffer(turva, IDS.turvaJob), offer, 'unchanged');
  });

  test('applied, then the outcome: a retry gets the first receipt with 200; a stale basedOn is a 409 with the offer unchanged', async () => {
    const tessa = await signedIn('tessa');
    const offer = await jobOffer(tessa, IDS.tessaJob);
    const key = randomUUID();
    const first = await receiptOf(await report(tessa, IDS.tessaJob, { kind: 'applied', basedOn: offer.updatedAt }, key), 201);
    assert.equal(first.offer.state, 'applied');
    assert.equal(first.receivedAt, clock.now().toISOString());
    assert.equal(first.offer.reportedAt, first.receivedAt);
    assert.ok(first.offer.updatedAt > offer.updatedAt);

    clock.advance(60);
    // The retry, based on what the first try saw: the same receipt, nothing new.
    const retry = await receiptOf(await report(tessa, IDS.tessaJob, { kind: 'applied', basedOn: offer.updatedAt }, key), 200);
    assert.deepEqual(retry, first);

    // Another tab still shows the offer as it was: its report is stale.
    const stale = await conflictIssue(await report(tessa, IDS.tessaJob, { kind: 'outcome', outcome: 'hired', basedOn: offer.updatedAt }));
    assert.equal(stale.code, 'conflict');
    assert.deepEqual(await jobOffer(tessa, IDS.tessaJob), first.offer, 'unchanged by the stale report');

    // The same key for another offer is refused rather than answered with this offer's receipt.
    await expectApiError(await report(tessa, IDS.tessaTraining, { kind: 'applied', basedOn: offer.updatedAt }, key), 409, 'conflict');

    const outcome = await receiptOf(
      await report(tessa, IDS.tessaJob, { kind: 'outcome', outcome: 'not-hired', basedOn: first.offer.updatedAt }),
      201,
    );
    assert.equal(outcome.offer.outcome, 'not-hired');
    assert.equal(outcome.offer.state, 'applied');
    // Once the outcome is known, no second one.
    const again = await conflictIssue(
      await report(tessa, IDS.tessaJob, { kind: 'outcome', outcome: 'hired', basedOn: outcome.offer.updatedAt }),
    );
    assert.deepEqual(again.details, [{ path: 'kind', message: E.stateConflict }]);

    // Nothing is current any more, and the retry of the first report still gets its first receipt.
    const items = await getOk<CurrentItemsResponse>(tessa, PATHS.currentItems, CurrentItemsResponseSchema);
    assert.deepEqual(items.items, []);
    assert.deepEqual(await receiptOf(await report(tessa, IDS.tessaJob, { kind: 'applied', basedOn: offer.updatedAt }, key), 200), first);
  });

  test('a training offer takes no reports', async () => {
    const tessa = await signedIn('tessa');
    await expectApiError(await report(tessa, IDS.tessaTraining, { kind: 'applied', basedOn: clock.now().toISOString() }), 404, 'not-found');
  });
});
