// The security headers of every response (pages, API, IdP, static files), in one place.
import type { Request, RequestHandler } from 'express';
import { registryEntries } from '../storage/schema/index.js';
import type { Database } from '../storage/storage.js';

/** Origins, besides this one, that the shell loads modules from (absolute URLs in the registry). */
export interface ModuleOrigins {
  /** Origins of absolute manifestUrls: the module's code comes from there. */
  readonly scripts: readonly string[];
  /** The same plus origins of absolute currentItemsUrls: fetched by the shell and the overview. */
  readonly connect: readonly string[];
}

export const NO_MODULE_ORIGINS: ModuleOrigins = { scripts: [], connect: [] };

/**
 * The Content-Security-Policy, one directive per line with the reason for it.
 * Trusted Types names: `portal` is the shell's policy, `lit-html` Lit's own, `default` the fallback
 * that libraries without a policy go through; 'allow-duplicates' because a federated module may
 * bring its own copy of Lit, which creates its `lit-html` policy again.
 */
export function contentSecurityPolicy(modules: ModuleOrigins = NO_MODULE_ORIGINS): string {
  const directives: ReadonlyArray<readonly [string, ...string[]]> = [
    // Anything not named below: this origin only.
    ['default-src', "'self'"],
    // Code from this origin and the registry's module origins; never inline script or eval.
    ['script-src', "'self'", ...modules.scripts],
    // Styles only: Lit adopts constructed stylesheets and Module Federation inserts <style>;
    // inline style cannot run code, unlike inline script.
    ['style-src', "'self'", "'unsafe-inline'"],
    // Icons as data: URIs in the shell's CSS.
    ['img-src', "'self'", 'data:'],
    // The API is same-origin; a module on another origin fetches its manifest and chunks from there.
    ['connect-src', "'self'", ...modules.connect],
    ['font-src', "'self'"],
    // No plugins.
    ['object-src', "'none'"],
    // A <base> injected by markup must not redirect relative URLs elsewhere.
    ['base-uri', "'self'"],
    // Forms (sign-out, the IdP's choice) post only here.
    ['form-action', "'self'"],
    // Framing only by this origin (the legacy adapter); clickjacking from elsewhere is blocked.
    ['frame-ancestors', "'self'"],
    // DOM XSS sinks (innerHTML, script.src…) accept only values made by a named Trusted Types policy.
    ['require-trusted-types-for', "'script'"],
    ['trusted-types', 'portal', 'lit-html', 'default', "'allow-duplicates'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/**
 * Powerful features nobody in the portal uses, switched off for this page and every frame in it, so
 * an injected or compromised module cannot ask for them. Only feature names browsers recognise, to
 * keep the console free of warnings.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

const HSTS = 'max-age=31536000; includeSubDomains';

/** The origin of an absolute http(s) URL, or undefined for a path (same origin) or anything odd. */
export function originOf(url: string | null | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  try {
    // URL.origin is scheme://host[:port] only: nothing that could end a CSP directive.
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

export async function moduleOriginsFromDatabase(db: Database): Promise<ModuleOrigins> {
  const rows = await db
    .select({ implementation: registryEntries.implementation, currentItemsUrl: registryEntries.currentItemsUrl })
    .from(registryEntries);
  const scripts = new Set<string>();
  const connect = new Set<string>();
  for (const row of rows) {
    // An area with only legacy pages loads no module code (its pages are framed from the portal's origin).
    const manifest = originOf(row.implementation?.manifestUrl);
    if (manifest) {
      scripts.add(manifest);
      connect.add(manifest);
    }
    const items = originOf(row.currentItemsUrl);
    if (items) connect.add(items);
  }
  return { scripts: [...scripts].sort(), connect: [...connect].sort() };
}

/**
 * The registry's origins for a few seconds: a cache (every instance reads the same rows and the
 * policy follows a registry change within `ttlMs`), not state. Concurrent requests share one read;
 * a failed read keeps the last good value, or none, which only makes the policy stricter.
 */
export function cachedModuleOrigins(
  load: () => Promise<ModuleOrigins>,
  ttlMs: number,
  onError: (error: unknown) => void = () => {},
): () => Promise<ModuleOrigins> {
  let value: ModuleOrigins = NO_MODULE_ORIGINS;
  let loadedAt = Number.NEGATIVE_INFINITY;
  let pending: Promise<ModuleOrigins> | undefined;
  return () => {
    if (performance.now() - loadedAt < ttlMs) return Promise.resolve(value);
    pending ??= load()
      .then(
        (fresh) => {
          value = fresh;
          loadedAt = performance.now();
          return fresh;
        },
        (error: unknown) => {
          onError(error);
          return value;
        },
      )
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
}

/** Both lists of origins, each once and sorted. */
export function mergeOrigins(a: ModuleOrigins, b: ModuleOrigins): ModuleOrigins {
  return {
    scripts: [...new Set([...a.scripts, ...b.scripts])].sort(),
    connect: [...new Set([...a.connect, ...b.connect])].sort(),
  };
}

/**
 * `requestOrigins` adds origins for one request: in development only, those of the browser's module
 * overrides (operators/registry/module-override.ts), so a local build can run in the real shell.
 */
/** The policy of each set of origins, written once: the registry's set changes every few seconds at most, requests come by the thousand. */
const policies = new WeakMap<ModuleOrigins, string>();

function policyFor(modules: ModuleOrigins): string {
  let policy = policies.get(modules);
  if (policy === undefined) {
    policy = contentSecurityPolicy(modules);
    policies.set(modules, policy);
  }
  return policy;
}

export function securityHeaders(
  moduleOrigins: () => Promise<ModuleOrigins>,
  requestOrigins?: (req: Request) => ModuleOrigins,
): RequestHandler {
  return (req, res, next) => {
    moduleOrigins().then((registryOrigins) => {
      const modules = requestOrigins ? mergeOrigins(registryOrigins, requestOrigins(req)) : registryOrigins;
      res.setHeader('Content-Security-Policy', policyFor(modules));
      res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      // Other sites learn only the origin, never the path (which may name the person's matters).
      res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
      // A page opened from elsewhere cannot script this window, nor this one the opener.
      res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
      // Only over real TLS (directly or forwarded by a trusted proxy): over plain HTTP, including
      // http://localhost marked secure for the cookie, browsers ignore it and it only confuses.
      if (req.protocol === 'https') res.setHeader('Strict-Transport-Security', HSTS);
      next();
    }, next);
  };
}
