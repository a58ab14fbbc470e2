// What partner embedding reads: the areas partners may embed now, and the files of an area's current
// implementation, on this server (a local build on disk, or a version in the module store, which is
// in the database) and as URLs. The stable /embed addresses (embed-router.ts) and the partners' page
// (router.ts) both use these.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PARTNERS_PATH } from '@portal/shared-contracts/embed';
import type { FederatedImplementation } from '@portal/shared-contracts';
import { findModuleFile, readModuleFileBytes } from '../modules/files-store.js';
import { isStorablePath, isStorableVersion } from '../modules/module-store.js';
import type { Database } from '../../storage/storage.js';
import { readRegistry, type StoredArea } from '../registry/service.js';
import { resolveInside } from '../../platform/safe-path.js';

/** An area id as a path segment may name one. */
export const AREA = /^[a-z][a-z0-9-]*$/;
const MANIFEST_FILE = 'mf-manifest.json';

export interface EmbedFilesOptions {
  /** Where modules/<area>/dist (local builds) are. */
  readonly staticRoot: string;
}

/** Where an implementation's files are: a local build's folder, a version in the module store, or neither (another origin). */
type FilesPlace = { readonly folder: string } | { readonly area: string; readonly version: string } | undefined;

function filesPlace(area: string, implementation: FederatedImplementation, options: EmbedFilesOptions): FilesPlace {
  if (!AREA.test(area)) return undefined;
  if (implementation.manifestUrl === `/modules/${area}/${MANIFEST_FILE}`)
    return { folder: join(options.staticRoot, 'modules', area, 'dist') };
  const { version } = implementation;
  if (isStorableVersion(version) && implementation.manifestUrl === `/modules/${area}/${version}/${MANIFEST_FILE}`) return { area, version };
  return undefined;
}

/**
 * The bytes of a file beside the implementation's manifest (`embed/…`) on this server: undefined
 * when it is not there, or when the implementation's files are on another origin, which this server
 * cannot see.
 */
export async function readImplementationFile(
  db: Database,
  area: string,
  implementation: FederatedImplementation,
  relative: string,
  options: EmbedFilesOptions,
): Promise<Buffer | undefined> {
  const place = filesPlace(area, implementation, options);
  if (place === undefined) return undefined;
  if ('folder' in place) {
    const path = resolveInside(place.folder, relative);
    return path === undefined ? undefined : readFile(path).catch(() => undefined);
  }
  const file = isStorablePath(relative) ? await findModuleFile(db, place.area, place.version, relative) : undefined;
  return file && readModuleFileBytes(db, file);
}

/**
 * Whether a file beside the implementation's manifest is there: true or false for files on this
 * server, undefined for an implementation on another origin (not ours to look at).
 */
export async function hasImplementationFile(
  db: Database,
  area: string,
  implementation: FederatedImplementation,
  relative: string,
  options: EmbedFilesOptions,
): Promise<boolean | undefined> {
  const place = filesPlace(area, implementation, options);
  if (place === undefined) return undefined;
  if ('folder' in place) {
    const path = resolveInside(place.folder, relative);
    return path !== undefined && existsSync(path);
  }
  return isStorablePath(relative) && (await findModuleFile(db, place.area, place.version, relative)) !== undefined;
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

/** An area with a module (one with only legacy pages has nothing to embed). */
export type EmbeddableArea = StoredArea & { readonly implementation: FederatedImplementation };

/** The areas partners may embed now, in registry order, with what each offers. */
export async function embeddableAreas(db: Database): Promise<EmbeddableArea[]> {
  const registry = await readRegistry(db);
  return registry.areas.filter((entry): entry is EmbeddableArea => (entry.implementation?.embeddable?.length ?? 0) > 0);
}

/** The stable address's one-line module: what it offers, in comments, and the import of the version now. */
export function stableModule(entry: EmbeddableArea, importUrl: string): string {
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
