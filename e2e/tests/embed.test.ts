// Partner embedding end to end: a partner's page on another origin (another loopback port) with one
// <script type="module"> and an element, no shell. First the kit itself with a throwaway module built
// here by createEmbedConfig (refusal on a foreign origin, languages, an element the page already
// defined, two copies of a script), then the real career radar through the portal's stable address.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rspack, type RspackOptions, type Stats } from '@rspack/core';
import type { BrowserContext, Page } from 'playwright-core';
import { assertAccessible } from '../lib/browser.js';
import { moduleCommand } from '../lib/operator.js';
import { REPO_ROOT } from '../lib/server.js';
import { usePortal } from '../lib/suite.js';

const suite = usePortal();

// ---------------------------------------------------------------------------------------------
// Small servers: a partner's site, and (for the fixture) a stand-in portal serving an embed build.

interface Site {
  readonly origin: string;
  close(): Promise<void>;
}

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Site> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A partner's site: fixed HTML pages by path, nothing else. */
function partnerSite(pages: Record<string, () => string>): Promise<Site> {
  return serve((req, res) => {
    const page = pages[new URL(req.url ?? '/', 'http://x').pathname];
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page());
  });
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
};

/** Serves a folder the way the portal serves embed files: CORS for anyone, no credentials. */
function fileSite(folder: string, extra: Record<string, () => string> = {}): Promise<Site> {
  return serve((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = extra[path];
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page());
      return;
    }
    const file = join(folder, path.replace(/^\/+/, ''));
    if (path.includes('..') || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
    createReadStream(file).pipe(res);
  });
}

/** Everything a page said and threw, to assert that embedding never throws into the partner's page. */
interface PageLog {
  readonly errors: string[];
  readonly warnings: string[];
}

async function openPage(context: BrowserContext, url: string): Promise<{ page: Page; log: PageLog }> {
  const page = await context.newPage();
  const log: PageLog = { errors: [], warnings: [] };
  page.on('pageerror', (error) => log.errors.push(error.message));
  page.on('console', (message) => {
    // The browser's own request for /favicon.ico is nobody's error.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) log.errors.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  await page.goto(url);
  return { page, log };
}

/** The text of an element's shadow root (what the person sees), whitespace collapsed. */
function shadowText(page: Page, selector: string): Promise<string> {
  return page.evaluate((s) => {
    const root = document.querySelector(s)?.shadowRoot;
    return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }, selector);
}

// ---------------------------------------------------------------------------------------------
// The kit, with a fixture module

const FIXTURE_AREA = 'embed-fixture';

const FIXTURE_PACKAGE = {
  name: '@portal/module-embed-fixture',
  version: '0.1.0',
  private: true,
  type: 'module',
  portal: {
    embeddable: [
      { element: 'embed-fixture-app', requiresAuth: false },
      { element: 'embed-fixture-results', requiresAuth: true },
    ],
  },
};

/** A Lit element and a "needs sign-in" one; the embed entry as a module's src/embed.ts writes it. */
const FIXTURE_SOURCES: Record<string, string> = {
  'src/elements.ts': `
import { html, LitElement } from 'lit';
/**
 * @summary A fixture.
 * @fires embed-fixture-done - Clicked.
 */
export class EmbedFixtureApp extends LitElement {
  override render() {
    return html\`<button @click=\${() => this.dispatchEvent(new CustomEvent('embed-fixture-done', { bubbles: true, composed: true }))}>Fixture</button>\`;
  }
}
/** @summary Needs sign-in. */
export class EmbedFixtureResults extends LitElement {
  override render() {
    return html\`<p>Secret results</p>\`;
  }
}
declare global {
  interface HTMLElementTagNameMap { 'embed-fixture-app': EmbedFixtureApp; 'embed-fixture-results': EmbedFixtureResults }
}
`,
  'src/embed.ts': `
import { defineEmbeddableElements } from '@portal/shared-contracts/embed';
import { EmbedFixtureApp, EmbedFixtureResults } from './elements.js';
declare const __PORTAL_EMBEDDABLE__: readonly { element: string; requiresAuth: boolean }[];
defineEmbeddableElements({
  area: 'embed-fixture',
  scriptUrl: import.meta.url,
  embeddable: __PORTAL_EMBEDDABLE__,
  elements: { 'embed-fixture-app': EmbedFixtureApp, 'embed-fixture-results': EmbedFixtureResults },
  portalPath: '/embed-fixture',
});
`,
};

interface BuildConfig {
  createEmbedConfig(options: { dir: string; area: string; mode: string }): RspackOptions;
}

/** Builds the fixture with the portal's own createEmbedConfig into `<dir>/dist/embed`. */
async function buildFixture(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'portal-embed-fixture-'));
  // lit and the contracts resolve from the repository's node_modules, as for a real module.
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify(FIXTURE_PACKAGE));
  mkdirSync(join(dir, 'src'));
  for (const [file, source] of Object.entries(FIXTURE_SOURCES)) writeFileSync(join(dir, file), source);
  const { createEmbedConfig } = (await import(pathToFileURL(join(REPO_ROOT, 'config', 'rspack.mjs')).href)) as BuildConfig;
  const compiler = rspack(createEmbedConfig({ dir, area: FIXTURE_AREA, mode: 'production' }));
  const stats = await new Promise<Stats | undefined>((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : resolve(result))),
  );
  await new Promise((resolve) => compiler.close(resolve));
  assert.ok(stats && !stats.hasErrors(), stats?.toString({ preset: 'errors-only' }));
  return dir;
}

