// Cross-cutting behaviour of the app: errors, CSRF baseline, security and compression headers.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApiErrorSchema, validate } from '@portal/shared-contracts';
import { errorHandler } from './http/errors.js';
import { Browser, signIn, startTestServer, type TestServer } from './testing/harness.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

async function expectApiError(response: Response, status: number, code: string): Promise<void> {
  assert.equal(response.status, status);
  assert.match(response.headers.get('content-type') ?? '', /application\/json/);
  const body: unknown = await response.json();
  assert.ok(validate(ApiErrorSchema, body).ok, JSON.stringify(body));
  assert.equal((body as { error: { code: string } }).error.code, code);
  assert.doesNotMatch(JSON.stringify(body), /at .*\.(ts|js):\d+/, 'no stack trace');
}

test('an unknown /api or /auth path is a JSON 404, also for a browser asking for HTML', async () => {
  const browser = new Browser(server.baseUrl);
  await expectApiError(await browser.fetch('/api/nope'), 404, 'not-found');
  await expectApiError(await browser.fetch('/api/nope', { headers: { accept: 'text/html' } }), 404, 'not-found');
  await expectApiError(await browser.fetch('/auth/nope', { method: 'POST' }), 404, 'not-found');
});

test('a malformed JSON body is a 400, a too large one a 413, both as JSON', async () => {
  const browser = new Browser(server.baseUrl);
  const json = { 'content-type': 'application/json' };
  await expectApiError(await browser.fetch('/api/profile', { method: 'POST', headers: json, body: '{"broken":' }), 400, 'bad-request');
  const big = JSON.stringify({ text: 'x'.repeat(200 * 1024) });
  await expectApiError(await browser.fetch('/api/profile', { method: 'POST', headers: json, body: big }), 413, 'payload-too-large');
});

test('a cross-origin state-changing request is refused; same origin and no Origin pass', async () => {
  const browser = new Browser(server.baseUrl);
  await signIn(browser, 'tessa');
  await expectApiError(
    await browser.fetch('/auth/logout', { method: 'POST', headers: { origin: 'https://evil.example' } }),
    403,
    'forbidden',
  );
  await expectApiError(await browser.fetch('/auth/logout', { method: 'POST', headers: { origin: 'null' } }), 403, 'forbidden');
  await expectApiError(
    await browser.fetch('/idp/authorize', { method: 'POST', headers: { origin: 'https://evil.example' } }),
    403,
    'forbidden',
  );
  // Still signed in: the refused logout changed nothing.
  const session = (await (await browser.fetch('/api/session')).json()) as { authenticated: boolean };
  assert.equal(session.authenticated, true);
  assert.equal((await browser.fetch('/auth/logout', { method: 'POST', headers: { origin: server.baseUrl } })).status, 204);
  // A GET is never refused for its Origin.
  assert.equal((await browser.fetch('/api/registry', { headers: { origin: 'https://evil.example' } })).status, 200);
});

test('security headers: the CSP, referrer policy, no X-Powered-By', async () => {
  const response = await new Browser(server.baseUrl).fetch('/api/registry');
  const csp = response.headers.get('content-security-policy') ?? '';
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ]) {
    assert.ok(csp.includes(directive), `CSP has ${directive}`);
  }
  assert.equal(response.headers.get('referrer-policy'), 'strict-origin-when-cross-origin');
  assert.equal(response.headers.get('x-powered-by'), null);
  assert.equal(response.headers.get('access-control-allow-origin'), null, 'nothing outside /modules is opened up');
});

test('responses are compressed with brotli when the client accepts it', async () => {
  // fetch() would decode transparently and hide the header; a raw request shows it.
  const { port } = new URL(server.baseUrl);
  const encoding = await new Promise<string | undefined>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/idp/assets/idp.css', headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
      res.resume();
      resolve(res.headers['content-encoding']);
    });
    req.on('error', reject);
    req.end();
  });
  assert.equal(encoding, 'br');
});

test('an unexpected error is a 500 internal-error JSON body, logged but not shown', async (t) => {
  const logged: unknown[] = [];
  t.mock.method(console, 'error', (...args: unknown[]) => logged.push(args));
  const app = express();
  app.get('/api/boom', () => {
    throw new Error('secret detail at /work/main/src/x.ts:1');
  });
  app.use(errorHandler);
  const listening = app.listen(0, '127.0.0.1');
  await once(listening, 'listening');
  try {
    const { port } = listening.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/api/boom`);
    await expectApiError(response.clone(), 500, 'internal-error');
    assert.doesNotMatch(await response.text(), /secret detail/);
    assert.equal(logged.length, 1);
  } finally {
    listening.close();
  }
});
