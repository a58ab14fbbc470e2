#!/usr/bin/env node
// `npm test`: every layer, in the order a failure is cheapest to read. Stops at the first failing
// layer, so CI's verdict is honest, and prints a closing summary of what ran.
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

process.env.PUPPETEER_SKIP_DOWNLOAD ??= '1';

const steps = [
  ['browsers and tools', ['node', 'scripts/ensure-test-tools.mjs']],
  ['build', ['npm', 'run', 'build']],
  // Side by side (each one's output printed whole when it ends): the type checks, and ESLint
  // (typescript-eslint, Lit, web components, lit-a11y, the portal's import rules) with Prettier.
  ['type check', ['node', 'scripts/typecheck.mjs'], ['lint and format', ['npm', 'run', 'lint']]],
  ['unit: shared-contracts', ['npm', 'test', '-w', 'shared-contracts']],
  ['unit: test tooling and lint rules', ['node', 'scripts/run-node-tests.mjs', 'scripts', 'config']],
  // Each browser started through the component run's own launcher: a driver that cannot talk to
  // the installed browser is one named line here, not every test file failing.
  ['browser drivers', ['node', 'scripts/browser-check.mjs']],
  // Side by side: the component run's Firefox takes one page at a time (web-test-runner.config.mjs)
  // and ran alone for its last two minutes with a core to spare; the backend's tests use it.
  ['components: Chromium and Firefox', ['npx', 'web-test-runner'], ['unit: mock-backend', ['npm', 'test', '-w', 'mock-backend']]],
  ['e2e: journeys in Chromium', ['npm', 'test', '-w', 'e2e']],
];

/**
 * Lines that name a failed test, in the reporters this project runs: web-test-runner (❌) and node's
 * test runner (✖, "not ok"); failing those, lines that name an error (tsc, ESLint, a crash). A CI log
 * may show only its end, so a failing layer's failures are printed again beside the summary.
 */
const FAILED_TEST = /❌|✖|^\s*not ok /;
const ERROR_LINE = /\berror\b|\bError:|timed? ?out/i;
const DIGEST_LINES = 80;

/** The lines of `output` that name a failure, each with the few after it that say why. */
function failureDigest(output) {
  const lines = stripVTControlCharacters(output).split('\n');
  const pick = (pattern) => {
    const picked = [];
    for (let i = 0; i < lines.length && picked.length < DIGEST_LINES; i++) {
      if (!pattern.test(lines[i])) continue;
      picked.push(...lines.slice(i, i + 7));
      i += 6;
    }
    return picked.slice(0, DIGEST_LINES).join('\n');
  };
  return pick(FAILED_TEST) || pick(ERROR_LINE);
}

/** Runs a command, its output shown as it comes (or held back and printed whole) and kept for the digest. */
function run(name, [command, ...args], { buffered }) {
  const started = Date.now();
  if (!buffered) console.log(`\n=== ${name} ===`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (stream) => (chunk) => {
      output += chunk;
      if (!buffered) stream.write(chunk);
    };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    child.on('close', (code) => {
      if (buffered) console.log(`\n=== ${name} ===\n${output}`);
      resolve({ name, ok: code === 0, seconds: ((Date.now() - started) / 1000).toFixed(1), output });
    });
  });
}

const results = [];
for (const [name, command, beside] of steps) {
  const runs = beside
    ? await Promise.all([run(name, command, { buffered: true }), run(beside[0], beside[1], { buffered: true })])
    : [await run(name, command, { buffered: false })];
  results.push(...runs);
  if (runs.some((r) => !r.ok)) break;
}

for (const r of results.filter((result) => !result.ok)) {
  console.log(`\n=== what failed in ${r.name} ===\n${failureDigest(r.output) || '(no line named a failure: see the output above)'}`);
}
console.log('\n=== summary ===');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
const total = steps.reduce((n, [, , beside]) => n + (beside ? 2 : 1), 0);
const skipped = total - results.length;
console.log(`${results.length - failed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
