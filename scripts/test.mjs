#!/usr/bin/env node
// `npm test`: every layer, in the order a failure is cheapest to read. Stops at the first failing
// layer, so CI's verdict is honest, and prints a closing summary of what ran.
import { spawn, spawnSync } from 'node:child_process';

process.env.PUPPETEER_SKIP_DOWNLOAD ??= '1';

const steps = [
  ['browsers and tools', ['node', 'scripts/ensure-test-tools.mjs']],
  ['build', ['npm', 'run', 'build']],
  // Side by side (each one's output printed whole when it ends): the type checks, and ESLint
  // (typescript-eslint, Lit, web components, lit-a11y, the portal's import rules) with Prettier.
  ['type check', ['node', 'scripts/typecheck.mjs'], ['lint and format', ['npm', 'run', 'lint']]],
  ['unit: shared-contracts', ['npm', 'test', '-w', 'shared-contracts']],
  ['unit: mock-backend', ['npm', 'test', '-w', 'mock-backend']],
  ['unit: test tooling and lint rules', ['node', 'scripts/run-node-tests.mjs', 'scripts', 'config']],
  // Each browser started through the component run's own launcher: a driver that cannot talk to
  // the installed browser is one named line here, not every test file failing.
  ['browser drivers', ['node', 'scripts/browser-check.mjs']],
  ['components: Chromium and Firefox', ['npx', 'web-test-runner']],
  ['e2e: journeys in Chromium', ['npm', 'test', '-w', 'e2e']],
];

/** Runs a command with its output held back, then prints it under its name. */
function runBuffered(name, [command, ...args]) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      console.log(`\n=== ${name} ===\n${output}`);
      resolve({ name, ok: code === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) });
    });
  });
}

const results = [];
for (const [name, command, beside] of steps) {
  if (beside) {
    const pair = await Promise.all([runBuffered(name, command), runBuffered(...beside)]);
    results.push(...pair);
    if (pair.some((r) => !r.ok)) break;
    continue;
  }
  const [program, ...args] = command;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const run = spawnSync(program, args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name, ok: run.status === 0, seconds });
  if (run.status !== 0) break;
}

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
const total = steps.reduce((n, [, , beside]) => n + (beside ? 2 : 1), 0);
const skipped = total - results.length;
console.log(`${results.length - failed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
