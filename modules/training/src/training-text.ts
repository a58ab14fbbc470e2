import { html, type nothing, type TemplateResult } from 'lit';
import type { Locale } from '@portal/shared-contracts';
import { WITHDRAWABLE_STATES, type ApplicationState, type Training } from '@portal/shared-contracts/training';
import { daysLeftUntil, deadlineTag, formatDate } from '@portal/ui-kit/page';
import { areaText } from './area.js';
import { areaMessages } from './area.messages.js';

// A training and an application in words, as every page of the area says them.

export const stateLabel = (state: ApplicationState, locale: Locale): string => areaMessages[locale][`state.${state}`];

/** Still with the office (received, in selection): its tag is the "open" one. */
export const isPending = (state: ApplicationState): boolean => WITHDRAWABLE_STATES.includes(state);

/** The state as a tag. */
export function stateTag(state: ApplicationState, locale: Locale): TemplateResult {
  return html`<strong class="tag state ${isPending(state) ? 'open' : ''}">${stateLabel(state, locale)}</strong>`;
}

/** Where it is taught: the place, or "remote". */
export function placeText(training: Pick<Training, 'place'>, locale: Locale): string {
  return training.place ? training.place[locale] : areaText(locale, 'remote');
}

export function languageText(training: Pick<Training, 'language'>, locale: Locale): string {
  return areaText(locale, `language.${training.language}`);
}

export function dateRange(start: string, end: string, locale: Locale): string {
  return areaText(locale, 'dateRange', { start: formatDate(start, locale), end: formatDate(end, locale) });
}

/** The apply-by tag while the period is open ("3 päivää aikaa"); once closed, "Hakuaika päättynyt". */
export function periodTag(training: Pick<Training, 'applyBy' | 'open'>, locale: Locale): TemplateResult | typeof nothing {
  if (!training.open) return html`<span class="tag closed">${areaText(locale, 'closedShort')}</span>`;
  return deadlineTag(daysLeftUntil(training.applyBy), (key, params) => areaText(locale, key, params));
}

/** A training's facts as a definition list: provider, place, language, dates, application period, who it is for. */
export function trainingFacts(training: Training, locale: Locale): TemplateResult {
  const t = (key: Parameters<typeof areaText>[1]) => areaText(locale, key);
  return html`<dl class="facts">
    <dt>${t('provider')}</dt>
    <dd class="provider">${training.provider}</dd>
    <dt>${t('place')}</dt>
    <dd class="place">${placeText(training, locale)}</dd>
    <dt>${t('language')}</dt>
    <dd class="language">${languageText(training, locale)}</dd>
    <dt>${t('dates')}</dt>
    <dd class="dates">${dateRange(training.startDate, training.endDate, locale)}</dd>
    <dt>${t('applicationPeriod')}</dt>
    <dd class="with-tag period">${dateRange(training.applyFrom, training.applyBy, locale)} ${periodTag(training, locale)}</dd>
    <dt>${t('forWhom')}</dt>
    <dd class="for-whom">${training.forWhom[locale]}</dd>
  </dl>`;
}

/** The commitment of applying, in the terms of use's words. */
export function commitmentText(locale: Locale): TemplateResult {
  return html`<p>${areaText(locale, 'commitment1')}</p>
    <p>${areaText(locale, 'commitment2')}</p>`;
}
