// CSRF protection for everything that changes state, on top of SameSite=Lax cookies.
import type { Request, RequestHandler } from 'express';
import { API_ERROR_CODES } from '@portal/shared-contracts';
import { httpError } from './errors.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Paths (below the mount point) that are not protected because no browser credential is involved:
 * the IdP's token endpoint is called server to server, authenticated by the one-time code and the
 * PKCE code_verifier, never by a cookie, so a forged cross-site request has nothing to ride on.
 * OAuth clients do not send Origin or Fetch Metadata, so requiring them would break a real client.
 */
const EXEMPT = new Set(['/idp/token']);

function sameOrigin(req: Request, origin: string): boolean {
  try {
    // Scheme, host and port: http://portal is another origin than https://portal (a network attacker
    // can serve the former). req.host keeps the port and, like req.protocol, follows X-Forwarded-*
    // only when `trust proxy` is set.
    return new URL(origin).origin === `${req.protocol}://${req.host.toLowerCase()}`;
  } catch {
    // "null" (an opaque origin: sandboxed frame, data: URL, some redirects) and garbage.
    return false;
  }
}

/**
 * A state-changing request must show that it comes from this origin:
 * - `Sec-Fetch-Site` (Fetch Metadata, every current browser) must be `same-origin`; `same-site` is
 *   refused too, since a sibling site is another party. (`none`, a user-typed navigation, is never
 *   a POST.)
 * - Without it (older browsers), the `Origin` header, which browsers send with every POST since
 *   long before Fetch Metadata, must name this origin (scheme, host and port).
 * - With neither, the request is refused: a browser always sends one of them, so this is a
 *   non-browser client, and such a client must send `Origin: <this site>` (curl -H 'Origin: …').
 */
export const csrfProtection: RequestHandler = (req, _res, next) => {
  if (!STATE_CHANGING.has(req.method) || EXEMPT.has(`${req.baseUrl}${req.path}`)) {
    next();
    return;
  }
  const site = req.get('sec-fetch-site');
  const origin = req.get('origin');
  const allowed = site !== undefined ? site === 'same-origin' : origin !== undefined && sameOrigin(req, origin);
  if (!allowed) {
    next(httpError(403, API_ERROR_CODES.forbidden, 'Only this site’s own pages may change anything here (Sec-Fetch-Site or Origin).'));
    return;
  }
  next();
};

/**
 * A request another site (or a sibling one) started, by Fetch Metadata: a link or a form elsewhere.
 * Without the header (an older browser) it counts as the site's own, as it did before.
 */
export function startedByAnotherSite(req: Request): boolean {
  const site = req.get('sec-fetch-site');
  return site === 'cross-site' || site === 'same-site';
}
