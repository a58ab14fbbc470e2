// The career radar's saved results: only the signed-in person's own, newest first; saving with an
// Idempotency-Key (201, then 200 with the first result for a retry, one row), scores computed here
// from the answers whatever the client claims, 400s naming every issue, and the front page's
// reminder once the newest result is old. Signed out, every route is a 401 (api-scoping.test.ts).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
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
  CAREER_RADAR_PATHS as PATHS,
  QUESTIONNAIRE,
  QUESTIONNAIRE_VERSION,
  SavedResultListSchema,
  SavedResultSchema,
  type SavedResult,
} from '@portal/shared-contracts/career-radar';
import { careerRadarResults } from '../../storage/schema/index.js';
import { SEED_AREAS, SEED_PERSON_IDS } from '../../storage/seeds/seed.js';
import { Browser, TestClock, expectApiError, signIn, startTestServer, type TestServer } from '../../testing/harness.js';
import { careerRadarCurrentItems, savedResultsOf } from './service.js';

const DAY = 24 * 60 * 60;
// 00:30 on 15 June in Helsinki (UTC+3), still the 14th in UTC: the reminder counts Helsinki's days.
const clock = new TestClock(new Date('2026-06-14T21:30:00Z'));
const RETAKE_DAYS = 30;
let server: TestServer;
before(async () => {
  server = await startTestServer({ clock: clock.now, config: { careerRadarRetakeDays: RETAKE_DAYS } });
});
after(() => server.close());

type SeedPerson = keyof typeof SEED_PERSON_IDS;

async function signedIn(person: SeedPerson): Promise<Browser> {
  const browser = new Browser(server.baseUrl);
  assert.equal((await signIn(browser, person)).callback.status, 303);
  return browser;
}

/** Every statement answered with `value`, or per factor as three answers. */
function answersOf(value: number | Record<string, readonly number[]>): Record<string, number> {
  return Object.fromEntries(
    QUESTIONNAIRE.factors.flatMap((factor) =>
      factor.statements.map((statement, index) => [statement.id, typeof value === 'number' ? value : (value[factor.id]?.[index] ?? 3)]),
    ),
  );
}

