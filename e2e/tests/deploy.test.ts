// Independent deployment of one module, end to end: the CLI builds a new version and uploads it into
// the running portal's module store (in its database, through the admin API), the browser loads it
// without any rebuild of the shell, a rollback brings the old one back, an incompatible version is
// refused at publish, and a published file can be changed neither in the store (a 409) nor on its
// way to the browser, which refuses changed bytes itself (Subresource Integrity).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { signInAs } from '../lib/measure.js';
import { moduleCommand, type CommandResult } from '../lib/operator.js';
import { REPO_ROOT } from '../lib/server.js';
import { usePortal } from '../lib/suite.js';

const suite = usePortal();

const ADMIN_TOKEN = 'dev-admin-token';

/** sha256 of every file below `dir`, by relative path: "unchanged, byte for byte" made checkable. */
function hashTree(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else hashes[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return hashes;
}

function packageVersion(area: string): string {
  return (JSON.parse(readFileSync(join(REPO_ROOT, 'modules', area, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The next patch version as a pre-release, so it can never clash with a real release. */
function nextVersion(area: string, tag: string): string {
  const [major, minor, patch] = packageVersion(area).split('.').map(Number);
  return `${major}.${minor}.${(patch ?? 0) + 1}-${tag}`;
}

/** `npm run <command> -w modules/<area> [-- args]`, as an operator would type it, against this suite's portal. */
function cli(area: string, command: 'deploy' | 'rollback', args: readonly string[] = []): Promise<CommandResult> {
  return moduleCommand({ portalUrl: suite.portal.baseUrl, adminToken: ADMIN_TOKEN }, area, command, args);
}

interface Implementation {
  readonly version: string;
  readonly manifestUrl: string;
  readonly integrity?: { readonly manifest: string; readonly files: Record<string, string> };
}

async function registryImplementation(area: string): Promise<Implementation> {
  const registry = (await (await fetch(`${suite.portal.baseUrl}/api/registry`)).json()) as {
    areas: { area: string; implementation: Implementation }[];
  };
  const entry = registry.areas.find((candidate) => candidate.area === area);
  assert.ok(entry, `${area} is in the registry`);
  return entry.implementation;
}

/** A call of the admin API with this suite's token. */
function admin(path: string, init: { method?: string; body?: Uint8Array<ArrayBuffer> | string } = {}): Promise<Response> {
  return fetch(`${suite.portal.baseUrl}/admin-api${path}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Bearer ${ADMIN_TOKEN}`,
      ...(init.body === undefined
        ? {}
        : { 'content-type': typeof init.body === 'string' ? 'application/json' : 'application/octet-stream' }),
    },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
}

/** A published file as the portal serves it. */
async function servedFile(area: string, version: string, path: string): Promise<Buffer> {
  const response = await fetch(`${suite.portal.baseUrl}/modules/${area}/${version}/${path}`);
  assert.equal(response.status, 200, `${area} ${version} ${path}`);
  return Buffer.from(await response.arrayBuffer());
}

/**
 * Signs in (a fresh browser, so nothing comes from its cache) and opens `path`; returns the page and
 * every module script URL it requested. `prepare` may route the context's requests first.
 */
async function openSignedIn(
  path: string,
  prepare?: (context: BrowserContext) => Promise<unknown>,
): Promise<{ page: Page; scripts: string[]; consoleErrors: string[]; close: () => Promise<void> }> {
  const context = await suite.browser.newContext();
  await prepare?.(context);
  const page = await context.newPage();
  const scripts: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/modules/')) scripts.push(url.pathname);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, path);
  return { page, scripts, consoleErrors, close: () => context.close() };
}

describe('a module deploys on its own', () => {
  const shellDist = join(REPO_ROOT, 'shell', 'dist');
  const overviewDist = join(REPO_ROOT, 'modules', 'overview', 'dist');
  const newVersion = nextVersion('overview', 'e2e.1');

  test('deploy: a new version of overview is published with the CLI and served, the shell’s files unchanged', async () => {
    const shellBefore = hashTree(shellDist);
    const distBefore = hashTree(overviewDist);
    const oldVersion = (await registryImplementation('overview')).version;

    const deployed = await cli('overview', 'deploy', ['--version', newVersion]);
    assert.equal(deployed.code, 0, deployed.output);
    assert.match(
      deployed.output,
      new RegExp(`Published overview ${newVersion.replaceAll('.', '\\.')} \\(was ${oldVersion.replaceAll('.', '\\.')}\\)`),
    );

    const implementation = await registryImplementation('overview');
    assert.equal(implementation.version, newVersion);
    assert.equal(implementation.manifestUrl, `/modules/overview/${newVersion}/mf-manifest.json`);
    assert.match(implementation.integrity?.manifest ?? '', /^sha384-[A-Za-z0-9+/]{64}$/);
    assert.ok(
      Object.keys(implementation.integrity?.files ?? {}).some((file) => file.startsWith('remoteEntry.')),
      'remoteEntry is hashed',
    );

    const { page, scripts, close } = await openSignedIn('/');
    await page.locator('h1').filter({ hasText: 'Hei, Tessa!' }).waitFor();
    const overviewFiles = scripts.filter((path) => path.startsWith('/modules/overview/'));
    assert.ok(
      overviewFiles.some((path) => path.startsWith(`/modules/overview/${newVersion}/remoteEntry.`)),
      overviewFiles.join(', '),
    );
    assert.ok(
      overviewFiles.every((path) => path.startsWith(`/modules/overview/${newVersion}/`)),
      `every overview file comes from the new version's folder: ${overviewFiles.join(', ')}`,
    );
    // The area works: the front page lists what the other areas say needs doing.
    await page.locator('overview-app').getByRole('heading', { level: 2 }).first().waitFor();
    await close();

    assert.deepEqual(hashTree(shellDist), shellBefore, 'the shell’s files are unchanged, byte for byte');
    assert.deepEqual(hashTree(overviewDist), distBefore, 'the module’s own dist/ is untouched: the build went to the store');
    // The store has the build and its package.json, and nothing was written below the backend's data folder.
    const files = (await (await admin(`/modules/overview/versions/${newVersion}/files`)).json()) as {
      published: boolean;
      files: { path: string }[];
    };
    assert.equal(files.published, true);
    assert.ok(files.files.some((file) => file.path === 'package.json'));
    assert.ok(files.files.some((file) => file.path === 'mf-manifest.json'));
    assert.ok(!readdirSync(suite.portal.dataDir).includes('module-store'), 'no module-store folder on the backend’s disk');
  });

  test('rollback: one command points the area back at the previous version, whose files are still there', async () => {
    const rolled = await cli('overview', 'rollback');
    assert.equal(rolled.code, 0, rolled.output);
    assert.match(
      rolled.output,
      new RegExp(`Rolled back overview from ${newVersion.replaceAll('.', '\\.')} to ${packageVersion('overview').replaceAll('.', '\\.')}`),
    );
    const implementation = await registryImplementation('overview');
    assert.equal(implementation.manifestUrl, '/modules/overview/mf-manifest.json');

    const { page, scripts, close } = await openSignedIn('/');
    await page.locator('h1').filter({ hasText: 'Hei, Tessa!' }).waitFor();
    assert.ok(
      scripts.some((path) => /^\/modules\/overview\/remoteEntry\.[0-9a-f]{8}\.js$/.test(path)),
      scripts.join(', '),
    );
    assert.ok(!scripts.some((path) => path.startsWith(`/modules/overview/${newVersion}/`)), 'nothing of the rolled-back version is loaded');
    await close();

    // The history keeps both changes.
    const response = await fetch(`${suite.portal.baseUrl}/admin-api/modules/overview`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    const state = (await response.json()) as { history: { action: string; toVersion: string }[] };
    assert.deepEqual(
      state.history.map((h) => h.action),
      ['rollback', 'publish'],
    );
  });

  test('an incompatible version is refused at publish, with what does not fit; the CLI exits non-zero with the refusal', async () => {
    // The module's local build uploaded by hand, edited as a build needing lit 9 and session.changed@9 would be.
    const badVersion = nextVersion('overview', 'e2e.2');
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'modules', 'overview', 'package.json'), 'utf8')) as {
      version: string;
      portal: { requires: { topics: string[] } };
    };
    pkg.version = badVersion;
    pkg.portal.requires.topics = pkg.portal.requires.topics.map((topic) => (topic === 'session.changed@1' ? 'session.changed@9' : topic));
    const manifest = JSON.parse(readFileSync(join(overviewDist, 'mf-manifest.json'), 'utf8')) as {
      shared: { name: string; requiredVersion: string }[];
    };
    for (const shared of manifest.shared) if (shared.name === 'lit') shared.requiredVersion = '^9.0.0';
    const files = new Map(
      Object.keys(hashTree(overviewDist)).map((path) => [path.split(sep).join('/'), readFileSync(join(overviewDist, path))]),
    );
    files.set('package.json', Buffer.from(JSON.stringify(pkg)));
    files.set('mf-manifest.json', Buffer.from(JSON.stringify(manifest)));
    for (const [path, bytes] of files) {
      const uploaded = await admin(`/modules/overview/versions/${badVersion}/files/${path}`, {
        method: 'PUT',
        body: Uint8Array.from(bytes),
      });
      assert.equal(uploaded.status, 201, `${path}: ${await uploaded.text()}`);
    }

    const response = await admin('/modules/overview/versions', { method: 'POST', body: JSON.stringify({ version: badVersion }) });
    assert.equal(response.status, 409);
    const { error } = (await response.json()) as { error: { message: string } };
    const litProvided = (
      JSON.parse(readFileSync(join(REPO_ROOT, 'shell', 'dist', 'portal-provides.json'), 'utf8')) as { shared: { lit: string } }
    ).shared.lit;
    assert.ok(error.message.includes(`lit: the module needs ^9.0.0, the shell provides ${litProvided}`), error.message);
    assert.ok(error.message.includes('topic session.changed@9 is not provided (the portal has session.changed@1)'), error.message);
    assert.equal((await registryImplementation('overview')).manifestUrl, '/modules/overview/mf-manifest.json', 'the registry is unchanged');

    // A refusal through the CLI: the same version again is never published twice.
    const again = await cli('overview', 'deploy', ['--version', newVersion]);
    assert.notEqual(again.code, 0);
    assert.match(again.output, /already published/);
  });
});

describe('a published file is never changed: the store refuses it, and the browser refuses changed bytes', () => {
  test('a tampered chunk, remoteEntry or manifest: the area shows its notice with retry, the rest of the portal works', async (t) => {
    const version = nextVersion('profile', 'e2e.1');
    const deployed = await cli('profile', 'deploy', ['--version', version]);
    assert.equal(deployed.code, 0, deployed.output);
    const manifest = JSON.parse((await servedFile('profile', version, 'mf-manifest.json')).toString('utf8')) as {
      metaData: { remoteEntry: { name: string } };
      exposes: { assets: { js: { sync: string[] } } }[];
    };

    // Untouched, it loads; note which files the page really takes from the version's folder.
    const intact = await openSignedIn('/profile');
    await intact.page.locator('profile-app').getByText('010280-952L').waitFor({ timeout: 30_000 });
    const loaded = intact.scripts
      .filter((path) => path.startsWith(`/modules/profile/${version}/`))
      .map((path) => path.split('/').pop() ?? '');
    await intact.close();
    const entry = manifest.metaData.remoteEntry.name;
    const preloaded = new Set(manifest.exposes.flatMap((expose) => expose.assets.js.sync));
    // A chunk the module's own runtime fetches (its integrity comes from remoteEntry, written by the
    // build's SubresourceIntegrityPlugin), not one the federation runtime preloads with the registry's hash.
    const runtimeChunk = loaded.find((file) => file.endsWith('.js') && file !== entry && !preloaded.has(file));
    assert.ok(runtimeChunk, `the profile page loads a chunk through the module's runtime: ${loaded.join(', ')}`);
    const exposeChunk = [...preloaded][0];
    assert.ok(exposeChunk);

    const tamper = (file: string, original: Buffer): Buffer =>
      // One more statement at the end (a space for JSON): the smallest change that still parses.
      Buffer.concat([original, Buffer.from(file.endsWith('.json') ? ' ' : '\n;window.tampered=1;')]);
    for (const file of [runtimeChunk, exposeChunk, entry, 'mf-manifest.json']) {
      const original = await servedFile('profile', version, file);
      // The store never writes a published version again: the changed file is refused there…
      const rewrite = await admin(`/modules/profile/versions/${version}/files/${file}`, {
        method: 'PUT',
        body: Uint8Array.from(tamper(file, original)),
      });
      assert.equal(rewrite.status, 409, `${file}: ${await rewrite.text()}`);
      assert.ok((await servedFile('profile', version, file)).equals(original), `${file}: served unchanged`);

      // …and changed on its way (a proxy, a CDN, a database edited by hand), the browser refuses it.
      const tampered = await openSignedIn('/profile', (context) =>
        context.route(`**/modules/profile/${version}/${file}`, async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, body: tamper(file, await response.body()) });
        }),
      );
      const notice = tampered.page.locator('shell-module-error');
      await notice.getByRole('heading', { name: 'Omat tiedot ei ole juuri nyt käytettävissä' }).waitFor({ timeout: 30_000 });
      assert.ok(await notice.getByRole('button', { name: 'Yritä uudelleen' }).isVisible(), `${file}: the notice offers a retry`);
      // The browser's own report, which may come a moment after the notice.
      const refusedForIntegrity = (): boolean =>
        tampered.consoleErrors.some((message) => /integrity/i.test(message) && message.includes(file));
      for (let waited = 0; !refusedForIntegrity() && waited < 5_000; waited += 100) await tampered.page.waitForTimeout(100);
      assert.ok(refusedForIntegrity(), `${file}: the browser refused it for its integrity:\n${tampered.consoleErrors.join('\n')}`);
      assert.equal(
        await tampered.page.evaluate(() => (window as unknown as { tampered?: number }).tampered),
        undefined,
        `${file}: the changed code never ran`,
      );
      t.diagnostic(`${file}: ${tampered.consoleErrors.find((message) => /integrity/i.test(message)) ?? ''}`);
      // Bounded attempts, then quiet: no retry loop hammering the file.
      const requests = (): number => tampered.scripts.filter((p) => p === `/modules/profile/${version}/${file}`).length;
      const afterNotice = requests();
      assert.ok(afterNotice >= 1 && afterNotice <= 6, `${file}: requested ${afterNotice} times`);
      await tampered.page.waitForTimeout(2_500);
      assert.equal(requests(), afterNotice, `${file}: not requested again after the notice`);
      // The header and the other areas still work.
      assert.ok(await tampered.page.locator('shell-header').getByText('Tessa Testilä').isVisible());
      await tampered.page.locator('shell-header nav').getByRole('link', { name: 'Etusivu' }).click();
      await tampered.page.locator('h1').filter({ hasText: 'Hei, Tessa!' }).waitFor();
      await tampered.close();
    }

    // Untouched again, the same version loads: the refusals were the changed bytes, nothing else.
    const restored = await openSignedIn('/profile');
    await restored.page.locator('profile-app').getByText('010280-952L').waitFor({ timeout: 30_000 });
    await restored.close();
  });
});
