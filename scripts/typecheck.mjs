#!/usr/bin/env node
// Type-checks every workspace that has a tsconfig.json (strict TypeScript everywhere), including
// every module under modules/, so a new module is checked without editing this file.
//
// The shell and the modules whose tsconfig.json is the standard one (the kit's template: the base
// options, bundler resolution, `src` only) are checked as ONE program: each of them alone would
// type-check lit, the kit and the contracts again, and nine such programs were two thirds of this
// step's time. Checked together, each file is still checked with exactly its own options. A module
// whose tsconfig says anything else is checked on its own, as before.
//
// The programs are independent and tsc uses one core: one per core, each one's output printed
// whole when it ends, so two failures never interleave.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const root = resolve(import.meta.dirname, '..');
const hasConfig = (dir) => existsSync(join(root, dir, 'tsconfig.json'));
const frontEnd = ['shell', ...readdirSync(join(root, 'modules')).map((m) => join('modules', m))].filter(hasConfig);
const others = ['shared-contracts', 'mock-backend', 'e2e', 'scripts'].filter(hasConfig);

/** A front-end project's tsconfig.json as data, `extends` made absolute so two folders' configs compare. */
function configOf(dir) {
  const config = JSON.parse(readFileSync(join(root, dir, 'tsconfig.json'), 'utf8'));
  return { ...config, extends: config.extends && resolve(root, dir, config.extends) };
}
const standard = configOf(join('modules', 'ui-kit'));
const together = frontEnd.filter((dir) => isDeepStrictEqual(configOf(dir), standard));
const alone = frontEnd.filter((dir) => !together.includes(dir));

/** The combined program's config, written where nothing is committed: the standard config over every `src`. */
function combinedConfig() {
  const dir = join(root, 'node_modules', '.cache', 'portal-typecheck');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'tsconfig.json');
  const include = together.flatMap((project) => standard.include.map((path) => join(root, project, path)));
  writeFileSync(file, JSON.stringify({ ...standard, include }, null, 2));
  return file;
}

/** Runs tsc on one project; resolves to whether it passed, printing its output in one piece. */
function check(name, project) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [tsc, '-p', project], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      if (output) process.stdout.write(output);
      console.log(code === 0 ? `types ok: ${name}` : `types FAILED: ${name}`);
      done(code === 0);
    });
  });
}

// The biggest program first, so the lanes end together.
const queue = [
  ...(together.length > 0 ? [[together.join(', '), combinedConfig()]] : []),
  ...[...others, ...alone].map((dir) => [dir, dir]),
];
let failed = 0;
const lanes = Array.from({ length: Math.max(1, Math.min(availableParallelism(), queue.length)) }, async () => {
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (!(await check(...next))) failed++;
  }
});
await Promise.all(lanes);
process.exit(failed ? 1 : 0);
