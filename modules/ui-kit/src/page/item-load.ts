import { ApiRequestError } from '@portal/shared-contracts';

/** Where a page's one item (an event, a request) stands: on its way, shown, not found (a 404), or failed (with a retry). */
export const ItemLoadState = { loading: 'loading', loaded: 'loaded', notFound: 'not-found', failed: 'failed' } as const;
export type ItemLoadState = (typeof ItemLoadState)[keyof typeof ItemLoadState];

/** How a page's read of its item ended: the item, "not found" (a 404), or a failure to retry. */
export type ItemRead<T> =
  | { readonly state: typeof ItemLoadState.loaded; readonly item: T }
  | { readonly state: typeof ItemLoadState.notFound | typeof ItemLoadState.failed };

/**
 * Reads the item whose id `currentId()` gives now, for a page element whose id can change while the
 * read is under way (the route moved from one item to another): the answer for an id no longer shown
 * is dropped (`undefined`), never drawn over the new one. A 404 is "not found" (its own page, no
 * retry); anything else a failure the page offers to retry.
 */
export async function readCurrent<T>(currentId: () => string, read: (id: string) => Promise<T>): Promise<ItemRead<T> | undefined> {
  const id = currentId();
  try {
    const item = await read(id);
    return id === currentId() ? { state: ItemLoadState.loaded, item } : undefined;
  } catch (error) {
    if (id !== currentId()) return undefined;
    return { state: error instanceof ApiRequestError && error.status === 404 ? ItemLoadState.notFound : ItemLoadState.failed };
  }
}
