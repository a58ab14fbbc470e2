import type { GenericSchema, InferOutput } from 'valibot';
import { ApiErrorSchema } from './errors.js';
import { parseOrThrow, validate } from '../validate.js';

/** A failed API call: the HTTP status and the error code of the JSON body (or `network-error`). */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
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
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = validate(ApiErrorSchema, body);
    throw parsed.ok
      ? new ApiRequestError(response.status, parsed.value.error.code, parsed.value.error.message)
      : new ApiRequestError(response.status, 'unknown', `HTTP ${response.status}`);
  }
  return parseOrThrow(schema, body, `Response of ${url}`);
}
