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
    [context.portal, context.browser] = await Promise.all([startPortal(env), launchChromium()]);
  });
  after(async () => {
    await context.browser?.close();
    await context.portal?.stop();
  });
  return context;
}
