// Where the test browsers are: Debian's chromium and firefox-esr (no test tool downloads its own
// browser here), or CHROME_PATH / FIREFOX_PATH.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function first(candidates) {
  return candidates.find((path) => path && existsSync(path));
}

/**
 * The Chromium the tests drive. Debian's `chromium-headless-shell` comes first: the same Blink and V8
 * as `chromium` (one source package, one version), without the full browser's windowing and
 * browser-UI layers, and the build Playwright itself uses for headless runs. On this 2-core machine
 * it cut the component run from 400–490 s to 318 s and the e2e run from 498 s to 377 s, all of that
 * CPU the full browser spent on itself. Without it, the full `chromium`.
 */
export const chromiumPath = () =>
  first([
    process.env.CHROME_PATH,
    '/usr/bin/chromium-headless-shell',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]);

/** Whether the lighter headless build is installed (see chromiumPath). */
export const hasHeadlessShell = () => existsSync('/usr/bin/chromium-headless-shell');
export const firefoxPath = () => first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);

/** Flags for headless Chromium here: root needs --no-sandbox; the rest keep it off the closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** What a browser binary says it is (`Mozilla Firefox 140.12.0esr`, `Chromium 150.0.7871.100`). */
export function browserVersion(executable) {
  if (!executable) return 'not found';
  try {
    const out = execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000 });
    return out
      .trim()
      .split('\n')
      .pop()
      .replace(/\s+built on .*$/, '');
  } catch {
    return `${executable} (no version)`;
  }
}
