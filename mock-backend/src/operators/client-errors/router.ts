// Module errors reported by browsers, counted per module version so that a bad release is visible:
// POST /api/client-errors from the shell (anyone, signed in or not: errors happen on signed-out pages
// too), GET /admin-api/client-errors for operators (bearer token).
import { Router } from 'express';
import {
  API_ERROR_CODES,
  AreaIdSchema,
  CLIENT_ERRORS_PATH,
  ClientErrorReportSchema,
  validate,
  type ClientErrorCountsResponse,
} from '@portal/shared-contracts';
import type { Clock } from '../../platform/clock.js';
import { countClientError, isRegisteredArea, listClientErrorCounts } from './store.js';
import type { Database } from '../../storage/storage.js';
import { bearerAuthenticator, type NamedToken } from '../../platform/bearer-auth.js';
import { apiNotFound, httpError } from '../../platform/errors.js';
import { rateLimit } from '../../platform/rate-limit.js';
import { validateOrThrow } from '../../platform/validation.js';
import { cleanClientMessage, toVersionCounts } from './service.js';
import { ADMIN_API_PREFIX } from '../admin-api.js';

export const CLIENT_ERRORS_ADMIN_PATH = `${ADMIN_API_PREFIX}/client-errors`;

export interface ClientErrorsOptions {
  /** Reports per client (IP, or /64) and window: a page that breaks in a loop cannot flood the table. */
  readonly rateLimit: number;
  readonly rateWindowSeconds: number;
}

/** POST /api/client-errors. Mounted under /api, so the cross-site request check applies. */
export function clientErrorsRouter(db: Database, clock: Clock, options: ClientErrorsOptions): Router {
  const router = Router();
  const path = CLIENT_ERRORS_PATH.slice('/api'.length);

  router.post(
    path,
    // Counted before anything else, so malformed reports use up the allowance too.
    rateLimit({
      db,
      clock,
      name: 'client-errors',
      limit: options.rateLimit,
      windowSeconds: options.rateWindowSeconds,
      what: 'error reports',
    }),
    async (req, res) => {
      const report = validateOrThrow(ClientErrorReportSchema, req.body, 'An error report is {"area", "version", "kind", "message"?}.');
      if (!(await isRegisteredArea(db, report.area))) {
        throw httpError(400, API_ERROR_CODES.validationFailed, `No area "${report.area}" in the registry.`, [
          { path: 'area', message: 'Not an area of the registry' },
        ]);
      }
      // Only these four fields are kept: no address, no cookie, no user agent, no page URL.
      await countClientError(db, { ...report, message: cleanClientMessage(report.message), at: clock() });
      res.set('Cache-Control', 'no-store').status(204).end();
    },
  );

  return router;
}

/**
 * GET /admin-api/client-errors[?area=<area>]: the counts per area and version, the most recently
 * seen version first. Its own router under /admin-api (the module publishing routes are another);
 * other paths below /admin-api/client-errors answer a JSON 404 here.
 */
export function clientErrorsAdminRouter(db: Database, tokens: readonly NamedToken[]): Router {
  const router = Router();
  const authenticate = bearerAuthenticator('admin-api', tokens);
  const path = CLIENT_ERRORS_ADMIN_PATH.slice(ADMIN_API_PREFIX.length);

  router.get(path, async (req, res) => {
    authenticate(req, res);
    const rawArea = req.query['area'];
    let area: string | undefined;
    if (rawArea !== undefined) {
      const result = validate(AreaIdSchema, rawArea);
      if (!result.ok) {
        throw httpError(400, API_ERROR_CODES.validationFailed, 'The query parameter "area" must be an area id.', [
          { path: 'area', message: 'Not an area id' },
        ]);
      }
      area = result.value;
    }
    const body: ClientErrorCountsResponse = { items: toVersionCounts(await listClientErrorCounts(db, area)) };
    res.set('Cache-Control', 'no-store').json(body);
  });
  // Under this router's own path only: /admin-api as a whole is shared with other routers.
  router.use(path, (req, res, next) => {
    authenticate(req, res);
    apiNotFound(req, res, next);
  });

  return router;
}
