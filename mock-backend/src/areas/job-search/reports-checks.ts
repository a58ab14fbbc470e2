// The checks the job-seeking reports share beyond the contract's schemas: what each form's 400 says,
// text PostgreSQL cannot store as the field's own code, `basedOn` as an instant, and what of a
// report is stored and what is sent to the payer.
import { API_ERROR_CODES } from '@portal/shared-contracts';
import {
  JOB_SEARCH_ERRORS as E,
  JOB_SEARCH_PATHS,
  type AssessmentAnswers,
  type ChangeReportRequest,
  type JobSearchError,
  type JobSearchReceipt,
  type PayerNotice,
} from '@portal/shared-contracts/job-search';
import type { JobSearchReportDetails } from '../../storage/schema/index.js';
import { httpError } from '../../platform/errors.js';
import { unstorablePath, type IssueDetails } from '../../platform/validation.js';

export type Kind = JobSearchReceipt['kind'];

/** Where each kind of report is sent. */
export const PATH: Record<Kind, string> = {
  registration: JOB_SEARCH_PATHS.registration,
  change: JOB_SEARCH_PATHS.changes,
  end: JOB_SEARCH_PATHS.end,
  assessment: JOB_SEARCH_PATHS.assessment,
};

/** What each form's 400 says, besides its details. */
export const INVALID: Record<Kind, string> = {
  registration: 'The registration is not valid.',
  change: 'The change report is not valid.',
  end: 'The report of ending job seeking is not valid.',
  assessment: 'The answers are not valid.',
};

export function validationFailed(kind: Kind, details: IssueDetails): never {
  throw httpError(400, API_ERROR_CODES.validationFailed, INVALID[kind], details);
}

export function conflict(message: string): never {
  throw httpError(409, API_ERROR_CODES.conflict, message);
}

export const STALE =
  'Your job seeking has changed meanwhile (in another tab or by another report). Fetch it again, check, and send the report again.';

/** For a string PostgreSQL cannot store, the code the form already shows for that field. */
const UNSTORABLE_CODES: readonly (readonly [RegExp, JobSearchError])[] = [
  [/^phone$/, E.phoneInvalid],
  [/^email$/, E.emailInvalid],
  [/^education\.\d+\.field$/, E.educationFieldRequired],
  [/^workHistory\.\d+\.employer$/, E.employerRequired],
  [/^workHistory\.\d+\.title$/, E.jobTitleRequired],
  [/^soughtWork\.occupations\.\d+$/, E.occupationsRequired],
  [/^goals$/, E.goalsTooLong],
  [/^employer$/, E.employerRequired],
  [/^(businessName|institution)$/, E.textRequired],
  [/^answers\./, E.answerInvalid],
];

/** A NUL or a lone surrogate would make PostgreSQL refuse the row (a 500); here it is the field's 400. */
export function assertStorable(kind: Kind, value: unknown): void {
  const path = unstorablePath(value);
  if (path === undefined) return;
  const code = UNSTORABLE_CODES.find(([pattern]) => pattern.test(path))?.[1] ?? E.textTooLong;
  validationFailed(kind, [{ path, message: code }]);
}

/** The request's `basedOn` as an instant; null stays null (a registration by someone never registered). */
export function instant(kind: Kind, basedOn: string | null): number | null {
  if (basedOn === null) return null;
  const time = Date.parse(basedOn);
  // isoTimestamp admits a few shapes Date.parse cannot read; refused as the schema refuses others.
  if (Number.isNaN(time)) validationFailed(kind, [{ path: 'basedOn', message: `Invalid timestamp: Received "${basedOn}"` }]);
  return time;
}

/** What a payer needs of a change: who employs and how much, the business, the studies, the country. */
export function payerDetails(report: ChangeReportRequest): PayerNotice['details'] {
  switch (report.kind) {
    case 'work':
      return { employer: report.employer, ...(report.hoursPerWeek !== undefined ? { hoursPerWeek: report.hoursPerWeek } : {}) };
    case 'business':
      return { businessName: report.businessName, fullTime: report.fullTime };
    case 'studies':
      return { institution: report.institution, fullTime: report.fullTime };
    case 'travel':
      return { country: report.country };
    case 'sickness':
      // The dates are all a payer needs; the person's own words (a diagnosis, perhaps) stay here.
      return {};
  }
}

/** The report's own fields as stored: the payer's part and the person's free text. */
export function reportDetails(report: ChangeReportRequest): JobSearchReportDetails {
  return { ...payerDetails(report), ...(report.details ? { details: report.details } : {}) };
}

/**
 * Answers as kept: text trimmed, unanswered optional questions left out, so the record says what the
 * person answered and nothing else.
 */
export function normalizedAnswers(answers: AssessmentAnswers): AssessmentAnswers {
  return Object.fromEntries(
    Object.entries(answers).flatMap(([id, answer]) => {
      const value = typeof answer === 'string' ? answer.trim() : answer;
      return value.length === 0 ? [] : [[id, value]];
    }),
  );
}
