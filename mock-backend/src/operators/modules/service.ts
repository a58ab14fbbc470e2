// The operators' side of independent deployment: what every area runs, an area's versions and
// history, publishing a version already uploaded to the store, and rolling back. Every change is one
// transaction with the area's registry row locked, and leaves a registry_changes row naming the
// token's owner.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  API_ERROR_CODES,
  API_VERSIONS,
  FederatedImplementationSchema,
  MODULE_EXPOSES,
  containerNameOf,
  parseOrThrow,
  type ModuleIntegrity,
} from '@portal/shared-contracts';
import type { Clock } from '../../platform/clock.js';
import {
  changeImplementation,
  findModuleVersion,
  findRegistrySlot,
  insertModuleVersion,
  listModuleVersions,
  listRegistryChanges,
  listRegistryImplementations,
  lockRegistryEntry,
  REGISTRY_ACTIONS,
  rollbackTarget,
  type Implementation,
  type ModuleVersionRow,
  type RegistryChangeRow,
} from './versions-store.js';
import type { Database } from '../../storage/storage.js';
import type { Foreground } from '../../platform/foreground.js';
import { listModuleFiles } from './files-store.js';
import { findMisfits, ProvidesUnavailableError, readPortalProvides, type PortalProvides } from './compatibility.js';
import { hasStoredVersion, MANIFEST_FILE, readStoredVersion, StoreError, versionUrlPath, type StoredVersion } from './module-store.js';
import { httpError } from '../../platform/errors.js';

export interface ModuleAdminDeps {
  readonly db: Database;
  readonly clock: Clock;
  /** Where shell/dist (with portal-provides.json) and modules/<area>/dist are; published versions' files are in the database. */
  readonly staticRoot: string;
  /** On the embedded database, uploaded files are written in quiet moments (platform/foreground.ts). */
  readonly foreground: Foreground;
}

/** The registry's form of a version's hashes: the manifest apart, the files it names by path. */
function registryIntegrity(hashes: Readonly<Record<string, string>>): ModuleIntegrity {
  const { [MANIFEST_FILE]: manifest, ...files } = hashes;
  if (manifest === undefined) throw new Error('The manifest was not hashed');
  return { manifest, files };
}

/** A store version's manifest URL: `/modules/<area>/<version>/mf-manifest.json`. */
function storeManifestUrl(area: string, version: string): string {
  return `${versionUrlPath(area, version)}${MANIFEST_FILE}`;
}

function versionSummary(row: ModuleVersionRow, current: Implementation | null) {
  return {
    version: row.version,
    manifestUrl: row.manifestUrl,
    publishedAt: row.publishedAt.toISOString(),
    publishedBy: row.publishedBy,
    requires: row.requires,
    current: current?.manifestUrl === row.manifestUrl,
  };
}

function changeSummary(row: RegistryChangeRow) {
  return {
    changedAt: row.changedAt.toISOString(),
    actor: row.actor,
    action: row.action,
    fromVersion: row.before?.version ?? null,
    toVersion: row.after?.version ?? null,
    before: row.before,
    after: row.after,
  };
}

/** The version's files as the store has them, or a 422 saying what is wrong with them. */
async function storedOrThrow(db: Database, area: string, version: string): Promise<StoredVersion> {
  try {
    return await readStoredVersion(db, area, version);
  } catch (error) {
    if (error instanceof StoreError)
      throw httpError(422, API_ERROR_CODES.validationFailed, `${area} ${version} cannot be published: ${error.message}`);
    throw error;
  }
}

/** What the served shell provides, or a 409: without it nothing can be judged, so nothing is published. */
async function providesOrThrow(staticRoot: string): Promise<PortalProvides> {
  try {
    return await readPortalProvides(staticRoot);
  } catch (error) {
    if (error instanceof ProvidesUnavailableError) throw httpError(409, API_ERROR_CODES.conflict, error.message);
    throw error;
  }
}

