import { validate, type ValidationIssue } from '@portal/shared-contracts';
import { type Profile } from '@portal/shared-contracts/profile';
import {
  JOB_SEARCH_ERRORS,
  MAX_PLACES,
  OTHER_FUND,
  RegistrationRequestSchema,
  type ReferenceData,
  type RegistrationData,
  type RegistrationRequest,
} from '@portal/shared-contracts/job-search';
import { errorsFromIssues, type FieldErrors } from '@portal/ui-kit/form';
import { draftBoolean, draftRecords, draftString, draftStrings } from '../draft-shape.js';

// The registration form's logic without the DOM: values as typed, pre-fill, restoring a draft,
// the request and its validation with the contract's own schema. Paths are the schema's, so an
// issue from here or from the server names the same field (`education.1.field`).

export const MAX_EDUCATION = 10;
export const MAX_WORK = 20;
export const MAX_OCCUPATIONS = 5;
export const GOALS_MAX_LENGTH = 2000;

/** One education as typed: strings, so nothing is reformatted while the person edits. */
export type EducationValues = { level: string; field: string; institution: string; year: string };

/** One job as typed. Months are month and year fields (people remember months, not days). */
export type WorkValues = {
  employer: string;
  title: string;
  startMonth: string;
  startYear: string;
  endMonth: string;
  endYear: string;
  /** "I still work here": no end month. */
  current: boolean;
};

/** The whole form as typed; also the draft's shape. */
export type RegistrationValues = {
  statusCode: string;
  phone: string;
  email: string;
  education: EducationValues[];
  workHistory: WorkValues[];
  occupations: string[];
  regions: string[];
  anywhereInFinland: boolean;
  abroad: boolean;
  /** Abroad in any country; else in `countries`. */
  anyCountry: boolean;
  countries: string[];
  workTime: string;
  goals: string;
  benefitStatus: string;
  /** A payer's id, `other` (OTHER_FUND) for a fund the list does not name, or '' before choosing. */
  payerId: string;
  otherFundName: string;
};

export const emptyEducation = (): EducationValues => ({ level: '', field: '', institution: '', year: '' });
export const emptyWork = (): WorkValues => ({
  employer: '',
  title: '',
  startMonth: '',
  startYear: '',
  endMonth: '',
  endYear: '',
  current: false,
});

/** `2019-08` → month `8`, year `2019`: as a person would type them. */
function splitMonth(month: string | undefined): { month: string; year: string } {
  const match = /^(\d{4})-(\d{2})$/.exec(month ?? '');
  return match ? { month: String(Number(match[2])), year: match[1] ?? '' } : { month: '', year: '' };
}

/**
 * The form's first values: the latest registration's data (DOMAIN: "earlier data is pre-filled"),
 * else the phone and email of the person's basic data and their home municipality as the region.
 * Only choices the reference data still offers are kept (a status or region may have gone).
 */
export function initialValues(
  registration: RegistrationData | null,
  profile: Profile | null,
  reference: ReferenceData,
): RegistrationValues {
  const statuses = new Set(reference.statuses.map((s) => s.code));
  const regions = new Set(reference.municipalities.map((m) => m.code));
  const countries = new Set(reference.countries);
  const payers = new Set([...reference.payers.map((p) => p.id), OTHER_FUND]);
  if (registration) {
    const { abroad } = registration.soughtWork;
    return {
      statusCode: statuses.has(registration.statusCode) ? registration.statusCode : '',
      phone: registration.phone,
      email: registration.email ?? '',
      education: registration.education.map((e) => ({
        level: e.level,
        field: e.field,
        institution: e.institution ?? '',
        year: e.year === undefined ? '' : String(e.year),
      })),
      workHistory: registration.workHistory.map((w) => {
        const start = splitMonth(w.start);
        const end = splitMonth(w.end);
        return {
          employer: w.employer,
          title: w.title,
          startMonth: start.month,
          startYear: start.year,
          endMonth: end.month,
          endYear: end.year,
          current: w.end === undefined,
        };
      }),
      occupations: registration.soughtWork.occupations.length > 0 ? [...registration.soughtWork.occupations] : [''],
      regions: registration.soughtWork.regions.filter((code) => regions.has(code)),
      anywhereInFinland: registration.soughtWork.anywhereInFinland === true,
      abroad: abroad !== undefined,
      anyCountry: abroad?.anyCountry ?? false,
      countries: (abroad?.countries ?? []).filter((code) => countries.has(code)),
      workTime: registration.soughtWork.workTime,
      goals: registration.goals,
      benefitStatus: registration.benefit.status,
      payerId: registration.benefit.payerId !== undefined && payers.has(registration.benefit.payerId) ? registration.benefit.payerId : '',
      otherFundName: registration.benefit.otherFundName ?? '',
    };
  }
  const home = profile?.homeMunicipality?.code;
  return {
    statusCode: '',
    phone: profile?.phone ?? '',
    email: profile?.email ?? '',
    education: [],
    workHistory: [],
    occupations: [''],
    regions: home !== undefined && regions.has(home) ? [home] : [],
    anywhereInFinland: false,
    abroad: false,
    anyCountry: false,
    countries: [],
    workTime: '',
    goals: '',
    benefitStatus: '',
    payerId: '',
    otherFundName: '',
  };
}

