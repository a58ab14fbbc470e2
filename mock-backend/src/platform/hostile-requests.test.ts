// What a hostile client tried against a fresh server, each kept as a regression test: an input that
// made a regular expression backtrack for seconds, transport the server could not read, characters
// PostgreSQL cannot store, impossible dates, return addresses that lead off the portal, a cross-origin
// form post with the right host and the wrong scheme, and a link from another site to the sign-in.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { API_ERROR_CODES } from '@portal/shared-contracts';
import { Browser, expectApiError, signIn, startSignIn, startTestServer, type TestServer } from '../testing/harness.js';

/** The slowest a request may take while another client waits, on a machine with other tests running. */
const LONG_ENOUGH_MS = 1000;

/** What a browser sends with the site's own fetch: the cross-site request check lets it through. */
function sameOrigin(server: TestServer): Record<string, string> {
  return { origin: server.baseUrl };
}

function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

/**
 * Sends the request and, while it is being answered, another client's GET: how long each took. On a
 * server a regular expression holds, the other client waits as long as the request.
 */
async function whileAnotherClientIsServed(server: TestServer, send: () => Promise<Response>) {
  const started = performance.now();
  const request = send().then(async (response) => ({ response, body: await response.text(), ms: performance.now() - started }));
  // Give the request a head start, so that the GET arrives while the server is working on it.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const otherStarted = performance.now();
  const other = await fetch(`${server.baseUrl}/api/session/status`);
  const otherMs = performance.now() - otherStarted;
  assert.equal(other.status, 200);
  return { ...(await request), otherMs };
}

