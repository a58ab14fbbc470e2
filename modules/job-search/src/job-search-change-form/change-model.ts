import { isCalendarDate, validate, type ValidationIssue } from '@portal/shared-contracts';
import {
  CHANGE_KINDS,
  ChangeReportRequestSchema,
  JOB_SEARCH_ERRORS,
  type ChangeKind,
  type ChangeReportRequest,
} from '@portal/shared-contracts/job-search';
import { errorsFromIssues, type FieldErrors } from '@portal/ui-kit/form';
import { draftString } from '../draft-shape.js';
import { reportDateError, type ReportContext } from '../report-dates.js';
import { FINLAND, isCountryCode } from '@portal/shared-contracts/countries';

// The change report's logic without the DOM: values as typed, a draft read back, the request of the
// chosen kind and its validation with the contract's schema plus the date rules the server applies.
// Paths are the request's (`startDate`, `employer`…), so the browser's and the server's issues name
// the same field.

export const DETAILS_MAX_LENGTH = 1000;

/** Form-local codes: what the schema leaves to valibot's default (English) messages. */
export const LOCAL_ERRORS = {
  kindRequired: 'kind.required',
  fullTimeRequired: 'full-time.required',
  hoursInvalid: 'hours.invalid',
} as const;

/**
 * Every field of every kind, as typed. One flat record, not one per kind: a field two kinds share
 * (the dates, "full time", the details) keeps what was typed when the person changes the kind, and
 * a field the new kind lacks is only hidden, so changing back loses nothing either.
 */
export type ChangeValues = {
  kind: string;
  startDate: string;
  endDate: string;
  employer: string;
  hoursPerWeek: string;
  businessName: string;
  institution: string;
  /** `yes`, `no` or unanswered. */
  fullTime: string;
  country: string;
  details: string;
};

export type ChangeField = keyof ChangeValues;

/** The fields each kind asks, in page order (the error summary's order too). */
export const KIND_FIELDS: Readonly<Record<ChangeKind, readonly ChangeField[]>> = {
  work: ['employer', 'hoursPerWeek', 'startDate', 'endDate'],
  business: ['businessName', 'fullTime', 'startDate'],
  studies: ['institution', 'fullTime', 'startDate', 'endDate'],
  sickness: ['startDate', 'endDate'],
  travel: ['country', 'startDate', 'endDate'],
};

export const emptyValues = (): ChangeValues => ({
  kind: '',
  startDate: '',
  endDate: '',
  employer: '',
  hoursPerWeek: '',
  businessName: '',
  institution: '',
  fullTime: '',
  country: '',
  details: '',
});

export function isChangeKind(value: string): value is ChangeKind {
  return (CHANGE_KINDS as readonly string[]).includes(value);
}

/** The paths the form shows now, in page order. */
export function fieldOrder(kind: string): string[] {
  return isChangeKind(kind) ? ['kind', ...KIND_FIELDS[kind], 'details'] : ['kind'];
}

/** The errors that still have a field on the page after the kind changed (the rest would lead nowhere). */
export function errorsForKind(errors: FieldErrors, kind: string): FieldErrors {
  const shown = new Set(fieldOrder(kind));
  return Object.fromEntries(Object.entries(errors).filter(([path]) => shown.has(path)));
}

/** A saved draft over empty values: each field only when its type, size and choice fit. */
export function restoreValues(draft: Record<string, unknown>): { values: ChangeValues; restored: boolean } {
  const base = emptyValues();
  const kind = draftString(draft['kind'], '', 20);
  const fullTime = draftString(draft['fullTime'], '', 5);
  const country = draftString(draft['country'], '', 2);
  const date = (value: unknown): string => {
    const text = draftString(value, '', 10);
    return text === '' || isCalendarDate(text) ? text : '';
  };
  const values: ChangeValues = {
    kind: isChangeKind(kind) ? kind : '',
    startDate: date(draft['startDate']),
    endDate: date(draft['endDate']),
    employer: draftString(draft['employer'], '', 500),
    hoursPerWeek: draftString(draft['hoursPerWeek'], '', 20),
    businessName: draftString(draft['businessName'], '', 500),
    institution: draftString(draft['institution'], '', 500),
    fullTime: fullTime === 'yes' || fullTime === 'no' ? fullTime : '',
    country: isCountryCode(country) && country !== FINLAND ? country : '',
    details: draftString(draft['details'], '', DETAILS_MAX_LENGTH * 2),
  };
  return { values, restored: JSON.stringify(values) !== JSON.stringify(base) };
}

