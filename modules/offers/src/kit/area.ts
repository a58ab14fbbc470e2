/** The area's id: the bus's `page.shown@1` and `current-items.changed@1`, the registry, the tag names' prefix. */
export const AREA = 'offers';

/** Where the area lives when nothing says otherwise (the shell sets `base-path`). */
export const DEFAULT_BASE_PATH = '/offers';
