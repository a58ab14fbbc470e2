import { isCalendarDate } from '@portal/shared-contracts';
import { JOB_SEARCH_ERRORS, REPORT_WINDOW_DAYS, type JobSearch } from '@portal/shared-contracts/job-search';
import { addDays, daysBetween, helsinkiToday } from '@portal/ui-kit/page';

// The date rules the server applies to a report of a change and to ending job seeking: the change
// form and the end form both use them (the field itself is the kit's dateField).

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
