import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@portal/shared-contracts';
import { errorText, fieldId, focusField, kitText, orderedErrors, type FieldErrors } from './errors.js';

// Template functions, not elements: a label's `for`, `aria-describedby` and the error summary's
// links work by id, and ids do not reach across shadow roots. So every control is rendered into the
// form's own shadow root, from one set of functions. Order inside a field after GOV.UK Frontend:
// label, hint, error message, control.

/** What every control takes: the issue path it answers for (its id is `fieldId(path)`), texts in the person's language. */
export interface ControlBase {
  readonly path: string;
  readonly locale: Locale;
  /** The error's text (already in the person's language, e.g. from `errorText`); none when valid. */
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
}

export interface Option {
  readonly value: string;
  readonly label: string;
  readonly hint?: string | undefined;
}

/** `aria-describedby` from the ids that exist, or no attribute at all. */
export function describedBy(...ids: (string | false | undefined | null)[]): string | typeof nothing {
  const present = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return present.length > 0 ? present.join(' ') : nothing;
}

/** The hint and error ids of a control, for its `aria-describedby`. */
function describedByOf(control: ControlBase, ...more: (string | undefined)[]): string | typeof nothing {
  const id = fieldId(control.path);
  return describedBy(control.hint ? `${id}-hint` : undefined, control.error ? `${id}-error` : undefined, ...more);
}

export function hintText(id: string, text: string | undefined): TemplateResult | typeof nothing {
  return text ? html`<p class="hint" id="${id}-hint">${text}</p>` : nothing;
}

/**
 * The error next to a field: its id is `<id>-error`, for the control's `aria-describedby`. A
 * visually hidden "Error:" tells a screen reader user that this text is an error, not a hint.
 */
