import * as v from 'valibot';
import { AreaIdSchema, FederatedImplementationSchema } from '../registry.js';

/**
 * What went wrong with a module in a browser: its files did not load, its `mount` threw, it threw
 * later while running, or it asked for a shared singleton (lit, the contracts) at a version the page
 * does not provide.
 */
export const CLIENT_ERROR_KINDS = ['load', 'mount', 'runtime', 'shared-mismatch'] as const;
export type ClientErrorKind = (typeof CLIENT_ERROR_KINDS)[number];

/** The server keeps at most this much of a report's message (and the shell sends no more). */
export const CLIENT_ERROR_MESSAGE_MAX = 300;

export const CLIENT_ERRORS_PATH = '/api/client-errors';

/**
 * POST /api/client-errors: one error of one module version, counted per (area, version, kind).
 * Answered without a session (errors happen on signed-out pages too). The version is the one the
 * registry named when the page loaded it, in the registry's own format.
 */
export const ClientErrorReportSchema = v.object({
  area: v.pipe(AreaIdSchema, v.maxLength(60)),
  version: v.pipe(FederatedImplementationSchema.entries.version, v.maxLength(60)),
  kind: v.picklist(CLIENT_ERROR_KINDS),
  /** Cut to CLIENT_ERROR_MESSAGE_MAX characters and cleaned (query strings, personal data) by the server. */
  message: v.optional(v.string()),
});
export type ClientErrorReport = v.InferOutput<typeof ClientErrorReportSchema>;

/**
 * GET /admin-api/client-errors (operators, bearer token): the counts per area and version, the
 * version seen most recently first. Types only: no browser code reads it, so nothing of it ships
 * in the shared bundle every page downloads.
 */
export interface ClientErrorCountsResponse {
  readonly items: readonly ClientErrorVersionCounts[];
}

export interface ClientErrorVersionCounts {
  readonly area: string;
  readonly version: string;
  /** Every kind together. */
  readonly total: number;
  readonly firstSeenAt: string;
  readonly lastSeenAt: string;
  readonly kinds: readonly ClientErrorKindCount[];
}

export interface ClientErrorKindCount {
  readonly kind: ClientErrorKind;
  readonly count: number;
  readonly firstSeenAt: string;
  readonly lastSeenAt: string;
  /** The latest message, cleaned and cut; null when none came. */
  readonly lastMessage: string | null;
}
