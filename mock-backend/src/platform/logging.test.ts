// Structured logs without personal data: a request id on every response and log line and in a 5xx
// body; a failing query logged by class, SQLSTATE and message, never with its parameters.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { API_ERROR_CODES, ApiErrorSchema, validate, type ApiError } from '@portal/shared-contracts';
import { Browser, openMigratedTestStorage, signIn, startTestServer, type TestServer } from '../testing/harness.js';
import type { Storage } from '../storage/storage.js';
import { createLogger, summarizeError, type ErrorSummary } from './logging.js';

/** What the app logged, one parsed JSON object a line. */
const lines: Record<string, unknown>[] = [];
const raw: string[] = [];
let storage: Storage;
let server: TestServer;

before(async () => {
  storage = await openMigratedTestStorage();
  const logger = createLogger('debug', {
    write(line: string) {
      raw.push(line);
      lines.push(JSON.parse(line) as Record<string, unknown>);
    },
  });
  server = await startTestServer({ storage, logger });
});

after(async () => {
  await server.close();
  await storage.close();
});

/**
 * The line of a request: written when the response has finished on the server's side, which may be
 * just after the client has read it, so waited for a moment.
 */
async function lineOf(requestId: string | null): Promise<Record<string, unknown> | undefined> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const line = lines.find((entry) => entry['requestId'] === requestId);
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('every response carries a request id of its own; one sent by the client is not taken', async () => {
  const browser = new Browser(server.baseUrl);
  const first = await browser.fetch('/api/registry', { headers: { 'x-request-id': 'chosen-by-the-client' } });
  const second = await browser.fetch('/no-such-file.js');
  const firstId = first.headers.get('x-request-id') ?? '';
  const secondId = second.headers.get('x-request-id') ?? '';
  assert.match(firstId, UUID);
  assert.match(secondId, UUID);
  assert.notEqual(firstId, secondId);

  // At debug, each request is one line with its id, method, path (no query), status and duration.
  const line = await lineOf(firstId);
  assert.ok(line, JSON.stringify(lines.slice(-3)));
  assert.equal(line['level'], 'debug');
  assert.equal(line['method'], 'GET');
  assert.equal(line['path'], '/api/registry');
  assert.equal(line['status'], 200);
  assert.equal(typeof line['durationMs'], 'number');
});

test('a query string never reaches the log', async () => {
  const response = await new Browser(server.baseUrl).fetch('/api/registry?email=matti.meikalainen%40example.fi');
  await response.arrayBuffer();
  const line = await lineOf(response.headers.get('x-request-id'));
  assert.equal(line?.['path'], '/api/registry');
  assert.doesNotMatch(raw.join(''), /matti|example\.fi/i);
});

test('a 4xx body stays as it was: no request id in it', async () => {
  const response = await new Browser(server.baseUrl).fetch('/api/no-such-endpoint');
  assert.equal(response.status, 404);
  const body = (await response.json()) as ApiError;
  assert.equal(body.error.requestId, undefined);
});

// The person's data in the failing query's parameters: a draft of a change of contact details.
const EMAIL = 'maija.virtanen@example.fi';
const PHONE = '+358401234567';
const NAME = 'Maija Virtanen';

