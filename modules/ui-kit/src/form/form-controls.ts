import { html, noChange, nothing, type TemplateResult } from 'lit';
import { INTL_LOCALE, type Locale } from '@portal/shared-contracts';
import { fieldId } from './form-errors.js';
import { uiText } from '../i18n/kit.messages.js';

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
  readonly hint?: string | TemplateResult | undefined;
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

/**
 * A field's hint (`<id>-hint`, for the control's `aria-describedby`): a sentence is a paragraph;
 * a hint with its own paragraphs or list (a template) is a block around them.
 */
export function hintText(id: string, text: string | TemplateResult | undefined): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return typeof text === 'string'
    ? html`<p class="hint" id="${id}-hint">${text}</p>`
    : html`<div class="hint" id="${id}-hint">${text}</div>`;
}

/**
 * The error next to a field: its id is `<id>-error`, for the control's `aria-describedby`. A
 * visually hidden "Error:" tells a screen reader user that this text is an error, not a hint.
 */
export function fieldError(id: string, text: string | undefined, locale: Locale): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<p class="field-error" id="${id}-error"><span class="visually-hidden">${uiText(locale, 'errorPrefix')} </span>${text}</p>`;
}

function labelText(label: string, optional: boolean | undefined, locale: Locale): string {
  return optional ? `${label} ${uiText(locale, 'optional')}` : label;
}

/** What every labelled control starts with: its label ("(optional)" added), hint and error. */
function fieldHead(id: string, o: ControlBase & { readonly label: string; readonly optional?: boolean }): TemplateResult {
  return html`<label for=${id}>${labelText(o.label, o.optional, o.locale)}</label> ${hintText(id, o.hint)} ${fieldError(id, o.error, o.locale)}`;
}

export interface TextFieldOptions extends ControlBase {
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  /** A date is `dateField`'s (a day that does not exist, the picker's limits). */
  readonly type?: 'text' | 'tel' | 'email' | 'url';
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
    ${fieldHead(id, o)}
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

/** What a date field holds when the person typed a day that does not exist (31.2.): see dateField. */
export const NOT_A_DAY = 'not-a-day';

export interface DateFieldOptions extends ControlBase {
  readonly label: string;
  /** The day (yyyy-mm-dd), '' when empty, or NOT_A_DAY. */
  readonly value: string;
  readonly onInput: (value: string) => void;
  /** The picker's limits (yyyy-mm-dd); the form still validates, as a typed date can be outside them. */
  readonly min?: string | undefined;
  readonly max?: string | undefined;
  readonly optional?: boolean;
}

/**
 * A date as `<input type="date">`: the browser's own picker and keyboard entry in the person's
 * browser locale, `min`/`max` so the picker offers only days the server accepts. A day that does not
 * exist (31.2.) makes the input report '' with `validity.badInput`: taken as empty, it would get
 * "enter the date". The field gives NOT_A_DAY for it instead (no calendar date, so validation says
 * the day does not exist), and binds `noChange` then, as setting the input's value (even to '')
 * would wipe what was typed off the screen.
 */
export function dateField(o: DateFieldOptions): TemplateResult {
  const id = fieldId(o.path);
  const typed = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    o.onInput(input.validity.badInput ? NOT_A_DAY : input.value);
  };
  return html`<div class="field ${o.error ? 'has-error' : ''}">
    ${fieldHead(id, o)}
    <input
      id=${id}
      name=${id}
      class="input date"
      type="date"
      autocomplete="off"
      min=${o.min ?? nothing}
      max=${o.max ?? nothing}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${describedByOf(o)}
      .value=${o.value === NOT_A_DAY ? noChange : o.value}
      @input=${typed}
      @change=${typed}
    />
  </div>`;
}

export interface TextAreaOptions extends ControlBase {
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  /** The limit the count counts down from; the schema enforces it (the field never cuts text). */
  readonly maxLength: number;
  /** Six lines unless the answer is expected to be long. */
  readonly rows?: number;
  readonly optional?: boolean;
  /** Spelling checked in free prose (an answer to an office); left to the browser otherwise. */
  readonly spellcheck?: boolean;
}

const count = (value: number, locale: Locale): string => value.toLocaleString(INTL_LOCALE[locale]);

/** The count under a text area: what is left, or how much too much, in the person's language. */
export function characterCountText(length: number, maxLength: number, locale: Locale): string {
  const left = maxLength - length;
  if (left >= 0) return left === 1 ? uiText(locale, 'charsLeftOne') : uiText(locale, 'charsLeft', { count: count(left, locale) });
  return -left === 1 ? uiText(locale, 'charsOverOne') : uiText(locale, 'charsOver', { count: count(-left, locale) });
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
    ${fieldHead(id, o)}
    <textarea
      id=${id}
      name=${id}
      class="input"
      rows=${o.rows ?? 6}
      spellcheck=${o.spellcheck === undefined ? nothing : String(o.spellcheck)}
      aria-invalid=${o.error || over ? 'true' : 'false'}
      aria-describedby=${describedByOf(o, `${id}-info`)}
      .value=${o.value}
      @input=${(event: Event) => o.onInput((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="visually-hidden" id="${id}-info">${uiText(o.locale, 'charsInfo', { max: count(o.maxLength, o.locale) })}</p>
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
  /** What the answer is, for the browser's autofill (WCAG 1.3.5): `country` for a country of the person's address. */
  readonly autocomplete?: string;
}

/** A labelled select with an empty first choice. */
export function selectField(o: SelectOptions): TemplateResult {
  // `.selected` per option, not `.value` on the select: lit sets the select's properties before it
  // renders the options, and the `selected` attribute no longer applies once the person has chosen.
  const id = fieldId(o.path);
  return html`<div class="field ${o.error ? 'has-error' : ''}">
    ${fieldHead(id, o)}
    <select
      id=${id}
      name=${id}
      class="input"
      autocomplete=${o.autocomplete ?? nothing}
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
  return choiceGroup(
    o,
    'radio',
    (value) => value === o.value,
    (value, checked) => checked && o.onChange(value),
    o.conditional,
  );
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
        <label for=${id}>${uiText(o.locale, 'month')}</label>
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
        <label for="${id}-year">${uiText(o.locale, 'year')}</label>
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
