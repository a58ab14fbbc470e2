// Development only (NODE_ENV=development): point this browser's portal at a locally running build of
// one module without touching the registry, e.g.
//   http://localhost:8080/job-search?module-override=job-search=http://localhost:4301/mf-manifest.json
// The override lives in a cookie of that browser. While it is there, GET /api/registry names that
// manifest for the area, and the CSP admits its origin. Only loopback URLs are taken, so a link
// cannot make anyone's portal run a stranger's code, not even a developer's. In production nothing
// here is mounted: the parameter and the cookie are ignored.
import type { Request, RequestHandler } from 'express';
import { eq } from 'drizzle-orm';
import { MODULE_OVERRIDE_COOKIE, MODULE_OVERRIDE_PARAM, type Registry } from '@portal/shared-contracts';
import { registryEntries } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';
import { requestCookie } from '../../platform/cookies.js';
import { html, renderPage } from '../../platform/html.js';
import type { ModuleOrigins } from '../../platform/security-headers.js';

// The cookie is readable by the shell (not HttpOnly): it shows a banner for an override the registry applied.
export { MODULE_OVERRIDE_COOKIE, MODULE_OVERRIDE_PARAM };
/**
 * The version the registry gives an overridden area: a local build is no published version, and its
 * errors must not count against one.
 */
export const OVERRIDE_VERSION = '0.0.0-dev';

/** Area → manifest URL. */
export type ModuleOverrides = ReadonlyMap<string, string>;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const AREA = /^[a-z][a-z0-9-]*$/;

/**
 * The URL, normalised, if it is an http(s) URL on this machine (localhost, 127.0.0.1, [::1]) without
 * credentials; undefined for anything else. The URL parser has already turned spellings such as
 * `127.1` or `0x7f000001` into 127.0.0.1, and `localhost.example.com` is not localhost.
 */
export function loopbackUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK_HOSTS.has(url.hostname)) return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  url.hash = '';
  return url.href;
}

/** The cookie's value (`area=url&area=url`, URL-encoded) as overrides; anything not loopback is dropped. */
export function parseOverrides(raw: string | undefined): Map<string, string> {
  const overrides = new Map<string, string>();
  if (!raw) return overrides;
  for (const [area, url] of new URLSearchParams(raw)) {
    const manifest = loopbackUrl(url);
    if (AREA.test(area) && manifest) overrides.set(area, manifest);
  }
  return overrides;
}

export function serializeOverrides(overrides: ModuleOverrides): string {
  return new URLSearchParams([...overrides].sort(([a], [b]) => a.localeCompare(b))).toString();
}

/** The overrides this request's browser has set (validated again: a cookie is the client's to write). */
export function readOverrides(req: Request): Map<string, string> {
  return parseOverrides(requestCookie(req, MODULE_OVERRIDE_COOKIE));
}

/** The registry as this browser should see it: overridden areas load from the local build. */
export function applyOverrides(registry: Registry, overrides: ModuleOverrides): Registry {
  if (overrides.size === 0) return registry;
  return {
    ...registry,
    areas: registry.areas.map((entry) => {
      const manifestUrl = overrides.get(entry.area);
      if (!manifestUrl) return entry;
      // Named field by field: whatever else a published version carries (its integrity hashes) does
      // not describe the local build.
      // An area on legacy pages can be overridden too: its module's container name is the area's.
      const { implementation } = entry;
      const remoteName = implementation.kind === 'federated' ? implementation.remoteName : `portal_${entry.area.replaceAll('-', '_')}`;
      const exposes = implementation.kind === 'federated' ? implementation.exposes : './app';
      return { ...entry, implementation: { kind: 'federated' as const, remoteName, exposes, manifestUrl, version: OVERRIDE_VERSION } };
    }),
  };
}

