// The compatibility check a module version passes before the registry points at it: what the module
// needs (the shared singletons' ranges from its built manifest, the topics and APIs its package.json
// declares) against what the portal provides (the shell build's portal-provides.json: the singleton
// versions every module gets and the topics of the contracts on the page; the APIs this backend
// serves). Every misfit is named, so the person publishing knows what to change.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import semver from 'semver';
import type { DeclaredNeeds, SharedNeed } from './module-store.js';

export const PROVIDES_FILE = 'portal-provides.json';

/** What the shell build says it provides (shell/dist/portal-provides.json, written by shell/portal-provides.mjs). */
export interface PortalProvides {
  /** Shared singleton → the version the shell shares: the one every module gets, since it loads first. */
  readonly shared: Readonly<Record<string, string>>;
  /** `name@version` of every topic the page's contracts define. */
  readonly topics: readonly string[];
}

export interface ModuleNeeds extends DeclaredNeeds {
  readonly shared: readonly SharedNeed[];
}

/** The portal's side cannot be read: nothing can be judged, so nothing is published. */
export class ProvidesUnavailableError extends Error {
  override readonly name = 'ProvidesUnavailableError';
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((item) => typeof item === 'string')
  );
}

/** Reads shell/dist/portal-provides.json of the shell being served, at every publish (a rebuilt shell counts at once). */
export async function readPortalProvides(staticRoot: string): Promise<PortalProvides> {
  const path = join(staticRoot, 'shell', 'dist', PROVIDES_FILE);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new ProvidesUnavailableError(
      `The shell's dist/${PROVIDES_FILE} is missing or unreadable, so compatibility cannot be checked: build the shell first (npm run build).`,
    );
  }
  const shared = typeof json === 'object' && json !== null && 'shared' in json ? json.shared : undefined;
  const topics = typeof json === 'object' && json !== null && 'topics' in json ? json.topics : undefined;
  if (!isStringRecord(shared) || !Array.isArray(topics) || !topics.every((topic): topic is string => typeof topic === 'string')) {
    throw new ProvidesUnavailableError(`The shell's dist/${PROVIDES_FILE} does not list shared versions and topics: rebuild the shell.`);
  }
  return { shared, topics };
}

function splitKey(key: string): { name: string; version: number } {
  const at = key.lastIndexOf('@');
  return { name: key.slice(0, at), version: Number(key.slice(at + 1)) };
}

/**
 * Every way the module does not fit, as plain sentences; empty when it fits.
 * - A shared singleton the shell provides must satisfy the module's range (the module gets the
 *   shell's copy whatever it asked for). A package the shell does not share is the module's own.
 * - Every topic must be defined, at that version, by the contracts on the page.
 * - Every API must be served by this backend at that version.
 */
export function findMisfits(needs: ModuleNeeds, provides: PortalProvides, apis: Readonly<Record<string, number>>): string[] {
  const misfits: string[] = [];
  for (const { name, requiredVersion, singleton } of needs.shared) {
    const provided = provides.shared[name];
    if (!singleton || provided === undefined || requiredVersion === false) continue;
    if (semver.validRange(requiredVersion) === null) {
      misfits.push(`${name}: the module's required version "${requiredVersion}" is not a semver range`);
    } else if (!semver.satisfies(provided, requiredVersion)) {
      misfits.push(`${name}: the module needs ${requiredVersion}, the shell provides ${provided}`);
    }
  }
  for (const key of needs.topics) {
    if (provides.topics.includes(key)) continue;
    const { name } = splitKey(key);
    const sameName = provides.topics.filter((topic) => splitKey(topic).name === name);
    misfits.push(
      sameName.length > 0
        ? `topic ${key} is not provided (the portal has ${sameName.join(', ')})`
        : `topic ${key} is not provided (the portal has no topic ${name})`,
    );
  }
  for (const key of needs.apis) {
    const { name, version } = splitKey(key);
    const served = Object.hasOwn(apis, name) ? apis[name] : undefined;
    if (served === version) continue;
    misfits.push(
      served === undefined
        ? `API ${key} is not served (the backend has no API ${name})`
        : `API ${key} is not served (the backend serves ${name}@${served})`,
    );
  }
  return misfits;
}
