import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.js';
import { startPortal, type RunningPortal } from './server.js';

export interface SuiteContext {
  portal: RunningPortal;
  browser: Browser;
}

/**
 * Starts the real backend (fresh data) and Chromium before the file's tests and stops both after.
 * The returned object is filled in by the `before` hook.
 */
export function usePortal(env: Record<string, string> = {}): SuiteContext {
  const context = {} as SuiteContext;
  before(async () => {
    // Both are started at once; if one fails, the other is kept so \`after\` stops it. A Chromium left
    // open would keep the test process alive, and the whole e2e run would hang instead of failing.
    const [portal, browser] = await Promise.allSettled([startPortal(env), launchChromium()]);
    if (portal.status === 'fulfilled') context.portal = portal.value;
    if (browser.status === 'fulfilled') context.browser = browser.value;
    if (portal.status === 'rejected') throw portal.reason;
    if (browser.status === 'rejected') throw browser.reason;
  });
  after(async () => {
    await context.browser?.close();
    await context.portal?.stop();
  });
  return context;
}
