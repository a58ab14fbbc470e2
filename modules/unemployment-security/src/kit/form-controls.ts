import { html, nothing, type TemplateResult } from 'lit';
import { INTL_LOCALE, type Locale } from '@portal/shared-contracts';
import { kitText } from './kit.js';
import { errorText, fieldId, focusField, formText, orderedErrors, type FieldErrors } from './form-errors.js';
import type { PoliteAnnouncer } from './form-flow.js';

// Template functions, not elements: a label's `for`, `aria-describedby` and the error summary's
// links work by id, and ids do not reach across shadow roots. So every control is rendered into the
// form's own shadow root. Order inside a field after GOV.UK Frontend: label, hint, error, control.

/** `aria-describedby` from the ids that exist, or no attribute at all. */
export function describedBy(...ids: (string | false | undefined | null)[]): string | typeof nothing {
  const present = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return present.length > 0 ? present.join(' ') : nothing;
}

export function hintText(id: string, text: string | TemplateResult | undefined): TemplateResult | typeof nothing {
  return text ? html`<div class="hint" id="${id}-hint">${text}</div>` : nothing;
}

/**
 * The error next to a field (`<id>-error`, for the control's `aria-describedby`). A visually hidden
 * "Error:" tells a screen reader user that this text is an error, not a hint.
 */
export function fieldError(id: string, text: string | undefined, locale: Locale): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<p class="field-error" id="${id}-error"><span class="visually-hidden">${kitText(locale, 'errorPrefix')} </span>${text}</p>`;
}

const count = (value: number, locale: Locale): string => value.toLocaleString(INTL_LOCALE[locale]);

/** The count under a text area: what is left, or how much too much. */
export function characterCountText(length: number, maxLength: number, locale: Locale): string {
  const left = maxLength - length;
  if (left >= 0) return left === 1 ? formText(locale, 'charsLeftOne') : formText(locale, 'charsLeft', { count: count(left, locale) });
  return -left === 1 ? formText(locale, 'charsOverOne') : formText(locale, 'charsOver', { count: count(-left, locale) });
}

export interface TextAreaOptions {
  readonly path: string;
  readonly locale: Locale;
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  /** The limit the count counts down from; the schema enforces it (the field never cuts text). */
  readonly maxLength: number;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly rows?: number;
}

/**
 * A text area with a character count (GOV.UK's): the limit is in the description, the count shows
 * under the field and reaches screen readers through the form's polite region once typing pauses.
 * Text over the limit is not cut: it shows as too long, so nothing pasted is lost without a word.
 */
export function textArea(o: TextAreaOptions): TemplateResult {
  const id = fieldId(o.path);
  const over = o.value.length > o.maxLength;
  return html`<div class="field ${o.error ? 'has-error' : ''}">
    <label for=${id}>${o.label}</label>
    ${hintText(id, o.hint)} ${fieldError(id, o.error, o.locale)}
    <textarea
      id=${id}
      name=${id}
      class="input"
      rows=${o.rows ?? 8}
      spellcheck="true"
      aria-invalid=${o.error || over ? 'true' : 'false'}
      aria-describedby=${describedBy(o.hint ? `${id}-hint` : undefined, o.error ? `${id}-error` : undefined, `${id}-info`)}
      .value=${o.value}
      @input=${(event: Event) => o.onInput((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="visually-hidden" id="${id}-info">${formText(o.locale, 'charsInfo', { max: count(o.maxLength, o.locale) })}</p>
    <p class="char-count ${over ? 'over' : ''}" aria-hidden="true">${characterCountText(o.value.length, o.maxLength, o.locale)}</p>
  </div>`;
}

export interface ErrorSummaryOptions {
  readonly errors: FieldErrors;
  /** The paths in the order the fields appear on the page. */
  readonly order: readonly string[];
  readonly locale: Locale;
  /** The form's render root: the links move focus inside it. */
  readonly root: ParentNode;
  /** The text of one error; by default `errorText(code)`. */
  readonly text?: (code: string, path: string) => string;
}

/**
 * The error summary at the top of a form (GOV.UK): a heading and a link to each field in error.
 * `role="alert"` and focusable: the form moves focus to it when a submit fails.
 */
export function errorSummary(o: ErrorSummaryOptions): TemplateResult | typeof nothing {
  const entries = orderedErrors(o.errors, o.order);
  if (entries.length === 0) return nothing;
  const text = o.text ?? ((code: string) => errorText(code, o.locale));
  return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">${formText(o.locale, 'errorSummary')}</h2>
    <ul>
      ${entries.map(
        ({ path, code }) => html`<li>
          <a
            href="#${fieldId(path)}"
            @click=${(event: Event) => {
              // A fragment link does not reach into shadow DOM: move focus by hand.
              event.preventDefault();
              focusField(o.root, path);
            }}
            >${text(code, path)}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}

export interface SummaryRow {
  readonly key: string;
  readonly value: TemplateResult | string;
  /** A "Change" button back to the field; its hidden text names the row for screen readers. */
  readonly onChange?: (() => void) | undefined;
}

/** The check-your-answer list (GOV.UK summary list): one row per answer, with a Change button. */
export function summaryList(rows: readonly SummaryRow[], locale: Locale): TemplateResult {
  return html`<dl class="summary">
    ${rows.map(
      (row) => html`<div class="row">
        <dt>${row.key}</dt>
        <dd>${row.value}</dd>
        ${row.onChange
          ? html`<dd class="change">
              <button class="link" type="button" @click=${row.onChange}>
                ${formText(locale, 'change')}<span class="visually-hidden"> ${row.key}</span>
              </button>
            </dd>`
          : nothing}
      </div>`,
    )}
  </dl>`;
}

/** Free text as the person wrote it: trimmed, its line breaks kept. */
export function multiline(text: string): TemplateResult {
  return html`<span class="pre-line">${text.trim()}</span>`;
}

/** The green panel at the top of a receipt: what was received and when. A status, not an alert. */
export function receiptPanel(heading: string, body: TemplateResult | string): TemplateResult {
  return html`<div class="panel" role="status">
    <p class="panel-heading">${heading}</p>
    <p>${body}</p>
  </div>`;
}

/**
 * A notice above a form: information (a restored draft) as a polite status, a problem (a failed
 * send) as an alert. Focusable, so the form can move focus to it after a failed send.
 */
export function notice(kind: 'info' | 'error', content: TemplateResult | string, action?: TemplateResult): TemplateResult {
  return html`<div class="notice ${kind === 'error' ? 'error' : ''}" role=${kind === 'error' ? 'alert' : 'status'} tabindex="-1">
    <p>${content}</p>
    ${action ?? nothing}
  </div>`;
}

/**
 * The form's one polite live region (visually hidden). Rendered from the start, empty: a live region
 * that appears together with its text is often not announced.
 */
export function politeRegion(announcer: PoliteAnnouncer): TemplateResult {
  return html`<p class="visually-hidden live" aria-live="polite" aria-atomic="true">${announcer.text}</p>`;
}
