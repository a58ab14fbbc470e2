import { html, type TemplateResult } from 'lit';
import { followInternalLink } from '../page/navigation.js';
import { notice } from '../page/notice.js';

// The buttons under a form's edit and check steps, the same in every form.

/** The edit step's form: its fields, then Continue (to the check step) and Cancel (back to `cancelHref`). */
export function editForm(
  fields: TemplateResult,
  words: { readonly continue: string; readonly cancel: string },
  cancelHref: string,
  onSubmit: (event: Event) => void,
): TemplateResult {
  return html`<form id="form" novalidate @submit=${onSubmit}>
    ${fields}
    <div class="actions">
      <button class="button" type="submit">${words.continue}</button>
      <a class="button secondary" href=${cancelHref} @click=${followInternalLink}>${words.cancel}</a>
    </div>
  </form>`;
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
