import { html, nothing, type TemplateResult } from 'lit';
import { formatMessage, type Locale } from '@portal/shared-contracts';
import type { JobOffer, JobOfferOutcome, JobOfferState, TrainingOffer } from '@portal/shared-contracts/offers';
import { daysBetween, formatDate, helsinkiToday } from '@portal/ui-kit/page';
import { kitMessages, type KitMessageKey } from './kit.messages.js';

/** One of the area's own texts in the person's language. */
export function kitText(locale: Locale, key: KitMessageKey, params?: Readonly<Record<string, string | number>>): string {
  return formatMessage(kitMessages[locale][key], params);
}

export const stateLabel = (state: JobOfferState, locale: Locale): string => kitMessages[locale][`state.${state}`];
export const outcomeLabel = (outcome: JobOfferOutcome, locale: Locale): string => kitMessages[locale][`outcome.${outcome}`];

/**
 * What the person can report on a job offer now: whether they applied (assigned), the outcome
 * (applied, no outcome yet), or nothing (not applied, or the outcome is in). The same rule as the
 * backend's, so the page never offers a report the server would answer with `state.conflict`.
 */
export const ReportMode = { apply: 'apply', outcome: 'outcome', done: 'done' } as const;
export type ReportMode = (typeof ReportMode)[keyof typeof ReportMode];

export function reportModeOf(offer: Pick<JobOffer, 'state' | 'outcome'>): ReportMode {
  if (offer.state === 'assigned') return ReportMode.apply;
  return offer.state === 'applied' && offer.outcome === null ? ReportMode.outcome : ReportMode.done;
}

/** Days from today in Finland to `day` (yyyy-mm-dd): negative once it has passed. */
export function daysLeftUntil(day: string, today: string = helsinkiToday()): number {
  return daysBetween(today, day);
}

/** The tag's words: "2 päivää aikaa", "Viimeinen päivä on tänään", "Hakuaika on päättynyt". */
export function deadlineText(daysLeft: number, locale: Locale): string {
  if (daysLeft < 0) return kitText(locale, 'applyByPassed');
  if (daysLeft === 0) return kitText(locale, 'dueToday');
  return daysLeft === 1 ? kitText(locale, 'daysLeftOne') : kitText(locale, 'daysLeft', { count: daysLeft });
}

/** An apply-by date's tag: grey while there is time, red once the day has passed. */
export function deadlineTag(applyBy: string, locale: Locale): TemplateResult {
  const daysLeft = daysLeftUntil(applyBy);
  return html`<strong class="tag ${daysLeft < 0 ? 'late' : 'due'}">${deadlineText(daysLeft, locale)}</strong>`;
}

/** "Hae viimeistään 1.12.2026" with its tag, as one line. */
export function applyByLine(applyBy: string, locale: Locale, withTag = true): TemplateResult {
  return html`<span class="apply-by">${kitText(locale, 'applyBy')} ${formatDate(applyBy, locale)}</span>
    ${withTag ? deadlineTag(applyBy, locale) : nothing}`;
}

/** A training's dates: "1.2.2027–30.6.2027". */
export function dateRange(offer: Pick<TrainingOffer, 'startDate' | 'endDate'>, locale: Locale): string {
  return kitText(locale, 'dateRange', { start: formatDate(offer.startDate, locale), end: formatDate(offer.endDate, locale) });
}

/**
 * The link to apply for a training in the public training service: another site, so it opens in a
 * new tab and says so (WCAG 3.2.5 advice), without the portal's referrer or window handle.
 */
export function applyLink(offer: TrainingOffer, locale: Locale): TemplateResult {
  return html`<a class="apply-link" href=${offer.applyUrl} target="_blank" rel="noopener noreferrer"
    >${kitText(locale, 'applyLink')}<span class="visually-hidden">: ${offer.training[locale]}</span> ${kitText(locale, 'newTab')}</a
  >`;
}

/** A job offer's state in words, with the outcome when there is one. */
export function stateText(offer: JobOffer, locale: Locale): string {
  const state = stateLabel(offer.state, locale);
  return offer.outcome ? `${state}. ${kitText(locale, 'outcomeLabel', { outcome: outcomeLabel(offer.outcome, locale) })}` : state;
}
