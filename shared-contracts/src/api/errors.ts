import * as v from 'valibot';

/** Every 4xx and 5xx answer of the API carries this body; never a stack trace. */
export const ApiErrorSchema = v.object({
  error: v.object({
    /** Stable, machine-readable: `validation-failed`, `not-found`, `unauthenticated`… */
    code: v.string(),
    /** Plain English for developers and logs; user interfaces show their own localized text by code. */
    message: v.string(),
    details: v.optional(v.array(v.object({ path: v.string(), message: v.string() }))),
    /**
     * On a 5xx: the server's id of the request (also its X-Request-Id header), under which its log
     * line was written. Optional, so older servers' bodies still validate; a client may show it to the
     * person to quote to support, and must not depend on it.
     */
    requestId: v.optional(v.string()),
  }),
});
export type ApiError = v.InferOutput<typeof ApiErrorSchema>;

export const API_ERROR_CODES = {
  validationFailed: 'validation-failed',
  notFound: 'not-found',
  unauthenticated: 'unauthenticated',
  /** A session cookie came, but its session ended (idle timeout, absolute lifetime or sign-out elsewhere). */
  sessionExpired: 'session-expired',
  tooManyRequests: 'too-many-requests',
  forbidden: 'forbidden',
  badRequest: 'bad-request',
  conflict: 'conflict',
  payloadTooLarge: 'payload-too-large',
  unsupportedMediaType: 'unsupported-media-type',
  internal: 'internal-error',
  /**
   * A 503 while a maintenance break goes on (api/maintenance.ts): the write was not made; its
   * Retry-After header says in how many seconds the break ends.
   */
  serviceUnavailable: 'service-unavailable',
} as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[keyof typeof API_ERROR_CODES];

/** Header that makes a submission idempotent: the same key again returns the first receipt. */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
