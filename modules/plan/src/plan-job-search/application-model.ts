import { isCalendarDate, validate } from '@portal/shared-contracts';
import { PLAN_ERRORS as E } from '@portal/shared-contracts/plan';
import {
  APPLICATION_METHODS,
  EMPLOYER_MAX,
  JOB_MAX,
  JobApplicationReportSchema,
  type ApplicationMethod,
  type JobApplicationReport,
  type JobSearchObligation,
  type ObligationPeriod,
} from '@portal/shared-contracts/plan-obligation';
import { errorsFromIssues, type Validation } from '@portal/ui-kit/form';

// A job application's report without the DOM: what the person typed, the check before sending by
// the contract's own schema plus the server's date rules the page can know from the obligation it
// loaded (a day after today, a day before the plan's first period), the draft, and whether a day
// falls in a period that has ended (the report will be marked late).

/** The issue paths in page order: the error summary's order, and the ids of the controls. */
export const FIELD_ORDER: readonly string[] = ['employer', 'job', 'appliedOn', 'method'];

/** An empty date: the page's own code, so it says "enter the date" rather than "enter a real date". */
export const APPLIED_ON_REQUIRED = 'applied-on.required';

/** The draft's key (DraftKeySchema: lower-case letters, digits, dots and dashes). */
export const DRAFT_KEY = 'plan.job-application';

export type ApplicationInput = {
  readonly employer: string;
  readonly job: string;
  readonly appliedOn: string;
  readonly method: '' | ApplicationMethod;
};

export const EMPTY_INPUT: ApplicationInput = { employer: '', job: '', appliedOn: '', method: '' };

const isMethod = (value: unknown): value is ApplicationMethod => (APPLICATION_METHODS as readonly unknown[]).includes(value);

/** Every period of the obligation, newest first. */
export function periodsOf(obligation: JobSearchObligation): ObligationPeriod[] {
  return obligation.current ? [obligation.current, ...obligation.earlier] : [...obligation.earlier];
}

/** The period holding `day`, if the obligation has one (periods run from the plan's first day to today). */
export function periodOfDay(obligation: JobSearchObligation, day: string): ObligationPeriod | undefined {
  return periodsOf(obligation).find((period) => period.start <= day && day <= period.end);
}

/** The period of `day` when it has ended: a report for that day is accepted and marked late. */
export function latePeriod(obligation: JobSearchObligation, day: string): ObligationPeriod | undefined {
  if (!isCalendarDate(day)) return undefined;
  const period = periodOfDay(obligation, day);
  return period?.closed ? period : undefined;
}

/** The date's own code, as the server would give it, before the schema's: empty, not a day, future, outside the plan. */
function appliedOnError(day: string, obligation: JobSearchObligation, today: string): string | undefined {
  if (day.trim() === '') return APPLIED_ON_REQUIRED;
  if (!isCalendarDate(day)) return E.appliedOnInvalid;
  if (day > today) return E.appliedOnFuture;
  const first = periodsOf(obligation).at(-1);
  if (first && day < first.start) return E.appliedOnOutsidePlan;
  return undefined;
}

/** The report the input makes, or the errors by path; the texts go out trimmed (the schema's transform). */
export function checkApplication(
  input: ApplicationInput,
  obligation: JobSearchObligation,
  today: string,
): Validation<JobApplicationReport> {
  const result = validate(JobApplicationReportSchema, { ...input, appliedOn: input.appliedOn.trim() });
  const errors = result.ok ? {} : { ...errorsFromIssues(result.issues) };
  const dateError = appliedOnError(input.appliedOn.trim(), obligation, today);
  if (dateError) errors['appliedOn'] = dateError;
  return result.ok && !dateError ? { ok: true, request: result.value } : { ok: false, errors };
}

/** A saved draft read back, if it is one of ours: strings no longer than twice their limits, a known method. */
export function restoreInput(saved: Record<string, unknown>): { values: ApplicationInput; restored: boolean } {
  const text = (value: unknown, max: number): string => (typeof value === 'string' && value.length <= max * 2 ? value : '');
  const appliedOn = text(saved['appliedOn'], 10);
  const values: ApplicationInput = {
    employer: text(saved['employer'], EMPLOYER_MAX),
    job: text(saved['job'], JOB_MAX),
    appliedOn: appliedOn === '' || isCalendarDate(appliedOn) ? appliedOn : '',
    method: isMethod(saved['method']) ? saved['method'] : '',
  };
  return { values, restored: Object.values(values).some((value) => value.trim() !== '') };
}
