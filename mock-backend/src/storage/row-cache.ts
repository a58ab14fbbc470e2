// An instance's copy of a few reads that nearly every signed-in request makes (issue 19): the
// session with its person, and when the person's next reported change is due. They are read far
// more often than they change, and reading them was most of a signed-in read's database work.
//
// Kept coherent by the change feed (storage/change-feed.ts), not by time: an entry names the rows
// it was read from ('<table>:<key>' tags) and goes when any of them changes, through whichever
// instance. A read that was in flight while one of its rows changed is used for its own request but
// not kept (it may have read the row before the change). While the feed is not live nothing is kept.
// Entries also end after `maxAgeMs` and the oldest go past `maxEntries`, so a lost notification
// cannot keep a wrong value for long and memory stays bounded.
import type { ChangeFeed, RowChange } from './change-feed.js';

export interface RowCacheOptions {
  readonly maxEntries: number;
  readonly maxAgeMs: number;
  /** Milliseconds, for the age; tests pass their own. */
  readonly now?: () => number;
}

interface Entry<V> {
  readonly value: V;
  readonly tags: readonly string[];
  readonly storedAt: number;
}

/** How many changed rows to remember for reads in flight before forgetting all and keeping none of them. */
const MAX_CHANGES_IN_FLIGHT = 10_000;

export class RowCache<V> {
  readonly #feed: ChangeFeed | undefined;
  readonly #options: Required<RowCacheOptions>;
  readonly #entries = new Map<string, Entry<V>>();
  readonly #keysByTag = new Map<string, Set<string>>();
  /** Counts changes heard; a read in flight compares against it. */
  #seq = 0;
  /** The change count at which each row changed, while reads are in flight. */
  readonly #changedAt = new Map<string, number>();
  /** The count at the last reset: reads started before it keep nothing. */
  #resetAt = 0;
  #inFlight = 0;
  #hits = 0;
  #misses = 0;

  constructor(feed: ChangeFeed | undefined, options: RowCacheOptions) {
    this.#feed = feed;
    this.#options = { now: () => performance.now(), ...options };
    feed?.subscribe({ changed: (change) => this.#changed(change), reset: () => this.#reset() });
  }

  /**
   * The value for `key`: the kept one if `usable` accepts it (a session that has ended since is not),
   * else `load()`'s, kept under the tags `tagsOf` names (undefined: not kept, e.g. nothing found).
   */
  async get(
    key: string,
    load: () => Promise<V>,
    tagsOf: (value: V) => readonly string[] | undefined,
    usable: (value: V) => boolean = () => true,
  ): Promise<V> {
    const entry = this.#entries.get(key);
    if (entry && this.#options.now() - entry.storedAt <= this.#options.maxAgeMs && usable(entry.value)) {
      this.#hits++;
      return entry.value;
    }
    this.#misses++;
    if (entry) this.#delete(key);
    const started = this.#seq;
    this.#inFlight++;
    let value: V;
    try {
      value = await load();
    } finally {
      this.#inFlight--;
    }
    const tags = tagsOf(value);
    if (tags && this.#keepable(tags, started)) this.#store(key, value, tags);
    if (this.#inFlight === 0) this.#changedAt.clear();
    return value;
  }

  /** This instance changed the row: forget it now rather than when the notification comes back. */
  invalidate(tag: string): void {
    this.#seq++;
    this.#forgetTag(tag);
  }

  /** For the tests and the bench: how often the kept value was used. */
  get stats(): { readonly hits: number; readonly misses: number; readonly size: number } {
    return { hits: this.#hits, misses: this.#misses, size: this.#entries.size };
  }

  #keepable(tags: readonly string[], started: number): boolean {
    if (!this.#feed?.live || this.#resetAt > started) return false;
    return tags.every((tag) => (this.#changedAt.get(tag) ?? -1) <= started);
  }

  #store(key: string, value: V, tags: readonly string[]): void {
    this.#delete(key);
    this.#entries.set(key, { value, tags, storedAt: this.#options.now() });
    for (const tag of tags) {
      let keys = this.#keysByTag.get(tag);
      if (!keys) this.#keysByTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    // A Map keeps insertion order: the first key is the one stored longest ago.
    if (this.#entries.size > this.#options.maxEntries) this.#delete(this.#entries.keys().next().value!);
  }

  #delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    for (const tag of entry.tags) {
      const keys = this.#keysByTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.#keysByTag.delete(tag);
    }
  }

  #forgetTag(tag: string): void {
    if (this.#inFlight > 0) {
      if (this.#changedAt.size >= MAX_CHANGES_IN_FLIGHT) this.#reset();
      else this.#changedAt.set(tag, this.#seq);
    }
    for (const key of [...(this.#keysByTag.get(tag) ?? [])]) this.#delete(key);
  }

  #changed(change: RowChange): void {
    this.#seq++;
    if (change.key === '*') this.#reset();
    else this.#forgetTag(`${change.table}:${change.key}`);
  }

  #reset(): void {
    this.#seq++;
    this.#resetAt = this.#seq;
    this.#changedAt.clear();
    this.#entries.clear();
    this.#keysByTag.clear();
  }
}
