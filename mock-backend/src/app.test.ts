// Cross-cutting behaviour of the app: errors, CSRF protection, compression. (Security headers,
// the cookie's transport and rate limits: src/platform/security.test.ts.)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { errorHandler } from './platform/errors.js';
import { createLogger, requestLogging } from './platform/logging.js';
import { Browser, expectApiError, signIn, startTestServer, type TestServer } from './testing/harness.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

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

test('a state-changing request must come from this origin: Sec-Fetch-Site, else Origin, else refused', async () => {
  const browser = new Browser(server.baseUrl);
  await signIn(browser, 'tessa');
  const post = (headers: Record<string, string>) => ({ method: 'POST', headers });

  // Current browsers: Fetch Metadata decides, whatever Origin says.
  for (const site of ['cross-site', 'same-site', 'none']) {
    await expectApiError(await browser.fetch('/auth/logout', post({ 'sec-fetch-site': site, origin: server.baseUrl })), 403, 'forbidden');
  }
  await expectApiError(await browser.fetch('/api/session/extend', post({ 'sec-fetch-site': 'cross-site' })), 403, 'forbidden');
  await expectApiError(await browser.fetch('/idp/authorize', post({ 'sec-fetch-site': 'cross-site' })), 403, 'forbidden');

  // Older browsers without Fetch Metadata: the Origin must name this host.
  const legacy = browser.copyCookiesTo(new Browser(server.baseUrl, { fetchMetadata: false }));
  await expectApiError(await legacy.fetch('/auth/logout', post({ origin: 'https://evil.example' })), 403, 'forbidden');
  await expectApiError(await legacy.fetch('/auth/logout', post({ origin: 'null' })), 403, 'forbidden');
  // Neither header: not a browser; such clients must send Origin.
  await expectApiError(await legacy.fetch('/auth/logout', { method: 'POST' }), 403, 'forbidden');
  await expectApiError(await legacy.fetch('/api/session/extend', { method: 'POST' }), 403, 'forbidden');

  // Still signed in: the refused requests changed nothing.
  const session = (await (await browser.fetch('/api/session')).json()) as { authenticated: boolean };
  assert.equal(session.authenticated, true);
  assert.equal((await legacy.fetch('/api/session/extend', post({ origin: server.baseUrl }))).status, 200, 'Origin of this host passes');
  assert.equal((await browser.fetch('/auth/logout', { method: 'POST' })).status, 200, 'Sec-Fetch-Site: same-origin passes');
  // A GET is never refused for where it comes from.
  assert.equal(
    (await browser.fetch('/api/registry', { headers: { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' } })).status,
    200,
  );
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

test('an unexpected error is a 500 internal-error JSON body, logged but not shown', async () => {
  const logged: string[] = [];
  const app = express();
  app.use(requestLogging(createLogger('info', { write: (line: string) => logged.push(line) })));
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
    // The line is written when the response has finished on the server's side: maybe a moment later.
    for (let attempt = 0; attempt < 100 && logged.length === 0; attempt++) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(logged.length, 1);
    assert.match(logged[0]!, /"level":"error".*"err":\{"type":"Error","message":"secret detail/);
  } finally {
    listening.close();
  }
});
