// The navigation's "tasks waiting" marks: how many current items ask the person to act, per area.
// Read from each area's currentItemsUrl in the registry (the same data the front page lists), so an
// unfinished required form shows in the navigation on every page until it is done, without loading
// the area's module. Loaded only once someone has signed in.
import {
  CurrentItemsChangedTopic,
  CurrentItemsResponseSchema,
  fetchJson,
  portalBus,
  SessionTopic,
  type EventBus,
  type RegistryEntry,
} from '@portal/shared-contracts';

/** How long the navigation waits for the first marks at most before it shows its links without them. */
export const MARKS_WAIT_MS = 3_000;

/** Items with urgency `action`, by the area they belong to. */
export type AreaAttention = ReadonlyMap<string, number>;

export type Fetcher = (url: string) => Promise<{ items: readonly { area: string; urgency: string }[] }>;

const fetchItems: Fetcher = (url) => fetchJson(url, CurrentItemsResponseSchema);

/** Counts the action items of every area that lists current items; an area that fails counts as none. */
export async function readAttention(entries: readonly RegistryEntry[], fetcher: Fetcher = fetchItems): Promise<AreaAttention> {
  const urls = [...new Set(entries.flatMap((entry) => (entry.currentItemsUrl ? [entry.currentItemsUrl] : [])))];
  const answers = await Promise.allSettled(urls.map((url) => fetcher(url)));
  const counts = new Map<string, number>();
  for (const answer of answers) {
    // A mark is a convenience; the area's own page and the front page say what failed.
    if (answer.status !== 'fulfilled') continue;
    for (const item of answer.value.items) {
      if (item.urgency === 'action') counts.set(item.area, (counts.get(item.area) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Keeps `onChange` told of the marks: read at sign-in and whenever an area says its current items
 * changed; cleared at sign-out. Returns a function that stops watching.
 */
export function watchAttention(
  entries: readonly RegistryEntry[],
  onChange: (attention: AreaAttention) => void,
  { bus = portalBus, fetcher = fetchItems, waitMs = MARKS_WAIT_MS }: { bus?: EventBus; fetcher?: Fetcher; waitMs?: number } = {},
): () => void {
  let signedIn = false;
  // Answers can overtake each other; only the newest read may set the marks.
  let generation = 0;
  // The navigation's links wait unseen for the first marks (shell-header): an area whose current
  // items are slow must not keep them waiting longer than this; its marks come when they come.
  let marksGiven = false;
  const refresh = (): void => {
    const mine = ++generation;
    const late = marksGiven ? undefined : setTimeout(() => !marksGiven && signedIn && onChange(new Map()), waitMs);
    void readAttention(entries, fetcher).then((attention) => {
      clearTimeout(late);
      marksGiven = true;
      if (mine === generation && signedIn) onChange(attention);
    });
  };
  const session = bus.subscribe(SessionTopic, ({ status }) => {
    const was = signedIn;
    signedIn = status === 'signed-in';
    if (signedIn && !was) refresh();
    if (!signedIn && was) {
      generation++;
      onChange(new Map());
    }
  });
  const changed = bus.subscribe(CurrentItemsChangedTopic, () => {
    if (signedIn) refresh();
  });
  return () => {
    session.unsubscribe();
    changed.unsubscribe();
  };
}
