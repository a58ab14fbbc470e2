import type { GenericSchema, InferOutput } from 'valibot';
import { API_ERROR_CODES, ApiErrorSchema } from './errors.js';
import { SESSION_EXPIRES_HEADER } from './session.js';
import { portalBus } from '../bus/instance.js';
import { SessionActivityTopic, SessionRejectedTopic } from '../bus/topics.js';
import { parseOrThrow, validate } from '../validate.js';

/** A failed API call: the HTTP status and the error code of the JSON body (or `network-error`). */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Field-level issues of a `validation-failed` answer: `{path, message}` with coded messages. */
    readonly details?: readonly { path: string; message: string }[],
    /** A 503's Retry-After in seconds (a maintenance break's end), when the answer gave one. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/**
 * Fetches same-origin JSON and validates it against a contract schema, so a module renders only
 * data that fits the contract. The session cookie goes along by the browser; no module reads it.
 */
export async function fetchJson<TSchema extends GenericSchema>(
  url: string,
  schema: TSchema,
  init: RequestInit = {},
): Promise<InferOutput<TSchema>> {
  const { body } = await request(url, init);
  return parseOrThrow(schema, body, `Response of ${url}`);
}

/**
 * `fetchJson` for a read that may find nothing there: a 204 No Content is `undefined`. (A 404 for
 * "none" would be logged as an error by the browser's console on every such read.)
 */
export async function fetchOptionalJson<TSchema extends GenericSchema>(
  url: string,
  schema: TSchema,
  init: RequestInit = {},
): Promise<InferOutput<TSchema> | undefined> {
  const { status, body } = await request(url, init);
  return status === 204 ? undefined : parseOrThrow(schema, body, `Response of ${url}`);
}

/** A successful answer's status and JSON body (null when it has none); a failure as an ApiRequestError. */
async function request(url: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'same-origin',
      ...init,
      headers: { accept: 'application/json', ...(init.headers ?? {}) },
    });
  } catch (error) {
    throw new ApiRequestError(0, 'network-error', error instanceof Error ? error.message : String(error));
  }
  reportSessionActivity(response);
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = validate(ApiErrorSchema, body);
    if (parsed.ok && parsed.value.error.code === API_ERROR_CODES.sessionExpired) {
      portalBus.publish(SessionRejectedTopic, { url });
    }
    throw parsed.ok
      ? new ApiRequestError(
          response.status,
          parsed.value.error.code,
          parsed.value.error.message,
          parsed.value.error.details,
          // Seconds (the portal's own 503s); a date or nothing gives NaN, and NaN || undefined is undefined.
          Number(response.headers.get('retry-after')) || undefined,
        )
      : new ApiRequestError(response.status, 'unknown', `HTTP ${response.status}`);
  }
  return { status: response.status, body };
}

/** Tells the shell (through the bus) that the session's idle time was extended by this answer. */
function reportSessionActivity(response: Response): void {
  const expiresAt = response.headers.get(SESSION_EXPIRES_HEADER);
  if (!expiresAt) return;
  try {
    portalBus.publish(SessionActivityTopic, { expiresAt });
  } catch {
    // A malformed header is the server's bug; it must not fail the caller's request.
  }
}
