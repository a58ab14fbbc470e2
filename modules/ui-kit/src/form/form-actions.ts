import { html, type TemplateResult } from 'lit';
import { followInternalLink } from '../page/navigation.js';
import { notice } from '../page/notice.js';

// The buttons under a form's edit and check steps, the same in every form.

/** The edit step's form: its fields, then its `actions` (`editActions`, or `leavePanel` in their place). */
export function editForm(fields: TemplateResult, actions: TemplateResult, onSubmit: (event: Event) => void): TemplateResult {
  return html`<form id="form" novalidate @submit=${onSubmit}>${fields} ${actions}</form>`;
}

/**
 * Continue (submits the form) and Cancel, a real link back to `cancelHref` (class `cancel`): `onCancel`
 * follows it, or asks first what to do with the draft.
 */
export function editActions(
  words: { readonly continue: string; readonly cancel: string },
  cancelHref: string,
  onCancel: (event: MouseEvent) => void = followInternalLink,
): TemplateResult {
  return html`<div class="actions">
    <button class="button" type="submit">${words.continue}</button>
    <a class="button secondary cancel" href=${cancelHref} @click=${onCancel}>${words.cancel}</a>
  </div>`;
}

/**
 * Cancel with a draft: keep it and leave, throw it away and leave, or go on editing (also Escape).
 * In place of the form's buttons, not a modal: a group named by its heading (class `leave`), which
 * takes focus when it opens.
 */
export function leavePanel(
  words: { readonly heading: string; readonly keep: string; readonly discard: string; readonly stay: string },
  on: { readonly keep: () => void; readonly discard: () => void; readonly stay: () => void },
): TemplateResult {
  return html`<div
    class="notice leave"
    role="group"
    aria-labelledby="leave-heading"
    tabindex="-1"
    @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && on.stay()}
  >
    <h2 id="leave-heading">${words.heading}</h2>
    <div class="actions">
      <button class="button keep" type="button" @click=${on.keep}>${words.keep}</button>
      <button class="button secondary discard" type="button" @click=${on.discard}>${words.discard}</button>
      <button class="button secondary stay" type="button" @click=${on.stay}>${words.stay}</button>
    </div>
  </div>`;
}

/** The check step's Send (busy while `submitting`, so a double click sends once) and Change. */
export function sendForm(
  submitting: boolean,
  words: { readonly send: string; readonly sending: string; readonly change: string },
  onSend: (event: Event) => void,
  onChange: () => void,
): TemplateResult {
  return html`<form @submit=${onSend}>
    <div class="actions">
      <button class="button send" type="submit" ?disabled=${submitting} aria-disabled=${String(submitting)}>
        ${submitting ? words.sending : words.send}
      </button>
      <button class="button secondary" type="button" @click=${onChange}>${words.change}</button>
    </div>
  </form>`;
}

/** A problem with a retry button (class `retry`, which a form focuses; disabled while `busy`), as an alert notice. */
export function retryNotice(text: string, retryLabel: string, onRetry: () => void, busy = false): TemplateResult {
  return notice('error', text, html`<button class="button retry" type="button" ?disabled=${busy} @click=${onRetry}>${retryLabel}</button>`);
}
