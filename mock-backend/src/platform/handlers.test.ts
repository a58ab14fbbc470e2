import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express, { type Request } from 'express';
import { API_ERROR_CODES, CurrentItemsResponseSchema, DraftInputSchema, IDEMPOTENCY_KEY_HEADER } from '@portal/shared-contracts';
import { errorHandler, httpError } from './errors.js';
import { checkedGet, idempotentPost, type WriteOutcome } from './handlers.js';

/** Signed in is a header here: the handlers only need someone to ask. */
function who(req: Request): string {
  const name = req.get('x-who');
  if (name === undefined) throw httpError(401, API_ERROR_CODES.unauthenticated, 'Sign in.');
  return name;
}

const seen = new Map<string, string>();
let server: Server;
let base: string;

before(async () => {
  const app = express();
  app.use(express.json());
  // Any contract schema serves; these two are small.
  app.get(
    '/answer',
    checkedGet(who, CurrentItemsResponseSchema, 'GET /answer', (_asker, req) => ({ items: req.query['broken'] ? 1 : [] })),
  );
  app.post(
    '/write',
    idempotentPost(who, DraftInputSchema, 'The body is not valid.', async (asker, { data }, key): Promise<WriteOutcome> => {
      const text = String(data['text']);
      const first = seen.get(key);
      if (first !== undefined) return { kind: 'replayed', receipt: { text: first } };
      seen.set(key, `${asker}: ${text}`);
      return { kind: 'created', receipt: { text: `${asker}: ${text}` } };
    }),
  );
  app.use(errorHandler);
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise((resolve) => server.close(resolve)));

function post(body: unknown, headers: Record<string, string>): Promise<Response> {
  return fetch(`${base}/write`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

test('checkedGet answers what the schema vouches for, never cached; who asks comes first', async () => {
  const ok = await fetch(`${base}/answer`, { headers: { 'x-who': 'tessa' } });
  assert.equal(ok.status, 200);
  assert.equal(ok.headers.get('cache-control'), 'no-store');
  assert.deepEqual(await ok.json(), { items: [] });
  assert.equal((await fetch(`${base}/answer`)).status, 401);
  // An answer that breaks its contract is the backend's own bug: a 500, never the broken body.
  assert.equal((await fetch(`${base}/answer?broken=1`, { headers: { 'x-who': 'tessa' } })).status, 500);
});

test('idempotentPost: 401 before anything, then the key, then the body; 201 once and 200 with the first receipt after', async () => {
  // Signed out is a 401 whatever else is wrong.
  assert.equal((await post({}, {})).status, 401);
  assert.equal((await post({ data: { text: 'hi' } }, { 'x-who': 'sven' })).status, 400);
  const invalid = await post({ data: 'hi' }, { 'x-who': 'sven', [IDEMPOTENCY_KEY_HEADER]: 'key-handlers-1' });
  assert.equal(invalid.status, 400);
  assert.equal(((await invalid.json()) as { error: { details: { path: string }[] } }).error.details[0]?.path, 'data');

  const headers = { 'x-who': 'sven', [IDEMPOTENCY_KEY_HEADER]: 'key-handlers-2' };
  const first = await post({ data: { text: 'hi' } }, headers);
  assert.equal(first.status, 201);
  assert.equal(first.headers.get('cache-control'), 'no-store');
  assert.deepEqual(await first.json(), { text: 'sven: hi' });
  const repeat = await post({ data: { text: 'changed' } }, headers);
  assert.equal(repeat.status, 200);
  assert.deepEqual(await repeat.json(), { text: 'sven: hi' });
});
