import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@portal/shared-contracts';
import type { JobOffer, JobOfferOutcome, JobOfferState, TrainingOffer } from '@portal/shared-contracts/offers';
import { followInternalLink, formatDate } from '@portal/ui-kit/page';
import { areaText } from './area.js';
import { areaMessages } from './area.messages.js';

// An offer in words, as the front page's list and the offer page both say it.

export const stateLabel = (state: JobOfferState, locale: Locale): string => areaMessages[locale][`state.${state}`];
export const outcomeLabel = (outcome: JobOfferOutcome, locale: Locale): string => areaMessages[locale][`outcome.${outcome}`];

/** A training's dates: "1.2.2027–30.6.2027". */
export function dateRange(offer: Pick<TrainingOffer, 'startDate' | 'endDate'>, locale: Locale): string {
  return areaText(locale, 'dateRange', { start: formatDate(offer.startDate, locale), end: formatDate(offer.endDate, locale) });
}

/**
 * The link to apply for a training: in the portal's own training area, or in another training
 * service, which opens in a new tab and says so (WCAG 3.2.5 advice), without the portal's referrer
 * or window handle.
 */
export function applyLink(offer: TrainingOffer, locale: Locale): TemplateResult {
  // A training of the portal's own catalogue (`/training/:id/apply`): its application form here,
  // followed by the shell's router in this tab.
  if (offer.applyUrl.startsWith('/')) {
    return html`<a class="apply-link" href=${offer.applyUrl} @click=${followInternalLink}
      >${areaText(locale, 'applyLink')}<span class="visually-hidden">: ${offer.training[locale]}</span></a
    >`;
  }
  return externalLink(offer.applyUrl, areaText(locale, 'applyLink'), offer.training[locale], locale);
}

/** The employer's page for applying for a job offer, the same way (none when the offer names none). */
export function jobApplyLink(offer: JobOffer, locale: Locale): TemplateResult | typeof nothing {
  if (offer.applyUrl === null) return nothing;
  return externalLink(offer.applyUrl, areaText(locale, 'jobApplyLink'), offer.jobTitle[locale], locale);
}

function externalLink(href: string, text: string, what: string, locale: Locale): TemplateResult {
  return html`<a class="apply-link" href=${href} target="_blank" rel="noopener noreferrer"
    >${text}<span class="visually-hidden">: ${what}</span> ${areaText(locale, 'newTab')}</a
  >`;
}
