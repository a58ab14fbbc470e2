import type { Messages } from '@portal/shared-contracts';
import { mergeMessages } from '@portal/ui-kit/page';
import { areaMessages, type AreaMessageKey } from './area.messages.js';

// The job-search area ("Työnhaku"): its id on the bus, where it lives unless the shell says
// otherwise, and the words several of its elements share.

export { areaMessages, errorMessages } from './area.messages.js';
export type { AreaMessageKey } from './area.messages.js';

/** The area's id in `page.shown@1`, `current-items.changed@1` and its drafts' keys. */
export const AREA = 'job-search';

/** Where the area lives when the shell gives no `base-path`. */
export const DEFAULT_BASE_PATH = '/job-search';

/**
 * An element's messages with the area's shared words (change kinds, end reasons, deadlines, the
 * way back) among them, so one `LocaleController` speaks both; the element's own win a clash.
 */
export function withAreaMessages<K extends string>(own: Messages<K>): Messages<K | AreaMessageKey> {
  return mergeMessages(areaMessages, own);
}