describe('the embedding kit', () => {
  let fixtureDir: string;
  let fixturePortal: Site;
  let partner: Site;
  const script = (query = '') => `<script type="module" src="${fixturePortal.origin}/embed.js${query}"></script>`;

  before(async () => {
    fixtureDir = await buildFixture();
    fixturePortal = await fileSite(join(fixtureDir, 'dist', 'embed'), {
      // A page of the "portal" itself: the same origin as the script.
      '/same-origin.html': () =>
        `<!doctype html><html lang="en"><title>Portal page</title><main>${script()}<embed-fixture-results></embed-fixture-results></main></html>`,
    });
    partner = await partnerSite({
      '/foreign.html': () => `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Kommunens sida</title></head>
<body><main><h1>Kommunens sida</h1>
<embed-fixture-app></embed-fixture-app>
<embed-fixture-results id="page-lang"></embed-fixture-results>
<embed-fixture-results id="own-lang" lang="en"></embed-fixture-results>
<div lang="fi-FI"><embed-fixture-results id="ancestor-lang"></embed-fixture-results></div>
${script()}</main></body></html>`,
      '/predefined.html': () => `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Kunnan sivu</title>
<script>
  // The partner's own element of the same name, defined before the embed script runs.
  customElements.define('embed-fixture-app', class extends HTMLElement { connectedCallback() { this.textContent = 'Partner’s own'; } });
</script></head>
<body><main><h1>Kunnan sivu</h1><embed-fixture-app></embed-fixture-app><embed-fixture-results></embed-fixture-results>
${script('?copy=1')}${script('?copy=1')}${script('?copy=2')}</main></body></html>`,
    });
  });

  after(async () => {
    await partner?.close();
    await fixturePortal?.close();
    if (fixtureDir) rmSync(fixtureDir, { recursive: true, force: true });
  });

  test('the build writes embed.js, embed-manifest.json and custom-elements.json', async () => {
    const manifest = (await (await fetch(`${fixturePortal.origin}/embed-manifest.json`)).json()) as {
      area: string;
      version: string;
      elements: unknown;
    };
    assert.deepEqual(manifest, {
      schemaVersion: 1,
      area: FIXTURE_AREA,
      version: '0.1.0',
      entry: 'embed.js',
      customElements: 'custom-elements.json',
      elements: FIXTURE_PACKAGE.portal.embeddable,
    });
    const elements = JSON.stringify(await (await fetch(`${fixturePortal.origin}/custom-elements.json`)).json());
    assert.match(elements, /"tagName":"embed-fixture-app"/);
    assert.match(elements, /"name":"embed-fixture-done"/);
  });

  test('on another origin an element that needs sign-in is a notice in its language, with a link to the portal', async () => {
    const context = await suite.browser.newContext();
    try {
      const { page, log } = await openPage(context, `${partner.origin}/foreign.html`);
      await page.locator('embed-fixture-app button').waitFor();
      await page.locator('#page-lang a').waitFor();
      assert.match(
        await shadowText(page, '#page-lang'),
        /^Den här tjänsten kan användas endast i Jobbmarknad Finland när du har loggat in\.\s*Gå till Jobbmarknad Finland$/,
      );
      assert.match(await shadowText(page, '#own-lang'), /^This service is available only in Job Market Finland, when you are signed in\./);
      assert.match(await shadowText(page, '#ancestor-lang'), /^Tämä palvelu on käytettävissä vain Työmarkkinatorissa kirjautuneena\./);
      assert.equal(await page.locator('#page-lang a').getAttribute('href'), `${fixturePortal.origin}/embed-fixture`);
      assert.equal(await page.locator('#page-lang [part="notice"]').getAttribute('lang'), 'sv');
      assert.doesNotMatch(await page.content(), /Secret results/);
      assert.equal(await page.evaluate(() => document.querySelector('#page-lang')?.shadowRoot?.textContent?.includes('Secret')), false);
      // The page switches its language: the notice follows.
      await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
      await page.waitForFunction(() => document.querySelector('#page-lang')?.shadowRoot?.textContent?.includes('Go to Job Market Finland'));
      await assertAccessible(page, 'a partner page with the fixture and the sign-in notices');
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.warnings, []);
    } finally {
      await context.close();
    }
  });

  test('on the portal’s own origin the element that needs sign-in is the real one', async () => {
    const context = await suite.browser.newContext();
    try {
      const { page, log } = await openPage(context, `${fixturePortal.origin}/same-origin.html`);
      await page.getByText('Secret results').waitFor();
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  test('an element the page already defined keeps its definition; copies of the script never throw and warn once each', async () => {
    const context = await suite.browser.newContext();
    try {
      const { page, log } = await openPage(context, `${partner.origin}/predefined.html`);
      await page.locator('embed-fixture-results a').waitFor();
      assert.equal(await page.locator('embed-fixture-app').textContent(), 'Partner’s own');
      assert.equal(await page.evaluate(() => document.querySelector('embed-fixture-app')?.shadowRoot), null);
      assert.deepEqual(log.errors, []);
      // "?copy=1" twice is one module (one evaluation); "?copy=2" is a second evaluation. Each
      // evaluation says once what it left alone.
      await page.waitForTimeout(200);
      assert.equal(log.warnings.length, 2, log.warnings.join('\n'));
      assert.match(log.warnings[0] ?? '', /<embed-fixture-app> is already defined on this page .* the existing definition is kept/);
      assert.match(log.warnings[1] ?? '', /<embed-fixture-app>, <embed-fixture-results> are already defined/);
    } finally {
      await context.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The career radar on a partner's page, through the portal's stable address

/** Global rules a partner's site may well have, none aimed at the element; shadow DOM must shrug them off. */
const HOSTILE_CSS = `
body * { all: unset; }
button, input, select, [role] { display: none !important; }
svg, progress, table { display: none !important; }
* { box-sizing: content-box !important; }
h1, h2, h3 { font-size: 10px !important; margin: 0 !important; }
`;

interface Focused {
  readonly tag: string;
  readonly type: string;
  readonly name: string;
  readonly text: string;
  readonly id: string;
}

/** The focused element, looking through shadow roots. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const input = active instanceof HTMLInputElement ? active : undefined;
    return {
      tag: active?.tagName.toLowerCase() ?? '',
      type: input?.type ?? '',
      name: input?.name ?? '',
      text: (active?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      id: active?.id ?? '',
    };
  });
}

/** Presses Tab until the focused element is the one wanted (a keyboard user's way through the page). */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string): Promise<Focused> {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (wanted(now)) return now;
  }
  throw new Error(`Tab never reached ${what}; focus is on ${JSON.stringify(await focused(page))}`);
}

/**
 * Takes the whole self-assessment with the keyboard only: Tab to "start", Enter; on each of the
 * eight steps, Tab into each statement's radio group, Space and arrow keys for the answer, Tab to
 * "next" (or "show the result") and Enter.
 */
async function completeByKeyboard(
  page: Page,
  app: string,
  texts: { start: string; next: string; finish: string; result: string },
): Promise<void> {
  await tabTo(page, (f) => f.tag === 'button' && f.text === texts.start, texts.start);
  await page.keyboard.press('Enter');
  for (let step = 1; step <= 8; step++) {
    await page.waitForFunction(
      ([selector, n]) => {
        const root = document.querySelector(selector as string)?.shadowRoot;
        return root?.activeElement?.id === 'step-heading' && (root.activeElement.textContent ?? '').includes(`${n} / 8`);
      },
      [app, step] as const,
    );
    const groups: string[] = [];
    for (let statement = 0; statement < 3; statement++) {
      const radio = await tabTo(page, (f) => f.type === 'radio' && !groups.includes(f.name), `statement ${statement + 1} of step ${step}`);
      groups.push(radio.name);
      await page.keyboard.press('Space');
      // Answers 1–5 across the statements, so the result has weak and strong factors.
      for (let k = 0; k < (step + statement) % 5; k++) await page.keyboard.press('ArrowRight');
    }
    const last = step === 8;
    await tabTo(page, (f) => f.tag === 'button' && f.text === (last ? texts.finish : texts.next), last ? texts.finish : texts.next);
    await page.keyboard.press('Enter');
  }
  await page.waitForFunction(
    ([selector, heading]) => {
      const root = document.querySelector(selector as string)?.shadowRoot;
      return root?.activeElement?.id === 'result-heading' && root.activeElement.textContent?.includes(heading as string);
    },
    [app, texts.result] as const,
  );
}

interface PartnerWindow {
  radarEvents: { type: string; detail: Record<string, unknown>; target: string }[];
  historyCalls: number;
  historyLength: number;
}

describe('the career radar on a partner’s page', () => {
  let partner: Site;
  const embedUrl = () => `${suite.portal.baseUrl}/embed/career-radar/embed.js`;
  /** The partner's own script: records the element's events and any attempt to touch the page's history. */
  const recorder = `<script>
  window.radarEvents = [];
  window.historyCalls = 0;
  window.historyLength = history.length;
  for (const name of ['pushState', 'replaceState']) {
    const original = history[name];
    history[name] = function (...args) { window.historyCalls++; return original.apply(this, args); };
  }
  document.addEventListener('career-radar-completed', (event) => {
    window.radarEvents.push({ type: event.type, detail: JSON.parse(JSON.stringify(event.detail)), target: event.target.localName });
  });
</script>`;

  before(async () => {
    partner = await partnerSite({
      '/kommun.html': () => `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Esbo stad – arbetslivsradarn</title>
<style>${HOSTILE_CSS}</style>${recorder}</head>
<body><main>
<h1>Esbo stad</h1>
<p>Gör Arbetslivsradarn här på vår sida.</p>
<career-radar-app lang="sv" heading-level="2"></career-radar-app>
<career-radar-results lang="sv" heading-level="2"></career-radar-results>
</main>
<script type="module" src="${embedUrl()}"></script>
</body></html>`,
      '/share.html':
        () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fund – working life radar</title>${recorder}</head>
<body><main><h1>Unemployment fund</h1><career-radar-app share-result heading-level="2"></career-radar-app></main>
<script type="module" src="${embedUrl()}"></script></body></html>`,
      '/twice.html': () => `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Oppilaitos</title>
<script>customElements.define('career-radar-results', class extends HTMLElement { connectedCallback() { this.textContent = 'Oppilaitoksen oma'; } });</script>
</head><body><main><h1>Oppilaitos</h1><career-radar-app heading-level="2"></career-radar-app><career-radar-results></career-radar-results></main>
<script type="module" src="${embedUrl()}"></script>
<script type="module" src="${embedUrl()}"></script>
<script type="module" src="${suite.portal.baseUrl}/modules/career-radar/embed/embed.js"></script>
<script type="module" src="${embedUrl()}?copy=2"></script></body></html>`,
    });
  });

  after(async () => {
    await partner?.close();
  });

  test('the registry and the stable address offer it, open to other origins; the portal’s pages and API stay closed', async () => {
    const registry = (await (await fetch(`${suite.portal.baseUrl}/api/registry`)).json()) as {
      areas: { area: string; implementation: { embeddable?: unknown } }[];
    };
    assert.deepEqual(registry.areas.find((entry) => entry.area === 'career-radar')?.implementation.embeddable, [
      { element: 'career-radar-app', requiresAuth: false },
      { element: 'career-radar-results', requiresAuth: true },
    ]);
    const stable = await fetch(embedUrl(), { headers: { origin: partner.origin } });
    assert.equal(stable.status, 200);
    assert.equal(stable.headers.get('access-control-allow-origin'), '*');
    assert.equal(stable.headers.get('cross-origin-resource-policy'), 'cross-origin');
    assert.equal(stable.headers.get('access-control-allow-credentials'), null);
    assert.match(await stable.text(), /^import "\/modules\/career-radar\/embed\/embed\.js";$/m);
    const bundle = await fetch(`${suite.portal.baseUrl}/modules/career-radar/embed/embed.js`, { headers: { origin: partner.origin } });
    assert.equal(bundle.status, 200);
    assert.equal(bundle.headers.get('access-control-allow-origin'), '*');
    for (const [path, accept] of [
      ['/', 'text/html'],
      ['/career-radar', 'text/html'],
      ['/partners', 'text/html'],
      ['/api/registry', 'application/json'],
      ['/api/session', 'application/json'],
    ] as const) {
      const response = await fetch(`${suite.portal.baseUrl}${path}`, { headers: { accept, origin: partner.origin } });
      assert.equal(response.headers.get('access-control-allow-origin'), null, path);
      assert.equal(response.headers.get('cross-origin-resource-policy'), 'same-origin', path);
    }
  });

  test('in Swedish by its lang, completed by keyboard alone, the page hears one event without scores, its history untouched', async () => {
    const context = await suite.browser.newContext();
    try {
      const { page, log } = await openPage(context, `${partner.origin}/kommun.html`);
      const app = page.locator('career-radar-app');
      await app.getByRole('heading', { name: 'Arbetslivsradarn', level: 2 }).waitFor();
      await app.getByRole('button', { name: 'Börja' }).waitFor();
      await assertAccessible(page, 'a partner page with the career radar (intro)');

      await completeByKeyboard(page, 'career-radar-app', {
        start: 'Börja',
        next: 'Nästa',
        finish: 'Visa resultatet',
        result: 'Ditt resultat',
      });
      await app.getByRole('table').first().waitFor();
      await assertAccessible(page, 'a partner page with the career radar (result)');

      const state = (await page.evaluate(() => ({
        radarEvents: (window as unknown as PartnerWindow).radarEvents,
        historyCalls: (window as unknown as PartnerWindow).historyCalls,
        historyLength: (window as unknown as PartnerWindow).historyLength,
        historyNow: history.length,
        href: location.href,
      }))) as PartnerWindow & { historyNow: number; href: string };
      assert.equal(state.radarEvents.length, 1);
      const [event] = state.radarEvents;
      assert.equal(event?.target, 'career-radar-app');
      assert.deepEqual(Object.keys(event?.detail ?? {}).sort(), ['completedAt', 'questionnaireVersion'], 'no scores without share-result');
      assert.equal(state.historyCalls, 0, 'no pushState or replaceState on the partner’s page');
      assert.equal(state.historyNow, state.historyLength);
      assert.equal(state.href, `${partner.origin}/kommun.html`);

      // The element that needs sign-in is the notice, in Swedish, linking to the portal.
      const results = page.locator('career-radar-results');
      await results.getByText('Den här tjänsten kan användas endast i Jobbmarknad Finland när du har loggat in.').waitFor();
      assert.equal(
        await results.getByRole('link', { name: 'Gå till Jobbmarknad Finland' }).getAttribute('href'),
        `${suite.portal.baseUrl}/career-radar`,
      );
      // Links into the portal from the result go to the portal, not to the partner's origin.
      const portalLinks = await app.locator(`a[href^="/"]`).count();
      assert.equal(portalLinks, 0, 'no link of the element points at a path of the partner’s site');
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.warnings, []);
    } finally {
      await context.close();
    }
  });

  test('with share-result the event carries the scores', async () => {
    const context = await suite.browser.newContext();
    try {
      const { page, log } = await openPage(context, `${partner.origin}/share.html`);
      await page.locator('career-radar-app').getByRole('heading', { name: 'Working life radar' }).waitFor();
      await completeByKeyboard(page, 'career-radar-app', {
        start: 'Start',
        next: 'Next',
        finish: 'Show the result',
        result: 'Your result',
      });
      const events = await page.evaluate(() => (window as unknown as PartnerWindow).radarEvents);
      assert.equal(events.length, 1);
      const scores = events[0]?.detail['scores'] as Record<string, number> | undefined;
      assert.ok(scores, 'scores shared');
      assert.equal(Object.keys(scores).length, 8);
      assert.ok(Object.values(scores).every((score) => score >= 1 && score <= 5));
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  test('copies of the script and an element the page defined itself neither throw nor break the page', async () => {
    const context = await suite.browser.newContext();
    try {
      const { page, log } = await openPage(context, `${partner.origin}/twice.html`);
      await page.locator('career-radar-app').getByRole('button', { name: 'Aloita' }).waitFor();
      await page.waitForTimeout(300);
      assert.equal(await page.locator('career-radar-results').textContent(), 'Oppilaitoksen oma');
      assert.equal(await page.locator('career-radar-app').count(), 1);
      assert.deepEqual(log.errors, []);
      // The stable address twice and the bundle's own address are one module: it runs once and
      // warns once about the page's element; "?copy=2" is a second stable module importing the
      // same bundle, so nothing runs again.
      assert.equal(log.warnings.length, 1, log.warnings.join('\n'));
      assert.match(log.warnings[0] ?? '', /<career-radar-results> is already defined on this page/);
    } finally {
      await context.close();
    }
  });

  test('a deployment moves the stable address to the published version’s files; a rollback moves it back', async () => {
    const { version: current } = JSON.parse(readFileSync(join(REPO_ROOT, 'modules', 'career-radar', 'package.json'), 'utf8')) as {
      version: string;
    };
    const [major, minor, patch] = current.split('.').map(Number);
    const version = `${major}.${minor}.${(patch ?? 0) + 1}-embed.1`;
    const npm = (command: 'deploy' | 'rollback', args: readonly string[] = []) =>
      moduleCommand({ portalUrl: suite.portal.baseUrl, adminToken: 'dev-admin-token' }, 'career-radar', command, args);

    const deployed = await npm('deploy', ['--version', version]);
    assert.equal(deployed.code, 0, deployed.output);
    assert.match(deployed.output, /partner sites: <career-radar-app>, <career-radar-results>/);
    // The embed build is in the published version, in the store (the database), served beside the manifest.
    const embedded = `${suite.portal.baseUrl}/modules/career-radar/${version}/embed`;
    assert.equal((await fetch(`${embedded}/embed.js`)).status, 200, 'the embed build is in the published version');
    assert.equal(((await (await fetch(`${embedded}/embed-manifest.json`)).json()) as { version: string }).version, version);
    assert.equal((await fetch(`${embedded}/custom-elements.json`)).status, 200);
    const stable = await (await fetch(embedUrl())).text();
    assert.match(stable, new RegExp(`^import "/modules/career-radar/${version.replaceAll('.', '\\.')}/embed/embed\\.js";$`, 'm'));
    const versioned = await fetch(`${suite.portal.baseUrl}/modules/career-radar/${version}/embed/embed.js`, {
      headers: { origin: partner.origin },
    });
    assert.equal(versioned.headers.get('access-control-allow-origin'), '*');
    assert.equal(versioned.headers.get('cache-control'), 'public, max-age=31536000, immutable');

    // The partner's page, unchanged, runs the published version.
    const context = await suite.browser.newContext();
    try {
      const { page, log } = await openPage(context, `${partner.origin}/kommun.html`);
      const loaded = page.waitForRequest((request) => request.url().includes(`/modules/career-radar/${version}/embed/embed.js`));
      await page.reload();
      await loaded;
      await page.locator('career-radar-app').getByRole('button', { name: 'Börja' }).waitFor();
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }

    const rolled = await npm('rollback');
    assert.equal(rolled.code, 0, rolled.output);
    assert.match(await (await fetch(embedUrl())).text(), /^import "\/modules\/career-radar\/embed\/embed\.js";$/m);
  });

  test('the partners’ page documents it from the build, in Swedish, accessible under the portal’s CSP', async () => {
    const context = await suite.browser.newContext();
    try {
      const { page, log } = await openPage(context, `${suite.portal.baseUrl}/partners?lang=sv`);
      await page.getByRole('heading', { name: 'Tjänster för partnerwebbplatser', level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Arbetslivsradarn', level: 3 }).waitFor();
      const text = (await page.locator('main').textContent()) ?? '';
      for (const fragment of [
        `<script type="module" src="${embedUrl()}"></script>`,
        '<career-radar-app lang="sv"></career-radar-app>',
        'share-result',
        'career-radar-completed',
        '--career-radar-accent',
        'Kräver inloggning',
      ]) {
        assert.ok(text.includes(fragment), fragment);
      }
      await assertAccessible(page, 'the partners’ page');
      assert.deepEqual(log.errors, [], 'no CSP violation or failed request');
      // On a phone the wide tables scroll in their own regions; the page itself does not.
      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the partners’ page scrolls sideways by ${overflow} px at 320 px`);
      await assertAccessible(page, 'the partners’ page at 320 px');
    } finally {
      await context.close();
    }
  });
});
