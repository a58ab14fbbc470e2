// The operators' side of independent deployment, under /admin-api (bearer tokens of ADMIN_API_TOKENS,
// no session, no cookie, hence no CSRF check):
//   POST /admin-api/modules/:area/versions  {version}  publish a version already copied to the store
//   POST /admin-api/modules/:area/rollback              point the area back at its previous version
//   GET  /admin-api/modules/:area                       versions and the registry's history
//   GET  /admin-api/modules                             what every area runs now
// `npm run deploy -w modules/<area>` and `npm run rollback -w modules/<area>` (scripts/module-deploy.mjs)
// are the usual callers. Every change is one transaction with the area's registry row locked, and
// leaves a registry_changes row naming the token's owner.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type Request } from 'express';
import { API_ERROR_CODES, API_VERSIONS, FederatedImplementationSchema, parseOrThrow, type ModuleIntegrity } from '@portal/shared-contracts';
import type { Clock } from '../../platform/clock.js';
import {
  changeImplementation,
  findModuleVersion,
  findRegistryImplementation,
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
import { findMisfits, ProvidesUnavailableError, readPortalProvides, type PortalProvides } from './compatibility.js';
import {
  hasStoredVersion,
  isAreaId,
  isStorableVersion,
  MANIFEST_FILE,
  readStoredVersion,
  StoreError,
  versionUrlPath,
  type StoredVersion,
} from './module-store.js';
import { bearerAuthenticator, type NamedToken } from '../../platform/bearer-auth.js';
import { httpError } from '../../platform/errors.js';

export interface ModuleAdminOptions {
  readonly db: Database;
  readonly clock: Clock;
  readonly tokens: readonly NamedToken[];
  /** `<DATA_DIR>/module-store`: where published versions' files are. */
  readonly moduleStore: string;
  /** Where shell/dist (with portal-provides.json) and modules/<area>/dist are. */
  readonly staticRoot: string;
}

/** The `:area` of an operator's request, or a 400 saying what an area id looks like. */
export function areaParameter(req: Request): string {
  const area = req.params['area'];
  if (typeof area !== 'string' || !isAreaId(area)) {
    throw httpError(400, API_ERROR_CODES.validationFailed, 'The area must be a lower-case slug such as "profile".', [
      { path: 'area', message: 'Expected a lower-case slug' },
    ]);
  }
  return area;
}

/** The publish request's body: exactly `{ "version": "<semver>" }`. */
function publishRequest(body: unknown): { version: string } {
  const fields = typeof body === 'object' && body !== null && !Array.isArray(body) ? Object.keys(body) : undefined;
  const version = body !== null && typeof body === 'object' && 'version' in body ? body.version : undefined;
  if (!fields || typeof version !== 'string') {
    throw httpError(400, API_ERROR_CODES.validationFailed, 'The body must be JSON: { "version": "<semantic version>" }.', [
      { path: 'version', message: 'Expected a string' },
    ]);
  }
  const unknown = fields.filter((field) => field !== 'version');
  if (unknown.length > 0) {
    throw httpError(400, API_ERROR_CODES.validationFailed, `Unknown field(s) in the body: ${unknown.join(', ')}. Only "version" is read.`, [
      ...unknown.map((field) => ({ path: field, message: 'Unknown field' })),
    ]);
  }
  if (!isStorableVersion(version)) {
    throw httpError(
      400,
      API_ERROR_CODES.validationFailed,
      `"${version.slice(0, 80)}" is not a semantic version such as 1.4.0 or 1.4.0-rc.1 (no build metadata, at most 64 characters).`,
      [{ path: 'version', message: 'Expected a semantic version' }],
    );
  }
  return { version };
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

function versionSummary(row: ModuleVersionRow, current: Implementation | undefined) {
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
    toVersion: row.after.version,
    before: row.before,
    after: row.after,
  };
}

/** The version's files as the store has them, or a 422 saying what is wrong with them. */
async function storedOrThrow(store: string, area: string, version: string): Promise<StoredVersion> {
  try {
    return await readStoredVersion(store, area, version);
  } catch (error) {
    if (error instanceof StoreError) throw httpError(422, API_ERROR_CODES.validationFailed, `${area} ${version} cannot be published: ${error.message}`);
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

export function moduleAdminRouter(options: ModuleAdminOptions): Router {
  const { db, clock, moduleStore, staticRoot } = options;
  const router = Router();
  const authenticate = bearerAuthenticator('admin-api', options.tokens);

  /** Whether the files an implementation names are still served (a rollback must not point at nothing). */
  async function stillServed(area: string, implementation: Implementation): Promise<boolean> {
    if (implementation.manifestUrl === storeManifestUrl(area, implementation.version)) return hasStoredVersion(moduleStore, area, implementation.version);
    // The local build of src/platform/static.ts (development, and what the seed points at).
    if (implementation.manifestUrl === `/modules/${area}/${MANIFEST_FILE}`) return existsSync(join(staticRoot, 'modules', area, 'dist', MANIFEST_FILE));
    // Another origin (a CDN): not ours to look at.
    return true;
  }

  router.use(
    '/modules',
    (req, res, next) => {
      // Operator data and state changes: never kept by a browser or a proxy.
      res.set('Cache-Control', 'no-store');
      // Who asks is settled before anything else is read, the body included.
      authenticate(req, res);
      next();
    },
    express.json({ limit: '10kb' }),
  );

  router.get('/modules', async (_req, res) => {
    const rows = await listRegistryImplementations(db);
    res.json({
      areas: rows.map(({ area, implementation }) => ({
        area,
        version: implementation.version,
        manifestUrl: implementation.manifestUrl,
        published: implementation.integrity !== undefined,
      })),
    });
  });

  router.get('/modules/:area', async (req, res) => {
    const area = areaParameter(req);
    const current = await findRegistryImplementation(db, area);
    if (!current) throw httpError(404, API_ERROR_CODES.notFound, `No area "${area}" in the registry.`);
    const [versions, changes] = await Promise.all([listModuleVersions(db, area), listRegistryChanges(db, area)]);
    res.json({
      area,
      current,
      rollbackTo: rollbackTarget(changes)?.version ?? null,
      versions: versions.map((row) => versionSummary(row, current)),
      history: changes.map(changeSummary).reverse(),
    });
  });

  router.post('/modules/:area/versions', async (req, res) => {
    // Authenticated above; asked again for the name that goes into the history.
    const actor = authenticate(req, res);
    const area = areaParameter(req);
    const { version } = publishRequest(req.body);
    if (!(await findRegistryImplementation(db, area))) throw httpError(404, API_ERROR_CODES.notFound, `No area "${area}" in the registry.`);
    const existing = await findModuleVersion(db, area, version);
    if (existing) {
      throw httpError(
        409,
        API_ERROR_CODES.conflict,
        `${area} ${version} is already published (${existing.publishedAt.toISOString()} by ${existing.publishedBy}); a published version is never replaced: publish a new version number.`,
      );
    }

    const stored = await storedOrThrow(moduleStore, area, version);
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
    const now = clock();
    const { before, after } = await db.transaction(async (tx) => {
      const current = await lockRegistryEntry(tx, area);
      if (!current) throw httpError(404, API_ERROR_CODES.notFound, `No area "${area}" in the registry.`);
      if (stored.remoteName !== current.remoteName) {
        throw httpError(
          422,
          API_ERROR_CODES.validationFailed,
          `${area} ${version} cannot be published: its manifest names the container "${stored.remoteName}", the registry's is "${current.remoteName}".`,
        );
      }
      if (!stored.exposes.includes(current.exposes)) {
        throw httpError(422, API_ERROR_CODES.validationFailed, `${area} ${version} cannot be published: its manifest does not expose "${current.exposes}".`);
      }
      const next = parseOrThrow(
        FederatedImplementationSchema,
        {
          kind: 'federated',
          remoteName: current.remoteName,
          version,
          manifestUrl,
          exposes: current.exposes,
          integrity,
          // Per version: partners' /embed/<area>/embed.js follows it, and a rollback takes it back.
          ...(stored.declared.embeddable ? { embeddable: stored.declared.embeddable } : {}),
        },
        'The published implementation',
      );
      const inserted = await insertModuleVersion(tx, {
        area,
        version,
        remoteName: current.remoteName,
        manifestUrl,
        integrity: stored.integrity,
        requires,
        publishedAt: now,
        publishedBy: actor,
      });
      // Another publish of the same version got in between the check above and this transaction.
      if (!inserted) throw httpError(409, API_ERROR_CODES.conflict, `${area} ${version} is already published; a published version is never replaced.`);
      await changeImplementation(tx, { area, actor, action: REGISTRY_ACTIONS.publish, before: current, after: next, now });
      return { before: current, after: next };
    });
    res.status(201).json({
      area,
      version,
      manifestUrl,
      previousVersion: before.version,
      integrity: after.integrity,
      requires,
      embeddable: after.embeddable ?? [],
      publishedBy: actor,
      publishedAt: now.toISOString(),
    });
  });

  router.post('/modules/:area/rollback', async (req, res) => {
    const actor = authenticate(req, res);
    const area = areaParameter(req);
    const now = clock();
    const { before, after } = await db.transaction(async (tx) => {
      const current = await lockRegistryEntry(tx, area);
      if (!current) throw httpError(404, API_ERROR_CODES.notFound, `No area "${area}" in the registry.`);
      const target = rollbackTarget(await listRegistryChanges(tx, area));
      if (!target) throw httpError(409, API_ERROR_CODES.conflict, `Nothing to roll back to: the registry's history has no earlier version of ${area}.`);
      if (!(await stillServed(area, target))) {
        throw httpError(409, API_ERROR_CODES.conflict, `Cannot roll back ${area} to ${target.version}: its files (${target.manifestUrl}) are no longer there.`);
      }
      await changeImplementation(tx, { area, actor, action: REGISTRY_ACTIONS.rollback, before: current, after: target, now });
      return { before: current, after: target };
    });
    res.json({
      area,
      from: { version: before.version, manifestUrl: before.manifestUrl },
      to: { version: after.version, manifestUrl: after.manifestUrl },
      rolledBackBy: actor,
      rolledBackAt: now.toISOString(),
    });
  });

  return router;
}
