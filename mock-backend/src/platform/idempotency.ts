// The Idempotency-Key header of every form that sends a report (a change of basic data, a job-seeking
// registration, a change, an ending, the assessment's answers): one key per report, chosen by the
// client, so a retry or a double click gets the first receipt instead of making a second record.
import type { Request } from 'express';
import { API_ERROR_CODES, IDEMPOTENCY_KEY_HEADER } from '@portal/shared-contracts';
import { httpError } from './errors.js';

/** Long enough to be unguessable in practice, short enough to index; a UUID fits. */
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

/** The request's key, or a 400 `bad-request` saying what a key must look like. */
export function idempotencyKey(req: Request): string {
  const key = req.get(IDEMPOTENCY_KEY_HEADER);
  if (key === undefined || !IDEMPOTENCY_KEY.test(key)) {
    throw httpError(
      400,
      API_ERROR_CODES.badRequest,
      `The ${IDEMPOTENCY_KEY_HEADER} header is required: 8–100 characters of A–Z, a–z, 0–9, "_" and "-" (a new UUID per report).`,
    );
  }
  return key;
}
