import { isCalendarDate, validate, type ValidationIssue } from '@portal/shared-contracts';
import { END_REASONS, EndRequestSchema, JOB_SEARCH_ERRORS, type EndReason, type EndRequest } from '@portal/shared-contracts/job-search';
import { errorsFromIssues, type FieldErrors } from '@portal/ui-kit/form';
import { draftString } from '../draft-shape.js';
import { reportDateError, type ReportContext } from '../report-dates.js';

// Ending job seeking without the DOM: values as typed, a draft read back, the request and its
// validation with the contract's schema plus the server's date rules.

export const DETAILS_MAX_LENGTH = 1000;

/** The form as typed; also the draft's shape. */
export type EndValues = { reason: string; date: string; details: string };

export type EndField = keyof EndValues;

/** The paths in page order: the error summary's order. */
export const FIELD_ORDER: readonly EndField[] = ['reason', 'date', 'details'];

export const emptyValues = (): EndValues => ({ reason: '', date: '', details: '' });

export function isEndReason(value: string): value is EndReason {
  return (END_REASONS as readonly string[]).includes(value);
}

/** A saved draft over empty values: each field only when its type, size and choice fit. */
export function restoreValues(draft: Record<string, unknown>): { values: EndValues; restored: boolean } {
  const reason = draftString(draft['reason'], '', 20);
  const date = draftString(draft['date'], '', 10);
  const values: EndValues = {
    reason: isEndReason(reason) ? reason : '',
    date: date === '' || isCalendarDate(date) ? date : '',
    details: draftString(draft['details'], '', DETAILS_MAX_LENGTH * 2),
  };
  return { values, restored: JSON.stringify(values) !== JSON.stringify(emptyValues()) };
}

/**
 * Validates with `EndRequestSchema` and the server's rules for the last day: within a year of
 * today (`date.range`) and not before job seeking started (`end-date.before-start`). The form's own
 * issue comes first, so an empty date says "enter the last day", not "enter a real date".
 */
export function validateEnd(
  values: EndValues,
  context: ReportContext,
): { ok: true; request: EndRequest } | { ok: false; errors: FieldErrors } {
  const issues: ValidationIssue[] = [];
  const dateError = reportDateError(values.date, context.today, context.periodStart, JOB_SEARCH_ERRORS.endBeforeStart);
  if (dateError) issues.push({ path: 'date', message: dateError });
  // The schema says this too, but only once the rest is valid: here it shows with the other errors.
  if (values.reason === 'other' && values.details.trim() === '') {
    issues.push({ path: 'details', message: JOB_SEARCH_ERRORS.otherReasonRequired });
  }
  const request: Record<string, unknown> = { reason: values.reason, date: values.date.trim(), basedOn: context.basedOn };
  if (values.details.trim() !== '') request['details'] = values.details;
  const result = validate(EndRequestSchema, request);
  if (result.ok && issues.length === 0) return { ok: true, request: result.value };
  return { ok: false, errors: errorsFromIssues([...issues, ...(result.ok ? [] : result.issues)]) };
}
