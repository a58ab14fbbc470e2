import { areaWords } from '@portal/ui-kit/page';
import { areaMessages, type AreaMessageKey } from './area.messages.js';

export type { AreaMessageKey };

/** The area's id: the bus's `page.shown@1` and `current-items.changed@1`, the registry, the tag names' prefix. */
export const AREA = 'plan';

/** Where the area lives when nothing says otherwise (the shell sets `base-path`). */
export const DEFAULT_BASE_PATH = '/plan';

/**
 * `areaText`: one of the area's shared words in the person's language. `withAreaMessages`: an
 * element's own words with the area's (and so the kit's) beside them, one table for its
 * LocaleController; the element's own word wins where both have a key.
 */
export const { text: areaText, with: withAreaMessages } = areaWords(areaMessages);
