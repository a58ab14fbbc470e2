// The benefit payers' side of job seeking: GET /payer-api/notices, the outbox of notices that
// registrations, reported changes and endings made for a payer (Kela or an unemployment fund).
// Server to server: no session and no cookie, hence no CSRF check either; each payer authenticates
// with its own bearer token (config PAYER_API_TOKENS) and sees its own notices only.
import { Router, type Request } from 'express';
import { API_ERROR_CODES, parseOrThrow } from '@portal/shared-contracts';
import { JOB_SEARCH_PATHS, PayerNoticesResponseSchema, type PayerNoticesResponse } from '@portal/shared-contracts/job-search';
import { listNoticesForPayer } from '../../areas/job-search/store.js';
import type { Database } from '../../storage/storage.js';
import { bearerAuthenticator, type NamedToken } from '../../platform/bearer-auth.js';
import { httpError } from '../../platform/errors.js';

/** Where the router is mounted; the contract names the full path of the one route. */
export const PAYER_API_PREFIX = '/payer-api';

export const DEFAULT_NOTICE_LIMIT = 100;
export const MAX_NOTICE_LIMIT = 500;

/** A non-negative integer query parameter, or a 400 naming it. */
function integerParameter(req: Request, name: string, fallback: number, min: number, max: number): number {
  const raw = req.query[name];
  if (raw === undefined) return fallback;
  const value = typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw httpError(400, API_ERROR_CODES.validationFailed, `The query parameter "${name}" must be an integer from ${min} to ${max}.`, [
      { path: name, message: `Expected an integer from ${min} to ${max}` },
    ]);
  }
  return value;
}

/** `tokens` are named by payer id: the token's name is whose notices it reads. */
export function payerApiRouter(db: Database, tokens: readonly NamedToken[]): Router {
  const router = Router();
  const authenticate = bearerAuthenticator('payer-api', tokens);

  router.get(JOB_SEARCH_PATHS.payerNotices.slice(PAYER_API_PREFIX.length), async (req, res) => {
    const payerId = authenticate(req, res);
    // `after` is the id of the last notice the payer has handled: it reads on from there, oldest first.
    const after = integerParameter(req, 'after', 0, 0, Number.MAX_SAFE_INTEGER);
    const limit = integerParameter(req, 'limit', DEFAULT_NOTICE_LIMIT, 1, MAX_NOTICE_LIMIT);
    const body: PayerNoticesResponse = { items: await listNoticesForPayer(db, payerId, after, limit) };
    res.set('Cache-Control', 'no-store');
    res.json(parseOrThrow(PayerNoticesResponseSchema, body, `GET ${JOB_SEARCH_PATHS.payerNotices}`));
  });

  return router;
}
