// The career radar area: its id, where the portal mounts it, and the words its two elements share
// (the chart, the table, the suggestions, the earlier results), beside each element's own.
import type { Locale, Messages } from '@portal/shared-contracts';
import { mergeMessages } from '@portal/ui-kit/page';
import { areaMessages, type AreaMessageKey } from './area.messages.js';

export { CAREER_RADAR_AREA as AREA, CAREER_RADAR_ROUTE as BASE_PATH } from '@portal/shared-contracts/career-radar';
export type { AreaMessageKey };

/** An element's own words with the area's shared ones beside them, read from one table. */
export function withAreaMessages<K extends string>(own: Messages<K>): Messages<K | AreaMessageKey> {
  return mergeMessages(areaMessages, own);
}

/** What a view needs of an element's language: the language, and the area's shared words. */
export interface AreaWords {
  readonly language: Locale;
  t(key: AreaMessageKey, params?: Readonly<Record<string, string | number>>): string;
}