export function fieldError(id: string, text: string | undefined, locale: Locale): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<p class="field-error" id="${id}-error"><span class="visually-hidden">${kitText(locale, 'errorPrefix')} </span>${text}</p>`;
}

function labelText(label: string, optional: boolean | undefined, locale: Locale): string {
  return optional ? `${label} ${kitText(locale, 'optional')}` : label;
}

export interface TextFieldOptions extends ControlBase {
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly type?: 'text' | 'tel' | 'email' | 'date' | 'url';
  /** Always say what a contact field is (WCAG 1.3.5); `off` for everything else. */
  readonly autocomplete?: string;
  readonly inputmode?: 'text' | 'tel' | 'email' | 'numeric' | 'decimal' | 'url';
  /** Narrower inputs for short answers (a year, a month); still at most 100 % of the column. */
  readonly width?: 'full' | 'medium' | 'short' | 'chars-4' | 'chars-2';
  /** Adds "(optional)" to the label: fields are required unless they say so (GOV.UK). */
  readonly optional?: boolean;
  readonly spellcheck?: boolean;
}

/** A labelled text input with its hint and error. */
export function textField(o: TextFieldOptions): TemplateResult {
  const id = fieldId(o.path);
  return html`<div class="field ${o.error ? 'has-error' : ''}">
    <label for=${id}>${labelText(o.label, o.optional, o.locale)}</label>
    ${hintText(id, o.hint)} ${fieldError(id, o.error, o.locale)}
    <input
      id=${id}
      name=${id}
      class="input ${o.width ?? 'full'}"
      type=${o.type ?? 'text'}
      autocomplete=${o.autocomplete ?? 'off'}
      inputmode=${o.inputmode ?? nothing}
      spellcheck=${o.spellcheck === undefined ? nothing : String(o.spellcheck)}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${describedByOf(o)}
      .value=${o.value}
      @input=${(event: Event) => o.onInput((event.target as HTMLInputElement).value)}
    />
  </div>`;
}

export interface TextAreaOptions extends ControlBase {
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  /** The limit the count counts down from; the schema enforces it (the field never cuts text). */
  readonly maxLength: number;
  readonly rows?: number;
  readonly optional?: boolean;
}

/** The count under a text area: what is left, or how much too much, in the person's language. */
export function characterCountText(length: number, maxLength: number, locale: Locale): string {
  const left = maxLength - length;
  if (left >= 0) return left === 1 ? kitText(locale, 'charsLeftOne') : kitText(locale, 'charsLeft', { count: left.toLocaleString(locale === 'en' ? 'en-GB' : 'fi-FI') });
  return -left === 1 ? kitText(locale, 'charsOverOne') : kitText(locale, 'charsOver', { count: (-left).toLocaleString(locale === 'en' ? 'en-GB' : 'fi-FI') });
}

/**
 * A text area with a character count (GOV.UK's character count): the limit is in the description,
 * the count shows under the field, and screen readers hear the count through the form's polite
 * live region (`PoliteAnnouncer`) once typing pauses, not at every key. Text over the limit is not
 * cut: it shows as too long, so nothing pasted is lost without a word.
 */
export function textArea(o: TextAreaOptions): TemplateResult {
  const id = fieldId(o.path);
  const over = o.value.length > o.maxLength;
  return html`<div class="field ${o.error ? 'has-error' : ''}">
    <label for=${id}>${labelText(o.label, o.optional, o.locale)}</label>
    ${hintText(id, o.hint)} ${fieldError(id, o.error, o.locale)}
    <textarea
      id=${id}
      name=${id}
      class="input"
      rows=${o.rows ?? 6}
      aria-invalid=${o.error || over ? 'true' : 'false'}
      aria-describedby=${describedByOf(o, `${id}-info`)}
      .value=${o.value}
      @input=${(event: Event) => o.onInput((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="visually-hidden" id="${id}-info">${kitText(o.locale, 'charsInfo', { max: o.maxLength.toLocaleString(o.locale === 'en' ? 'en-GB' : 'fi-FI') })}</p>
    <p class="char-count ${over ? 'over' : ''}" aria-hidden="true">${characterCountText(o.value.length, o.maxLength, o.locale)}</p>
  </div>`;
}

export interface SelectOptions extends ControlBase {
  readonly label: string;
  readonly value: string;
  readonly options: readonly Option[];
  /** The empty first choice ("Choose…"): no answer is preselected. */
  readonly placeholder: string;
  readonly onChange: (value: string) => void;
  readonly optional?: boolean;
}

/** A labelled select with an empty first choice. */
export function selectField(o: SelectOptions): TemplateResult {
  // `.selected` per option, not `.value` on the select: lit sets the select's properties before it
  // renders the options, and the `selected` attribute no longer applies once the person has chosen.
  const id = fieldId(o.path);
  return html`<div class="field ${o.error ? 'has-error' : ''}">
    <label for=${id}>${labelText(o.label, o.optional, o.locale)}</label>
    ${hintText(id, o.hint)} ${fieldError(id, o.error, o.locale)}
    <select
      id=${id}
      name=${id}
      class="input"
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${describedByOf(o)}
      @change=${(event: Event) => o.onChange((event.target as HTMLSelectElement).value)}
    >
      <option value="" .selected=${o.value === ''}>${o.placeholder}</option>
      ${o.options.map((option) => html`<option value=${option.value} .selected=${option.value === o.value}>${option.label}</option>`)}
    </select>
  </div>`;
}

export interface ChoiceGroupOptions extends ControlBase {
  /** The question: a group of radios or checkboxes is a fieldset, and this is its legend. */
  readonly legend: string;
  readonly options: readonly Option[];
  /**
   * `question` (default): a bold question; `small`: a question inside a section whose legend is a
   * heading; `heading`: the group is a section of the form and its legend an h2.
   */
  readonly legendAs?: 'question' | 'small' | 'heading';
  readonly optional?: boolean;
  /** Options in columns (many short labels, e.g. municipalities); one column on a phone. */
  readonly columns?: boolean;
}

/** A fieldset's legend: a question, or an h2 when the group is a section of the form. */
export function legend(text: string, as: 'question' | 'small' | 'heading' = 'question'): TemplateResult {
  return as === 'heading' ? html`<legend class="heading"><h2>${text}</h2></legend>` : html`<legend class=${as}>${text}</legend>`;
}

/** The id of one choice: the first is the group's own id, so the error summary's link lands on it. */
function choiceId(path: string, value: string, index: number): string {
  return index === 0 ? fieldId(path) : `${fieldId(path)}-${value.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function choiceGroup(
  o: ChoiceGroupOptions,
  type: 'radio' | 'checkbox',
  isChecked: (value: string) => boolean,
  onToggle: (value: string, checked: boolean) => void,
  conditional?: (value: string) => TemplateResult | typeof nothing,
): TemplateResult {
  const id = fieldId(o.path);
  // The hint and error describe the fieldset (GOV.UK): read once with the legend, not per option.
  return html`<fieldset
    class="choices ${o.legendAs === 'heading' ? 'section' : ''} ${o.error ? 'has-error' : ''}"
    aria-describedby=${describedByOf(o)}
  >
    ${legend(labelText(o.legend, o.optional, o.locale), o.legendAs)} ${hintText(id, o.hint)} ${fieldError(id, o.error, o.locale)}
    <div class="${type === 'radio' ? 'radios' : 'checkboxes'} ${o.columns ? 'columns' : ''}">
      ${o.options.map((option, index) => {
        const optionId = choiceId(o.path, option.value, index);
        const checked = isChecked(option.value);
        return html`<div class="choice">
            <input
              type=${type}
              id=${optionId}
              name=${id}
              value=${option.value}
              .checked=${checked}
              aria-describedby=${option.hint ? `${optionId}-hint` : nothing}
              @change=${(event: Event) => onToggle(option.value, (event.target as HTMLInputElement).checked)}
            />
            <label for=${optionId}>${option.label}</label>
            ${option.hint ? html`<p class="hint choice-hint" id="${optionId}-hint">${option.hint}</p>` : nothing}
          </div>
          ${checked && conditional ? conditional(option.value) : nothing}`;
      })}
    </div>
  </fieldset>`;
}

export interface RadioGroupOptions extends ChoiceGroupOptions {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Extra content revealed under the checked option (GOV.UK's conditional reveal). */
  readonly conditional?: (value: string) => TemplateResult | typeof nothing;
}

/** One answer of several: a fieldset of radios. Nothing is preselected. */
export function radioGroup(o: RadioGroupOptions): TemplateResult {
  return choiceGroup(o, 'radio', (value) => value === o.value, (value, checked) => checked && o.onChange(value), o.conditional);
}

export interface CheckboxGroupOptions extends ChoiceGroupOptions {
  readonly values: readonly string[];
  /** The new selection, in the order of the options. */
  readonly onChange: (values: string[]) => void;
}

/** Any number of answers: a fieldset of checkboxes. */
export function checkboxGroup(o: CheckboxGroupOptions): TemplateResult {
  return choiceGroup(
    o,
    'checkbox',
    (value) => o.values.includes(value),
    (value, checked) => {
      const next = new Set(o.values);
      if (checked) next.add(value);
      else next.delete(value);
      o.onChange(o.options.map((option) => option.value).filter((v) => next.has(v)));
    },
  );
}

export interface CheckboxOptions {
  readonly path: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

/** A single yes/no checkbox ("I still work here"). */
export function checkbox(o: CheckboxOptions): TemplateResult {
  const id = fieldId(o.path);
  return html`<div class="choice single">
    <input type="checkbox" id=${id} name=${id} .checked=${o.checked} @change=${(event: Event) => o.onChange((event.target as HTMLInputElement).checked)} />
    <label for=${id}>${o.label}</label>
  </div>`;
}

export interface MonthYearOptions extends ControlBase {
  readonly legend: string;
  readonly month: string;
  readonly year: string;
  readonly onMonth: (value: string) => void;
  readonly onYear: (value: string) => void;
}

/**
 * A month as two short fields, month and year (GOV.UK's date input without the day): works the same
 * in every browser, unlike `<input type="month">`, and people remember months, not days. The month
 * field has the group's id, so the error summary's link lands on it.
 */
export function monthYearField(o: MonthYearOptions): TemplateResult {
  const id = fieldId(o.path);
  const invalid = o.error ? 'true' : 'false';
  return html`<fieldset class="month-year ${o.error ? 'has-error' : ''}" aria-describedby=${describedByOf(o)}>
    ${legend(o.legend, 'small')} ${hintText(id, o.hint)} ${fieldError(id, o.error, o.locale)}
    <div class="inline-fields">
      <div class="field">
        <label for=${id}>${kitText(o.locale, 'month')}</label>
        <input
          id=${id}
          name=${id}
          class="input chars-2"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          aria-invalid=${invalid}
          .value=${o.month}
          @input=${(event: Event) => o.onMonth((event.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for="${id}-year">${kitText(o.locale, 'year')}</label>
        <input
          id="${id}-year"
          name="${id}-year"
          class="input chars-4"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          aria-invalid=${invalid}
          .value=${o.year}
          @input=${(event: Event) => o.onYear((event.target as HTMLInputElement).value)}
        />
      </div>
    </div>
  </fieldset>`;
}

export interface ErrorSummaryOptions {
  readonly errors: FieldErrors;
  /** The paths in the order the fields appear on the page. */
  readonly order: readonly string[];
  readonly locale: Locale;
  /** The form's render root: the links move focus inside it. */
  readonly root: ParentNode;
  readonly heading?: string;
  /** The text of one error; by default `errorText(code)`. */
  readonly text?: (code: string, path: string) => string;
}

/**
 * The error summary at the top of a form (GOV.UK): a heading and a link to each field in error.
 * It is `role="alert"` and focusable (`tabindex="-1"`, class `error-summary`): the form moves focus
 * to it when a submit fails (FormFlowController.goTo(step, 'summary')).
 */
export function errorSummary(o: ErrorSummaryOptions): TemplateResult | typeof nothing {
  const entries = orderedErrors(o.errors, o.order);
  if (entries.length === 0) return nothing;
  const text = o.text ?? ((code: string) => errorText(code, o.locale));
  return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">${o.heading ?? kitText(o.locale, 'errorSummary')}</h2>
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
  readonly onChange?: () => void;
}

/** The check-your-answers list (GOV.UK summary list): one row per answer, with a Change button. */
export function summaryList(rows: readonly SummaryRow[], locale: Locale): TemplateResult {
  return html`<dl class="summary">
    ${rows.map(
      (row) => html`<div class="row">
        <dt>${row.key}</dt>
        <dd>${row.value}</dd>
        ${row.onChange
          ? html`<dd class="change">
              <button class="link" type="button" @click=${row.onChange}>
                ${kitText(locale, 'change')}<span class="visually-hidden"> ${row.key}</span>
              </button>
            </dd>`
          : nothing}
      </div>`,
    )}
  </dl>`;
}

/**
 * Free text as the person wrote it, for a summary row: trimmed, its line breaks kept; `empty`
 * ("not given") when there is none.
 */
export function multiline(text: string, empty: string): TemplateResult | string {
  const trimmed = text.trim();
  return trimmed ? html`<span class="pre-line">${trimmed}</span>` : empty;
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

/** The green panel at the top of a receipt: what was received and when. A status, not an alert. */
export function receiptPanel(heading: TemplateResult | string, body?: TemplateResult | string): TemplateResult {
  return html`<div class="panel" role="status">
    <p class="panel-heading">${heading}</p>
    ${body ? html`<p>${body}</p>` : nothing}
  </div>`;
}

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
