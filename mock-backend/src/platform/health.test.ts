// The probes: live while the process answers; ready only while not stopping and the database answers.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openMigratedTestStorage, startTestServer, type TestServer } from '../testing/harness.js';
import type { Storage } from '../storage/storage.js';
import { HEALTH_PATHS, type Lifecycle } from './health.js';

const lifecycle: Lifecycle = { stopping: false };
let storage: Storage;
let server: TestServer;
before(async () => {
  storage = await openMigratedTestStorage();
  server = await startTestServer({ storage, lifecycle });
});
after(async () => {
  await server.close();
});

async function probe(path: string): Promise<{ status: number; body: unknown; cache: string | null }> {
  const response = await fetch(`${server.baseUrl}${path}`);
  return { status: response.status, body: await response.json(), cache: response.headers.get('cache-control') };
}

test('live and ready: 200, JSON, never cached, no session and no cookie', async () => {
  assert.deepEqual(await probe(HEALTH_PATHS.live), { status: 200, body: { status: 'live' }, cache: 'no-store' });
  const response = await fetch(`${server.baseUrl}${HEALTH_PATHS.ready}`);
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), { status: 'ready' });
  assert.equal(response.headers.get('set-cookie'), null);
});

test('stopping: not ready (the balancer takes the instance out), still live', async () => {
  lifecycle.stopping = true;
  try {
    assert.deepEqual(await probe(HEALTH_PATHS.ready), { status: 503, body: { status: 'stopping' }, cache: 'no-store' });
    assert.equal((await probe(HEALTH_PATHS.live)).status, 200);
  } finally {
    lifecycle.stopping = false;
  }
});

test('a database that does not answer: not ready, and live still answers', async () => {
  await storage.close();
  assert.deepEqual(await probe(HEALTH_PATHS.ready), { status: 503, body: { status: 'database-unavailable' }, cache: 'no-store' });
  assert.equal((await probe(HEALTH_PATHS.live)).status, 200);
});
