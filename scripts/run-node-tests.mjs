#!/usr/bin/env node
// Runs node's test runner on every *.test.ts below the given folders, each file in a process of its
// own (TypeScript through tsx). Node 20's `--test` takes no globs, and a shell's `**` is not
// recursive, so the files are found here; and `--test` sorts the files it is given, so they are
// handed to the runner's `run()`, which keeps their order.
//
//   --test-concurrency=N   files side by side (default: one per core)
//   --test-name-pattern=R  only the tests whose names match
//   --first=a,b            these files (by name, without .test.ts) start first: with files run side
//                          by side, a long one started last would leave one lane running alone.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { run } from 'node:test';
import { tap } from 'node:test/reporters';

// The runner starts each file with this process's own flags: tsx must be among them.
if (!process.execArgv.includes('tsx')) {
  const again = spawnSync(process.execPath, ['--import', 'tsx', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(again.status ?? 1);
}

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const unknown = args.filter((a) => a.startsWith('--') && !/^--(test-concurrency|test-name-pattern|first)=/.test(a));
if (unknown.length > 0) {
  console.error(`Unknown option(s): ${unknown.join(' ')}`);
  process.exit(2);
}
const first = (option('first') ?? '').split(',').filter(Boolean);
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
const pattern = option('test-name-pattern');
const stream = run({
  files,
  concurrency: Number(option('test-concurrency') ?? availableParallelism()),
  ...(pattern ? { testNamePatterns: [pattern] } : {}),
});
stream.on('test:fail', () => (process.exitCode = 1));
stream.compose(tap).pipe(process.stdout);
