import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@portal/shared-contracts';
import { daysLeftUntil, deadlineTag, formatDate } from '@portal/ui-kit/page';
import { areaText } from './area.js';

// An apply-by date: the front page's tasks and list and the offer page show it by the kit's rule
// (grey while there is time, red once passed), in the area's words.

/** An apply-by date's tag: "2 päivää aikaa", "Viimeinen päivä on tänään", "Hakuaika on päättynyt". */
export function applyByTag(applyBy: string, locale: Locale): TemplateResult {
  return deadlineTag(daysLeftUntil(applyBy), (key, params) => areaText(locale, key, params));
}

/** "Hae viimeistään 1.12.2026" with its tag, as one line. */
export function applyByLine(applyBy: string, locale: Locale, withTag = true): TemplateResult {
  return html`<span class="apply-by">${areaText(locale, 'applyBy')} ${formatDate(applyBy, locale)}</span>
    ${withTag ? applyByTag(applyBy, locale) : nothing}`;
}
