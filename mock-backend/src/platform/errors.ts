// The one error helper and the one error middleware: every failure of /api and /auth answers with
// the ApiError body of the contracts, never a stack trace and never an HTML page.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { API_ERROR_CODES, type ApiError, type ApiErrorCode } from '@portal/shared-contracts';

type Details = NonNullable<ApiError['error']['details']>;

export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: Details,
  ) {
    super(message);
  }
}

export function httpError(status: number, code: ApiErrorCode, message: string, details?: Details): HttpError {
  return new HttpError(status, code, message, details);
}

/** body-parser reports its failures as errors with a `type` and a `status`. */
function fromBodyParser(error: unknown): HttpError | undefined {
  if (typeof error !== 'object' || error === null || !('type' in error) || typeof error.type !== 'string') return undefined;
  switch (error.type) {
    case 'entity.parse.failed':
      return httpError(400, API_ERROR_CODES.badRequest, 'The request body is not valid JSON.');
    case 'entity.too.large':
      return httpError(413, API_ERROR_CODES.payloadTooLarge, 'The request body is too large.');
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return httpError(415, API_ERROR_CODES.unsupportedMediaType, 'The request body has an unsupported encoding.');
    default: {
      const status = 'status' in error && typeof error.status === 'number' ? error.status : 500;
      return status >= 400 && status < 500 ? httpError(400, API_ERROR_CODES.badRequest, 'The request body could not be read.') : undefined;
    }
  }
}

/**
 * Express's router throws a URIError when a path parameter is not valid percent-encoding
 * (`/api/drafts/%E0`): the client's mistake, so a 400, not the 500 of an unexpected error.
 */
const badUrl = httpError(400, API_ERROR_CODES.badRequest, 'The URL is not valid percent-encoding.');

function body(error: HttpError): ApiError {
  return { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
}

export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) {
    // Too late to answer cleanly; let express close the connection.
    next(error);
    return;
  }
  const known = error instanceof HttpError ? error : error instanceof URIError ? badUrl : fromBodyParser(error);
  if (known) {
    res.status(known.status).json(body(known));
    return;
  }
  // Unexpected: the details go to the log, the client learns only that it failed.
  console.error(`${req.method} ${req.originalUrl} failed:`, error);
  res.status(500).json(body(httpError(500, API_ERROR_CODES.internal, 'Something went wrong on the server.')));
};

/** The last handler for /api and /auth: an unknown path is a JSON 404, not the HTML of the shell. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(httpError(404, API_ERROR_CODES.notFound, `No such endpoint: ${req.method} ${req.originalUrl.split('?')[0] ?? ''}`));
};
