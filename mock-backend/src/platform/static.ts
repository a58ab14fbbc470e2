// Hosting of the built shell and modules, with the caching a deployment of hashed bundles needs.
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { html, renderPage } from './html.js';

/** A content hash in the file name (`main.3f9a0c1d.js`, `123.abcdef12.js`): the file never changes. */
const HASHED_NAME = /[.-][0-9a-f]{8,}\./;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
// Revalidated every time (ETag from serve-static), so a new deployment shows on the next load.
const REVALIDATE = 'no-cache';

/** Paths that belong to the server, never to the shell's client-side routing. */
const SERVER_PREFIXES = ['/api', '/auth', '/idp', '/modules'];

function cacheHeaders(res: ServerResponse, path: string): void {
  res.setHeader('Cache-Control', HASHED_NAME.test(basename(path)) ? IMMUTABLE : REVALIDATE);
}

/**
 * A built folder's files, each as the brotli or gzip copy the build made beside it
 * (scripts/precompress.mjs) when the browser accepts one (brotli first), else as it is; with
 * `Vary: Accept-Encoding`, and an ETag of the bytes sent. The compression middleware leaves an
 * answer that already has its Content-Encoding alone. The copies are listed when the server starts;
 * a file built later is served as it is (and compressed on the fly) until the next start.
 */
function builtFiles(root: string): RequestHandler {
  return expressStaticGzip(root, {
    enableBrotli: true,
    orderPreference: ['br', 'gz'],
    index: false,
    serveStatic: { index: false, fallthrough: true, cacheControl: false, setHeaders: cacheHeaders },
  }) as RequestHandler;
}

/** The areas whose build exists at start-up: every modules/<area>/dist. */
export function discoverModules(staticRoot: string): string[] {
  const modulesDir = join(staticRoot, 'modules');
  if (!existsSync(modulesDir)) return [];
  return readdirSync(modulesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[a-z][a-z0-9-]*$/.test(entry.name) && existsSync(join(modulesDir, entry.name, 'dist')))
    .map((entry) => entry.name)
    .sort();
}

function isServerPath(path: string): boolean {
  return SERVER_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * A navigation to a route (`/profile`, `/`), not a request for a missing file (`/x.js`), which gets
 * a plain 404 instead of HTML. `*\/*` counts as accepting HTML, as for curl or a link checker.
 */
function isPageRequest(req: Request): boolean {
  return !/\.[a-z0-9]+$/i.test(req.path) && Boolean(req.accepts('html'));
}

const NOT_BUILT_PAGE = renderPage({
  lang: 'en',
  title: 'Portal not built – Job Market Finland (development)',
  heading: 'The portal has not been built yet',
  brand: { name: 'Job Market Finland', tagline: 'development server' },
  body: html`<p class="notice error">The backend is running, but <code>shell/dist</code> is missing.</p>
<p>Run <code>npm run build</code> in the repository root (or <code>npm start</code>, which builds first), then reload this page.</p>
<p lang="fi">Portaalia ei ole vielä käännetty: aja <code>npm run build</code> ja lataa sivu uudelleen.</p>
<p lang="sv">Portalen har inte byggts ännu: kör <code>npm run build</code> och ladda om sidan.</p>`,
});

export interface StaticOptions {
  readonly staticRoot: string;
  /** From discoverModules, done once at start-up. */
  readonly modules: readonly string[];
  /**
   * The module store's files (published versions, in the database), `/<area>/<version>/<file…>`
   * below /modules: answers with the file or passes the request on (operators/modules/served-files.ts).
   */
  readonly moduleStore?: RequestHandler;
  /**
   * Whether `*.map` files are served (NODE_ENV=development only). A production build keeps its source
   * maps beside the bundles (the byte budgets read them) but names them nowhere ('hidden-source-map'
   * in config/rspack.mjs); they would still give anyone the original sources, comments included.
   */
  readonly serveSourceMaps?: boolean;
}

/** A source map by name, however the path is encoded (`%2Emap`, `.MAP`). */
function isSourceMap(path: string): boolean {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Not valid percent-encoding: serve-static will not find a file either.
  }
  return /\.map$/i.test(path) || /\.map$/i.test(decoded);
}

/** `/<area>/<version>/<file…>` below /modules: a file of a published version in the module store. */
const STORE_PATH = /^\/[a-z][a-z0-9-]*\/\d+\.\d+\.\d+(?:-[0-9a-z.-]+)?\/[^/]/i;

/**
 * Whether a path below /modules names a file of a stored version, and nothing else: decoded, it is
 * `/<area>/<version>/<file…>` with no "." or ".." segment, backslash or NUL, so it can name neither
 * a local build's file nor another version's.
 */
function isStoreFile(path: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  return (
    STORE_PATH.test(decoded) && !/[\\\u0000]/.test(decoded) && !decoded.split('/').some((segment) => segment === '.' || segment === '..')
  );
}

/**
 * Module bundles are public code that a shell or a partner page on another origin may load; only
 * these files and the stable embed addresses (src/operators/partners/embed-router.ts) are opened up. No credentials: a
 * wildcard origin never comes with cookies.
 */
export function openToOtherOrigins(res: Response): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
}

export function staticRouter(options: StaticOptions): Router {
  const router = Router();
  const shellDist = join(options.staticRoot, 'shell', 'dist');
  const shellIndex = join(shellDist, 'index.html');

  if (options.serveSourceMaps !== true) {
    router.use((req, res, next) => {
      if (isSourceMap(req.path)) res.status(404).type('text/plain').send('Not found');
      else next();
    });
  }

  const { moduleStore } = options;
  if (moduleStore !== undefined) {
    // Only an area and a version as the first two segments, and no "..": a path that could name
    // something else never reaches the store (which checks every part again).
    router.use('/modules', (req, res, next) => {
      if (!isStoreFile(req.path)) {
        next();
        return;
      }
      openToOtherOrigins(res);
      return moduleStore(req, res, next);
    });
  }

  for (const area of options.modules) {
    router.use(
      `/modules/${area}`,
      (_req, res, next) => {
        openToOtherOrigins(res);
        next();
      },
      builtFiles(join(options.staticRoot, 'modules', area, 'dist')),
    );
  }
  router.use('/modules', (_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });

  // index.html is not served by name here: the fallback below serves it for every HTML route.
  router.use(builtFiles(shellDist));

  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isServerPath(req.path) || !isPageRequest(req)) {
      next();
      return;
    }
    // Checked per request, so a build made while the server runs is picked up without a restart.
    if (!existsSync(shellIndex)) {
      res.status(503).set('Cache-Control', 'no-store').set('Retry-After', '10').type('html').send(NOT_BUILT_PAGE);
      return;
    }
    // Every route of the shell, known or not (the shell draws its own not-found page), deep links and reloads.
    res.sendFile(shellIndex, { cacheControl: false, headers: { 'Cache-Control': REVALIDATE } });
  });

  return router;
}
