#!/usr/bin/env node
// Makes sure Chromium and Firefox ESR are there for the component and e2e tests. On a Debian-like
// machine as root it installs them with apt-get; elsewhere it says what to install and stops.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, firefoxPath } from './browsers.mjs';

const missing = [];
if (!chromiumPath()) missing.push('chromium');
if (!firefoxPath()) missing.push('firefox-esr');

if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error(
      `Test browsers missing: ${missing.join(', ')}.\n` +
        `Install them (Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}), or point CHROME_PATH / FIREFOX_PATH at them.`,
    );
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}
console.log(`Browsers: ${chromiumPath()} and ${firefoxPath()}`);
