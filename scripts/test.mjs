#!/usr/bin/env node
// `npm test`: every layer, in the order a failure is cheapest to read. Stops at the first failing
// layer, so CI's verdict is honest, and prints a closing summary of what ran.
import { spawnSync } from 'node:child_process';

process.env.PUPPETEER_SKIP_DOWNLOAD ??= '1';

const steps = [
  ['browsers and tools', ['node', 'scripts/ensure-test-tools.mjs']],
  ['build', ['npm', 'run', 'build']],
  ['type check', ['node', 'scripts/typecheck.mjs']],
  // ESLint (typescript-eslint, Lit, web components, lit-a11y, the portal's import rules) and Prettier.
  ['lint and format', ['npm', 'run', 'lint']],
  ['unit: shared-contracts', ['npm', 'test', '-w', 'shared-contracts']],
  ['unit: mock-backend', ['npm', 'test', '-w', 'mock-backend']],
  ['unit: test tooling and lint rules', ['node', 'scripts/run-node-tests.mjs', 'scripts', 'config']],
  // Each browser started through the component run's own launcher: a driver that cannot talk to
  // the installed browser is one named line here, not every test file failing.
  ['browser drivers', ['node', 'scripts/browser-check.mjs']],
  ['components: Chromium and Firefox', ['npx', 'web-test-runner']],
  ['e2e: journeys in Chromium', ['npm', 'test', '-w', 'e2e']],
];

const results = [];
for (const [name, [command, ...args]] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name, ok: run.status === 0, seconds });
  if (run.status !== 0) break;
}

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
const skipped = steps.length - results.length;
console.log(`${results.length - failed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