function post(browser: Browser, body: unknown, key: string | null = randomUUID()): Promise<Response> {
  return browser.fetch(PATHS.results, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key === null ? {} : { [IDEMPOTENCY_KEY_HEADER]: key }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function savedOf(response: Response, status = 201): Promise<SavedResult> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  const result = validate(SavedResultSchema, JSON.parse(text));
  assert.ok(result.ok, text);
  return JSON.parse(text) as SavedResult;
}

async function listOf(browser: Browser): Promise<SavedResult[]> {
  const response = await browser.fetch(PATHS.results);
  const text = await response.text();
  assert.equal(response.status, 200, text);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.ok(validate(SavedResultListSchema, JSON.parse(text)).ok, text);
  return (JSON.parse(text) as { items: SavedResult[] }).items;
}

async function currentItemsOf(browser: Browser): Promise<CurrentItemsResponse['items']> {
  const response = await browser.fetch(PATHS.currentItems);
  const body: unknown = await response.json();
  assert.equal(response.status, 200, JSON.stringify(body));
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.ok(validate(CurrentItemsResponseSchema, body).ok, JSON.stringify(body));
  return (body as CurrentItemsResponse).items;
}

async function stored(person: SeedPerson): Promise<number> {
  const [row] = await server.storage.db
    .select({ n: count() })
    .from(careerRadarResults)
    .where(eq(careerRadarResults.personId, SEED_PERSON_IDS[person]));
  return row?.n ?? 0;
}

async function expectDetails(response: Response, details: ApiError['error']['details']): Promise<void> {
  const body: unknown = await response.json();
  assert.equal(response.status, 400, JSON.stringify(body));
  assert.ok(validate(ApiErrorSchema, body).ok, JSON.stringify(body));
  assert.equal((body as ApiError).error.code, API_ERROR_CODES.validationFailed);
  assert.deepEqual((body as ApiError).error.details, details);
}

// ---------------------------------------------------------------------------------------------

describe('the registry row', () => {
  test('career-radar: public (no sign-in to take it), last in the navigation, with its current items', () => {
    const row = SEED_AREAS.find((area) => area.area === 'career-radar');
    assert.deepEqual(row, {
      area: 'career-radar',
      route: '/career-radar',
      names: { fi: 'Työelämätutka', sv: 'Arbetslivsradarn', en: 'Working life radar' },
      navOrder: 6,
      requiresAuth: false,
      remoteName: 'portal_career_radar',
      manifestUrl: '/modules/career-radar/mf-manifest.json',
      currentItemsUrl: '/api/career-radar/current-items',
    });
  });
});

describe('saving and listing results', () => {
  test('nothing saved yet: an empty list and no front page item', async () => {
    const yrjo = await signedIn('yrjo');
    assert.deepEqual(await listOf(yrjo), []);
    assert.deepEqual(await currentItemsOf(yrjo), []);
  });

  test('a result: 201 with the server’s scores from the answers; client scores ignored; the same key again 200 with the first result, one row', async () => {
    const tessa = await signedIn('tessa');
    const before = await stored('tessa');
    const answers = answersOf({ goals: [1, 2, 2], activity: [5, 5, 4] });
    const key = randomUUID();
    // Scores the client claims are not the contract's to send: dropped, and the server's own stored.
    const saved = await savedOf(await post(tessa, { questionnaireVersion: QUESTIONNAIRE_VERSION, answers, scores: { goals: 5 } }, key));
    assert.equal(saved.questionnaireVersion, QUESTIONNAIRE_VERSION);
    assert.equal(saved.takenAt, clock.now().toISOString());
    assert.deepEqual(saved.answers, answers);
    assert.deepEqual(saved.scores, {
      goals: 1.67,
      confidence: 3,
      activity: 4.67,
      flexibility: 3,
      competence: 3,
      wellbeing: 3,
      support: 3,
      circumstances: 3,
    });
    const retry = await savedOf(await post(tessa, { questionnaireVersion: QUESTIONNAIRE_VERSION, answers: answersOf(5) }, key), 200);
    assert.deepEqual(retry, saved, 'a retry gets the first result, whatever it carries');
    assert.equal(await stored('tessa'), before + 1);
    assert.deepEqual(await listOf(tessa), [saved]);
  });

  test('four at once with one key make one result', async () => {
    const sven = await signedIn('sven');
    const key = randomUUID();
    const body = { questionnaireVersion: QUESTIONNAIRE_VERSION, answers: answersOf(4) };
    const responses = await Promise.all([1, 2, 3, 4].map(() => post(sven, body, key)));
    const statuses = responses.map((r) => r.status).sort();
    assert.deepEqual(statuses, [200, 200, 200, 201]);
    const ids = new Set(await Promise.all(responses.map(async (r) => ((await r.json()) as SavedResult).id)));
    assert.equal(ids.size, 1);
    assert.equal(await stored('sven'), 1);
  });

  test('the list: own results only, newest first', async () => {
    const ulla = await signedIn('ulla');
    const first = await savedOf(await post(ulla, { questionnaireVersion: QUESTIONNAIRE_VERSION, answers: answersOf(2) }));
    clock.advance(60);
    const second = await savedOf(await post(ulla, { questionnaireVersion: QUESTIONNAIRE_VERSION, answers: answersOf(3) }));
    assert.deepEqual(
      (await listOf(ulla)).map((r) => r.id),
      [second.id, first.id],
    );
    // Another person sees none of them.
    const turva = await signedIn('turva');
    assert.deepEqual(await listOf(turva), []);
    assert.deepEqual(
      (await savedResultsOf(server.storage.db, SEED_PERSON_IDS.ulla)).map((r) => r.id),
      [second.id, first.id],
      'what the own-data export would carry',
    );
  });
});

describe('refusals', () => {
  test('every issue named with its code at its path, nothing stored', async () => {
    const turva = await signedIn('turva');
    const answers: Record<string, unknown> = answersOf(3);
    delete answers['goals-2'];
    answers['support-1'] = 6;
    answers['extra-1'] = 3;
    await expectDetails(await post(turva, { questionnaireVersion: QUESTIONNAIRE_VERSION, answers }), [
      { path: 'answers.support-1', message: 'answer.invalid' },
    ]);
    delete answers['support-1'];
    await expectDetails(await post(turva, { questionnaireVersion: QUESTIONNAIRE_VERSION, answers }), [
      { path: 'answers.goals-2', message: 'answer.required' },
      { path: 'answers.support-1', message: 'answer.required' },
      { path: 'answers.extra-1', message: 'answer.unknown' },
    ]);
    await expectDetails(await post(turva, { questionnaireVersion: '1999-1', answers: answersOf(3) }), [
      { path: 'questionnaireVersion', message: 'questionnaire.unsupported' },
    ]);
    assert.equal(await stored('turva'), 0);
  });

  test('malformed bodies and a missing or bad Idempotency-Key are 400s with a JSON body', async () => {
    const turva = await signedIn('turva');
    const body = { questionnaireVersion: QUESTIONNAIRE_VERSION, answers: answersOf(3) };
    await expectApiError(await post(turva, body, null), 400, API_ERROR_CODES.badRequest);
    await expectApiError(await post(turva, body, 'short'), 400, API_ERROR_CODES.badRequest);
    await expectApiError(await post(turva, '{"answers": '), 400, API_ERROR_CODES.badRequest);
    await expectApiError(await post(turva, []), 400, API_ERROR_CODES.validationFailed);
    await expectApiError(
      await post(turva, { questionnaireVersion: QUESTIONNAIRE_VERSION, answers: 'all fives' }),
      400,
      API_ERROR_CODES.validationFailed,
    );
    assert.equal(await stored('turva'), 0);
  });

  test('signed out: 401 for every route, and nothing stored', async () => {
    const anonymous = new Browser(server.baseUrl);
    await expectApiError(await anonymous.fetch(PATHS.results), 401, API_ERROR_CODES.unauthenticated);
    await expectApiError(await anonymous.fetch(PATHS.currentItems), 401, API_ERROR_CODES.unauthenticated);
    await expectApiError(
      await post(anonymous, { questionnaireVersion: QUESTIONNAIRE_VERSION, answers: answersOf(3) }),
      401,
      API_ERROR_CODES.unauthenticated,
    );
  });
});

describe('the front page item', () => {
  test('none while the newest result is recent; an info item from the day it is RETAKE_DAYS old, in three languages', async () => {
    const yrjo = await signedIn('yrjo');
    await savedOf(await post(yrjo, { questionnaireVersion: QUESTIONNAIRE_VERSION, answers: answersOf(3) }));
    assert.deepEqual(await currentItemsOf(yrjo), []);
    // Weeks pass: the session has long ended, so each look is a new sign-in.
    clock.advance((RETAKE_DAYS - 1) * DAY);
    assert.deepEqual(await currentItemsOf(await signedIn('yrjo')), []);
    clock.advance(DAY);
    const again = await signedIn('yrjo');
    const items = await currentItemsOf(again);
    assert.equal(items.length, 1);
    const [item] = items;
    assert.equal(item?.area, 'career-radar');
    assert.equal(item?.urgency, 'info');
    assert.equal(item?.href, '/career-radar');
    assert.equal(item?.title.fi, 'Tee Työelämätutka uudelleen');
    assert.equal(item?.title.sv, 'Gör Arbetslivsradarn på nytt');
    assert.equal(item?.description?.fi, 'Teit Työelämätutkan viimeksi 15.6.2026. Tekemällä sen uudelleen näet, mikä on muuttunut.');
    assert.equal(item?.description?.en, 'You last took the Working life radar on 15 June 2026. Take it again to see what has changed.');
    // A new result ends the reminder.
    await savedOf(await post(again, { questionnaireVersion: QUESTIONNAIRE_VERSION, answers: answersOf(4) }));
    assert.deepEqual(await currentItemsOf(again), []);
  });

  test('careerRadarCurrentItems counts Helsinki’s calendar days', () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Helsinki: 180 days from 1 Jan is 30 June.
    const takenAt = new Date('2025-12-31T23:30:00Z');
    assert.deepEqual(careerRadarCurrentItems(undefined, new Date('2030-01-01T00:00:00Z'), 180), []);
    assert.equal(careerRadarCurrentItems({ takenAt }, new Date('2026-06-29T20:00:00Z'), 180).length, 0);
    assert.equal(careerRadarCurrentItems({ takenAt }, new Date('2026-06-29T21:30:00Z'), 180).length, 1);
  });
});