/**
 * Puts a saved draft over the first values. The draft may come from an older form or be damaged:
 * each field is taken only when its type and size fit, choices only when the reference data still
 * offers them. `restored` says whether anything was taken, for the "we restored…" note.
 */
export function restoreValues(
  base: RegistrationValues,
  draft: Record<string, unknown>,
  reference: ReferenceData,
): { values: RegistrationValues; restored: boolean } {
  const statuses = new Set(reference.statuses.map((s) => s.code));
  const municipalities = new Set(reference.municipalities.map((m) => m.code));
  const countries = new Set(reference.countries);
  const payers = new Set([...reference.payers.map((p) => p.id), OTHER_FUND]);
  const choice = (value: unknown, allowed: Set<string>, fallback: string): string => {
    const text = draftString(value, fallback, 100);
    return text === '' || allowed.has(text) ? text : fallback;
  };
  const occupations = draftStrings(draft['occupations'], base.occupations, MAX_OCCUPATIONS);
  const values: RegistrationValues = {
    statusCode: choice(draft['statusCode'], statuses, base.statusCode),
    phone: draftString(draft['phone'], base.phone, 100),
    email: draftString(draft['email'], base.email, 300),
    education: draftRecords(draft['education'], base.education, MAX_EDUCATION, (r) => ({
      level: draftString(r['level'], '', 40),
      field: draftString(r['field'], '', 500),
      institution: draftString(r['institution'], '', 500),
      year: draftString(r['year'], '', 20),
    })),
    workHistory: draftRecords(draft['workHistory'], base.workHistory, MAX_WORK, (r) => ({
      employer: draftString(r['employer'], '', 500),
      title: draftString(r['title'], '', 500),
      startMonth: draftString(r['startMonth'], '', 10),
      startYear: draftString(r['startYear'], '', 10),
      endMonth: draftString(r['endMonth'], '', 10),
      endYear: draftString(r['endYear'], '', 10),
      current: draftBoolean(r['current'], false),
    })),
    occupations: occupations.length > 0 ? occupations : [''],
    regions: draftStrings(draft['regions'], base.regions, MAX_PLACES).filter((code) => municipalities.has(code)),
    anywhereInFinland: draftBoolean(draft['anywhereInFinland'], base.anywhereInFinland),
    abroad: draftBoolean(draft['abroad'], base.abroad),
    anyCountry: draftBoolean(draft['anyCountry'], base.anyCountry),
    countries: draftStrings(draft['countries'], base.countries, MAX_PLACES).filter((code) => countries.has(code)),
    workTime: draftString(draft['workTime'], base.workTime, 20),
    goals: draftString(draft['goals'], base.goals, GOALS_MAX_LENGTH * 2),
    benefitStatus: draftString(draft['benefitStatus'], base.benefitStatus, 20),
    payerId: choice(draft['payerId'], payers, base.payerId),
    otherFundName: draftString(draft['otherFundName'], base.otherFundName, 500),
  };
  const restored = JSON.stringify(values) !== JSON.stringify(base);
  return { values, restored };
}

