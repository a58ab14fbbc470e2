#!/usr/bin/env node
// Runs node's test runner on every *.test.ts below the given folders. Node 20's `--test` takes no
// globs, and a shell's `**` is not recursive, so the files are found here.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
// `--first=a,b`: these files (by name, without .test.ts) start first. With files run side by side,
// the longest ones started last would leave one lane running alone at the end.
const first = (
  args
    .find((a) => a.startsWith('--first='))
    ?.slice('--first='.length)
    .split(',') ?? []
).filter(Boolean);
const passThrough = args.filter((a) => a.startsWith('--') && !a.startsWith('--first='));
const roots = args.filter((a) => !a.startsWith('--'));
if (roots.length === 0) roots.push('src');

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist') return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return find(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const rank = (file) => {
  const index = first.indexOf(basename(file, '.test.ts'));
  return index === -1 ? first.length : index;
};
const files = roots
  .flatMap(find)
  .sort()
  .sort((a, b) => rank(a) - rank(b));
if (files.length === 0) {
  console.error(`No *.test.ts files under ${roots.join(', ')}`);
  process.exit(1);
}
// One test file per core unless told otherwise (node 20's default leaves one core idle): the files
// are separate processes, each mostly starting its own database.
const concurrency = passThrough.some((a) => a.startsWith('--test-concurrency')) ? [] : [`--test-concurrency=${availableParallelism()}`];
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...concurrency, ...passThrough, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
