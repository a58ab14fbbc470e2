#!/usr/bin/env node
// Makes sure the tools the tests drive are on the machine: Chromium and Firefox ESR for the
// component and e2e tests (required), Chromium's headless shell (optional: the tests run in it when
// it is there, being lighter, else in the full Chromium) and PostgreSQL's server binaries for the
// backend's PostgreSQL test (optional: that test is skipped without them). On a Debian-like machine as root
// missing ones are installed with apt-get; elsewhere the script says what to install.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { browserVersion, chromiumPath, firefoxPath, hasHeadlessShell } from './browsers.mjs';

const hasPostgres = () =>
  existsSync('/usr/lib/postgresql') &&
  readdirSync('/usr/lib/postgresql').some((version) => existsSync(`/usr/lib/postgresql/${version}/bin/initdb`));

const required = [];
if (!chromiumPath()) required.push('chromium');
if (!firefoxPath()) required.push('firefox-esr');
const optional = [...(hasHeadlessShell() ? [] : ['chromium-headless-shell']), ...(hasPostgres() ? [] : ['postgresql'])];

const canInstall = typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');
if (required.length + optional.length > 0) {
  if (!canInstall) {
    if (required.length > 0) {
      console.error(
        `Test browsers missing: ${required.join(', ')}.\n` +
          `Install them (Debian/Ubuntu: sudo apt-get install -y ${required.join(' ')}), or point CHROME_PATH / FIREFOX_PATH at them.`,
      );
      process.exit(1);
    }
    console.log(`Not installed, and not needed: ${optional.join(', ')} (apt-get install ${optional.join(' ')}).`);
  } else {
    const packages = [...required, ...optional];
    console.log(`Installing ${packages.join(', ')} with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const install = (names) => execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...names], { stdio: 'inherit', env });
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    try {
      install(packages);
    } catch {
      // An optional package this Debian does not have must not stop the tests: the required ones alone.
      if (required.length === 0) console.log(`Could not install ${optional.join(', ')}: the tests go on without.`);
      else {
        console.log(`Could not install all of ${packages.join(', ')}: trying ${required.join(', ')} alone.`);
        install(required);
      }
    }
  }
}
// The versions differ from machine to machine (Debian has shipped Firefox ESR 140 and 153, Chromium
// 150 and 156): say which ones this run uses, so a failure can be read against them.
console.log(`Chromium: ${browserVersion(chromiumPath())} (${chromiumPath()})`);
console.log(`Firefox:  ${browserVersion(firefoxPath())} (${firefoxPath()})`);
console.log(`PostgreSQL server binaries: ${hasPostgres() ? 'yes' : 'no'}`);
