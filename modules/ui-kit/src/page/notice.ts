import { html, nothing, type TemplateResult } from 'lit';

/**
 * A notice above a form: information (a restored draft) as a polite status, a problem (a conflict,
 * a failed send) as an alert. Focusable, so a form can move focus to it after a failed send.
 */
export function notice(kind: 'info' | 'error', content: TemplateResult | string, action?: TemplateResult): TemplateResult {
  return html`<div class="notice ${kind === 'error' ? 'error' : ''}" role=${kind === 'error' ? 'alert' : 'status'} tabindex="-1">
    <p>${content}</p>
    ${action ?? nothing}
  </div>`;
}
