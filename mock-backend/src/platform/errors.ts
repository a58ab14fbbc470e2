// The one error helper and the one error middleware: every failure of /api and /auth answers with
// the ApiError body of the contracts, never a stack trace and never an HTML page.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { API_ERROR_CODES, type ApiError, type ApiErrorCode } from '@portal/shared-contracts';
import { recordFailure, requestIdOf } from './logging.js';

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

/** The 4xx status an error carries (http-errors style), if any. */
function clientStatus(error: object): number | undefined {
  const status = 'status' in error ? error.status : 'statusCode' in error ? error.statusCode : undefined;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/**
 * body-parser reports its failures as errors with a `type` and a `status`, except one: a body whose
 * Content-Encoding it cannot undo (gzip that is not gzip) comes as zlib's error with a 400 status
 * and no type. Any such 4xx is the client's: a 400, never the 500 of an unexpected error.
 */
function fromBodyParser(error: unknown): HttpError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  switch ('type' in error ? error.type : undefined) {
    case 'entity.parse.failed':
      return httpError(400, API_ERROR_CODES.badRequest, 'The request body is not valid JSON.');
    case 'entity.too.large':
      return httpError(413, API_ERROR_CODES.payloadTooLarge, 'The request body is too large.');
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return httpError(415, API_ERROR_CODES.unsupportedMediaType, 'The request body has an unsupported encoding.');
    default: {
      const status = clientStatus(error);
      if (status === undefined) return undefined;
      if (status === 400) return httpError(400, API_ERROR_CODES.badRequest, 'The request body could not be read.');
      return httpError(status, CLIENT_ERROR_CODES[status] ?? API_ERROR_CODES.badRequest, 'The request cannot be served.');
    }
  }
}

const CLIENT_ERROR_CODES: Partial<Record<number, ApiErrorCode>> = {
  403: API_ERROR_CODES.forbidden,
  404: API_ERROR_CODES.notFound,
  413: API_ERROR_CODES.payloadTooLarge,
  415: API_ERROR_CODES.unsupportedMediaType,
};

/**
 * Express's router throws a URIError when a path parameter is not valid percent-encoding
 * (`/api/drafts/%E0`): the client's mistake, so a 400, not the 500 of an unexpected error.
 */
const badUrl = httpError(400, API_ERROR_CODES.badRequest, 'The URL is not valid percent-encoding.');

/** A 5xx names the request, so a person's "it failed at 14:02" can be matched to the log line. */
function body(error: HttpError, requestId: string | undefined): ApiError {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
      ...(error.status >= 500 && requestId !== undefined ? { requestId } : {}),
    },
  };
}

export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  if (res.headersSent) {
    // Too late to answer cleanly: cut the connection. Not express's final handler, which would print
    // the whole error (a database error's parameters with it) to stderr.
    recordFailure(res, error);
    req.socket.destroy();
    return;
  }
  const known = error instanceof HttpError ? error : error instanceof URIError ? badUrl : fromBodyParser(error);
  if (known) {
    res.status(known.status).json(body(known, requestIdOf(res)));
    return;
  }
  // Unexpected: a summary goes to the log (platform/logging.ts), the client learns only that it
  // failed and under which request id.
  recordFailure(res, error);
  res.status(500).json(body(httpError(500, API_ERROR_CODES.internal, 'Something went wrong on the server.'), requestIdOf(res)));
};

/** The last handler for /api and /auth: an unknown path is a JSON 404, not the HTML of the shell. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(httpError(404, API_ERROR_CODES.notFound, `No such endpoint: ${req.method} ${req.originalUrl.split('?')[0] ?? ''}`));
};
