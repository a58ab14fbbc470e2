import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import { portalBus } from '../bus/instance.js';
import { SessionActivityTopic, SessionRejectedTopic } from '../bus/topics.js';
import { ApiRequestError, fetchJson } from './client.js';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

function answer(body: unknown, init: ResponseInit = {}): void {
  globalThis.fetch = async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });
}

test('returns data that fits the schema and reports the session expiry header on the bus', async () => {
  const seen: string[] = [];
  const subscription = portalBus.subscribe(SessionActivityTopic, ({ expiresAt }) => seen.push(expiresAt));
  answer({ n: 1 }, { headers: { 'content-type': 'application/json', 'x-session-expires': '2026-11-25T16:30:00.000Z' } });
  assert.deepEqual(await fetchJson('/api/x', v.object({ n: v.number() })), { n: 1 });
  subscription.unsubscribe();
  assert.deepEqual(seen, ['2026-11-25T16:30:00.000Z']);
});

test('throws ApiRequestError with the JSON error code, and signals an ended session', async () => {
  const rejected: string[] = [];
  const subscription = portalBus.subscribe(SessionRejectedTopic, ({ url }) => rejected.push(url));
  answer({ error: { code: 'session-expired', message: 'ended' } }, { status: 401 });
  await assert.rejects(fetchJson('/api/profile', v.object({})), (error: unknown) => {
    return error instanceof ApiRequestError && error.status === 401 && error.code === 'session-expired';
  });
  answer({ error: { code: 'unauthenticated', message: 'no' } }, { status: 401 });
  await assert.rejects(fetchJson('/api/profile', v.object({})), ApiRequestError);
  subscription.unsubscribe();
  assert.deepEqual(rejected, ['/api/profile']);
});

test('refuses a body that breaks the contract', async () => {
  answer({ n: 'one' });
  await assert.rejects(fetchJson('/api/x', v.object({ n: v.number() })), /does not match its contract/);
});

test('a network failure is an ApiRequestError with status 0', async () => {
  globalThis.fetch = async () => {
    throw new TypeError('Failed to fetch');
  };
  await assert.rejects(fetchJson('/api/x', v.object({})), (error: unknown) => error instanceof ApiRequestError && error.status === 0);
});
