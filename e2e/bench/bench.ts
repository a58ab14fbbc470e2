// `npm run bench`: builds for production (the npm script does), starts the real backend and
// measures, in Chromium, the JavaScript each key page loads and how fast its main heading appears;
// then fuzzes every state-changing route with 10 000 requests (fuzz.ts), times another client's
// reads while a hostile one sends what once froze the server (hostile.ts), and runs the backend's
// upload bench (memory, kill -9). Stages by name: `npm run bench -- pages` (or fuzz, hostile,
// uploads); none named, all.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../lib/browser.js';
import { CATEGORIES, pageWeight, scriptsLoadedBy, signInAs, type PageWeight } from '../lib/measure.js';
import { REPO_ROOT, startPortal } from '../lib/server.js';
import { apiStage } from './api.js';
import { fuzzStage } from './fuzz.js';
import { hostileStage } from './hostile.js';
import { printTable } from './table.js';
import { measureFloor } from './floor/floor.js';

const RUNS = 5;
const kb = (bytes: number) => (bytes / 1000).toFixed(1);

interface Result {
  readonly name: string;
  readonly weight: PageWeight;
  readonly medianMs: number;
}

async function measure(
  browser: Browser,
  name: string,
  url: string,
  ready: (page: Page) => Promise<void>,
  setup?: (page: Page) => Promise<void>,
): Promise<Result> {
  const timings: number[] = [];
  let weight: PageWeight | undefined;
  for (let run = 0; run < RUNS; run++) {
    // A new context each run: a cold cache, as for a first visit.
    const context = await browser.newContext();
    const page = await context.newPage();
    if (setup) {
      await setup(page);
      // The set-up (signing in) loaded the scripts once; measure a cold cache all the same.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.clearBrowserCache');
    }
    const origin = new URL(url).origin;
    const start = Date.now();
    const paths = await scriptsLoadedBy(page, origin, async () => {
      await page.goto(url);
      await ready(page);
      timings.push(Date.now() - start);
      await page.waitForLoadState('networkidle');
    });
    weight ??= pageWeight(paths);
    await context.close();
  }
  timings.sort((a, b) => a - b);
  return { name, weight: weight!, medianMs: timings[Math.floor(timings.length / 2)]! };
}

async function measurePages(): Promise<Result[]> {
  const portal = await startPortal();
  const browser = await launchChromium();
  try {
    return [
      await measure(browser, 'signed-out front page', `${portal.baseUrl}/`, (page) =>
        page.locator('h1').filter({ hasText: 'Työnhakijan asiointipalvelu' }).waitFor(),
      ),
      await measure(
        browser,
        'signed-in profile page',
        `${portal.baseUrl}/profile`,
        (page) => page.locator('profile-app').getByText('010280-952L').waitFor(),
        (page) => signInAs(page, portal.baseUrl, /Tessa Testilä/, '/profile'),
      ),
      await measure(
        browser,
        'signed-in job-search page',
        `${portal.baseUrl}/job-search`,
        (page) => page.locator('job-search-app').getByText('Helsingin kaupungin työllisyyspalvelut').waitFor(),
        (page) => signInAs(page, portal.baseUrl, /Tessa Testilä/, '/job-search'),
      ),
      await measure(
        browser,
        'signed-in unemployment-security page',
        `${portal.baseUrl}/unemployment-security`,
        // In Swedish: Sven's pages follow his service language.
        (page) => page.locator('unemployment-security-app').getByText('Utredning om studier').first().waitFor(),
        (page) => signInAs(page, portal.baseUrl, /Sven Testsson/, '/unemployment-security'),
      ),
      await measure(
        browser,
        'answer form (uploads)',
        `${portal.baseUrl}/unemployment-security/requests/7a1e0f0a-0000-4c51-9a55-0a1f6b3c1007/answer`,
        (page) => page.locator('unemployment-security-answer-form').getByRole('heading', { level: 1 }).waitFor(),
        (page) => signInAs(page, portal.baseUrl, /Tessa Testilä/, '/unemployment-security'),
      ),
      await measure(browser, 'career radar, signed out', `${portal.baseUrl}/career-radar`, (page) =>
        page.locator('career-radar-app').getByRole('heading', { level: 1 }).waitFor(),
      ),
      // What the same stack weighs built the default way (issue 22's floor): its bytes, not its time.
      { name: 'floor app', weight: await measureFloor(browser), medianMs: Number.NaN },
    ];
  } finally {
    await browser.close();
    await portal.stop();
  }
}

/** One column per page, one row per kind of bytes (issue 22's table), then the totals and the time. */
function printPages(results: readonly Result[]): void {
  printTable(
    ['kind (brotli q11)', ...results.map((r) => r.name)],
    [
      ...CATEGORIES.map((c) => [c, ...results.map((r) => `${kb(r.weight.byCategory[c])} KB`)]),
      ['**total**', ...results.map((r) => `**${kb(r.weight.totalBrotli)} KB**`)],
      ['of which duplicated', ...results.map((r) => `${kb(r.weight.duplicated)} KB`)],
      ['runtime-core copies', ...results.map((r) => String(r.weight.runtimeCoreCopies))],
      [`heading visible (median of ${RUNS})`, ...results.map((r) => (Number.isNaN(r.medianMs) ? '–' : `${r.medianMs} ms`))],
    ],
  );
  console.log('\nFiles per page (brotli q11):');
  for (const r of results) {
    console.log(`  ${r.name}:`);
    for (const s of r.weight.scripts) console.log(`    ${s.path}  ${kb(s.brotliBytes)} KB`);
  }
}

/** The backend's upload bench (mock-backend/src/testing/uploads-bench.ts): memory under 40 maximum-size uploads, kill -9 mid-upload. */
function uploadsStage(): boolean {
  console.log('\nUploads (memory under parallel maximum-size uploads; kill -9 mid-upload and a restart):');
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', 'src/testing/uploads-bench.ts'], {
    cwd: join(REPO_ROOT, 'mock-backend'),
    stdio: 'inherit',
  });
  return run.status === 0;
}

const STAGES = ['pages', 'fuzz', 'hostile', 'uploads', 'api'] as const;
const asked = process.argv.slice(2);
const unknown = asked.filter((stage) => !(STAGES as readonly string[]).includes(stage));
if (unknown.length > 0) throw new Error(`No bench stage ${unknown.join(', ')}: the stages are ${STAGES.join(', ')}.`);
const stages: readonly string[] = asked.length > 0 ? asked : STAGES;
if (stages.includes('pages')) printPages(await measurePages());
if (stages.includes('fuzz') && !(await fuzzStage())) process.exitCode = 1;
if (stages.includes('hostile') && !(await hostileStage())) process.exitCode = 1;
if (stages.includes('uploads') && !uploadsStage()) process.exitCode = 1;
if (stages.includes('api') && !(await apiStage())) process.exitCode = 1;
