// Request validation shared by the routes: contract schemas through validate(), failures as the
// one ApiError body, with the issues as details exactly as the contracts report them.
import { API_ERROR_CODES, validate, type ApiError } from '@portal/shared-contracts';
import type { RequestHandler } from 'express';
import { httpError } from './errors.js';

export type IssueDetails = NonNullable<ApiError['error']['details']>;

/** The validated value, or a 400 `validation-failed` whose details are the schema's issues, unchanged. */
// The schema type is taken from validate() itself: the contracts are the one import for valibot's types.
export function validateOrThrow<TSchema extends Parameters<typeof validate>[0]>(schema: TSchema, input: unknown, message: string) {
  const result = validate(schema, input);
  if (!result.ok) throw httpError(400, API_ERROR_CODES.validationFailed, message, result.issues);
  return result.value;
}

// A UTF-16 surrogate without its other half: valid in a JS string and in JSON.stringify's output
// (as an escape), but not storable as text or jsonb in PostgreSQL.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function storable(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

/**
 * The dotted path of the first string (value or object key) that PostgreSQL cannot store: a NUL
 * character, refused in text and in jsonb, or a lone surrogate. Found here, it is a 400 for the
 * client; found by the database, it would be a 500.
 */
export function unstorablePath(value: unknown, path: readonly string[] = []): string | undefined {
  if (typeof value === 'string') return storable(value) ? undefined : path.join('.');
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unstorablePath(item, [...path, String(index)]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (!storable(key)) return [...path, key].join('.');
      const found = unstorablePath(item, [...path, key]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * Whether JSON nests deeper than `max` objects and arrays. Iterative on purpose: this runs before
 * anything recursive (JSON.stringify, the walk above, PostgreSQL's jsonb parser), which a body of
 * "[[[[…" would otherwise drive into a stack overflow, a 500.
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: { readonly value: unknown; readonly depth: number }[] = [{ value, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item.value !== 'object' || item.value === null) continue;
    const depth = item.depth + 1;
    if (depth > max) return true;
    for (const child of Object.values(item.value)) stack.push({ value: child, depth });
  }
  return false;
}

/**
 * Refuses, with a 400, a request whose URL or parsed body holds what PostgreSQL cannot store (a NUL,
 * half a surrogate pair), before any handler passes it to a query: every route at once, rather than
 * each remembering to (a NUL in an OIDC parameter was a 500). A NUL reaches a URL only as "%00":
 * Node's HTTP parser refuses a raw one. Mounted first for URLs and again after each body parser.
 */
export const refuseUnstorableInput: RequestHandler = (req, _res, next) => {
  const where = req.originalUrl.toLowerCase().includes('%00') ? 'url' : unstorablePath(req.body);
  if (where === undefined) {
    next();
    return;
  }
  next(
    httpError(400, API_ERROR_CODES.validationFailed, 'The request contains characters that cannot be stored.', [
      { path: where, message: 'unstorable' },
    ]),
  );
};
