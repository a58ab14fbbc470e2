// The module store: every file of every uploaded version of a module (its build: the manifest,
// remoteEntry, chunks, and the package.json it was built from), in the database (files-store.ts), by
// path relative to the version's folder as served at /modules/<area>/<version>/. `npm run deploy -w
// modules/<area>` uploads a build file by file (PUT /admin-api/modules/:area/versions/:version/files/…);
// publishing (POST /admin-api/modules/:area/versions) reads it back from there, hashes what the
// browser will load and checks what the module declares it needs. A published version's files are
// never written again, so a rollback finds them, on every instance.
import { createHash } from 'node:crypto';
import semver from 'semver';
import { validate } from '@portal/shared-contracts';
import { withoutEdgeSlashes } from '@portal/shared-contracts/text';
import { EMBED_ENTRY, EmbeddableElementsSchema, type EmbeddableElement } from '@portal/shared-contracts/embed';
import type { Database } from '../../storage/storage.js';
import { findModuleFile, listModuleFiles, readModuleFileBytes, type ModuleFileRow } from './files-store.js';

export const MANIFEST_FILE = 'mf-manifest.json';
/** The module's package.json as it was built (with the published version): its `portal` field says what it needs. */
export const DECLARATION_FILE = 'package.json';

const AREA_ID = /^[a-z][a-z0-9-]*$/;
/** The registry's form of a semantic version (no build metadata: "+" has no place in a URL path). */
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9a-z.-]+)?$/i;
const MAX_VERSION_LENGTH = 64;
/** `<domain>.<event>@<major>`, as topicKey() writes it. */
const TOPIC_KEY = /^[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)+@[1-9]\d{0,5}$/;
/** `<api>@<major>`, a name of API_VERSIONS. */
const API_KEY = /^[a-z][a-z0-9-]*@[1-9]\d{0,5}$/;

// Bounds on what one version holds and one publish reads: thousands of files, or one huge file, is
// a mistake (or an attack on the server's memory or the database), not a module.
export const MAX_FILES = 500;
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const MAX_DECLARED = 100;
/** Longest file path inside a version (rspack's names are far shorter). */
const MAX_PATH_LENGTH = 512;
/**
 * One segment of a stored file's path: letters, digits and `_ - ~ @ + .`, not starting with a dot
 * (no ".", "..", or hidden file, which express.static refused to serve before the store moved).
 */
const PATH_SEGMENT = /^[A-Za-z0-9_~@+-][A-Za-z0-9._~@+-]*$/;

export function isAreaId(value: string): boolean {
  return AREA_ID.test(value) && value.length <= 64;
}

/** A version the store and the registry accept: semantic, and already in semver's normal form. */
export function isStorableVersion(value: string): boolean {
  return value.length <= MAX_VERSION_LENGTH && VERSION.test(value) && semver.valid(value) === value;
}

/**
 * A path a file of a version may have, relative to the version's folder: segments of PATH_SEGMENT
 * joined by "/", so never absolute, never "..", no backslash, control character or percent sign,
 * and the same string whether or not a URL decodes it. Checked for uploads, for the files a
 * manifest names, and for what /modules/<area>/<version>/ is asked for.
 */
export function isStorablePath(value: string): boolean {
  return value.length > 0 && value.length <= MAX_PATH_LENGTH && value.split('/').every((segment) => PATH_SEGMENT.test(segment));
}

/** Where the backend serves a version's files (src/platform/static.ts), and so where the shell loads them. */
export function versionUrlPath(area: string, version: string): string {
  return `/modules/${area}/${version}/`;
}

/** The Subresource Integrity value of some bytes, as browsers check it. */
export function sri(bytes: Uint8Array): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** A shared package as the module's build configured it (the manifest's `shared[]`). */
export interface SharedNeed {
  readonly name: string;
  /** The range the module was built to accept; false when it takes any version. */
  readonly requiredVersion: string | false;
  readonly singleton: boolean;
}

/** What the module's package.json declares under `"portal": { "requires": … }`. */
export interface DeclaredNeeds {
  /** `name@version` of every bus topic it subscribes to or publishes. */
  readonly topics: readonly string[];
  /** `name@version` of every backend API it calls. */
  readonly apis: readonly string[];
  /** `"portal": { "embeddable": [...] }`: the elements partner sites may embed; absent when none. */
  readonly embeddable?: readonly EmbeddableElement[];
}

export interface StoredVersion {
  /** The container name in the manifest. */
  readonly remoteName: string;
  /** The exposed paths (`./app`). */
  readonly exposes: readonly string[];
  readonly shared: readonly SharedNeed[];
  readonly declared: DeclaredNeeds;
  /** The manifest and every JavaScript file it names, by path relative to the folder → `sha384-…`. */
  readonly integrity: Readonly<Record<string, string>>;
  /**
   * Every file of the version as it was read, by path → `sha384-…`: publishing checks, with the
   * area locked, that the files are still these (an upload may have replaced one meanwhile).
   */
  readonly uploaded: Readonly<Record<string, string>>;
}

