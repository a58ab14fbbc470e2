import { formatDate, formatTime, INTL_LOCALE, type Locale } from '@portal/shared-contracts';

/** A score with one decimal as the language writes it: 3,3 / 3,3 / 3.3. */
export function formatScore(score: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score);
}

/** A change of score with its sign: +0,7, −0,3 (the language's minus), 0,0. */
export function formatChange(change: number, locale: Locale): string {
  // Rounded first, so a change of 0.04 reads as 0,0 rather than +0,0.
  const rounded = Math.round(change * 10) / 10;
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(rounded);
}

/** A moment as a date and a time in Finland: two results may be taken on one day. */
export function formatDateTime(value: string, locale: Locale): string {
  const time = formatTime(value, locale);
  const date = formatDate(value, locale);
  return locale === 'fi' ? `${date} klo ${time}` : locale === 'sv' ? `${date} kl. ${time}` : `${date}, ${time}`;
}
