import { INTL_LOCALE, type Locale } from '@portal/shared-contracts';
import { areaWords } from '@portal/ui-kit/page';
import { areaMessages, type AreaMessageKey } from './area.messages.js';

export type { AreaMessageKey };

/** The area's id: the bus's `page.shown@1` and `current-items.changed@1`, the registry, the tag names' prefix. */
export const AREA = 'startup-grant';

/** Where the area lives when nothing says otherwise (the shell sets `base-path`). */
export const DEFAULT_BASE_PATH = '/startup-grant';

/**
 * `areaText`: one of the area's shared words in the person's language. `withAreaMessages`: an
 * element's own words with the area's (and so the kit's) beside them, one table for its
 * LocaleController; the element's own word wins where both have a key.
 */
export const { text: areaText, with: withAreaMessages } = areaWords(areaMessages);

const money = new Map<Locale, Intl.NumberFormat>();

/** Cents as euros the way the person's language writes them ("1 234,50 €", "€1,234.50"). */
export function formatMoney(cents: number, language: Locale): string {
  let format = money.get(language);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[language], { style: 'currency', currency: 'EUR' });
    money.set(language, format);
  }
  return format.format(cents / 100);
}

/** Cents as the person would type them back into an amount field ("1234,50" in fi/sv, "1234.50" in en): no currency, no grouping. */
export function amountText(cents: number, language: Locale): string {
  const text = (cents / 100).toFixed(2).replace(/\.00$/, '');
  return language === 'en' ? text : text.replace('.', ',');
}
