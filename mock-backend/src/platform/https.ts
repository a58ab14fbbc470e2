// From plain HTTP to HTTPS on the same host: the small listener beside a TLS server
// (HTTP_REDIRECT_PORT), and the same answer behind a proxy (TRUST_PROXY) that says the browser came
// over http. Strict-Transport-Security itself is sent by security-headers.ts, on secure requests only.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';

/** A host name or IPv4 address, or a bracketed IPv6 one, with an optional port: nothing that could leave the host part. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * `https://<host><:port><path and query>`, or undefined when the Host header is missing or odd. The
 * host is the one the browser asked for (Observatory, and HSTS itself, want the same host), without
 * the port it used for plain HTTP; `httpsPort` is left out when it is 443.
 */
export function httpsLocation(host: string | undefined, url: string | undefined, httpsPort: number): string | undefined {
  if (host === undefined || !HOST.test(host)) return undefined;
  const hostname = host.replace(/:\d+$/, '');
  // Origin form only ("/path?query"): an absolute-form target must not choose where to go.
  const path = url !== undefined && url.startsWith('/') ? url : '/';
  return `https://${hostname.toLowerCase()}${httpsPort === 443 ? '' : `:${httpsPort}`}${path}`;
}

/** 301 for reads (every client knows it, and it may be cached); 308 keeps a form post a post. */
function redirectStatus(method: string | undefined): 301 | 308 {
  return method === 'GET' || method === 'HEAD' ? 301 : 308;
}

/** The whole of the plain HTTP listener when the backend serves TLS itself: it redirects, and nothing else. */
export function httpsRedirectListener(httpsPort: number): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const location = httpsLocation(req.headers.host, req.url, httpsPort);
    if (location === undefined) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': '12' }).end('Bad Request\n');
      return;
    }
    res.writeHead(redirectStatus(req.method), { Location: location, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : `Moved to ${location}\n`);
  };
}

/**
 * Behind a trusted proxy: a request the proxy marks as plain HTTP (`X-Forwarded-Proto: http`) is sent
 * to HTTPS on the same host. Only when the proxy says so: a request without the header (a health
 * check straight to the container, or a proxy that does not forward the scheme) is served as it is,
 * so the portal never redirects in a loop.
 */
export const redirectForwardedHttp: RequestHandler = (req, res, next) => {
  if (req.headers['x-forwarded-proto'] === undefined || req.protocol !== 'http') {
    next();
    return;
  }
  // req.host is X-Forwarded-Host (or Host) under `trust proxy`; the browser's HTTPS is on 443.
  const location = httpsLocation(req.host, req.originalUrl, 443);
  if (location === undefined) {
    res.status(400).type('text/plain').send('Bad Request');
    return;
  }
  res.redirect(redirectStatus(req.method), location);
};
