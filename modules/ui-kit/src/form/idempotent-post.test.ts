import { expect } from '@open-wc/testing';
import { ApiRequestError, CurrentItemsResponseSchema, IDEMPOTENCY_KEY_HEADER } from '@portal/shared-contracts';
import { IdempotentPost } from './idempotent-post.js';

interface Call {
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

const originalFetch = window.fetch;
const json = (body: unknown, status: number): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('ui-kit idempotent-post', () => {
  let answer: 'fail' | 'network' | 'ok';
  let calls: Call[];
  beforeEach(() => {
    calls = [];
    answer = 'fail';
    window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
      calls.push({
        url: String(input),
        method: init.method ?? 'GET',
        headers: Object.fromEntries(new Headers(init.headers).entries()),
        body: JSON.parse(String(init.body)) as unknown,
      });
      if (answer === 'network') throw new TypeError('Failed to fetch');
      return answer === 'fail' ? json({ error: { code: 'internal-error', message: 'x' } }, 500) : json({ items: [] }, 201);
    };
  });
  afterEach(() => {
    window.fetch = originalFetch;
  });

  describe('events', () => {
    it('sends one idempotency key until a send succeeds, then a new one', async () => {
      const post = new IdempotentPost('/api/things', CurrentItemsResponseSchema);
      const first = post.key;
      const failure = await post.send({ a: 1 }).catch((error: unknown) => error);
      expect(failure).to.be.instanceOf(ApiRequestError);
      answer = 'network';
      await post.send({ a: 1 }).catch(() => undefined);
      answer = 'ok';
      expect(await post.send({ a: 1 })).to.deep.equal({ items: [] });
      expect(calls.map((c) => c.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()])).to.deep.equal([first, first, first]);
      expect(calls[0]!.method).to.equal('POST');
      expect(calls[0]!.headers['content-type']).to.equal('application/json');
      expect(calls[0]!.body).to.deep.equal({ a: 1 });
      expect(post.key).not.to.equal(first);
    });

    it('reads its address when it sends, for a form whose id comes later', async () => {
      let id = 'a';
      const post = new IdempotentPost(() => `/api/things/${id}`, CurrentItemsResponseSchema);
      answer = 'ok';
      id = 'b';
      await post.send({});
      expect(calls[0]!.url).to.equal('/api/things/b');
    });
  });
});
