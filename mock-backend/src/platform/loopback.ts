// Lets development on http://localhost keep the production cookie (`__Host-`, Secure).
import type { Request, RequestHandler } from 'express';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Headers a reverse proxy adds: a request carrying any of them did not come straight from a local browser. */
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host'] as const;

export function isLoopbackRequest(req: Request): boolean {
  // req.hostname drops the port (and keeps IPv6 brackets); behind `trust proxy` it reads X-Forwarded-Host.
  // Typed as string, but undefined for a request without a Host header (HTTP/1.0).
  const host = (req.hostname as string | undefined) ?? '';
  if (!LOOPBACK_HOSTS.has(host.toLowerCase())) return false;
  return FORWARDING_HEADERS.every((name) => req.headers[name] === undefined);
}

/**
 * Browsers treat http://localhost (and 127.0.0.1, [::1]) as a secure context and accept Secure and
 * `__Host-` cookies from it, but express-session sets a Secure cookie only when `req.secure` is true,
 * which on plain HTTP it is not. This marks exactly those loopback requests as secure, so the
 * cookie is the same in development and production (no COOKIE_SECURE switch to forget).
 *
 * Why this is safe: the mark changes nothing but `req.secure`. A browser sends such a Host only when
 * it is talking to its own machine; a non-browser client that forges `Host: localhost` only gets a
 * cookie for its own session. A request that came through a proxy (any forwarding header) is never
 * marked: a proxy that rewrites Host to "localhost" (nginx's default `proxy_pass` does) must not turn
 * public plain HTTP into "secure"; there, only TLS or TRUST_PROXY with X-Forwarded-Proto: https count.
 * Strict-Transport-Security looks at the real protocol (req.protocol), not at this mark.
 */
export const treatLoopbackAsSecure: RequestHandler = (req, _res, next) => {
  if (!req.secure && isLoopbackRequest(req)) {
    // An own property shadows express's `secure` getter (on the request prototype) for this request only.
    Object.defineProperty(req, 'secure', { value: true, configurable: true, enumerable: true });
  }
  next();
};
