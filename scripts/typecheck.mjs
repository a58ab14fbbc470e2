#!/usr/bin/env node
// Type-checks every workspace that has a tsconfig.json (strict TypeScript everywhere), including
// every module under modules/, so a new module is checked without editing this file.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const projects = [
  'shared-contracts',
  'shell',
  'mock-backend',
  'e2e',
  'scripts',
  ...readdirSync('modules').map((m) => join('modules', m)),
].filter((dir) => existsSync(join(dir, 'tsconfig.json')));
let failed = 0;
for (const project of projects) {
  const run = spawnSync('npx', ['tsc', '-p', project], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
  else console.log(`types ok: ${project}`);
}
process.exit(failed ? 1 : 0);