/** The store's content cannot be published; the message says what to fix. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
}

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, what: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
    throw new StoreError(`${what} must be a list of strings.`);
  }
  return value;
}

/** A version's files by path, as publishing reads them. */
type VersionFiles = ReadonlyMap<string, ModuleFileRow>;

function storedFile(files: VersionFiles, relative: string, what: string): ModuleFileRow {
  if (!isStorablePath(relative)) throw new StoreError(`${what} "${relative}" is not a file name inside the version's folder.`);
  const file = files.get(relative);
  if (!file) throw new StoreError(`${what} "${relative}" is missing from the version's uploaded files.`);
  // Uploads are refused above the limit; a file imported from an old store folder is checked here.
  if (file.size > MAX_FILE_BYTES) throw new StoreError(`${what} "${relative}" is larger than ${MAX_FILE_BYTES} bytes.`);
  return file;
}

async function readJson(db: Database, files: VersionFiles, relative: string, what: string): Promise<unknown> {
  const bytes = await readModuleFileBytes(db, storedFile(files, relative, what));
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new StoreError(`${what} "${relative}" is not valid JSON.`);
  }
}

/** The JavaScript files of a manifest entry's `assets` (sync and async); CSS is not used by modules. */
function jsAssets(entry: JsonObject, what: string): string[] {
  const assets = entry['assets'];
  const js = isObject(assets) ? assets['js'] : undefined;
  if (!isObject(js)) throw new StoreError(`${MANIFEST_FILE}: ${what} has no assets.js.`);
  return [
    ...stringList(js['sync'], `${MANIFEST_FILE}: ${what} assets.js.sync`),
    ...stringList(js['async'], `${MANIFEST_FILE}: ${what} assets.js.async`),
  ];
}

interface ParsedManifest {
  readonly remoteName: string;
  readonly exposes: string[];
  readonly shared: SharedNeed[];
  readonly files: string[];
}

function parseManifest(json: unknown): ParsedManifest {
  if (!isObject(json)) throw new StoreError(`${MANIFEST_FILE} is not a Module Federation manifest.`);
  const remoteName = json['name'];
  const metaData = json['metaData'];
  if (typeof remoteName !== 'string' || !isObject(metaData)) throw new StoreError(`${MANIFEST_FILE} has no name or metaData.`);
  // Files resolved against the manifest's own URL are the files hashed here; a fixed public path
  // would load them from somewhere else, unchecked.
  if (metaData['publicPath'] !== 'auto' || 'getPublicPath' in metaData) {
    throw new StoreError(`${MANIFEST_FILE}: metaData.publicPath must be "auto", so the files load from the version's own folder.`);
  }
  const entry = metaData['remoteEntry'];
  if (!isObject(entry) || typeof entry['name'] !== 'string' || entry['name'] === '')
    throw new StoreError(`${MANIFEST_FILE} names no remoteEntry.`);
  if (entry['type'] !== undefined && entry['type'] !== 'global') {
    throw new StoreError(`${MANIFEST_FILE}: the remoteEntry must be a classic script (type "global"), got "${String(entry['type'])}".`);
  }
  const entryPath = typeof entry['path'] === 'string' ? withoutEdgeSlashes(entry['path']) : '';
  const files = [entryPath ? `${entryPath}/${entry['name']}` : entry['name']];

  const exposesJson = json['exposes'];
  const sharedJson = json['shared'];
  if (!Array.isArray(exposesJson) || !Array.isArray(sharedJson)) throw new StoreError(`${MANIFEST_FILE} has no exposes or shared list.`);
  const exposes: string[] = [];
  for (const expose of exposesJson) {
    if (!isObject(expose) || typeof expose['path'] !== 'string') throw new StoreError(`${MANIFEST_FILE}: an exposes entry has no path.`);
    exposes.push(expose['path']);
    files.push(...jsAssets(expose, `exposes "${expose['path']}"`));
  }
  const shared: SharedNeed[] = [];
  for (const item of sharedJson) {
    if (!isObject(item) || typeof item['name'] !== 'string') throw new StoreError(`${MANIFEST_FILE}: a shared entry has no name.`);
    const required = item['requiredVersion'];
    shared.push({
      name: item['name'],
      requiredVersion: typeof required === 'string' ? required : false,
      singleton: item['singleton'] === true,
    });
    files.push(...jsAssets(item, `shared "${item['name']}"`));
  }
  const unique = [...new Set(files)];
  if (unique.length > MAX_FILES) throw new StoreError(`${MANIFEST_FILE} names more than ${MAX_FILES} files.`);
  return { remoteName, exposes, shared, files: unique };
}

