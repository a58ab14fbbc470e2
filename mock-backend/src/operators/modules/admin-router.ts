// The operators' side of independent deployment, under /admin-api (bearer tokens of ADMIN_API_TOKENS,
// no session, no cookie, hence no CSRF check):
//   POST /admin-api/modules/:area/versions  {version}  publish a version already copied to the store
//   POST /admin-api/modules/:area/rollback              point the area back at its previous version
//   GET  /admin-api/modules/:area                       versions and the registry's history
//   GET  /admin-api/modules                             what every area runs now
// `npm run deploy -w modules/<area>` and `npm run rollback -w modules/<area>` (scripts/module-deploy.mjs)
// are the usual callers. Every change is one transaction with the area's registry row locked, and
// leaves a registry_changes row naming the token's owner.
import { Router, type RequestHandler } from 'express';
import { API_ERROR_CODES } from '@portal/shared-contracts';
import type { Clock } from '../../platform/clock.js';
import { bearerAuthenticator, type NamedToken } from '../../platform/bearer-auth.js';
import { httpError } from '../../platform/errors.js';
import type { Database } from '../../storage/storage.js';
import { areaParameter } from '../admin-api.js';
import { isStorableVersion } from './module-store.js';
import { areaVersions, areasNow, publishVersion, rollBack, type ModuleAdminDeps } from './service.js';
import { jsonBody } from '../../platform/body.js';

export interface ModuleAdminOptions {
  readonly db: Database;
  readonly clock: Clock;
  readonly tokens: readonly NamedToken[];
  /** `<DATA_DIR>/module-store`: where published versions' files are. */
  readonly moduleStore: string;
  /** Where shell/dist (with portal-provides.json) and modules/<area>/dist are. */
  readonly staticRoot: string;
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

function postRollback(deps: ModuleAdminDeps, authenticate: Authenticate): RequestHandler {
  return async (req, res) => {
    const actor = authenticate(req, res);
    const area = areaParameter(req);
    res.json(await rollBack(deps, actor, area));
  };
}

export function moduleAdminRouter(options: ModuleAdminOptions): Router {
  const { db, clock, moduleStore, staticRoot } = options;
  const deps: ModuleAdminDeps = { db, clock, moduleStore, staticRoot };
  const router = Router();
  const authenticate = bearerAuthenticator('admin-api', options.tokens);

  router.use(
    '/modules',
    (req, res, next) => {
      // Operator data and state changes: never kept by a browser or a proxy.
      res.set('Cache-Control', 'no-store');
      // Who asks is settled before anything else is read, the body included.
      authenticate(req, res);
      next();
    },
    ...jsonBody('10kb'),
  );

  router.get('/modules', getAreas(deps));
  router.get('/modules/:area', getArea(deps));
  router.post('/modules/:area/versions', postVersion(deps, authenticate));
  router.post('/modules/:area/rollback', postRollback(deps, authenticate));
  return router;
}
