// The operators' API (/admin-api): bearer tokens of ADMIN_API_TOKENS, no session, no cookie, hence
// no CSRF check. What its routers share: the prefix, the gate in front of a resource, and the area
// named in a path.
import type { Request, RequestHandler } from 'express';
import { API_ERROR_CODES } from '@portal/shared-contracts';
import type { bearerAuthenticator } from '../platform/bearer-auth.js';
import { httpError } from '../platform/errors.js';
import { isAreaId } from './modules/module-store.js';
import { jsonBody } from '../platform/body.js';

/** Where the operators' routers are mounted (outside /api: no session, cookie or CSRF check there). */
export const ADMIN_API_PREFIX = '/admin-api';

/**
 * What stands in front of every operator request: its answer is never kept by a browser or a proxy
 * (operator data and state changes), and who asks is settled before anything else is read, the body
 * included.
 */
export function adminOnly(authenticate: ReturnType<typeof bearerAuthenticator>): RequestHandler {
  return (req, res, next) => {
    res.set('Cache-Control', 'no-store');
    authenticate(req, res);
    next();
  };
}

/** What stands in front of an operator resource: adminOnly, then the JSON body, up to `jsonLimit`. */
export function adminGate(authenticate: ReturnType<typeof bearerAuthenticator>, jsonLimit: string): RequestHandler[] {
  return [adminOnly(authenticate), ...jsonBody(jsonLimit)];
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