test('a failing query is a 500 with the request id, logged once without its parameters or any personal data', async () => {
  const browser = new Browser(server.baseUrl);
  assert.equal((await signIn(browser, 'tessa')).callback.status, 303);
  // The store fails: the database refuses every new draft (a check no row passes, NOT VALID so the
  // table's existing rows are not checked now).
  await storage.db.execute(sql`ALTER TABLE drafts ADD CONSTRAINT test_refuses_all CHECK (false) NOT VALID`);
  try {
    const before = lines.length;
    const response = await browser.fetch('/api/drafts/profile.change', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: { email: EMAIL, phone: PHONE, name: NAME } }),
    });
    assert.equal(response.status, 500);
    const text = await response.text();
    const body: unknown = JSON.parse(text);
    assert.ok(validate(ApiErrorSchema, body).ok, text);
    const { error } = body as ApiError;
    assert.equal(error.code, API_ERROR_CODES.internal);
    const requestId = response.headers.get('x-request-id');
    assert.match(error.requestId ?? '', UUID);
    assert.equal(error.requestId, requestId);
    assert.doesNotMatch(text, /drafts|insert|CHECK|maija/i, 'the body tells nothing of the query');

    assert.ok(await lineOf(requestId), 'its line is written');
    const written = lines.slice(before).filter((entry) => entry['requestId'] === requestId);
    assert.equal(written.length, 1, JSON.stringify(written));
    const line = written[0]!;
    assert.equal(line['level'], 'error');
    assert.equal(line['status'], 500);
    assert.equal(line['method'], 'PUT');
    assert.equal(line['path'], '/api/drafts/profile.change');
    assert.equal(line['route'], '/drafts/:key');
    const err = line['err'] as ErrorSummary;
    assert.equal(err.type, 'DrizzleQueryError');
    assert.equal(err.cause?.code, '23514', 'the SQLSTATE: check_violation');
    assert.equal(err.cause?.constraint, 'test_refuses_all');

    const logged = raw.slice(before).join('');
    for (const personal of [EMAIL, PHONE, NAME, 'maija', '358401234567']) {
      assert.ok(!logged.toLowerCase().includes(personal.toLowerCase()), `"${personal}" in the log: ${logged}`);
    }
    assert.doesNotMatch(logged, /params|Failing row|insert into/i);
  } finally {
    await storage.db.execute(sql`ALTER TABLE drafts DROP CONSTRAINT test_refuses_all`);
  }
});

test('a legacy page that fails is a 500 page in the person’s language with the request id, and the same id on its log line', async () => {
  const browser = new Browser(server.baseUrl);
  assert.equal((await signIn(browser, 'tessa')).callback.status, 303);
  // The offers table is away: the legacy offers page cannot be read.
  await storage.db.execute(sql`ALTER TABLE job_offers RENAME TO job_offers_away`);
  try {
    const response = await browser.fetch('/legacy/offers?lang=sv', { headers: { accept: 'text/html' } });
    assert.equal(response.status, 500);
    const page = await response.text();
    const requestId = response.headers.get('x-request-id');
    assert.match(requestId ?? '', UUID);
    assert.match(page, /Ett fel inträffade i tjänsten/);
    assert.ok(page.includes(`uppge den här felkoden: <code>${requestId}</code>`), page);
    assert.doesNotMatch(page, /job_offers|select|relation/i, 'the page tells nothing of the query');
    assert.equal((await lineOf(requestId))?.['status'], 500);
  } finally {
    await storage.db.execute(sql`ALTER TABLE job_offers_away RENAME TO job_offers`);
  }
});

test('a page the person may not see is no failure: a 404 page without a request id', async () => {
  const browser = new Browser(server.baseUrl);
  assert.equal((await signIn(browser, 'tessa')).callback.status, 303);
  const response = await browser.fetch('/legacy/offers/00000000-0000-4000-8000-000000000000', { headers: { accept: 'text/html' } });
  assert.equal(response.status, 404);
  assert.doesNotMatch(await response.text(), /<code>/);
});

test('a database message that quotes the value is cut before it', async () => {
  let failure: unknown;
  try {
    await storage.db.execute(sql`SELECT ${'Maija Virtanen 010190-123A'}::uuid`);
  } catch (error) {
    failure = error;
  }
  assert.ok(failure instanceof Error, 'the query failed');
  const summary = summarizeError(failure);
  assert.equal(summary.cause?.code, '22P02');
  assert.equal(summary.cause?.message, 'invalid input syntax for type uuid');
  assert.doesNotMatch(JSON.stringify(summary), /Maija|010190/);

  // Handed to the logger whole, by mistake or on purpose, it is summarized all the same.
  const written: string[] = [];
  createLogger('info', { write: (line: string) => written.push(line) }).error({ err: failure }, 'failed');
  assert.equal(written.length, 1);
  assert.match(written[0]!, /"code":"22P02"/);
  assert.doesNotMatch(written[0]!, /Maija|010190|params/);
});

test('an error that is not a database one: its class, message and call sites', () => {
  const summary = summarizeError(new TypeError('Cannot read properties of undefined'));
  assert.equal(summary.type, 'TypeError');
  assert.equal(summary.message, 'Cannot read properties of undefined');
  assert.ok(summary.stack?.every((frame) => frame.startsWith('at ')));
  assert.deepEqual(summarizeError('a string'), { type: 'string', message: '(not an Error)' });
});