/** Whether the files an implementation names are still served (a rollback must not point at nothing). */
async function stillServed(db: Database, staticRoot: string, area: string, implementation: Implementation): Promise<boolean> {
  if (implementation.manifestUrl === storeManifestUrl(area, implementation.version))
    return hasStoredVersion(db, area, implementation.version);
  // The local build of src/platform/static.ts (development, and what the seed points at).
  if (implementation.manifestUrl === `/modules/${area}/${MANIFEST_FILE}`)
    return existsSync(join(staticRoot, 'modules', area, 'dist', MANIFEST_FILE));
  // Another origin (a CDN): not ours to look at.
  return true;
}

/** What every area runs now. */
export async function areasNow(db: Database) {
  const rows = await listRegistryImplementations(db);
  return {
    // An area with only legacy pages so far has no module: no version, nothing published.
    areas: rows.map(({ area, implementation }) => ({
      area,
      version: implementation?.version ?? null,
      manifestUrl: implementation?.manifestUrl ?? null,
      published: implementation?.integrity !== undefined,
    })),
  };
}

/** An area's versions and the registry's history of it; a 404 for an area not in the registry. */
export async function areaVersions(db: Database, area: string) {
  const slot = await findRegistrySlot(db, area);
  if (!slot) throw httpError(404, API_ERROR_CODES.notFound, `No area "${area}" in the registry.`);
  const current = slot.implementation;
  const [versions, changes] = await Promise.all([listModuleVersions(db, area), listRegistryChanges(db, area)]);
  return {
    area,
    current,
    rollbackTo: rollbackTarget(changes)?.version ?? null,
    versions: versions.map((row) => versionSummary(row, current)),
    history: changes.map(changeSummary).reverse(),
  };
}

/** The version as it will be published: its files checked and fitting the portal as it is served. */
async function checkedVersion({ db, staticRoot }: ModuleAdminDeps, area: string, version: string) {
  if (!(await findRegistrySlot(db, area))) throw httpError(404, API_ERROR_CODES.notFound, `No area "${area}" in the registry.`);
  const existing = await findModuleVersion(db, area, version);
  if (existing) {
    throw httpError(
      409,
      API_ERROR_CODES.conflict,
      `${area} ${version} is already published (${existing.publishedAt.toISOString()} by ${existing.publishedBy}); a published version is never replaced: publish a new version number.`,
    );
  }

  const stored = await storedOrThrow(db, area, version);
  const provides = await providesOrThrow(staticRoot);
  const needs = { ...stored.declared, shared: stored.shared };
  const misfits = findMisfits(needs, provides, API_VERSIONS);
  if (misfits.length > 0) {
    throw httpError(
      409,
      API_ERROR_CODES.conflict,
      `${area} ${version} does not fit the portal: ${misfits.join('; ')}.`,
      misfits.map((message) => ({ path: 'compatibility', message })),
    );
  }

  const manifestUrl = storeManifestUrl(area, version);
  const integrity = registryIntegrity(stored.integrity);
  const requires = {
    topics: stored.declared.topics,
    apis: stored.declared.apis,
    shared: Object.fromEntries(stored.shared.filter((item) => item.singleton).map((item) => [item.name, item.requiredVersion])),
  };
  return { stored, manifestUrl, integrity, requires };
}

/** Whether the version's files are still the ones publishing read (path → sha384 of each). */
async function sameFilesAsRead(tx: Database, area: string, version: string, read: Readonly<Record<string, string>>): Promise<boolean> {
  const now = await listModuleFiles(tx, area, version);
  return now.length === Object.keys(read).length && now.every((file) => read[file.path] === file.integrity);
}

