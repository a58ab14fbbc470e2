// The operators' side of independent deployment, under /admin-api (bearer tokens of ADMIN_API_TOKENS,
// no session, no cookie, hence no CSRF check):
//   PUT    /admin-api/modules/:area/versions/:version/files/<path>  the file's bytes as the body: into the store
//   GET    /admin-api/modules/:area/versions/:version/files         the version's files in the store
//   DELETE /admin-api/modules/:area/versions/:version/files         discard an unpublished version's files
//   POST   /admin-api/modules/:area/versions  {version}             publish a version already uploaded
//   POST   /admin-api/modules/:area/rollback                        point the area back at its previous version
//   GET    /admin-api/modules/:area                                 versions and the registry's history
//   GET    /admin-api/modules                                       what every area runs now
// `npm run deploy -w modules/<area>` and `npm run rollback -w modules/<area>` (scripts/module-deploy.mjs)
// are the usual callers. Every change is one transaction with the area's registry row locked, and
// leaves a registry_changes row naming the token's owner.
import express, { Router, type Request, type RequestHandler } from 'express';
import { API_ERROR_CODES } from '@portal/shared-contracts';
import type { Clock } from '../../platform/clock.js';
import { bearerAuthenticator, type NamedToken } from '../../platform/bearer-auth.js';
import { httpError } from '../../platform/errors.js';
import type { Foreground } from '../../platform/foreground.js';
import type { Database } from '../../storage/storage.js';
import { adminGate, adminOnly, areaParameter } from '../admin-api.js';
import { discardVersionFiles, FILE_OUTCOMES, putModuleFile, versionFiles } from './files-service.js';
import { isStorablePath, isStorableVersion, MAX_FILE_BYTES } from './module-store.js';
import { areaVersions, areasNow, publishVersion, rollBack, type ModuleAdminDeps } from './service.js';

export interface ModuleAdminOptions {
  readonly db: Database;
  readonly clock: Clock;
  readonly tokens: readonly NamedToken[];
  /** Where shell/dist (with portal-provides.json) and modules/<area>/dist are. */
  readonly staticRoot: string;
  /** On the embedded database, uploaded files are written in quiet moments (platform/foreground.ts). */
  readonly foreground: Foreground;
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
  checkVersion(version);
  return { version };
}

function checkVersion(version: string): void {
  if (!isStorableVersion(version)) {
    throw httpError(
      400,
      API_ERROR_CODES.validationFailed,
      `"${version.slice(0, 80)}" is not a semantic version such as 1.4.0 or 1.4.0-rc.1 (no build metadata, at most 64 characters).`,
      [{ path: 'version', message: 'Expected a semantic version' }],
    );
  }
}

/** The `:version` of a path below /modules/:area/versions/. */
function versionParameter(req: Request): string {
  const version = req.params['version'];
  if (typeof version !== 'string') throw new Error('The route has no :version');
  checkVersion(version);
  return version;
}

/**
 * The file's path below /files/: Express gives the wildcard as its segments, each percent-decoded.
 * Rejoined, it must be a path the store takes (module-store.ts isStorablePath), which a decoded "..",
 * "%2F" or backslash is not.
 */
function filePathParameter(req: Request): string {
  const segments: unknown = (req.params as Record<string, unknown>)['path'];
  const path = Array.isArray(segments) && segments.every((segment) => typeof segment === 'string') ? segments.join('/') : '';
  if (!isStorablePath(path)) {
    throw httpError(
      400,
      API_ERROR_CODES.validationFailed,
      `"${path.slice(0, 80)}" is not a file path the store takes: relative, "/"-separated, at most 512 characters of letters, digits and _ - ~ @ + ., no segment starting with "." (no "..").`,
      [{ path: 'path', message: 'Expected a relative file path' }],
    );
  }
  return path;
}

type Authenticate = ReturnType<typeof bearerAuthenticator>;

function getAreas({ db }: ModuleAdminDeps): RequestHandler {
  return async (_req, res) => {
    res.json(await areasNow(db));
  };
}

function getArea({ db }: ModuleAdminDeps): RequestHandler {
  return async (req, res) => {
    res.json(await areaVersions(db, areaParameter(req)));
  };
}

function postVersion(deps: ModuleAdminDeps, authenticate: Authenticate): RequestHandler {
  return async (req, res) => {
    // Authenticated above; asked again for the name that goes into the history.
    const actor = authenticate(req, res);
    const area = areaParameter(req);
    const { version } = publishRequest(req.body);
    res.status(201).json(await publishVersion(deps, actor, area, version));
  };
}

/** The bytes of a file: any Content-Type, up to MAX_FILE_BYTES (beyond, a 413 before the rest is read). */
const rawFile = express.raw({ type: () => true, limit: MAX_FILE_BYTES });

function putFile(deps: ModuleAdminDeps): RequestHandler {
  return async (req, res) => {
    // An upload is bulk work: the others are not to wait for it, nor it for itself.
    deps.foreground.leave(res);
    const area = areaParameter(req);
    const version = versionParameter(req);
    const path = filePathParameter(req);
    const body: unknown = req.body;
    if (!Buffer.isBuffer(body)) {
      throw httpError(400, API_ERROR_CODES.badRequest, 'The body must be the file’s bytes (with a Content-Length, or chunked).');
    }
    const stored = await putModuleFile(deps, area, version, path, body);
    res.status(stored.outcome === FILE_OUTCOMES.created ? 201 : 200).json(stored);
  };
}

function getFiles({ db }: ModuleAdminDeps): RequestHandler {
  return async (req, res) => {
    res.json(await versionFiles(db, areaParameter(req), versionParameter(req)));
  };
}

function deleteFiles(deps: ModuleAdminDeps): RequestHandler {
  return async (req, res) => {
    res.json(await discardVersionFiles(deps, areaParameter(req), versionParameter(req)));
  };
}

function postRollback(deps: ModuleAdminDeps, authenticate: Authenticate): RequestHandler {
  return async (req, res) => {
    const actor = authenticate(req, res);
    const area = areaParameter(req);
    res.json(await rollBack(deps, actor, area));
  };
}

export function moduleAdminRouter(options: ModuleAdminOptions): Router {
  const { db, clock, staticRoot, foreground } = options;
  const deps: ModuleAdminDeps = { db, clock, staticRoot, foreground };
  const router = Router();
  const authenticate = bearerAuthenticator('admin-api', options.tokens);

  // A file's bytes, not JSON: before the gate's JSON parser, and the body read only once who asks is settled.
  router.put('/modules/:area/versions/:version/files/*path', adminOnly(authenticate), rawFile, putFile(deps));
  router.use('/modules', ...adminGate(authenticate, '10kb'));

  router.get('/modules', getAreas(deps));
  router.get('/modules/:area', getArea(deps));
  router.post('/modules/:area/versions', postVersion(deps, authenticate));
  router.get('/modules/:area/versions/:version/files', getFiles(deps));
  router.delete('/modules/:area/versions/:version/files', deleteFiles(deps));
  router.post('/modules/:area/rollback', postRollback(deps, authenticate));
  return router;
}
