// Partner embedding, the server's side: the stable address a partner's page loads,
//   GET /embed/<area>/embed.js
// a one-line ES module that imports the embed entry of the version the registry points at now
// (`embed/embed.js` beside the manifest: `/modules/<area>/embed/embed.js` for a local build,
// `/modules/<area>/<version>/embed/embed.js` for a published one). A deployment or a rollback
// changes what it imports; the versioned files themselves never change and are cached for a year.
//
// Only these answers and the module files (src/platform/static.ts) may be read by other origins:
// `Access-Control-Allow-Origin: *` without credentials, `Cross-Origin-Resource-Policy: cross-origin`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Router } from 'express';
import { EMBED_ENTRY, PARTNERS_PATH } from '@portal/shared-contracts/embed';
import type { FederatedImplementation } from '@portal/shared-contracts';
import { versionFolder } from '../modules/module-store.js';
import type { Database } from '../../storage/storage.js';
import { readRegistry, type StoredArea } from '../registry/router.js';
import { resolveInside } from '../../platform/safe-path.js';
import { openToOtherOrigins } from '../../platform/static.js';

/**
 * Short: a partner's visitors pick up a deployment within minutes, while the stable address is not
 * asked for on every page view. The versioned files it imports are immutable.
 */
export const STABLE_EMBED_CACHE = 'public, max-age=300';

const AREA = /^[a-z][a-z0-9-]*$/;
const MANIFEST_FILE = 'mf-manifest.json';

export interface EmbedFilesOptions {
  /** Where modules/<area>/dist (local builds) are. */
  readonly staticRoot: string;
  /** `<DATA_DIR>/module-store`: published versions. */
  readonly moduleStore: string;
}

/**
 * The folder on this server holding the files of an area's current implementation: the local build
 * or a version in the module store. Undefined for a manifest elsewhere (another origin), whose files
 * this server cannot see.
 */
export function implementationFolder(area: string, implementation: FederatedImplementation, options: EmbedFilesOptions): string | undefined {
  if (!AREA.test(area)) return undefined;
  if (implementation.manifestUrl === `/modules/${area}/${MANIFEST_FILE}`) return join(options.staticRoot, 'modules', area, 'dist');
  if (implementation.manifestUrl === `/modules/${area}/${implementation.version}/${MANIFEST_FILE}`) {
    try {
      return versionFolder(options.moduleStore, area, implementation.version);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** A file of the implementation's embed folder on this server (`embed/…`, resolved inside it), if there is one. */
export function implementationFile(area: string, implementation: FederatedImplementation, relative: string, options: EmbedFilesOptions): string | undefined {
  const folder = implementationFolder(area, implementation, options);
  return folder === undefined ? undefined : resolveInside(folder, relative);
}

/**
 * The URL of a file beside an implementation's manifest (EMBED_ENTRY, CUSTOM_ELEMENTS_MANIFEST): a
 * path on this origin for files served here, an absolute URL for a manifest elsewhere. Resolved like
 * the browser resolves the manifest's files.
 */
export function implementationUrl(implementation: FederatedImplementation, relative: string): string {
  const absolute = /^https?:\/\//i.test(implementation.manifestUrl);
  const url = new URL(relative, new URL(implementation.manifestUrl, 'http://portal.invalid'));
  return absolute ? url.href : url.pathname;
}

/** The areas partners may embed now, in registry order, with what each offers. */
export async function embeddableAreas(db: Database): Promise<StoredArea[]> {
  const registry = await readRegistry(db);
  return registry.areas.filter((entry) => (entry.implementation.embeddable?.length ?? 0) > 0);
}

function stableModule(entry: StoredArea, importUrl: string): string {
  const elements = (entry.implementation.embeddable ?? [])
    .map((item) => `<${item.element}>${item.requiresAuth ? ' (needs sign-in: on other sites a notice with a link to the portal)' : ''}`)
    .join(', ');
  // Every interpolated value is validated registry data (slugs, tag names, a semantic version, a
  // URL), and the import specifier is a JSON string: nothing here can end the comment or the string.
  return [
    `// Job Market Finland (Työmarkkinatori): embeddable elements of "${entry.area}" ${entry.implementation.version}: ${elements}.`,
    '// This address follows the portal’s deployments; the versioned file it imports never changes.',
    `// Documentation for partner sites: ${PARTNERS_PATH}`,
    `import ${JSON.stringify(importUrl)};`,
    '',
  ].join('\n');
}

export function embedRouter(db: Database, options: EmbedFilesOptions): Router {
  const router = Router();
  router.use('/embed', (_req, res, next) => {
    // The partner's page sees a real 404 in its console rather than a CORS error.
    openToOtherOrigins(res);
    next();
  });
  router.get('/embed/:area/embed.js', async (req, res) => {
    const area = req.params['area'] ?? '';
    const entry = AREA.test(area) ? (await embeddableAreas(db)).find((candidate) => candidate.area === area) : undefined;
    // Files not built (or removed from the store) would make the partner's page import a 404.
    const file = entry && implementationFile(area, entry.implementation, EMBED_ENTRY, options);
    if (!entry || (file !== undefined && !existsSync(file))) {
      res.status(404).set('Cache-Control', 'no-store').type('text/plain').send(`Nothing to embed at ${req.path}. See ${PARTNERS_PATH}.`);
      return;
    }
    res.set('Cache-Control', STABLE_EMBED_CACHE);
    res.type('text/javascript; charset=utf-8').send(stableModule(entry, implementationUrl(entry.implementation, EMBED_ENTRY)));
  });
  router.use('/embed', (_req, res) => {
    res.status(404).set('Cache-Control', 'no-store').type('text/plain').send(`Not found. See ${PARTNERS_PATH}.`);
  });
  return router;
}
