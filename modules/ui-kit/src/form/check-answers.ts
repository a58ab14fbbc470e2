import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@portal/shared-contracts';
import { uiText } from '../i18n/kit.messages.js';

// Check your answers and the receipt, after GOV.UK Frontend's summary list and panel.

export interface SummaryRow {
  readonly key: string;
  readonly value: TemplateResult | string;
  /** A "Change" button back to the field; its hidden text names the row for screen readers. */
  readonly onChange?: (() => void) | undefined;
}

/** The check-your-answers list (GOV.UK summary list): one row per answer, with a Change button. */
export function summaryList(rows: readonly SummaryRow[], locale: Locale): TemplateResult {
  return html`<dl class="summary">
    ${rows.map(
      (row) => html`<div class="row">
        <dt>${row.key}</dt>
        <dd>${row.value}</dd>
        ${
          row.onChange
            ? html`<dd class="change">
              <button class="link" type="button" @click=${row.onChange}>
                ${uiText(locale, 'change')}<span class="visually-hidden"> ${row.key}</span>
              </button>
            </dd>`
            : nothing
        }
      </div>`,
    )}
  </dl>`;
}

/**
 * Free text as the person wrote it, for a summary row: trimmed, its line breaks kept; `empty`
 * ("not given"), when given, stands for no text at all.
 */
export function multiline(text: string, empty?: string): TemplateResult | string {
  const trimmed = text.trim();
  return !trimmed && empty !== undefined ? empty : html`<span class="pre-line">${trimmed}</span>`;
}

/** The green panel at the top of a receipt: what was received and when. A status, not an alert. */
export function receiptPanel(heading: TemplateResult | string, body?: TemplateResult | string): TemplateResult {
  return html`<div class="panel" role="status">
    <p class="panel-heading">${heading}</p>
    ${body ? html`<p>${body}</p>` : nothing}
  </div>`;
}
