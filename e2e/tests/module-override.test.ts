// A developer points the real shell at a locally running build of one module, without changing the
// registry: `?module-override=<area>=<loopback manifest URL>` on a backend in development mode (its
// banner, CSP and registry follow), and nothing at all on a backend in production mode. The last
// test runs `npm run dev -w modules/profile`'s script itself: its build runs under the portal's CSP
// and a change reloads the page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { assertAccessible } from '../lib/browser.js';
import { signInAs } from '../lib/measure.js';
import { REPO_ROOT, startPortal } from '../lib/server.js';
import { usePortal } from '../lib/suite.js';

const suite = usePortal({ NODE_ENV: 'development' });

const CHANGED_TITLE = 'Omat tiedot (kehitysversio)';

interface StaticCopy {
  readonly origin: string;
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * A copy of the profile module's build with a visible change (its page title), served from a
 * loopback port of its own with CORS, as a developer's local build would be.
 */
async function localBuildOfProfile(): Promise<StaticCopy> {
  const dir = mkdtempSync(join(tmpdir(), 'portal-local-build-'));
  cpSync(join(REPO_ROOT, 'modules', 'profile', 'dist'), dir, { recursive: true });
  let changed = 0;
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.js'))) {
    const text = readFileSync(join(dir, name), 'utf8');
    // The Finnish messages of the profile page: `fi:{title:…` or, with the area's shared words
    // spread in first, `fi:{...x.fi,title:…`.
    const edited = text.replace(/(fi:\{(?:\.\.\.[\w$.]+,)?)title:"Omat tiedot"/, `$1title:"${CHANGED_TITLE}"`);
    if (edited !== text) {
      writeFileSync(join(dir, name), edited);
      changed++;
    }
  }
  assert.equal(changed, 1, 'the profile build has its Finnish title in one file');
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const file = resolve(dir, `.${new URL(req.url ?? '/', 'http://x').pathname}`);
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': extname(file) === '.json' ? 'application/json' : 'text/javascript',
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise((closed) => server.close(closed));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function watchPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|TrustedScriptURL|Trusted Type/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

const overrideLink = (baseUrl: string, manifest: string) => `${baseUrl}/profile?module-override=profile=${encodeURIComponent(manifest)}`;

describe('a module served from a developer’s machine', () => {
  test('in development, the override loads the local build in the real shell and says so in a banner', async () => {
    const local = await localBuildOfProfile();
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const violations = watchPolicyViolations(page);
    try {
      await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/profile');
      await page.locator('profile-app').getByRole('heading', { level: 1, name: 'Omat tiedot', exact: true }).waitFor();

      await page.goto(overrideLink(suite.portal.baseUrl, `${local.origin}/mf-manifest.json`));
      await page.waitForURL(`${suite.portal.baseUrl}/profile`);
      await page.locator('profile-app').getByRole('heading', { level: 1, name: CHANGED_TITLE }).waitFor();
      assert.ok(local.requests.includes('/mf-manifest.json'), `the local build was asked for: ${local.requests.join(', ')}`);
      const banner = page.locator('aside.dev-override');
      await banner.getByText(`Moduuli profile haetaan osoitteesta ${local.origin} (kehitysaikainen ohitus).`).waitFor();
      await assertAccessible(page, 'the page with the development banner');
      // The header, the session and the other areas are the real portal's.
      assert.ok(await page.locator('shell-header').getByText('Tessa Testilä').isVisible());
      assert.deepEqual(violations, [], 'the CSP and Trusted Types admit the local origin in development');

      // The banner's button clears the override: the portal's own build again, no banner.
      await banner.getByRole('button').click();
      await page.locator('profile-app').getByRole('heading', { level: 1, name: 'Omat tiedot', exact: true }).waitFor();
      assert.equal(await page.locator('aside.dev-override').count(), 0);
      assert.equal(new URL(page.url()).search, '');
    } finally {
      await context.close();
      await local.close();
    }
  });

  test('a link to a build that is not on this machine is refused, even in development', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(overrideLink(suite.portal.baseUrl, 'https://modules.example.com/profile/mf-manifest.json'));
    assert.equal(response?.status(), 400);
    assert.deepEqual(await context.cookies(), []);
    await context.close();
  });

  test('in production, the same address does nothing', async () => {
    const local = await localBuildOfProfile();
    const production = await startPortal();
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    try {
      await signInAs(page, production.baseUrl, /Tessa Testilä/, '/profile');
      const response = await page.goto(overrideLink(production.baseUrl, `${local.origin}/mf-manifest.json`));
      assert.equal(response?.status(), 200, 'no redirect: the parameter is not looked at');
      await page.locator('profile-app').getByRole('heading', { level: 1, name: 'Omat tiedot', exact: true }).waitFor();
      assert.deepEqual(local.requests, [], 'nothing was fetched from the local build');
      assert.equal(await page.locator('aside.dev-override').count(), 0);
      assert.ok(!(await context.cookies()).some((cookie) => cookie.name === 'portal-module-override'));
      assert.doesNotMatch(response?.headers()['content-security-policy'] ?? '', /127\.0\.0\.1/);
    } finally {
      await context.close();
      await local.close();
      await production.stop();
    }
  });

  test('`npm run dev -w modules/profile`: its build runs in the real shell, and a change reloads the page', async () => {
    const port = 4390 + Math.floor(Math.random() * 90);
    const moduleDir = join(REPO_ROOT, 'modules', 'profile');
    const dev: ChildProcess = spawn(process.execPath, [join(REPO_ROOT, 'scripts', 'module-dev.mjs')], {
      cwd: moduleDir,
      env: { ...process.env, MODULE_DEV_PORT: String(port), PORTAL_URL: suite.portal.baseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    dev.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    dev.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const violations = watchPolicyViolations(page);
    try {
      const deadline = Date.now() + 60_000;
      while (!output.includes('Ready.')) {
        if (dev.exitCode !== null || Date.now() > deadline) throw new Error(`The development server did not start:\n${output}`);
        await new Promise((wait) => setTimeout(wait, 100));
      }
      // It tells the developer the exact address to open.
      const link = `${suite.portal.baseUrl}/profile?module-override=profile=http://localhost:${port}/mf-manifest.json`;
      assert.ok(output.includes(link), output);

      await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/profile');
      await page.goto(link);
      await page.locator('aside.dev-override').getByText(`http://localhost:${port}`).waitFor();
      await page.locator('profile-app').getByText('010280-952L').waitFor();
      assert.deepEqual(violations, [], 'the development build needs no eval and no other origin');

      // A saved file (only its time changes here) rebuilds the module, and the page reloads itself.
      const reloaded = page.waitForEvent('load', { timeout: 30_000 });
      const source = join(moduleDir, 'src', 'app.ts');
      const now = new Date();
      utimesSync(source, now, now);
      await reloaded;
      await page.locator('profile-app').getByText('010280-952L').waitFor();
    } finally {
      await context.close();
      dev.kill('SIGTERM');
      rmSync(join(moduleDir, 'dist-dev'), { recursive: true, force: true });
    }
  });
});