describe('hostile requests', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  test('a 100 KB error report built to make a pattern backtrack is answered at once, and nobody waits for it', async () => {
    for (const message of ['/'.repeat(99_000), `a@${'.'.repeat(99_000)}`, `${'a'.repeat(99_000)}@`, '1 '.repeat(49_000)]) {
      const { response, ms, otherMs } = await whileAnotherClientIsServed(server, () =>
        fetch(
          `${server.baseUrl}/api/client-errors`,
          postJson({ area: 'profile', version: '1.0.0', kind: 'runtime', message }, sameOrigin(server)),
        ),
      );
      assert.equal(response.status, 204);
      assert.ok(ms < LONG_ENOUGH_MS && otherMs < LONG_ENOUGH_MS, `report ${Math.round(ms)} ms, another client ${Math.round(otherMs)} ms`);
    }
  });

  test('a long e-mail address in a signed-in form is refused at once with a message for the field', async () => {
    const browser = new Browser(server.baseUrl);
    await signIn(browser, 'tessa');
    const profile = (await (await browser.fetch('/api/profile')).json()) as { updatedAt: string };
    const email = `a@${'.'.repeat(30_000)}@`;
    const { response, body, ms, otherMs } = await whileAnotherClientIsServed(server, () =>
      browser.fetch(
        '/api/profile/changes',
        postJson(
          { effectiveDate: new Date().toISOString().slice(0, 10), email, basedOn: profile.updatedAt },
          { 'idempotency-key': randomUUID() },
        ),
      ),
    );
    assert.equal(response.status, 400, body);
    assert.match(body, /"path":"email"/);
    assert.ok(ms < LONG_ENOUGH_MS && otherMs < LONG_ENOUGH_MS, `form ${Math.round(ms)} ms, another client ${Math.round(otherMs)} ms`);
  });

  test('a body that claims a compression it does not have is a 400, on the API and on the IdP’s forms', async () => {
    for (const encoding of ['gzip', 'deflate', 'br']) {
      const api = await fetch(`${server.baseUrl}/api/client-errors`, {
        ...postJson({ area: 'profile', version: '1.0.0', kind: 'runtime' }, { 'content-encoding': encoding, ...sameOrigin(server) }),
      });
      await expectApiError(api, 400, API_ERROR_CODES.badRequest);
      const idp = await fetch(`${server.baseUrl}/idp/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-encoding': encoding },
        body: 'grant_type=authorization_code&code=x',
      });
      assert.equal(idp.status, 400, `${encoding}: ${await idp.text()}`);
    }
    const unknown = await fetch(
      `${server.baseUrl}/api/client-errors`,
      postJson({}, { 'content-encoding': 'x-zip', ...sameOrigin(server) }),
    );
    await expectApiError(unknown, 415, API_ERROR_CODES.unsupportedMediaType);
  });

  test('a NUL character in any parameter of the sign-in is refused, never a 500', async () => {
    const browser = new Browser(server.baseUrl);
    const { params } = await startSignIn(browser);
    for (const name of ['state', 'nonce', 'scope', 'client_id', 'redirect_uri', 'code_challenge', 'ui_locales']) {
      const tampered = new URLSearchParams(params);
      tampered.set(name, `${tampered.get(name) ?? ''}\u0000`);
      const page = await browser.fetch(`/idp/authorize?${tampered.toString()}`);
      assert.ok(page.status >= 400 && page.status < 500, `${name}: ${page.status}`);
    }
    for (const path of ['/auth/callback?code=a%00b&state=x', '/auth/login?returnTo=/%00', '/auth/login?lang=f%00i']) {
      const response = await browser.fetch(path);
      assert.ok(response.status < 500, `${path}: ${response.status}`);
    }
    const token = await fetch(`${server.baseUrl}/idp/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=authorization_code&code=a%00b&code_verifier=x&client_id=portal&redirect_uri=x',
    });
    assert.ok(token.status >= 400 && token.status < 500, `token: ${token.status}`);
  });

  test('an impossible calendar date is a 400 on the office API', async () => {
    const response = await fetch(`${server.baseUrl}/office-api/clarification-requests`, {
      ...postJson(
        {
          hetu: '010469-999W',
          subject: { fi: 'Selvitys', sv: 'Utredning', en: 'Clarification' },
          explain: [{ fi: 'Kerro.', sv: 'Berätta.', en: 'Tell us.' }],
          requiredAttachments: [],
          returnDate: '2026-02-31',
          contact: { name: { fi: 'TE', sv: 'TE', en: 'TE' }, phone: null, email: null },
        },
        { authorization: 'Bearer test-office-token' },
      ),
    });
    await expectApiError(response, 400, API_ERROR_CODES.validationFailed);
  });

  test('every return address after sign-in and after the IdP’s logout stays on the portal', async () => {
    const tricks = [
      '//evil.example',
      '/\\evil.example',
      '/.//evil.example',
      '/a/..//evil.example',
      '/%2e//evil.example',
      '/\t/evil.example',
    ];
    for (const trick of tricks) {
      const browser = new Browser(server.baseUrl);
      const signedIn = await signIn(browser, 'tessa', { returnTo: trick });
      const location = signedIn.callback.headers.get('location') ?? '';
      assert.equal(new URL(location, server.baseUrl).origin, server.baseUrl, `after sign-in, ${JSON.stringify(trick)} → ${location}`);
      assert.ok(!location.startsWith('//'), location);
      const logout = await browser.fetch(`/idp/logout?post_logout_redirect_uri=${encodeURIComponent(trick)}`);
      const next = logout.headers.get('location') ?? '';
      assert.equal(new URL(next, server.baseUrl).origin, server.baseUrl, `after logout, ${JSON.stringify(trick)} → ${next}`);
      assert.ok(!next.startsWith('//'), next);
    }
  });

  test('a form post from the same host on another scheme is refused', async () => {
    const wrongScheme = server.baseUrl.replace('http://', 'https://');
    const response = await fetch(
      `${server.baseUrl}/api/client-errors`,
      postJson({ area: 'profile', version: '1.0.0', kind: 'runtime' }, { origin: wrongScheme }),
    );
    await expectApiError(response, 403, API_ERROR_CODES.forbidden);
    const right = await fetch(
      `${server.baseUrl}/api/client-errors`,
      postJson({ area: 'profile', version: '1.0.0', kind: 'runtime' }, sameOrigin(server)),
    );
    assert.equal(right.status, 204);
  });

  test('a link from another site to the sign-in does not end the person’s session', async () => {
    const browser = new Browser(server.baseUrl);
    await signIn(browser, 'tessa');
    const link = await browser.fetch('/auth/login?returnTo=/profile', {
      headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' },
    });
    assert.equal(link.status, 303);
    assert.equal(link.headers.get('location'), '/profile');
    const session = (await (await browser.fetch('/api/session')).json()) as { authenticated: boolean };
    assert.equal(session.authenticated, true);
  });
});
