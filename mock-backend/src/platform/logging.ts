// Structured logs (pino, one JSON object a line) without personal data: every request gets an id,
// sent back as X-Request-Id, put on each line logged for it and in the body of a 5xx; a failure is
// logged as its class, SQLSTATE and a cut message, never with the query's parameters.
import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino';

export type { Logger };
export type LogLevel = LevelWithSilent;

export const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * One JSON object a line to stdout (or `destination`, for tests). An error is logged under `err`
 * and only as summarizeError's summary, never whole: a database error carries the SQL's parameters
 * (PGlite and drizzle attach `params`) and PostgreSQL's `detail` ("Failing row contains (…)"), both
 * full of personal data.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      // No pid or hostname: one process per container, and the platform adds where it runs.
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // `err` is always summarized: pino's own serializer would write the raw error whole (its
      // message, which for drizzle holds the parameters, and its causes' messages too).
      serializers: { err: (value: unknown) => (value instanceof Error ? summarizeError(value) : value) },
    },
    destination,
  );
}

/** What a log line says about an error: enough to find the fault, nothing the person typed. */
export interface ErrorSummary {
  /** The class: `DrizzleQueryError`, `DatabaseError`, `TypeError`… */
  readonly type: string;
  /** SQLSTATE (`23505`) for a database error, Node's code (`ECONNREFUSED`) for a system one. */
  readonly code?: string;
  readonly message: string;
  /** Names from the schema (never values) that PostgreSQL reports with the error. */
  readonly table?: string;
  readonly column?: string;
  readonly constraint?: string;
  /** Call sites only: the first line of a stack repeats the message, which is dropped here. */
  readonly stack?: readonly string[];
  readonly cause?: ErrorSummary;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
const STACK_FRAMES = 12;
const CAUSE_DEPTH = 3;

function stringField(error: object, name: string): string | undefined {
  const value: unknown = (error as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

function frames(error: Error): string[] | undefined {
  const lines = (error.stack ?? '').split('\n').filter((line) => line.startsWith('    at '));
  return lines.length > 0 ? lines.slice(0, STACK_FRAMES).map((line) => line.trim()) : undefined;
}

/**
 * A PostgreSQL message names the failing value after a colon (`invalid input syntax for type uuid:
 * "Matti"`, `invalid input value for enum …: "x"`); what comes before it is the kind of fault.
 */
function databaseMessage(message: string): string {
  const colon = message.indexOf(': ');
  return colon === -1 ? message : message.slice(0, colon);
}

export function summarizeError(error: unknown, depth = 0): ErrorSummary {
  if (!(error instanceof Error)) return { type: typeof error, message: '(not an Error)' };
  const type = error.constructor.name || error.name;
  const stack = frames(error);
  const cause = depth < CAUSE_DEPTH && error.cause !== undefined ? summarizeError(error.cause, depth + 1) : undefined;
  const code = stringField(error, 'code');
  if (code !== undefined && SQLSTATE.test(code)) {
    // PostgreSQL's error response (pg's DatabaseError; PGlite's, whose class name is minified). It
    // carries `detail` ("Failing row contains (…)") and, from PGlite, `query` and `params`: left out.
    const table = stringField(error, 'table');
    const column = stringField(error, 'column');
    const constraint = stringField(error, 'constraint');
    return {
      type: 'DatabaseError',
      code,
      message: databaseMessage(error.message),
      ...(table ? { table } : {}),
      ...(column ? { column } : {}),
      ...(constraint ? { constraint } : {}),
      ...(cause ? { cause } : {}),
    };
  }
  // drizzle's DrizzleQueryError: its message is "Failed query: <sql>\nparams: <values>"; the cause says why.
  if ('query' in error && 'params' in error) {
    return { type, message: 'Failed query', ...(stack ? { stack } : {}), ...(cause ? { cause } : {}) };
  }
  return { type, ...(code ? { code } : {}), message: error.message, ...(stack ? { stack } : {}), ...(cause ? { cause } : {}) };
}

interface RequestLog {
  readonly id: string;
  /** Made when first asked for: most requests never log a line, and a pino child costs more than the rest of this middleware. */
  readonly log: Logger;
  failure?: ErrorSummary;
}

class LazyRequestLog implements RequestLog {
  readonly id: string;
  failure?: ErrorSummary;
  readonly #parent: Logger;
  #log: Logger | undefined;
  constructor(id: string, parent: Logger) {
    this.id = id;
    this.#parent = parent;
  }
  get log(): Logger {
    this.#log ??= this.#parent.child({ requestId: this.id });
    return this.#log;
  }
}

const requestLogs = new WeakMap<Response, RequestLog>();

/** The request's id, or undefined for a response that did not pass through requestLogging. */
export function requestIdOf(res: Response): string | undefined {
  return requestLogs.get(res)?.id;
}

/** The logger for lines about this request: each carries its id. */
export function requestLogger(res: Response, fallback: Logger): Logger {
  return requestLogs.get(res)?.log ?? fallback;
}

/** Remembers why the request failed; the one line logged when it ends carries it. */
export function recordFailure(res: Response, error: unknown): void {
  const entry = requestLogs.get(res);
  if (entry) entry.failure = summarizeError(error);
}

/** The path without its query string, which may carry anything (a search, an e-mail address…). */
function pathOf(req: Request): string {
  return req.originalUrl.split('?')[0] ?? '';
}

/**
 * First of all middleware. The id is always this server's own: one from the client (or a proxy
 * passing the client's through) could be chosen to collide with another request's and muddle an
 * investigation. A proxy that keeps its own id can log ours from the response header beside it.
 *
 * One line a request when it ends: a 5xx at `error`, with the failure; anything else at `debug`, so
 * the default level (`info`) prints failures and start-up only, and LOG_LEVEL=debug is an access log.
 */
export function requestLogging(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const id = randomUUID();
    const entry = new LazyRequestLog(id, logger);
    requestLogs.set(res, entry);
    res.setHeader(REQUEST_ID_HEADER, id);
    const started = performance.now();
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      const status = res.headersSent ? res.statusCode : 0;
      const failed = status >= 500 || entry.failure !== undefined;
      if (!failed && !logger.isLevelEnabled('debug')) return;
      const line = {
        method: req.method,
        path: pathOf(req),
        // Relative to the router that matched (express forgets the mount point once an error leaves it).
        ...(typeof req.route?.path === 'string' ? { route: req.route.path } : {}),
        status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        ...(res.writableFinished ? {} : { aborted: true }),
        ...(entry.failure ? { err: entry.failure } : {}),
      };
      if (failed) entry.log.error(line, 'request failed');
      else entry.log.debug(line, 'request');
    };
    res.once('finish', done);
    res.once('close', done);
    next();
  };
}
