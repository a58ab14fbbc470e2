import type { RequestHandler } from 'express';
import { API_ERROR_CODES } from '@portal/shared-contracts';
import { httpError } from './errors.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF baseline on top of SameSite=Lax cookies: a browser sends `Origin` with every cross-origin
 * state-changing request, so one naming another host is refused. Requests without `Origin` (curl,
 * older same-origin form posts) pass; an opaque origin ("null") does not.
 */
export const sameOriginOnly: RequestHandler = (req, _res, next) => {
  const origin = req.get('origin');
  if (!STATE_CHANGING.has(req.method) || origin === undefined) {
    next();
    return;
  }
  let originHost: string | undefined;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = undefined;
  }
  // req.host keeps the port and, only when `trust proxy` is set, follows X-Forwarded-Host.
  if (originHost === undefined || originHost !== req.host.toLowerCase()) {
    next(httpError(403, API_ERROR_CODES.forbidden, 'Cross-origin requests may not change anything here.'));
    return;
  }
  next();
};
