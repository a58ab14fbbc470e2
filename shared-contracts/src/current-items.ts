import * as v from 'valibot';
import { CalendarDate } from './api/calendar-date.js';
import { LocalizedTextSchema } from './locale.js';

/**
 * How a service area contributes to the signed-in front page (the seed: "kerää yhteen asiakkaan
 * ajankohtaiset asioinnit"). An area lists `currentItemsUrl` in its registry entry; the overview
 * fetches every such URL and shows the items, so a new area plugs in without changing the overview.
 */
export const CURRENT_ITEM_KINDS = ['deadline', 'unfinished-form', 'status', 'task'] as const;
export type CurrentItemKind = (typeof CURRENT_ITEM_KINDS)[number];

export const CurrentItemSchema = v.object({
  /** Stable within the area, so the overview can key its list. */
  id: v.pipe(v.string(), v.minLength(1)),
  area: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/)),
  kind: v.picklist(CURRENT_ITEM_KINDS),
  title: LocalizedTextSchema,
  description: v.optional(LocalizedTextSchema),
  /** ISO date (yyyy-mm-dd) by which the customer must act, for `deadline` and unfinished forms. */
  dueDate: v.optional(CalendarDate),
  /** Where in the portal the customer handles it: an absolute path. */
  href: v.pipe(v.string(), v.startsWith('/')),
  /** `action` asks the customer to do something; `info` only tells. */
  urgency: v.picklist(['action', 'info']),
});
export type CurrentItem = v.InferOutput<typeof CurrentItemSchema>;

export const CurrentItemsResponseSchema = v.object({ items: v.array(CurrentItemSchema) });
export type CurrentItemsResponse = v.InferOutput<typeof CurrentItemsResponseSchema>;
