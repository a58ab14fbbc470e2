#!/usr/bin/env node
// Before the component run: start each browser of web-test-runner.config.mjs through the very
// launcher the run uses (same driver, same options, same page set-up: viewport, then navigation),
// and say in one line per browser whether the driver can talk to it. A driver that cannot talk to
// the installed browser then fails here, named with both versions, instead of as every test file
// failing in that browser. Exit status 1 when any browser fails.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import config from '../web-test-runner.config.mjs';
import { browserVersion, chromiumPath, firefoxPath } from './browsers.mjs';

const require = createRequire(import.meta.url);

/** The version a package in node_modules says it is, as resolved from the launcher that uses it. */
function packageVersion(name, from) {
  try {
    const fromRequire = from ? createRequire(require.resolve(from)) : require;
    let dir = fromRequire.resolve(name);
    const marker = `/node_modules/${name}/`;
    dir = dir.slice(0, dir.lastIndexOf(marker) + marker.length);
    return JSON.parse(readFileSync(`${dir}package.json`, 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

const drivers = {
  Chromium: {
    browser: browserVersion(chromiumPath()),
    driver: `playwright-core ${packageVersion('playwright-core', '@web/test-runner-playwright')} (CDP)`,
  },
  Firefox: {
    browser: browserVersion(firefoxPath()),
    driver: `puppeteer-core ${packageVersion('puppeteer-core', '@web/test-runner-chrome')} (WebDriver BiDi)`,
  },
};

// The page the check loads: it reports its own size, so a viewport that was not applied shows.
const url = 'data:text/html,<!doctype html><title>browser check</title><p>ok</p>';
const timeoutMs = 60_000;

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s (${what})`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function check(launcher) {
  const { browser, driver } = drivers[launcher.name] ?? { browser: launcher.name, driver: 'its launcher' };
  const sessionId = 'browser-check';
  try {
    await launcher.initialize({ ...config, coverage: false }, []);
    await withTimeout(launcher.startSession(sessionId, url), 'start, viewport and navigation');
    const size = await withTimeout(
      launcher.getPage(sessionId).evaluate(() => `${globalThis.innerWidth}x${globalThis.innerHeight}`),
      'evaluate',
    );
    // The runner's page is 800×600; anything else means the viewport command did not take.
    if (size !== '800x600') throw new Error(`the viewport was not applied (page is ${size}, expected 800x600)`);
    console.log(`ok   ${browser} driven by ${driver}`);
    return true;
  } catch (error) {
    // One line: the driver's message without the browser's own stack, which Firefox appends.
    const reason = (error instanceof Error ? error.message : String(error))
      .split('\n')[0]
      .replace(/\s+\S*@(chrome|resource|moz-extension):\/\/.*$/, '');
    console.error(`FAIL ${browser} cannot be driven by ${driver}: ${reason}`);
    return false;
  } finally {
    await launcher.stop().catch(() => {});
  }
}

const results = [];
for (const launcher of config.browsers) results.push(await check(launcher));
process.exit(results.every(Boolean) ? 0 : 1);
