// Sends module errors to the backend, which counts them per module version (POST /api/client-errors),
// so a bad release shows as a climbing count. Fetched only when there is something to report
// (report-later.ts): pages where every module works never download it.
import { CLIENT_ERROR_MESSAGE_MAX, CLIENT_ERRORS_PATH, type ClientErrorReport } from '@portal/shared-contracts';
import type { PendingReport } from './report-later.js';
import { cutAtWord, withoutUrlQueries } from '@portal/shared-contracts/text';

/**
 * At most this many reports leave one page load. With the deduplication below, a module that throws
 * in a loop costs a handful of requests, not a flood; the backend rate-limits per client as well.
 */
export const MAX_REPORTS_PER_PAGE = 10;

export type Send = (body: string) => void;

/** What an error says about itself, without assuming it is an Error (anything can be thrown). */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (cause: ${error.cause.name}: ${error.cause.message})` : '';
    return `${error.name}: ${error.message}${cause}`;
  }
  return typeof error === 'string' ? error : String(error);
}

/**
 * The message as it may leave the browser: URLs without their query string or fragment (they can
 * carry tokens and search terms), whitespace collapsed, cut to what the server keeps. The server
 * cleans again (personal data too); this only keeps the obvious out of the request.
 */
export function cleanMessage(message: string): string {
  // Cut first (generously, at a word: cleaning shortens), so nothing runs over an unbounded text.
  const cleaned = withoutUrlQueries(cutAtWord(message, 4 * CLIENT_ERROR_MESSAGE_MAX))
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(cleaned).slice(0, CLIENT_ERROR_MESSAGE_MAX).join('');
}

/**
 * Same-origin, so the API's cross-site request check passes. `keepalive` lets a report made while
 * the page unloads (a failure, then the person leaves) still arrive. Its answer is of no interest.
 */
export const sendToBackend: Send = (body) => {
  fetch(CLIENT_ERRORS_PATH, {
    method: 'POST',
    keepalive: true,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body,
  }).catch(() => undefined);
};

export class ClientErrorReporter {
  readonly #sent = new Set<string>();

  constructor(
    private readonly send: Send = sendToBackend,
    private readonly max = MAX_REPORTS_PER_PAGE,
  ) {}

  /**
   * Sends one report unless the same area, version, kind and message were sent already in this page
   * load, or the page's cap is reached. Returns whether it was sent. Never throws: reporting a
   * failure must not become a failure of the page.
   */
  report(pending: PendingReport): boolean {
    try {
      const raw = pending.message ?? (pending.error === undefined ? undefined : describeError(pending.error));
      const message = raw === undefined ? undefined : cleanMessage(raw);
      const body: ClientErrorReport = {
        area: pending.area,
        version: pending.version,
        kind: pending.kind,
        ...(message ? { message } : {}),
      };
      const key = JSON.stringify([body.area, body.version, body.kind, body.message ?? '']);
      if (this.#sent.has(key) || this.#sent.size >= this.max) return false;
      this.#sent.add(key);
      this.send(JSON.stringify(body));
      return true;
    } catch {
      return false;
    }
  }
}

/** The page's one reporter: deduplication and the cap count per page load. */
export const pageReporter = new ClientErrorReporter();
