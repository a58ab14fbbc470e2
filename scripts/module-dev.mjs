#!/usr/bin/env node
// `npm run dev -w modules/<area>`: one module's development build, rebuilt on every change, served on
// its own port with CORS for the portal and a live-reload event stream, to be run inside the real
// shell through the backend's development override (mock-backend/src/operators/registry/module-override.ts):
//
//   NODE_ENV=development npm start                 (the portal, in development mode)
//   npm run dev -w modules/job-search              (prints the address to open)
//
// Settings: MODULE_DEV_PORT (default 4301 + the module's place among modules/, alphabetically),
// PORTAL_URL (default http://localhost:8080). Uses only what is installed: rspack's JS API and node:http.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { rspack } from '@rspack/core';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The module's build imports the contracts' built files, and so does this script.
if (!existsSync(join(REPO_ROOT, 'shared-contracts', 'dist', 'index.js'))) {
  spawnSync('npm', ['run', 'build', '-w', 'shared-contracts'], { cwd: REPO_ROOT, stdio: 'inherit' });
}
const { MODULE_DEV_EVENTS_PATH, MODULE_OVERRIDE_PARAM } = await import('@portal/shared-contracts');
const moduleDir = resolve(process.argv[2] ?? process.cwd());
const area = basename(moduleDir);
const modulesDir = join(REPO_ROOT, 'modules');
if (dirname(moduleDir) !== modulesDir || !existsSync(join(moduleDir, 'rspack.config.mjs'))) {
  console.error(`Run this from a module's folder: npm run dev -w modules/<area> (got ${moduleDir}).`);
  process.exit(1);
}
const { version } = JSON.parse(readFileSync(join(moduleDir, 'package.json'), 'utf8'));
const areas = readdirSync(modulesDir)
  .filter((name) => existsSync(join(modulesDir, name, 'rspack.config.mjs')))
  .sort();
const port = Number(process.env.MODULE_DEV_PORT || 4301 + areas.indexOf(area));
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`MODULE_DEV_PORT must be a port number, got "${process.env.MODULE_DEV_PORT}".`);
  process.exit(1);
}
const portalUrl = new URL(process.env.PORTAL_URL || 'http://localhost:8080');
// Not dist/: the deployable build stays as it was, and the backend keeps serving it to everyone else.
const outputDir = join(moduleDir, 'dist-dev');
const devOrigin = `http://localhost:${port}`;
const manifestUrl = `${devOrigin}/mf-manifest.json`;

/** Browsers that may load the build: pages on this machine only (the portal on any port). */
function allowedOrigin(origin) {
  if (!origin) return undefined;
  try {
    const url = new URL(origin);
    return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) && /^https?:$/.test(url.protocol) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

// --- the build --------------------------------------------------------------------------------

const { default: configure } = await import(pathToFileURL(join(moduleDir, 'rspack.config.mjs')).href);
const loaded = configure({}, { mode: 'development' });
// A module with embeddable elements exports [federated, embed] (createEmbedConfig); the shell loads
// the federated one, the only one developed here.
const base = Array.isArray(loaded) ? (loaded.find((item) => item.name === area) ?? loaded[0]) : loaded;
const config = {
  ...base,
  // The portal's CSP allows no eval, in development neither: source maps in files, not eval().
  devtool: 'cheap-module-source-map',
  output: { ...base.output, path: outputDir, clean: true },
};

const clients = new Set();
function broadcast(event, data) {
  for (const response of clients) response.write(`event: ${event}\ndata: ${data}\n\n`);
}

let builds = 0;
let ready = false;
const compiler = rspack(config);
compiler.hooks.invalid.tap('module-dev', (file) => {
  console.log(`Changed: ${file ? relative(moduleDir, file) : 'files'}; building…`);
});
const watching = compiler.watch(
  { aggregateTimeout: 200, ignored: ['**/node_modules/**', '**/dist/**', '**/dist-dev/**'] },
  (error, stats) => {
    if (error) {
      console.error(error);
      return;
    }
    if (stats?.hasErrors()) {
      // The page keeps the last good build; the errors are here.
      console.error(stats.toString({ preset: 'errors-warnings', colors: process.stdout.isTTY }));
      return;
    }
    builds++;
    console.log(`Built ${area} in ${stats ? stats.endTime - stats.startTime : '?'} ms.`);
    if (builds > 1) broadcast('reload', String(builds));
    if (!ready) {
      ready = true;
      void announce();
    }
  },
);

// --- the server -------------------------------------------------------------------------------

const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css',
  '.html': 'text/html',
};

function escapeHtml(text) {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function handle(req, res) {
  const origin = allowedOrigin(req.headers.origin);
  res.setHeader('Vary', 'Origin');
  if (origin) res.setHeader('Access-Control-Allow-Origin', origin);
  // The portal's page loads the files as scripts from another origin.
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  res.setHeader('Cache-Control', 'no-cache');
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', devOrigin).pathname);
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
    return;
  }

  if (path === MODULE_DEV_EVENTS_PATH) {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
    res.write('retry: 1000\n\n');
    clients.add(res);
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(keepAlive);
      clients.delete(res);
    });
    return;
  }
  if (path === '/') {
    const link = openUrl('/');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><meta charset="utf-8"><title>${escapeHtml(area)} – development build</title>
<h1>Module ${escapeHtml(area)} ${escapeHtml(version)}: development build</h1>
<p>Open it in the portal (the backend must run with <code>NODE_ENV=development</code>): <a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>
<p>Manifest: <a href="/mf-manifest.json">/mf-manifest.json</a></p>`);
    return;
  }
  const file = resolve(outputDir, `.${path}`);
  if (!file.startsWith(outputDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}

function openUrl(route) {
  // `<area>=<url>` needs no escaping in a query for the backend's parser; unescaped it reads better.
  return `${new URL(route, portalUrl).href}?${MODULE_OVERRIDE_PARAM}=${area}=${manifestUrl}`;
}

async function routeOfArea() {
  try {
    const registry = await (await fetch(new URL('/api/registry', portalUrl), { signal: AbortSignal.timeout(2000) })).json();
    return { route: registry.areas.find((entry) => entry.area === area)?.route ?? '/', running: true };
  } catch {
    return { route: '/', running: false };
  }
}

async function announce() {
  const { route, running } = await routeOfArea();
  console.log(`
Module ${area} ${version}: development build in ${relative(REPO_ROOT, outputDir)}, rebuilt on every change.
Served at ${manifestUrl} (for pages on this machine; live reload at ${MODULE_DEV_EVENTS_PATH}).

Open it in the real shell (the backend must run in development mode: NODE_ENV=development npm start):
  ${openUrl(route)}
The page shows a banner while the override is on; its button clears it.${
    running ? '' : `\n(No portal answered at ${portalUrl.origin} yet: start it as above, then open the address.)`
  }
Ready.`);
}

// Both loopback addresses, so "localhost" works whichever one the browser tries first; never the network.
const servers = [];
for (const host of ['127.0.0.1', '::1']) {
  const server = createServer(handle);
  servers.push(server);
  server.on('error', (error) => {
    if (host === '::1' && (error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT')) return; // no IPv6 here
    console.error(`Port ${port} on ${host}: ${error.message}. Set MODULE_DEV_PORT to another port.`);
    process.exit(1);
  });
  server.listen(port, host);
}

function stop() {
  for (const response of clients) response.end();
  watching.close(() => undefined);
  for (const server of servers) server.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
