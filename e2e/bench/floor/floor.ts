// The floor app (issue 22): the same stack built the default way, a single-spa host and one Lit
// remote, each with the Module Federation plugin's defaults (so two runtimes on the page). Built into
// a temporary folder, served on loopback, and measured by the same code as the portal's pages.
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { pageWeight, scriptsLoadedBy, type PageWeight } from '../../lib/measure.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** Builds both into `out`, with rspack's own command in a process of its own (see rspack.config.mjs). */
function build(out: string): void {
  // The package exports no bin path: its folder, from its package.json, which it does export.
  const cli = join(dirname(createRequire(import.meta.url).resolve('@rspack/cli/package.json')), 'bin', 'rspack.js');
  const run = spawnSync(process.execPath, [cli, 'build', '-c', join(HERE, 'rspack.config.mjs')], {
    cwd: HERE,
    env: { ...process.env, FLOOR_OUT: out },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`The floor app did not build:\n${run.stdout}\n${run.stderr}`);
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

/** Serves the built folder: `/remote/…` from the remote's build, everything else from the host's. */
function serve(out: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://floor').pathname;
    const file = path.startsWith('/remote/')
      ? join(out, 'remote', path.slice('/remote/'.length))
      : join(out, 'host', path === '/' ? 'index.html' : path);
    if (!normalize(file).startsWith(out)) return void res.writeHead(403).end();
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Builds, serves and measures the floor app's first page: its JavaScript by kind, as the portal's. */
export async function measureFloor(browser: Browser): Promise<PageWeight> {
  const out = mkdtempSync(join(tmpdir(), 'floor-app-'));
  build(out);
  const server = await serve(out);
  try {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const paths = await scriptsLoadedBy(page, origin, async () => {
      await page.goto(origin);
      await page
        .locator('floor-app h1')
        .waitFor({ timeout: 15_000 })
        .catch((error: unknown) => {
          throw new Error(`The floor app did not show: ${problems.join('; ') || String(error)}`);
        });
      await page.waitForLoadState('networkidle');
    });
    await context.close();
    return pageWeight(paths, (path) =>
      path.startsWith('/remote/')
        ? { file: join(out, 'remote', path.slice('/remote/'.length)), build: 'floor/remote' }
        : { file: join(out, 'host', path), build: 'floor/host' },
    );
  } finally {
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
}
