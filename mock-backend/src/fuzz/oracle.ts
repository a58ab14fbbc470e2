// What every answer to a fuzz request must be, whatever was sent: never a 5xx; a JSON API's 4xx is
// the contracts' ApiError; and no answer shows a stack trace, SQL, or a NUL character.
import { ApiErrorSchema, validate } from '@portal/shared-contracts';
import type { FuzzResponse } from './client.js';
import type { RouteSpec } from './routes.js';

/** What the server's internals look like when they leak: stack frames, driver errors, SQL. */
const LEAKS: readonly (readonly [string, RegExp])[] = [
  ['a stack trace', /\bat .{0,200}\.(?:ts|js|mjs|cjs):\d+/],
  ['a stack trace', /node_modules\//],
  ['SQL', /insert into/i],
  ['SQL', /\bselect\s[^<>{}]{0,200}\sfrom\s/i],
  ['SQL', /SQLSTATE/],
  ['SQL', /syntax error/i],
  ['SQL', /Failed query/],
];

/**
 * Node's HTTP parser answers some requests itself, before the app (431 for headers past its limit),
 * with no body at all: not the app's to shape.
 */
const ANSWERED_BY_NODE = new Set([431]);

/** Every way the answer breaks the rules; empty when it keeps them. */
export function problemsOf(spec: RouteSpec, response: FuzzResponse): string[] {
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`status ${response.status}`);
  const clientError = response.status >= 400 && response.status < 500;
  if (clientError && spec.answers === 'api-error' && !ANSWERED_BY_NODE.has(response.status)) {
    if (!/^application\/json\b/.test(response.contentType))
      problems.push(`a ${response.status} of type "${response.contentType}", not JSON`);
    else {
      let body: unknown;
      try {
        body = JSON.parse(response.body);
      } catch {
        problems.push(`a ${response.status} whose body is not JSON`);
      }
      if (body !== undefined && !validate(ApiErrorSchema, body).ok) problems.push(`a ${response.status} whose body is not an ApiError`);
    }
  }
  for (const [what, pattern] of LEAKS) if (pattern.test(response.body)) problems.push(`the body shows ${what} (${pattern.source})`);
  if (response.body.includes('\u0000')) problems.push('the body has a NUL character');
  return [...new Set(problems)];
}
