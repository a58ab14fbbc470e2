// Reports of changes and ending, and the receipt that answers them (and a registration or an assessment).
import * as v from 'valibot';
import { isCalendarDate } from '../../dates.js';
import { JOB_SEARCH_ERRORS as E } from './errors.js';
import { IsoDate, IsoTimestamp, optionalText, text } from './fields.js';
import { END_REASONS, JobSearchSchema, PayerNoticeSummarySchema } from './state.js';

const ChangeBase = {
  startDate: IsoDate,
  basedOn: IsoTimestamp,
  /** Anything else the person wants to say. */
  details: optionalText(1000, E.textTooLong),
};

/**
 * POST /api/job-search/changes body (Idempotency-Key header). `startDate` must be within a year
 * either way of today and not before job seeking started; `endDate`, where given, not before it.
 */
export const ChangeReportRequestSchema = v.pipe(
  v.variant('kind', [
    v.object({
      kind: v.literal('work'),
      ...ChangeBase,
      employer: text(120, E.employerRequired),
      /** Agreed hours a week; absent if it varies. */
      hoursPerWeek: v.optional(v.pipe(v.number(), v.minValue(0.5, E.answerInvalid), v.maxValue(80, E.answerInvalid))),
      endDate: v.optional(IsoDate),
    }),
    v.object({
      kind: v.literal('business'),
      ...ChangeBase,
      businessName: text(120, E.textRequired, E.textTooLong),
      fullTime: v.boolean(),
    }),
    v.object({
      kind: v.literal('studies'),
      ...ChangeBase,
      institution: text(120, E.textRequired, E.textTooLong),
      fullTime: v.boolean(),
      endDate: v.optional(IsoDate),
    }),
    v.object({
      kind: v.literal('sickness'),
      ...ChangeBase,
      endDate: v.optional(IsoDate),
    }),
    v.object({
      kind: v.literal('travel'),
      /** Required for travel: the day of return. */
      ...ChangeBase,
      /** ISO 3166-1 alpha-2. */
      country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, E.countryInvalid)),
      // Required, but checked below: a missing key would otherwise get valibot's English message.
      endDate: v.optional(v.pipe(v.string(), v.minLength(1, E.endDateRequired), v.check(isCalendarDate, E.dateInvalid))),
    }),
  ]),
  v.forward(
    // An empty end date already has its own issue (`end-date.required`); "before the start" would be a second, wrong one.
    v.check((report) => !('endDate' in report) || !report.endDate || report.endDate >= report.startDate, E.endBeforeStart),
    ['endDate'],
  ),
  v.forward(
    v.check((report) => report.kind !== 'travel' || report.endDate !== undefined, E.endDateRequired),
    ['endDate'],
  ),
);
export type ChangeReportRequest = v.InferOutput<typeof ChangeReportRequestSchema>;

/**
 * How far from today the dates of a report of a change, or the last day of job seeking, may be,
 * either way (assumed; the office handles anything older). The form and the server both use it.
 */
export const REPORT_WINDOW_DAYS = 365;

/** POST /api/job-search/end body (Idempotency-Key header). */
export const EndRequestSchema = v.pipe(
  v.object({
    reason: v.picklist(END_REASONS, E.reasonRequired),
    /** The last day of job seeking: not before it started, within a year of today. */
    date: IsoDate,
    /** Free text; required when the reason is `other`, as the list does not say what the reason is. */
    details: optionalText(1000, E.textTooLong),
    basedOn: IsoTimestamp,
  }),
  v.forward(
    v.check((request) => request.reason !== 'other' || (request.details ?? '') !== '', E.otherReasonRequired),
    ['details'],
  ),
);
export type EndRequest = v.InferOutput<typeof EndRequestSchema>;

/** The answer to a registration, a change report or an ending: what was received, and the new state. */
export const JobSearchReceiptSchema = v.object({
  id: v.string(),
  kind: v.picklist(['registration', 'change', 'end', 'assessment']),
  receivedAt: IsoTimestamp,
  /** The notice made for the benefit payer, if the person has applied for or receives benefit. */
  payerNotice: v.nullable(PayerNoticeSummarySchema),
  jobSearch: JobSearchSchema,
});
export type JobSearchReceipt = v.InferOutput<typeof JobSearchReceiptSchema>;
