import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
// The same browser lookup the component tests use.
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/browsers.mjs';

/** The language of the journeys' browser unless a test asks for another (`newContext({ locale })`). */
export const BROWSER_LOCALE = 'fi-FI';

/**
 * Chromium as a Finnish person's browser: a signed-out visit follows the browser's languages
 * (navigator.languages), and the machine running the tests may have any. Every context, also the
 * one `browser.newPage()` makes (it goes through newContext), gets Finnish unless told otherwise.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-test-tools.mjs` or set CHROME_PATH');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ locale: BROWSER_LOCALE, ...options });
  return browser;
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is now, shadow DOM included. Evaluated
 * through the driver, so the page's Content-Security-Policy stays as strict as in production.
 */
/**
 * axe's WCAG 2.1 A/AA rules on a page or a frame. Frames are checked on their own (a legacy page in
 * the portal's iframe is another document, loaded with its own copy of axe), so the run does not
 * wait for frames that have no axe.
 */
export async function axeViolations(target: Page | Frame): Promise<AxeViolation[]> {
  const loaded = await target.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await target.evaluate(axeSource);
  return target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      iframes: false,
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`,
    )
    .join('\n');
}

/** The element that has focus, looking through shadow roots. */
export async function deepActiveElement(page: Page): Promise<{ tag: string; text: string } | null> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? { tag: active.tagName.toLowerCase(), text: (active.textContent ?? '').trim() } : null;
  });
}

/** Fails the test with a readable list when axe finds WCAG 2.1 A/AA problems on the page. */
export async function assertAccessible(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) throw new Error(`axe found problems on ${where}:\n${describeViolations(violations)}`);
}

/** For the legacy Oma asiointi pages, which are held to "nothing serious or critical" (issue 7). */
export async function assertNoSeriousViolations(target: Page | Frame, where: string): Promise<void> {
  const violations = (await axeViolations(target)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (violations.length > 0) throw new Error(`axe found serious problems on ${where}:\n${describeViolations(violations)}`);
}
