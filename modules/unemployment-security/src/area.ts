import { formatMessage, type Locale, type Messages } from '@portal/shared-contracts';
import { mergeMessages } from '@portal/ui-kit/page';
import { areaMessages, type AreaMessageKey } from './area.messages.js';

export type { AreaMessageKey };

/** The area's id: the bus's `page.shown@1` and `current-items.changed@1`, the registry, the tag names' prefix. */
export const AREA = 'unemployment-security';

/** Where the area lives when nothing says otherwise (the shell sets `base-path`). */
export const DEFAULT_BASE_PATH = '/unemployment-security';

/** One of the area's shared words (states, kinds of events, deadlines, a contact, the kit's) in the person's language. */
export function areaText(locale: Locale, key: AreaMessageKey, params?: Readonly<Record<string, string | number>>): string {
  return formatMessage(areaMessages[locale][key], params);
}

/**
 * An element's own words with the area's (and so the kit's) beside them, one table for its
 * LocaleController. The element's own word wins where both have a key.
 */
export function withAreaMessages<K extends string>(own: Messages<K>): Messages<K | AreaMessageKey> {
  return mergeMessages(areaMessages, own);
}
