// What partner embedding reads: the areas partners may embed now, and where the files of an area's
// current implementation are, on this server and as URLs. The stable /embed addresses
// (embed-router.ts) and the partners' page (router.ts) both use these.
import { join } from 'node:path';
import { PARTNERS_PATH } from '@portal/shared-contracts/embed';
import type { FederatedImplementation } from '@portal/shared-contracts';
import { versionFolder } from '../modules/module-store.js';
import type { Database } from '../../storage/storage.js';
import { readRegistry, type StoredArea } from '../registry/service.js';
import { resolveInside } from '../../platform/safe-path.js';

/** An area id as a path segment may name one. */
export const AREA = /^[a-z][a-z0-9-]*$/;
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
export function implementationFolder(
  area: string,
  implementation: FederatedImplementation,
  options: EmbedFilesOptions,
): string | undefined {
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
export function implementationFile(
  area: string,
  implementation: FederatedImplementation,
  relative: string,
  options: EmbedFilesOptions,
): string | undefined {
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

/** The stable address's one-line module: what it offers, in comments, and the import of the version now. */
export function stableModule(entry: StoredArea, importUrl: string): string {
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
