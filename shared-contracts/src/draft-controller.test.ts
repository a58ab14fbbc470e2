import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { createBus } from './bus/bus.js';
import { SessionExpiringTopic } from './bus/topics.js';
import type { ControllerHost } from './controllers.js';
import { DraftController } from './draft-controller.js';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

interface Call {
  readonly method: string;
  readonly url: string;
  readonly body: unknown;
}

/** Records requests; PUT answers a stored draft, GET the given data (or 204 No Content, as the API has none), DELETE 204. */
function server(stored?: Record<string, unknown>, fail = false): Call[] {
  const calls: Call[] = [];
  globalThis.fetch = async (input, init) => {
    const method = init?.method ?? 'GET';
    const url = String(input);
    calls.push({ method, url, body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined });
    if (fail)
      return new Response(JSON.stringify({ error: { code: 'internal', message: 'down' } }), {
        status: 503,
        headers: { 'content-type': 'application/json' },
      });
    if (method === 'DELETE') return new Response(null, { status: 204 });
    const data = method === 'PUT' ? (JSON.parse(String(init?.body)) as { data: unknown }).data : stored;
    if (data === undefined) return new Response(null, { status: 204 });
    return new Response(JSON.stringify({ key: 'job-search.end', data, savedAt: '2026-11-25T10:00:00.000Z' }), {
      headers: { 'content-type': 'application/json' },
    });
  };
  return calls;
}

function host(): ControllerHost & { controllers: { hostConnected?(): void; hostDisconnected?(): void }[] } {
  const controllers: { hostConnected?(): void; hostDisconnected?(): void }[] = [];
  return { controllers, addController: (c) => controllers.push(c), requestUpdate: () => undefined };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('saves once after typing pauses, and only what changed since the last save', async () => {
  const calls = server();
  const bus = createBus();
  let values = { reason: 'employed' };
  const h = host();
  const drafts = new DraftController(h, { key: 'job-search.end', values: () => values, bus, delayMs: 10 });
  h.controllers.forEach((c) => c.hostConnected?.());
  drafts.changed();
  values = { reason: 'studies' };
  drafts.changed();
  await wait(40);
  assert.deepEqual(calls, [{ method: 'PUT', url: '/api/drafts/job-search.end', body: { data: { reason: 'studies' } } }]);
  assert.equal(drafts.unsaved, false);
  // The timeout warning with nothing new typed: no request, which would keep the session alive.
  bus.publish(SessionExpiringTopic, { expiresAt: '2026-11-25T10:30:00.000Z' });
  await wait(10);
  assert.equal(calls.length, 1);
});

test('saves at the timeout warning what was typed, without waiting for the pause', async () => {
  const calls = server();
  const bus = createBus();
  const h = host();
  const drafts = new DraftController(h, { key: 'job-search.end', values: () => ({ reason: 'other' }), bus, delayMs: 60_000 });
  h.controllers.forEach((c) => c.hostConnected?.());
  drafts.changed();
  bus.publish(SessionExpiringTopic, { expiresAt: '2026-11-25T10:30:00.000Z' });
  await wait(10);
  assert.equal(calls.length, 1);
  assert.equal(calls[0]?.method, 'PUT');
  h.controllers.forEach((c) => c.hostDisconnected?.());
});

test('a failed save stays unsaved and is tried again; leaving the page saves what is pending', async () => {
  const calls = server(undefined, true);
  const h = host();
  const drafts = new DraftController(h, { key: 'job-search.end', values: () => ({ reason: 'other' }), bus: createBus(), delayMs: 60_000 });
  h.controllers.forEach((c) => c.hostConnected?.());
  drafts.changed();
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    await drafts.save();
  } finally {
    console.warn = warn;
  }
  assert.equal(drafts.unsaved, true);
  server();
  drafts.changed();
  h.controllers.forEach((c) => c.hostDisconnected?.());
  await wait(10);
  assert.equal(calls.length, 1);
});

test('restores the saved data, gives undefined when there is none, and discards', async () => {
  server({ reason: 'moved-abroad' });
  const h = host();
  const drafts = new DraftController(h, { key: 'job-search.end', values: () => undefined, bus: createBus() });
  assert.deepEqual(await drafts.restore(), { reason: 'moved-abroad' });
  assert.equal(drafts.held, true, 'a restored draft is there to keep or throw away');
  const calls = server();
  assert.equal(await drafts.restore(), undefined);
  assert.equal(drafts.held, false);
  await drafts.discard();
  assert.deepEqual(
    calls.map((c) => c.method),
    ['GET', 'DELETE'],
  );
});

test('holds a draft once something is typed or saved, and none after discarding it', async () => {
  server();
  const h = host();
  const drafts = new DraftController(h, { key: 'job-search.end', values: () => ({ reason: 'other' }), bus: createBus(), delayMs: 60_000 });
  assert.equal(await drafts.restore(), undefined, 'a 204 is no draft');
  assert.equal(drafts.held, false);
  drafts.changed();
  assert.equal(drafts.held, true, 'typed, not yet saved');
  await drafts.save();
  assert.equal(drafts.held, true, 'saved');
  await drafts.discard();
  assert.equal(drafts.held, false);
});

test('saves nothing while the form has no values (e.g. on its receipt step)', async () => {
  const calls = server();
  const h = host();
  const drafts = new DraftController(h, { key: 'job-search.end', values: () => undefined, bus: createBus() });
  drafts.changed();
  await drafts.save();
  assert.equal(calls.length, 0);
});