/** For the CSP: the overrides' origins may serve scripts and answer fetches (manifest, live reload). */
export function overrideOrigins(overrides: ModuleOverrides): ModuleOrigins {
  const origins = [...new Set([...overrides.values()].map((url) => new URL(url).origin))].sort();
  return { scripts: origins, connect: origins };
}

type Change = { readonly kind: 'set'; readonly area: string; readonly url: string } | { readonly kind: 'clear'; readonly area?: string };

/** One `module-override` value: `area=url` sets, `area=` clears one area, `` or `clear` clears all. */
function parseChange(value: string): Change | string {
  if (value === '' || value === 'clear') return { kind: 'clear' };
  const eq = value.indexOf('=');
  const area = eq === -1 ? value : value.slice(0, eq);
  const url = eq === -1 ? '' : value.slice(eq + 1);
  if (!AREA.test(area)) return `"${area}" is not an area id.`;
  if (url === '') return { kind: 'clear', area };
  const manifest = loopbackUrl(url);
  if (!manifest) return `"${url}" is not an http(s) URL on localhost, 127.0.0.1 or [::1]; only a build on this machine can be used.`;
  return { kind: 'set', area, url: manifest };
}

function refusal(problem: string): string {
  return renderPage({
    lang: 'en',
    title: 'Module override refused – Job Market Finland (development)',
    heading: 'The module override was not set',
    brand: { name: 'Job Market Finland', tagline: 'development server' },
    body: html`<p class="notice error">${problem}</p>
<p>Use <code>?${MODULE_OVERRIDE_PARAM}=&lt;area&gt;=http://localhost:&lt;port&gt;/mf-manifest.json</code>; <code>&lt;area&gt;=</code> clears one area, <code>clear</code> all of them.</p>
<p lang="fi">Moduulin ohitusta ei asetettu: ${problem}</p>
<p lang="sv">Moduländringen gjordes inte: ${problem}</p>`,
  });
}

/**
 * Mounted only in development, before the static files: a GET with `?module-override=…` changes this
 * browser's overrides and is redirected to the same address without the parameter, so a reload or a
 * bookmark does not set it again. An unknown area or a URL off this machine is refused with a page
 * that says why.
 */
export function moduleOverrideLinks(db: Database): RequestHandler {
  return async (req, res, next) => {
    if (req.method !== 'GET') {
      next();
      return;
    }
    const url = new URL(req.originalUrl, 'http://portal.invalid');
    const values = url.searchParams.getAll(MODULE_OVERRIDE_PARAM);
    if (values.length === 0) {
      next();
      return;
    }
    const overrides = readOverrides(req);
    for (const value of values) {
      const change = parseChange(value);
      if (typeof change === 'string') {
        res.status(400).set('Cache-Control', 'no-store').type('html').send(refusal(change));
        return;
      }
      if (change.kind === 'clear') {
        if (change.area === undefined) overrides.clear();
        else overrides.delete(change.area);
        continue;
      }
      const [known] = await db
        .select({ area: registryEntries.area })
        .from(registryEntries)
        .where(eq(registryEntries.area, change.area))
        .limit(1);
      if (!known) {
        res
          .status(400)
          .set('Cache-Control', 'no-store')
          .type('html')
          .send(refusal(`There is no area "${change.area}" in the registry.`));
        return;
      }
      overrides.set(change.area, change.url);
    }
    // A browser-session cookie (gone when the browser closes), for this site's pages only.
    if (overrides.size === 0) res.clearCookie(MODULE_OVERRIDE_COOKIE, { path: '/', sameSite: 'lax' });
    else res.cookie(MODULE_OVERRIDE_COOKIE, serializeOverrides(overrides), { path: '/', sameSite: 'lax', httpOnly: false });
    url.searchParams.delete(MODULE_OVERRIDE_PARAM);
    // One leading slash: "//host" would be a redirect to another site (a path like "/.//host" parses so).
    res.set('Cache-Control', 'no-store').redirect(303, `/${url.pathname.replace(/^\/+/, '')}${url.search}`);
  };
}
