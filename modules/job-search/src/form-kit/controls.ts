import { html, type nothing, type TemplateResult } from 'lit';
import { errorSummary as kitErrorSummary, type ErrorSummaryOptions as KitErrorSummaryOptions } from '@portal/ui-kit/form';
import { errorText } from './errors.js';

// The area's own templates beside the UI kit's controls (the form kit re-exports both).

export type ErrorSummaryOptions = Omit<KitErrorSummaryOptions, 'text'> & Partial<Pick<KitErrorSummaryOptions, 'text'>>;

/** The kit's error summary, the area's words for its codes unless the form gives its own. */
export function errorSummary(o: ErrorSummaryOptions): TemplateResult | typeof nothing {
  return kitErrorSummary({ ...o, text: o.text ?? ((code: string) => errorText(code, o.locale)) });
}

/**
 * What goes to the benefit payer (before sending: that a notice will go; on the receipt: that it
 * went) and, in bold, that it does not do the person's own duty to tell the payer. GOV.UK's inset
 * text: something to notice, not a warning that anything is wrong.
 */
export function payerInset(notice: string, duty: string): TemplateResult {
  return html`<div class="inset payer">
    <p>${notice}</p>
    <p><strong>${duty}</strong></p>
  </div>`;
}
