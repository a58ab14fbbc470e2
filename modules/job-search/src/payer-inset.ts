import { html, type TemplateResult } from 'lit';

/**
 * What goes to the benefit payer (before sending: that a notice will go; on the receipt: that it
 * went) and, in bold, that it does not do the person's own duty to tell the payer. GOV.UK's inset
 * text: something to notice, not a warning that anything is wrong. The change and end forms show it.
 */
export function payerInset(notice: string, duty: string): TemplateResult {
  return html`<div class="inset payer">
    <p>${notice}</p>
    <p><strong>${duty}</strong></p>
  </div>`;
}
