// Where the test browsers are: Debian's chromium and firefox-esr (no test tool downloads its own
// browser here), or CHROME_PATH / FIREFOX_PATH.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function first(candidates) {
  return candidates.find((path) => path && existsSync(path));
}

export const chromiumPath = () =>
  first([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);
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
