import { html, noChange, nothing, type TemplateResult } from 'lit';
import { isCalendarDate } from '@portal/shared-contracts';
import { JOB_SEARCH_ERRORS, REPORT_WINDOW_DAYS, type JobSearch } from '@portal/shared-contracts/job-search';
import { addDays, daysBetween, helsinkiToday, uiText } from '@portal/ui-kit/page';
import { type ControlBase, describedBy, fieldError, fieldId, hintText } from '@portal/ui-kit/form';

// The date rules the server applies to a report of a change and to ending job seeking, and a date
// field that shows them: the change form and the end form both use them.

/** A form-local code: an empty required date says "enter the date", not "enter a real date". */
export const DATE_REQUIRED = 'date.required';

/** The first and last day a report may name: a year either way of today, and not before `notBefore`. */
export function reportWindow(today: string, notBefore: string | undefined): { min: string; max: string } {
  const earliest = addDays(today, -REPORT_WINDOW_DAYS);
  return { min: notBefore !== undefined && notBefore > earliest ? notBefore : earliest, max: addDays(today, REPORT_WINDOW_DAYS) };
}

/**
 * The code of a report's main date, as the server would give it, or undefined when it is fine:
 * empty → `date.required`, not a day → `date.invalid`, more than a year from today → `date.range`,
 * before job seeking started → `beforeStartCode` (a change: `date.before-job-seeking`; ending:
 * `end-date.before-start`). The order is the server's: it checks the range before the period.
 */
export function reportDateError(
  value: string,
  today: string,
  periodStart: string | undefined,
  beforeStartCode: string,
): string | undefined {
  if (value.trim() === '') return DATE_REQUIRED;
  if (!isCalendarDate(value)) return JOB_SEARCH_ERRORS.dateInvalid;
  if (Math.abs(daysBetween(today, value)) > REPORT_WINDOW_DAYS) return JOB_SEARCH_ERRORS.dateRange;
  if (periodStart !== undefined && value < periodStart) return beforeStartCode;
  return undefined;
}

/** What a report's validation needs besides the values: the state it is based on, and today. */
export interface ReportContext {
  /** The job seeking's `updatedAt` the report is based on (a newer one on the server answers 409). */
  readonly basedOn: string | null;
  /** The first day of job seeking: no reported day may be before it. */
  readonly periodStart: string | undefined;
  readonly today: string;
}

/** The context of a report about `jobSearch`, today in Finland. */
export function reportContext(jobSearch: JobSearch | undefined): ReportContext {
  return { basedOn: jobSearch?.updatedAt ?? null, periodStart: jobSearch?.period?.startDate, today: helsinkiToday() };
}

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
  readonly optional?: boolean;
}

/**
 * A date as `<input type="date">`: the browser's own picker and keyboard entry, in the person's
 * browser locale, with `min`/`max` so the picker offers only days the server accepts. The kit's
 * `textField` has no `min`/`max`; otherwise this is the same control (id, hint, error,
 * aria-describedby), so the error summary and `focusField` find it by its issue path.
 */
export function dateField(o: DateFieldOptions): TemplateResult {
  const id = fieldId(o.path);
  return html`<div class="field ${o.error ? 'has-error' : ''}">
    <label for=${id}>${o.optional ? `${o.label} ${uiText(o.locale, 'optional')}` : o.label}</label>
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
