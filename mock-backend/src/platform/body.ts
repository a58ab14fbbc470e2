// The body parsers of every route: express's JSON and form parsers at a size limit, followed by the
// check that nothing in the body is what PostgreSQL cannot store. One place, so no route takes a
// body without deciding who checks that. (Failures, bad compression included, become ApiErrors in errors.ts.)
import express, { type RequestHandler } from 'express';
import { refuseUnstorableInput } from './validation.js';

/**
 * A JSON body of at most `limit` (e.g. '100kb'). `'route'` leaves unstorable strings to the route:
 * the person's forms (/api) answer them with the field's own error code, which their pages translate.
 */
export function jsonBody(limit: string, unstorable: 'refuse' | 'route' = 'refuse'): RequestHandler[] {
  const parse = express.json({ limit });
  return unstorable === 'refuse' ? [parse, refuseUnstorableInput] : [parse];
}

/** A form (application/x-www-form-urlencoded) body of at most `limit`, flat fields only. */
export function formBody(limit: string): RequestHandler[] {
  return [express.urlencoded({ extended: false, limit }), refuseUnstorableInput];
}
