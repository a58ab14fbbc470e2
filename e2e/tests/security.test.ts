import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { signInAs } from '../lib/measure.js';
import { usePortal } from '../lib/suite.js';

const suite = usePortal();

/** A page on another origin (another port of this machine): what a malicious site would be. */
async function foreignSite(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Elsewhere</title><h1>Elsewhere</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('the security baseline holds in a real browser', () => {
  test('a request from another site cannot act with the person’s session', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/');
    const site = await foreignSite();
    try {
      const attacker = await context.newPage();
      await attacker.goto(site.url);
      // The same browser, so the cookie may ride along; the server refuses by Fetch Metadata / Origin.
      const status = await attacker.evaluate(async (portal) => {
        const response = await fetch(`${portal}/auth/logout`, { method: 'POST', credentials: 'include', mode: 'cors' }).catch(() => null);
        return response?.status ?? 'blocked';
      }, suite.portal.baseUrl);
      assert.ok(status === 'blocked' || status === 403, `cross-site POST answered ${status}`);
      await attacker.evaluate(async (portal) => {
        // A no-cors form-like post: the response is opaque, the effect is what counts.
        await fetch(`${portal}/auth/logout`, { method: 'POST', credentials: 'include', mode: 'no-cors' }).catch(() => null);
      }, suite.portal.baseUrl);
      const session = await page.evaluate(() => fetch('/api/session').then((r) => r.json()));
      assert.equal(session.authenticated, true, 'the person is still signed in');
    } finally {
      await site.close();
      await context.close();
    }
  });

  test('one person never sees another person’s draft', async () => {
    const sven = await suite.browser.newContext();
    const svenPage = await sven.newPage();
    await signInAs(svenPage, suite.portal.baseUrl, /Sven Testsson/, '/');
    const saved = await svenPage.evaluate(() =>
      fetch('/api/drafts/profile.change', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ data: { phone: '040 999 8888' } }),
      }).then((r) => r.status),
    );
    assert.equal(saved, 200);
    const tessa = await suite.browser.newContext();
    const tessaPage = await tessa.newPage();
    await signInAs(tessaPage, suite.portal.baseUrl, /Tessa Testilä/, '/');
    const seen = await tessaPage.evaluate(() => fetch('/api/drafts/profile.change').then((r) => r.status));
    assert.equal(seen, 204, 'Tessa has no draft under the key: Sven’s is not hers');
    await sven.close();
    await tessa.close();
  });

  test('pages carry a CSP without inline scripts, with Trusted Types, and the portal runs under it', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|TrustedScriptURL|Trusted Type/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(suite.portal.baseUrl);
    const csp = response?.headers()['content-security-policy'] ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    assert.ok(scriptSrc.includes("'self'") && !scriptSrc.includes('unsafe'), `script-src: ${scriptSrc}`);
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.match(csp, /frame-ancestors 'self'/);
    assert.ok(response?.headers()['permissions-policy']?.includes('camera=()'));
    assert.equal(response?.headers()['x-content-type-options'], 'nosniff');
    // The tab's icon comes from the portal itself (img-src 'self'): no 404 for /favicon.ico.
    const icon = await page.evaluate(async () => {
      const answer = await fetch(document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? '/favicon.ico');
      return `${answer.status} ${answer.headers.get('content-type') ?? ''}`;
    });
    assert.match(icon, /^200 image\/svg\+xml/);
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/profile');
    await page.locator('profile-app').getByText('010280-952L').waitFor();
    assert.deepEqual(violations, [], 'no CSP or Trusted Types violations while modules load');
    await context.close();
  });

  test('a browser without custom elements gets a clear notice, not a blank page', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'customElements', { value: undefined, configurable: true });
      delete (window as { customElements?: unknown }).customElements;
    });
    await page.goto(suite.portal.baseUrl);
    await page.locator('#unsupported').waitFor();
    assert.match((await page.locator('#unsupported').textContent()) ?? '', /Selaimesi ei tue/);
    await context.close();
  });
});
