import { areaWords } from '@portal/ui-kit/page';
import { areaMessages, type AreaMessageKey } from './area.messages.js';

export type { AreaMessageKey };

/** The area's id: the bus's `page.shown@1` and `current-items.changed@1`, the registry, the tag names' prefix. */
export const AREA = 'training';

/** Where the area lives when nothing says otherwise (the shell sets `base-path`). */
export const DEFAULT_BASE_PATH = '/training';

/**
 * `areaText`: one of the area's shared words in the person's language. `withAreaMessages`: an
 * element's own words with the area's (and so the kit's) beside them, one table for its
 * LocaleController; the element's own word wins where both have a key.
 */
export const { text: areaText, with: withAreaMessages } = areaWords(areaMessages);

/** The pages below the base path, for links between them. */
export const trainingPath = (basePath: string, id: string): string => `${basePath}/${encodeURIComponent(id)}`;
export const applyPath = (basePath: string, id: string): string => `${trainingPath(basePath, id)}/apply`;
export const applicationPath = (basePath: string, id: string): string => `${basePath}/applications/${encodeURIComponent(id)}`;