/** Publishes a version already uploaded to the store: the registry points the area at it. */
export async function publishVersion(deps: ModuleAdminDeps, actor: string, area: string, version: string) {
  const { db, clock } = deps;
  const { stored, manifestUrl, integrity, requires } = await checkedVersion(deps, area, version);
  const now = clock();
  const { before, after } = await db.transaction(async (tx) => {
    const slot = await lockRegistryEntry(tx, area);
    if (!slot) throw httpError(404, API_ERROR_CODES.notFound, `No area "${area}" in the registry.`);
    const current = slot.implementation;
    // What the registry expects of the module: what its current one is, or for an area that has had
    // only legacy pages, what every module is built as (config/rspack.mjs).
    const expected = current ?? { remoteName: containerNameOf(area), exposes: MODULE_EXPOSES };
    // Uploads commit under the same lock: with it held, the files are the ones hashed above, or the
    // registry would get hashes of bytes that are no longer served.
    if (!(await sameFilesAsRead(tx, area, version, stored.uploaded))) {
      throw httpError(
        409,
        API_ERROR_CODES.conflict,
        `${area} ${version}: its files changed while it was being published (an upload in between); publish it again.`,
      );
    }
    if (stored.remoteName !== expected.remoteName) {
      throw httpError(
        422,
        API_ERROR_CODES.validationFailed,
        `${area} ${version} cannot be published: its manifest names the container "${stored.remoteName}", the registry's is "${expected.remoteName}".`,
      );
    }
    if (!stored.exposes.includes(expected.exposes)) {
      throw httpError(
        422,
        API_ERROR_CODES.validationFailed,
        `${area} ${version} cannot be published: its manifest does not expose "${expected.exposes}".`,
      );
    }
    const next = parseOrThrow(
      FederatedImplementationSchema,
      {
        kind: 'federated',
        remoteName: expected.remoteName,
        version,
        manifestUrl,
        exposes: expected.exposes,
        integrity,
        // Per version: partners' /embed/<area>/embed.js follows it, and a rollback takes it back.
        ...(stored.declared.embeddable ? { embeddable: stored.declared.embeddable } : {}),
      },
      'The published implementation',
    );
    const inserted = await insertModuleVersion(tx, {
      area,
      version,
      remoteName: expected.remoteName,
      manifestUrl,
      integrity: stored.integrity,
      requires,
      publishedAt: now,
      publishedBy: actor,
    });
    // Another publish of the same version got in between the check above and this transaction.
    if (!inserted)
      throw httpError(409, API_ERROR_CODES.conflict, `${area} ${version} is already published; a published version is never replaced.`);
    await changeImplementation(tx, { area, actor, action: REGISTRY_ACTIONS.publish, before: current, after: next, now });
    return { before: current, after: next };
  });
  return {
    area,
    version,
    manifestUrl,
    previousVersion: before?.version ?? null,
    integrity: after.integrity,
    requires,
    embeddable: after.embeddable ?? [],
    publishedBy: actor,
    publishedAt: now.toISOString(),
  };
}

/** Points the area back at its previous version, if its files are still served. */
export async function rollBack(deps: ModuleAdminDeps, actor: string, area: string) {
  const { db, clock } = deps;
  const now = clock();
  const { before, after } = await db.transaction(async (tx) => {
    const slot = await lockRegistryEntry(tx, area);
    if (!slot) throw httpError(404, API_ERROR_CODES.notFound, `No area "${area}" in the registry.`);
    const current = slot.implementation;
    if (!current) throw httpError(409, API_ERROR_CODES.conflict, `${area} has no module to roll back: its legacy pages serve it.`);
    const target = rollbackTarget(await listRegistryChanges(tx, area));
    if (!target)
      throw httpError(409, API_ERROR_CODES.conflict, `Nothing to roll back to: the registry's history has no earlier version of ${area}.`);
    if (!(await stillServed(tx, deps.staticRoot, area, target))) {
      throw httpError(
        409,
        API_ERROR_CODES.conflict,
        `Cannot roll back ${area} to ${target.version}: its files (${target.manifestUrl}) are no longer there.`,
      );
    }
    await changeImplementation(tx, { area, actor, action: REGISTRY_ACTIONS.rollback, before: current, after: target, now });
    return { before: current, after: target };
  });
  return {
    area,
    from: { version: before.version, manifestUrl: before.manifestUrl },
    to: { version: after.version, manifestUrl: after.manifestUrl },
    rolledBackBy: actor,
    rolledBackAt: now.toISOString(),
  };
}