/** Month and year fields as the contract's `yyyy-mm`; `''` (invalid) unless both fit. */
function toMonth(month: string, year: string): string {
  const m = month.trim();
  const y = year.trim();
  if (!/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return '';
  const number = Number(m);
  return number >= 1 && number <= 12 ? `${y}-${String(number).padStart(2, '0')}` : '';
}

/**
 * The request body from the values, and the issues only the form can see (a year that is not a
 * number never reaches the schema as one). Nothing is dropped or reordered, so the schema's paths
 * (`education.1.field`) point at the entry the person sees as the second one.
 */
export function toRequest(
  values: RegistrationValues,
  basedOn: string | null,
): { request: Record<string, unknown>; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const education = values.education.map((entry, index) => {
    const year = entry.year.trim();
    const item: Record<string, unknown> = { level: entry.level, field: entry.field };
    if (entry.institution.trim() !== '') item['institution'] = entry.institution;
    if (/^\d{4}$/.test(year)) item['year'] = Number(year);
    else if (year !== '') issues.push({ path: `education.${index}.year`, message: JOB_SEARCH_ERRORS.educationYearInvalid });
    return item;
  });
  const workHistory = values.workHistory.map((entry) => {
    const item: Record<string, unknown> = {
      employer: entry.employer,
      title: entry.title,
      start: toMonth(entry.startMonth, entry.startYear),
    };
    // Not "still working" and no end month: the person has not answered; the schema says so.
    if (!entry.current) item['end'] = toMonth(entry.endMonth, entry.endYear);
    return item;
  });
  const benefit: Record<string, unknown> = { status: values.benefitStatus };
  if (values.benefitStatus !== 'none' && values.benefitStatus !== '' && values.payerId !== '') {
    benefit['payerId'] = values.payerId;
    // The typed name goes only with "other": a name left from an earlier choice means nothing.
    if (values.payerId === OTHER_FUND) benefit['otherFundName'] = values.otherFundName;
  }
  // Where: municipalities, anywhere in Finland, abroad. An unticked choice sends nothing.
  const soughtWork: Record<string, unknown> = { occupations: values.occupations, regions: values.regions, workTime: values.workTime };
  if (values.anywhereInFinland) soughtWork['anywhereInFinland'] = true;
  if (values.abroad) soughtWork['abroad'] = { anyCountry: values.anyCountry, countries: values.anyCountry ? [] : values.countries };
  const request: Record<string, unknown> = {
    statusCode: values.statusCode,
    phone: values.phone,
    education,
    workHistory,
    soughtWork,
    goals: values.goals,
    benefit,
    basedOn,
  };
  if (values.email.trim() !== '') request['email'] = values.email;
  return { request, issues };
}

/** Validates with the contract's schema, so the browser says exactly what the server would. */
export function validateRegistration(
  values: RegistrationValues,
  basedOn: string | null,
): { ok: true; request: RegistrationRequest } | { ok: false; errors: FieldErrors } {
  const { request, issues } = toRequest(values, basedOn);
  const result = validate(RegistrationRequestSchema, request);
  if (result.ok && issues.length === 0) return { ok: true, request: result.value };
  return { ok: false, errors: errorsFromIssues([...issues, ...(result.ok ? [] : result.issues)]) };
}

/** The paths of a list's fields, entry by entry: `education.0.level`, `education.0.field`, … */
function entryPaths(list: string, entries: readonly unknown[], fields: readonly string[]): string[] {
  return entries.flatMap((_, i) => fields.map((field) => `${list}.${i}.${field}`));
}

/** Every path the form shows, in page order: the error summary lists errors in this order. */
export function fieldOrder(values: RegistrationValues): string[] {
  return [
    'statusCode',
    'phone',
    'email',
    'education',
    ...entryPaths('education', values.education, ['level', 'field', 'institution', 'year']),
    'workHistory',
    ...entryPaths('workHistory', values.workHistory, ['employer', 'title', 'start', 'end']),
    'soughtWork.occupations',
    ...values.occupations.map((_, i) => `soughtWork.occupations.${i}`),
    'soughtWork.regions',
    'soughtWork.abroad.countries',
    'soughtWork.workTime',
    'goals',
    'benefit.status',
    'benefit.payerId',
    'benefit.otherFundName',
  ];
}

/**
 * The errors after entry `index` of a list (`education`, `workHistory`, `soughtWork.occupations`)
 * was removed: its own errors go, later entries' move up one, so each error stays with its entry.
 */
export function errorsAfterRemoval(errors: FieldErrors, list: string, index: number): FieldErrors {
  const next: Record<string, string> = {};
  const prefix = `${list}.`;
  for (const [path, code] of Object.entries(errors)) {
    if (!path.startsWith(prefix)) {
      next[path] = code;
      continue;
    }
    const [position, ...rest] = path.slice(prefix.length).split('.');
    const at = Number(position);
    if (!Number.isInteger(at)) next[path] = code;
    else if (at < index) next[path] = code;
    else if (at > index) next[[list, String(at - 1), ...rest].join('.')] = code;
  }
  return next;
}