/** Hours as people write them: "37,5" or "37.5"; undefined when it is not a number at all. */
export function parseHours(text: string): number | undefined {
  const clean = text.trim().replace(',', '.');
  return /^\d{1,3}(\.\d{1,2})?$/.test(clean) ? Number(clean) : undefined;
}

/**
 * The request of the chosen kind, with the issues only the form can see: the kind and "full time"
 * unanswered, hours that are not a number, and the server's date rules (a year either way of today,
 * not before job seeking started, the end not before the start). Local issues come first, so for a
 * field with two the form shows the one that says what to do.
 */
export function toRequest(
  values: ChangeValues,
  context: ReportContext,
): { request: Record<string, unknown> | undefined; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const kind = values.kind;
  if (!isChangeKind(kind)) return { request: undefined, issues: [{ path: 'kind', message: LOCAL_ERRORS.kindRequired }] };
  const fields = KIND_FIELDS[kind];

  const startError = reportDateError(values.startDate, context.today, context.periodStart, JOB_SEARCH_ERRORS.dateBeforeJobSeeking);
  if (startError) issues.push({ path: 'startDate', message: startError });
  const end = values.endDate.trim();
  if (fields.includes('endDate') && end !== '') {
    if (!isCalendarDate(end)) issues.push({ path: 'endDate', message: JOB_SEARCH_ERRORS.dateInvalid });
    // The schema says this too, but only once everything else is valid: here it shows at once.
    else if (!startError && end < values.startDate) issues.push({ path: 'endDate', message: JOB_SEARCH_ERRORS.endBeforeStart });
  }

  const request: Record<string, unknown> = { kind, startDate: values.startDate.trim(), basedOn: context.basedOn };
  if (values.details.trim() !== '') request['details'] = values.details;
  if (kind === 'work') {
    request['employer'] = values.employer;
    if (values.hoursPerWeek.trim() !== '') {
      const hours = parseHours(values.hoursPerWeek);
      if (hours === undefined) issues.push({ path: 'hoursPerWeek', message: LOCAL_ERRORS.hoursInvalid });
      else request['hoursPerWeek'] = hours;
    }
  }
  if (kind === 'business') request['businessName'] = values.businessName;
  if (kind === 'studies') request['institution'] = values.institution;
  if (kind === 'business' || kind === 'studies') {
    if (values.fullTime === 'yes' || values.fullTime === 'no') request['fullTime'] = values.fullTime === 'yes';
    else issues.push({ path: 'fullTime', message: LOCAL_ERRORS.fullTimeRequired });
  }
  if (kind === 'travel') {
    request['country'] = values.country;
    // Required for travel: an empty one goes to the schema, which says `end-date.required`.
    request['endDate'] = end;
  } else if (fields.includes('endDate') && end !== '') {
    request['endDate'] = end;
  }
  return { request, issues };
}

/** Validates with the contract's schema and the server's rules, so the browser says what the server would. */
export function validateChange(
  values: ChangeValues,
  context: ReportContext,
): { ok: true; request: ChangeReportRequest } | { ok: false; errors: FieldErrors } {
  const { request, issues } = toRequest(values, context);
  if (!request) return { ok: false, errors: errorsFromIssues(issues) };
  const result = validate(ChangeReportRequestSchema, request);
  if (result.ok && issues.length === 0) return { ok: true, request: result.value };
  // Local issues first: for a path with two (an empty date is also the schema's `date.invalid`), the
  // first, which says what to do, is the one kept.
  const schemaIssues = result.ok ? [] : result.issues;
  return { ok: false, errors: errorsFromIssues([...issues, ...schemaIssues]) };
}
