// Module errors reported by browsers, counted per module version so that a bad release is visible:
// POST /api/client-errors from the shell (anyone, signed in or not: errors happen on signed-out pages
// too), GET /admin-api/client-errors for operators (bearer token).
import { Router } from 'express';
import { eq } from 'drizzle-orm';
import {
  API_ERROR_CODES,
  AreaIdSchema,
  CLIENT_ERROR_MESSAGE_MAX,
  CLIENT_ERRORS_PATH,
  ClientErrorReportSchema,
  validate,
  type ClientErrorCountsResponse,
  type ClientErrorKind,
  type ClientErrorVersionCounts,
} from '@portal/shared-contracts';
import type { Clock } from '../../platform/clock.js';
import { countClientError, listClientErrorCounts, type ClientErrorCountRow } from './store.js';
import { registryEntries } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';
import { bearerAuthenticator, type NamedToken } from '../../platform/bearer-auth.js';
import { apiNotFound, httpError } from '../../platform/errors.js';
import { rateLimit } from '../../platform/rate-limit.js';
import { validateOrThrow } from '../../platform/validation.js';

/** Where the operators' router is mounted (outside /api: no session, cookie or CSRF check there). */
export const ADMIN_API_PREFIX = '/admin-api';
export const CLIENT_ERRORS_ADMIN_PATH = `${ADMIN_API_PREFIX}/client-errors`;

// URLs keep their path but lose the query string and fragment, which can carry tokens, codes and
// search terms; the path names the file that failed, which is what an operator needs.
const URL_QUERY = /([a-z][a-z0-9+.-]*:\/\/[^\s?#"'<>]*|\/[^\s?#"'<>]*)[?#][^\s"'<>]*/gi;
// Personal data a module's error text might quote: a henkilötunnus, an e-mail address, a phone or
// account number (eight or more digits, spaced or not).
const HETU = /\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b/gi;
const EMAIL = /[^\s@"'<>()]+@[^\s@"'<>()]+\.[a-z]{2,}/gi;
const LONG_NUMBER = /\+?\d(?:[ -]?\d){7,}/g;
// Control characters, and what PostgreSQL cannot store as text (NUL, half a surrogate pair).
const UNSTORABLE = /[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The message as it is kept: without query strings and anything that looks like personal data,
 * whitespace collapsed, at most CLIENT_ERROR_MESSAGE_MAX characters (whole characters, never half
 * of one). Undefined when nothing is left.
 */
export function cleanClientMessage(message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const cleaned = message
    .replace(UNSTORABLE, ' ')
    .replace(URL_QUERY, '$1')
    .replace(HETU, '[hetu]')
    .replace(EMAIL, '[email]')
    .replace(LONG_NUMBER, '[number]')
    .replace(/\s+/g, ' ')
    .trim();
  const cut = Array.from(cleaned).slice(0, CLIENT_ERROR_MESSAGE_MAX).join('').trim();
  return cut === '' ? undefined : cut;
}

async function isRegisteredArea(db: Database, area: string): Promise<boolean> {
  const [row] = await db.select({ area: registryEntries.area }).from(registryEntries).where(eq(registryEntries.area, area)).limit(1);
  return row !== undefined;
}

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
    rateLimit({ db, clock, name: 'client-errors', limit: options.rateLimit, windowSeconds: options.rateWindowSeconds, what: 'error reports' }),
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

function toVersionCounts(rows: readonly ClientErrorCountRow[]): ClientErrorVersionCounts[] {
  // Rows come newest first, so each version's place in the list is that of its newest row.
  const versions = new Map<string, { area: string; version: string; rows: ClientErrorCountRow[] }>();
  for (const row of rows) {
    const key = `${row.area}\n${row.version}`;
    const group = versions.get(key) ?? { area: row.area, version: row.version, rows: [] };
    group.rows.push(row);
    versions.set(key, group);
  }
  return [...versions.values()].map(({ area, version, rows: group }) => ({
    area,
    version,
    total: group.reduce((sum, row) => sum + row.count, 0),
    firstSeenAt: new Date(Math.min(...group.map((row) => row.firstSeenAt.getTime()))).toISOString(),
    lastSeenAt: new Date(Math.max(...group.map((row) => row.lastSeenAt.getTime()))).toISOString(),
    kinds: group.map((row) => ({
      // The column is text; only the contract's kinds are ever written (the POST validates them).
      kind: row.kind as ClientErrorKind,
      count: row.count,
      firstSeenAt: row.firstSeenAt.toISOString(),
      lastSeenAt: row.lastSeenAt.toISOString(),
      lastMessage: row.lastMessage,
    })),
  }));
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
        throw httpError(400, API_ERROR_CODES.validationFailed, 'The query parameter "area" must be an area id.', [{ path: 'area', message: 'Not an area id' }]);
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
