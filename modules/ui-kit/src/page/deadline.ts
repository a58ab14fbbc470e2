import { html, type TemplateResult } from 'lit';
import { daysBetween, helsinkiToday } from './dates.js';

// A deadline's tag (an apply-by date, a return date, an assessment's due date): every area shows it
// by the same rule, grey while there is time and red once the day has passed, each in its own words.

/** The words a deadline's tag needs; the area's table has them (`deadlinePassed` says what passed). */
export type DeadlineKey = 'daysLeft' | 'daysLeftOne' | 'dueToday' | 'deadlinePassed';

/** Days from today in Finland to `day` (yyyy-mm-dd): negative once it has passed. */
export function daysLeftUntil(day: string, today: string = helsinkiToday()): number {
  return daysBetween(today, day);
}

/** The tag's words: "2 päivää aikaa", "1 päivä aikaa", "Viimeinen päivä on tänään", or the area's "passed". */
export function deadlineText(daysLeft: number, text: (key: DeadlineKey, params?: { count: number }) => string): string {
  if (daysLeft < 0) return text('deadlinePassed');
  if (daysLeft === 0) return text('dueToday');
  return daysLeft === 1 ? text('daysLeftOne') : text('daysLeft', { count: daysLeft });
}

/** A deadline's tag: grey (`due`) while there is time, red (`late`) once the day has passed. */
export function deadlineTag(daysLeft: number, text: (key: DeadlineKey, params?: { count: number }) => string): TemplateResult {
  return html`<strong class="tag ${daysLeft < 0 ? 'late' : 'due'}">${deadlineText(daysLeft, text)}</strong>`;
}
