// The operators' API (/admin-api): bearer tokens of ADMIN_API_TOKENS, no session, no cookie, hence
// no CSRF check. What its routers share: the prefix, and the area named in a path.
import type { Request } from 'express';
import { API_ERROR_CODES } from '@portal/shared-contracts';
import { httpError } from '../platform/errors.js';
import { isAreaId } from './modules/module-store.js';

/** Where the operators' routers are mounted (outside /api: no session, cookie or CSRF check there). */
export const ADMIN_API_PREFIX = '/admin-api';

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