function parseDeclaration(json: unknown, version: string): DeclaredNeeds {
  if (!isObject(json)) throw new StoreError(`${DECLARATION_FILE} is not a JSON object.`);
  if (json['version'] !== version) {
    throw new StoreError(`${DECLARATION_FILE} in the store says version "${String(json['version'])}", but ${version} is being published.`);
  }
  const portal = json['portal'];
  const requires = isObject(portal) ? portal['requires'] : undefined;
  if (!isObject(requires)) {
    throw new StoreError(
      `${DECLARATION_FILE} has no "portal": { "requires": { "topics": […], "apis": […] } }: declare the bus topics and APIs the module uses.`,
    );
  }
  const topics = stringList(requires['topics'], `${DECLARATION_FILE} portal.requires.topics`);
  const apis = stringList(requires['apis'], `${DECLARATION_FILE} portal.requires.apis`);
  if (topics.length + apis.length > MAX_DECLARED) throw new StoreError(`${DECLARATION_FILE} declares more than ${MAX_DECLARED} needs.`);
  const badTopic = topics.find((topic) => !TOPIC_KEY.test(topic));
  if (badTopic !== undefined)
    throw new StoreError(`${DECLARATION_FILE}: "${badTopic}" is not a topic as <domain>.<event>@<version>, e.g. "session.changed@1".`);
  const badApi = apis.find((api) => !API_KEY.test(api));
  if (badApi !== undefined) throw new StoreError(`${DECLARATION_FILE}: "${badApi}" is not an API as <name>@<version>, e.g. "profile@1".`);
  const embeddable = parseEmbeddable(isObject(portal) ? portal['embeddable'] : undefined);
  return { topics: [...new Set(topics)], apis: [...new Set(apis)], ...(embeddable ? { embeddable } : {}) };
}

function parseEmbeddable(declared: unknown): EmbeddableElement[] | undefined {
  if (declared === undefined) return undefined;
  const result = validate(EmbeddableElementsSchema, declared);
  if (!result.ok) {
    const issues = result.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
    throw new StoreError(
      `${DECLARATION_FILE} portal.embeddable must be [{ "element": "<area>-…", "requiresAuth": true | false }, …] (${issues}).`,
    );
  }
  return result.value.length > 0 ? result.value : undefined;
}

/**
 * Reads a version's files from the store: parses the manifest and the declaration, and takes the
 * hashes of the manifest and of every JavaScript file the manifest names (computed from the bytes
 * when they were uploaded). Throws StoreError with what is wrong or missing.
 */
export async function readStoredVersion(db: Database, area: string, version: string): Promise<StoredVersion> {
  const files: VersionFiles = new Map((await listModuleFiles(db, area, version)).map((file) => [file.path, file]));
  if (files.size === 0) {
    throw new StoreError(
      `No files for ${area} ${version} in the module store: upload the build first (npm run deploy -w modules/${area} does, with PUT /admin-api/modules/${area}/versions/${version}/files/<path>).`,
    );
  }
  const manifestFile = storedFile(files, MANIFEST_FILE, 'The manifest');
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse((await readModuleFileBytes(db, manifestFile)).toString('utf8'));
  } catch {
    throw new StoreError(`${MANIFEST_FILE} is not valid JSON.`);
  }
  const manifest = parseManifest(manifestJson);
  const declared = parseDeclaration(await readJson(db, files, DECLARATION_FILE, 'The declaration'), version);
  if (declared.embeddable) {
    const misnamed = declared.embeddable.filter((item) => !item.element.startsWith(`${area}-`));
    if (misnamed.length > 0) {
      throw new StoreError(
        `${DECLARATION_FILE} portal.embeddable: ${misnamed.map((item) => `"${item.element}"`).join(', ')} must be named after the area (${area}-…).`,
      );
    }
    // Declared embeddable, so partners' pages will import it: it must be there (createEmbedConfig builds it).
    storedFile(files, EMBED_ENTRY, 'The embed entry');
  }
  const integrity: Record<string, string> = { [MANIFEST_FILE]: manifestFile.integrity };
  for (const file of manifest.files) integrity[file] = storedFile(files, file, `The file ${MANIFEST_FILE} names,`).integrity;
  const uploaded = Object.fromEntries([...files.values()].map((file) => [file.path, file.integrity]));
  return { remoteName: manifest.remoteName, exposes: manifest.exposes, shared: manifest.shared, declared, integrity, uploaded };
}

/** Whether a version's manifest is in the store (a rollback points the registry only at files that exist). */
export async function hasStoredVersion(db: Database, area: string, version: string): Promise<boolean> {
  if (!isAreaId(area) || !isStorableVersion(version)) return false;
  return (await findModuleFile(db, area, version, MANIFEST_FILE)) !== undefined;
}
