import { fetchJson, IDEMPOTENCY_KEY_HEADER } from '@portal/shared-contracts';

/** A contract schema as `fetchJson` takes it (a module depends on the contracts, not on valibot). */
type ContractSchema = Parameters<typeof fetchJson>[1];

/**
 * Sends one report or answer with POST and an `Idempotency-Key`: the same key for every attempt
 * until one succeeds, so a double click, a retry after a network error or a 5xx whose answer was
 * lost are one sending to the server (it answers a repeat with the first receipt). After a success
 * the next send gets a new key.
 *
 * A 4xx (validation, 409) leaves the key too: the server stored nothing for it, and keeping one key
 * per sending is simpler to reason about than rules about when a changed one is new.
 *
 * `url` may be a function: a form whose base path or id the page sets later reads it at send time.
 */
export class IdempotentPost<TSchema extends ContractSchema> {
  private currentKey = crypto.randomUUID();

  constructor(
    private readonly url: string | (() => string),
    readonly schema: TSchema,
  ) {}

  /** The key the next attempt sends. */
  get key(): string {
    return this.currentKey;
  }

  /**
   * Posts `body` as JSON and validates the answer against the schema. Throws `ApiRequestError`
   * (status 0 for a network error) or `ContractViolationError`; the key is kept for the retry.
   * @throws {ApiRequestError}
   */
  async send(body: unknown): ReturnType<typeof fetchJson<TSchema>> {
    const answer = await fetchJson(typeof this.url === 'function' ? this.url() : this.url, this.schema, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: this.currentKey },
      body: JSON.stringify(body),
    });
    this.currentKey = crypto.randomUUID();
    return answer;
  }
}
