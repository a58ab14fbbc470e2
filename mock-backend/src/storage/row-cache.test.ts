// The instance's copies of hot reads (row-cache.ts): kept while the feed is live and none of the
// rows read changed; a read that a change overtook is not kept; a reset forgets everything.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChangeFeed, ChangeFeedListener } from './change-feed.js';
import { RowCache } from './row-cache.js';

/** A feed the test drives by hand. */
class ManualFeed implements ChangeFeed {
  live = true;
  readonly #listeners = new Set<ChangeFeedListener>();
  subscribe(listener: ChangeFeedListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  change(table: string, key: string): void {
    for (const listener of this.#listeners) listener.changed({ table, key });
  }
  reset(): void {
    for (const listener of this.#listeners) listener.reset();
  }
  async close(): Promise<void> {}
}

/** A load that counts its calls and answers `value()` at the time it is made. */
function counting<V>(value: () => V): { load: () => Promise<V>; calls: () => number } {
  let calls = 0;
  return {
    load: async () => {
      calls++;
      return value();
    },
    calls: () => calls,
  };
}

function setUp(options: { maxEntries?: number; maxAgeMs?: number } = {}) {
  let clock = 0;
  const feed = new ManualFeed();
  const cache = new RowCache<string>(feed, { maxEntries: options.maxEntries ?? 100, maxAgeMs: options.maxAgeMs ?? 1000, now: () => clock });
  return { feed, cache, advance: (ms: number) => (clock += ms) };
}

const tagged =
  (...tags: string[]) =>
  () =>
    tags;

describe('RowCache', () => {
  test('a kept value is used until a row it was read from changes', async () => {
    const { feed, cache } = setUp();
    let current = 'v1';
    const { load, calls } = counting(() => current);
    assert.equal(await cache.get('s1', load, tagged('sessions:s1', 'persons:p1')), 'v1');
    assert.equal(await cache.get('s1', load, tagged('sessions:s1', 'persons:p1')), 'v1');
    assert.equal(calls(), 1);
    current = 'v2';
    feed.change('persons', 'p2');
    assert.equal(await cache.get('s1', load, tagged('sessions:s1', 'persons:p1')), 'v1', 'another person changed');
    feed.change('persons', 'p1');
    assert.equal(await cache.get('s1', load, tagged('sessions:s1', 'persons:p1')), 'v2');
    assert.equal(calls(), 2);
    assert.deepEqual(cache.stats, { hits: 2, misses: 2, size: 1 });
  });

  test('a read that a change overtook answers its own request but is not kept', async () => {
    const { feed, cache } = setUp();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = cache.get(
      'k',
      async () => {
        await gate;
        return 'read before the change';
      },
      tagged('persons:p1'),
    );
    feed.change('persons', 'p1');
    release();
    assert.equal(await slow, 'read before the change');
    assert.equal(await cache.get('k', async () => 'after', tagged('persons:p1')), 'after');
  });

  test('this instance’s own write drops the value at once', async () => {
    const { cache } = setUp();
    await cache.get('k', async () => 'old', tagged('sessions:k'));
    cache.invalidate('sessions:k');
    assert.equal(await cache.get('k', async () => 'new', tagged('sessions:k')), 'new');
  });

  test('nothing is kept while the feed is not live, and a reset forgets everything', async () => {
    const { feed, cache } = setUp();
    await cache.get('a', async () => 'a1', tagged('persons:a'));
    feed.reset();
    feed.live = false;
    const { load, calls } = counting(() => 'a2');
    await cache.get('a', load, tagged('persons:a'));
    await cache.get('a', load, tagged('persons:a'));
    assert.equal(calls(), 2);
    feed.live = true;
    await cache.get('a', load, tagged('persons:a'));
    await cache.get('a', load, tagged('persons:a'));
    assert.equal(calls(), 3);
    feed.change('persons', '*');
    assert.equal(cache.stats.size, 0, 'a truncated table forgets all');
  });

  test('without a feed (a transaction’s handle) nothing is kept', async () => {
    const cache = new RowCache<string>(undefined, { maxEntries: 10, maxAgeMs: 1000 });
    const { load, calls } = counting(() => 'v');
    await cache.get('k', load, tagged('persons:k'));
    await cache.get('k', load, tagged('persons:k'));
    assert.equal(calls(), 2);
  });

  test('an unusable value, one read too long ago, or one not tagged is read again', async () => {
    const { cache, advance } = setUp({ maxAgeMs: 1000 });
    const { load, calls } = counting(() => 'v');
    await cache.get('k', load, tagged('t:k'));
    await cache.get('k', load, tagged('t:k'), () => false);
    assert.equal(calls(), 2, 'not usable (an ended session)');
    advance(1001);
    await cache.get('k', load, tagged('t:k'));
    assert.equal(calls(), 3, 'too old');
    await cache.get('none', load, () => undefined);
    await cache.get('none', load, () => undefined);
    assert.equal(calls(), 5, 'not found is not kept');
  });

  test('past maxEntries the value kept longest goes first', async () => {
    const { cache } = setUp({ maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) await cache.get(key, async () => key, tagged(`t:${key}`));
    assert.equal(cache.stats.size, 2);
    const { load, calls } = counting(() => 'a again');
    assert.equal(await cache.get('a', load, tagged('t:a')), 'a again');
    assert.equal(calls(), 1);
    assert.equal(await cache.get('c', async () => 'not read', tagged('t:c')), 'c');
  });
});
