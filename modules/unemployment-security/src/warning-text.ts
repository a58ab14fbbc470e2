import { html, type TemplateResult } from 'lit';
import type { Locale } from '@portal/shared-contracts';
import { areaText } from './area.js';

/** GOV.UK's warning text: a bold sentence behind an exclamation mark, "Warning" said to screen readers. */
export function warningText(text: TemplateResult | string, locale: Locale, className = ''): TemplateResult {
  return html`<div class="warning-text ${className}">
    <span class="icon" aria-hidden="true">!</span>
    <p><strong><span class="visually-hidden">${areaText(locale, 'warning')}: </span>${text}</strong></p>
  </div>`;
}
