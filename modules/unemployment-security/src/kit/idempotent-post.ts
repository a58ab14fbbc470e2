import { fetchJson, IDEMPOTENCY_KEY_HEADER } from '@portal/shared-contracts';

/** A contract schema as `fetchJson` takes it (the module depends on the contracts, not on valibot). */
type ContractSchema = Parameters<typeof fetchJson>[1];

/**
 * Sends one answer with POST and an `Idempotency-Key`: the same key for every attempt until one
 * succeeds, so a double click, a retry after a network error, or a 5xx whose answer was lost are one
 * answer to the server (it answers a repeat with the first receipt). After a success the next send
 * gets a new key.
 */
export class IdempotentPost<TSchema extends ContractSchema> {
  private currentKey = crypto.randomUUID();

  constructor(
    private readonly url: () => string,
    readonly schema: TSchema,
  ) {}

  /** The key the next attempt sends. */
  get key(): string {
    return this.currentKey;
  }

  /**
   * Posts `body` as JSON and validates the answer. Throws `ApiRequestError` (status 0 for a network
   * error) or `ContractViolationError`; the key is kept for the retry.
   */
  async send(body: unknown): ReturnType<typeof fetchJson<TSchema>> {
    const answer = await fetchJson(this.url(), this.schema, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: this.currentKey },
      body: JSON.stringify(body),
    });
    this.currentKey = crypto.randomUUID();
    return answer;
  }
}
