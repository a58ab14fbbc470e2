// How long an idle keep-alive connection stays open, on every server the backend listens with.
import type { Server } from 'node:http';

/**
 * Longer than the idle timeout of the proxies and load balancers in front (commonly 60 s): the one
 * that closes an idle connection must be the client, never the server. Were the server first (Node's
 * default is 5 s), a client could send its next request on a connection the server is closing just
 * then, and see "socket hang up" / a 502 instead of an answer. Node's fetch (undici) reuses an idle
 * connection until 1 s before the `Keep-Alive: timeout=` the server announces, so with 5 s a second's
 * lag on a busy machine was enough to lose a request (issue: the backend's tests under load).
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** Node reads a request's headers within this; it must be above the keep-alive time. */
export const HEADERS_TIMEOUT_MS = KEEP_ALIVE_TIMEOUT_MS + 1_000;

export function applyKeepAlive(server: Server): Server {
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  return server;
}
