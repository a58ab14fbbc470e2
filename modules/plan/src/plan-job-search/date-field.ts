import { html, noChange, nothing, type TemplateResult } from 'lit';
import { describedBy, fieldError, fieldId, hintText, type ControlBase } from '@portal/ui-kit/form';

// The kit has no date control; this is the job-search area's (modules/job-search/src/report-dates.ts),
// written again here because an area never imports another.

/**
 * What the person typed, as the form holds it: the day (yyyy-mm-dd), '' when the field is empty, or
 * NOT_A_DAY when they typed a day that does not exist (31.2.). A date input then reports an empty
 * value with `validity.badInput`; taken as empty, 31.2. would get "enter the date". NOT_A_DAY is no
 * calendar date, so validation says the day does not exist; the field's binding is `noChange` for it,
 * as setting the input's value (even to '') would wipe what was typed off the screen.
 */
export const NOT_A_DAY = 'not-a-day';

function typedDay(input: HTMLInputElement): string {
  return input.validity.badInput ? NOT_A_DAY : input.value;
}

export interface DateFieldOptions extends ControlBase {
  readonly label: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  /** The picker's limits (yyyy-mm-dd); the form still validates, as a typed date can be outside them. */
  readonly min?: string | undefined;
  readonly max?: string | undefined;
}

/**
 * A date as `<input type="date">`: the browser's own picker and keyboard entry, with `min`/`max` so
 * the picker offers only days the server accepts. Otherwise the kit's text field (id, hint, error,
 * aria-describedby), so the error summary and `focusField` find it by its issue path.
 */
export function dateField(o: DateFieldOptions): TemplateResult {
  const id = fieldId(o.path);
  return html`<div class="field ${o.error ? 'has-error' : ''}">
    <label for=${id}>${o.label}</label>
    ${hintText(id, o.hint)} ${fieldError(id, o.error, o.locale)}
    <input
      id=${id}
      name=${id}
      class="input date"
      type="date"
      autocomplete="off"
      min=${o.min ?? nothing}
      max=${o.max ?? nothing}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${describedBy(o.hint ? `${id}-hint` : undefined, o.error ? `${id}-error` : undefined)}
      .value=${o.value === NOT_A_DAY ? noChange : o.value}
      @input=${(event: Event) => o.onInput(typedDay(event.target as HTMLInputElement))}
      @change=${(event: Event) => o.onInput(typedDay(event.target as HTMLInputElement))}
    />
  </div>`;
}
