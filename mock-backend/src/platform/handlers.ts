// The handler shapes every area's router repeats, written once: a GET whose answer the contract's
// schema vouches for, and an idempotent POST (the Idempotency-Key, the body by the contract's schema,
// 201 for a new record and the first receipt again for a repeat). Both ask who is asking first, so
// signed out is a 401 whatever else is wrong; who that is (the signed-in person) is the caller's to
// say, since the platform knows no person. Nothing an /api handler answers is cached: it is
// somebody's own.
import type { Request, RequestHandler, Response } from 'express';
import { parseOrThrow } from '@portal/shared-contracts';
import { idempotencyKey } from './idempotency.js';
import { validateOrThrow } from './validation.js';

/** A contract schema, as validate() takes it: the contracts are the one import for valibot's types. */
export type ContractSchema = Parameters<typeof parseOrThrow>[0];

/** What a contract schema makes of a request body. */
export type Parsed<TSchema extends ContractSchema> = ReturnType<typeof validateOrThrow<TSchema>>;

/** Who asks: the signed-in person, or a 401 thrown. */
export type Asker<TWho> = (req: Request) => TWho;

/** Answers `body` once the contract's schema has vouched for it (a mismatch is the backend's bug: a 500 naming `what`). */
export function sendChecked(res: Response, schema: ContractSchema, body: unknown, what: string): void {
  res.set('Cache-Control', 'no-store');
  res.json(parseOrThrow(schema, body, what));
}

/** What an idempotent write did: stored a new record, or found the one its key stored before. */
export interface WriteOutcome {
  readonly kind: 'created' | 'replayed';
  readonly receipt: unknown;
}

/** 201 with a new record's receipt; 200 with the first receipt for a repeated key (a retry, a double click). */
export function sendOutcome(res: Response, outcome: WriteOutcome): void {
  res.set('Cache-Control', 'no-store');
  res.status(outcome.kind === 'created' ? 201 : 200).json(outcome.receipt);
}

/** A GET: who asks, then `load`'s body, checked against the contract's schema. */
export function checkedGet<TWho>(
  who: Asker<TWho>,
  schema: ContractSchema,
  what: string,
  load: (asker: TWho, req: Request) => unknown,
): RequestHandler {
  return async (req, res) => {
    const asker = who(req);
    sendChecked(res, schema, await load(asker, req), what);
  };
}

/**
 * An idempotent POST: who asks, the Idempotency-Key (a 400 without one), the body by the contract's
 * schema (a 400 with the schema's issues, under `invalid`), then `write`'s outcome.
 */
export function idempotentPost<TWho, TSchema extends ContractSchema>(
  who: Asker<TWho>,
  schema: TSchema,
  invalid: string,
  write: (asker: TWho, request: Parsed<TSchema>, key: string, req: Request) => Promise<WriteOutcome>,
): RequestHandler {
  return async (req, res) => {
    const asker = who(req);
    const key = idempotencyKey(req);
    const request = validateOrThrow(schema, req.body, invalid);
    sendOutcome(res, await write(asker, request, key, req));
  };
}
