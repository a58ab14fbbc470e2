#!/usr/bin/env node
// Type-checks every workspace that has a tsconfig.json (strict TypeScript everywhere), including
// every module under modules/, so a new module is checked without editing this file. The projects
// are independent, and tsc uses one core: one check per core, each one's output printed whole
// when it ends, so two failures never interleave.
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const projects = [
  'shared-contracts',
  'shell',
  'mock-backend',
  'e2e',
  'scripts',
  ...readdirSync('modules').map((m) => join('modules', m)),
].filter((dir) => existsSync(join(dir, 'tsconfig.json')));

/** Runs tsc on one project; resolves to whether it passed, printing its output in one piece. */
function check(project) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, '-p', project], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      if (output) process.stdout.write(output);
      console.log(code === 0 ? `types ok: ${project}` : `types FAILED: ${project}`);
      resolve(code === 0);
    });
  });
}

const queue = [...projects];
let failed = 0;
const lanes = Array.from({ length: Math.max(1, Math.min(availableParallelism(), queue.length)) }, async () => {
  for (let project = queue.shift(); project !== undefined; project = queue.shift()) {
    if (!(await check(project))) failed++;
  }
});
await Promise.all(lanes);
process.exit(failed ? 1 : 0);
