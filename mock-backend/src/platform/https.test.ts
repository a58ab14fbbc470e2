// HTTPS: served directly with a certificate (and a plain HTTP listener that only redirects), or
// behind a proxy with TRUST_PROXY; HSTS on secure requests only; plain http://localhost unchanged.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { createServer as createTlsServer, request as tlsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app.js';
import type { Storage } from '../storage/storage.js';
import { seed } from '../storage/seeds/seed.js';
import { Browser, TEST_CONFIG, openMigratedTestStorage, startTestServer } from '../testing/harness.js';
import { REPO_ROOT } from './config.js';
import { developmentCertificate, type DevCertificate } from './dev-cert.js';
import { httpsLocation, httpsRedirectListener } from './https.js';

let storage: Storage;
let certificate: DevCertificate;
let root: string;

before(async () => {
  storage = await openMigratedTestStorage();
  await storage.migrate();
  await seed(storage.db, { repoRoot: REPO_ROOT });
  certificate = await developmentCertificate(1);
  // A fake shell build, so "/" is the portal's page as Observatory would fetch it.
  root = mkdtempSync(join(tmpdir(), 'mock-backend-https-'));
  mkdirSync(join(root, 'shell', 'dist'), { recursive: true });
  writeFileSync(
    join(root, 'shell', 'dist', 'index.html'),
    '<!doctype html><html lang="fi"><title>Shell</title><script type="module" src="/main.js"></script>',
  );
});

after(async () => {
  await storage.close();
  rmSync(root, { recursive: true, force: true });
});

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
}

/** A GET over TLS that trusts only the test's own certificate, for the name "localhost". */
function httpsGet(port: number, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = tlsRequest(
      {
        host: '127.0.0.1',
        servername: 'localhost',
        port,
        path,
        ca: certificate.cert,
        headers: { host: `localhost:${port}`, accept: 'text/html' },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** A plain HTTP request with the Host header a browser would send (fetch does not let a test set it). */
function httpTo(port: number, path: string, host: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers: { host } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

const SIX_MONTHS = 15_768_000;

function assertHsts(value: string | string[] | undefined): void {
  const match = /^max-age=(\d+); includeSubDomains$/.exec(String(value));
  assert.ok(match, `Strict-Transport-Security: ${String(value)}`);
  assert.ok(Number(match[1]) >= SIX_MONTHS, 'at least six months');
}

test('served over TLS with a generated certificate: the page comes with HSTS and the headers Observatory grades', async () => {
  const app = await createApp({ db: storage.db, config: { ...TEST_CONFIG, staticRoot: root } });
  const server = createTlsServer({ cert: certificate.cert, key: certificate.key }, app);
  const port = await listen(server);
  try {
    const page = await httpsGet(port, '/');
    assert.equal(page.status, 200);
    assertHsts(page.headers['strict-transport-security']);
    // What MDN HTTP Observatory scores (src/grader/charts.js of mdn/mdn-http-observatory): CSP with no
    // unsafe script source and frame-ancestors (+5), Referrer-Policy (+5), CORP same-origin (+10),
    // nosniff; with HSTS and the redirect below, 100 + 20 = 120, A+.
    const csp = String(page.headers['content-security-policy']);
    assert.match(csp, /(?:^|; )frame-ancestors 'self'(?:;|$)/);
    assert.match(csp, /(?:^|; )object-src 'none'(?:;|$)/);
    assert.match(csp, /(?:^|; )form-action 'self'(?:;|$)/);
    assert.doesNotMatch(/(?:^|; )script-src [^;]*/.exec(csp)?.[0] ?? '', /unsafe|data:|https:|\*/);
    assert.equal(page.headers['referrer-policy'], 'strict-origin-when-cross-origin');
    assert.equal(page.headers['cross-origin-resource-policy'], 'same-origin');
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    const api = await httpsGet(port, '/api/registry');
    assert.equal(api.status, 200);
    assertHsts(api.headers['strict-transport-security']);
  } finally {
    await close(server);
  }
});

test('the plain HTTP listener beside TLS only redirects: same host, HTTPS port, path and query kept', async () => {
  const redirector = createServer(httpsRedirectListener(8443));
  const port = await listen(redirector);
  try {
    const read = await httpTo(port, '/profile/contact?edit=1&lang=sv', `localhost:${port}`);
    assert.equal(read.status, 301);
    assert.equal(read.headers['location'], 'https://localhost:8443/profile/contact?edit=1&lang=sv');
    const post = await httpTo(port, '/auth/logout', 'portal.example.fi', 'POST');
    assert.equal(post.status, 308, 'a post stays a post');
    assert.equal(post.headers['location'], 'https://portal.example.fi:8443/auth/logout');
    assert.equal(post.headers['strict-transport-security'], undefined, 'HSTS over plain HTTP is ignored by browsers: not sent');
    const odd = await httpTo(port, '/', 'evil.example/@x');
    assert.equal(odd.status, 400);
  } finally {
    await close(redirector);
  }
});

test('httpsLocation: 443 is left out, IPv6 keeps its brackets, an absolute-form target goes to the root', () => {
  assert.equal(httpsLocation('Portal.Example.fi:80', '/a?b=c', 443), 'https://portal.example.fi/a?b=c');
  assert.equal(httpsLocation('[::1]:8081', '/', 8443), 'https://[::1]:8443/');
  assert.equal(httpsLocation('localhost', 'http://elsewhere.example/x', 443), 'https://localhost/');
  assert.equal(httpsLocation(undefined, '/', 443), undefined);
  assert.equal(httpsLocation('a b', '/', 443), undefined);
});

test('behind a proxy (TRUST_PROXY): forwarded https gets HSTS, forwarded http is redirected, no header is served as it is', async () => {
  const server = await startTestServer({ storage, config: { trustProxy: 'loopback', staticRoot: root } });
  try {
    const browser = new Browser(server.baseUrl);
    const secure = await browser.fetch('/api/registry', {
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'portal.example.fi' },
    });
    assert.equal(secure.status, 200);
    assertHsts(secure.headers.get('strict-transport-security') ?? undefined);

    const plain = await browser.fetch('/profile?tab=contact', {
      headers: { 'x-forwarded-proto': 'http', 'x-forwarded-host': 'portal.example.fi' },
    });
    assert.equal(plain.status, 301);
    assert.equal(plain.headers.get('location'), 'https://portal.example.fi/profile?tab=contact');
    const form = await browser.fetch('/auth/logout', {
      method: 'POST',
      headers: { 'x-forwarded-proto': 'http', 'x-forwarded-host': 'portal.example.fi' },
    });
    assert.equal(form.status, 308);

    // A health check straight to the container, without the proxy's header: no redirect loop.
    const direct = await browser.fetch('/api/registry');
    assert.equal(direct.status, 200);
    assert.equal(direct.headers.get('strict-transport-security'), null);
  } finally {
    await server.close();
  }
});

test('without TLS or TRUST_PROXY (npm start on http://localhost) nothing redirects and no HSTS is sent', async () => {
  const server = await startTestServer({ storage, config: { staticRoot: root } });
  try {
    const browser = new Browser(server.baseUrl.replace('127.0.0.1', 'localhost'));
    const page = await browser.fetch('/', { headers: { accept: 'text/html' } });
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('strict-transport-security'), null);
    // A forged header from a client that is not a trusted proxy changes nothing.
    const forged = await browser.fetch('/api/registry', { headers: { 'x-forwarded-proto': 'http' } });
    assert.equal(forged.status, 200);
    assert.equal(forged.headers.get('location'), null);
  } finally {
    await server.close();
  }
});
