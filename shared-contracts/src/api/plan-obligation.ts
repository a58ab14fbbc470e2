import * as v from 'valibot';
import { calendarDate } from './calendar-date.js';
import { IsoDate, IsoTimestamp, Id } from './primitives.js';
import { PLAN_ERRORS as E } from './plan.js';

// `@portal/shared-contracts/plan-obligation`: apart from the plan's contract, so the pages that
// only show a plan do not download the schemas of the obligation's page and form.

/** How the person applied. */
export const APPLICATION_METHODS = ['online', 'email', 'phone', 'in-person', 'other'] as const;
export type ApplicationMethod = (typeof APPLICATION_METHODS)[number];

export const EMPLOYER_MAX = 200;
export const JOB_MAX = 200;

/** `POST /api/plan/job-applications` with an `Idempotency-Key`: one job applied for. */
export const JobApplicationReportSchema = v.object({
  employer: v.pipe(
    v.string(E.employerRequired),
    v.trim(),
    v.minLength(1, E.employerRequired),
    v.maxLength(EMPLOYER_MAX, E.employerTooLong),
  ),
  job: v.pipe(v.string(E.jobRequired), v.trim(), v.minLength(1, E.jobRequired), v.maxLength(JOB_MAX, E.jobTooLong)),
  appliedOn: calendarDate(E.appliedOnInvalid),
  method: v.picklist(APPLICATION_METHODS, E.methodRequired),
});
export type JobApplicationReport = v.InferOutput<typeof JobApplicationReportSchema>;

/** A reported application, in the review period of the day it was made. */
export const JobApplicationSchema = v.object({
  id: Id,
  employer: v.string(),
  job: v.string(),
  appliedOn: IsoDate,
  method: v.picklist(APPLICATION_METHODS),
  reportedAt: IsoTimestamp,
  /** Reported after its period had ended: accepted, and marked so. */
  late: v.boolean(),
});
export type JobApplication = v.InferOutput<typeof JobApplicationSchema>;

/**
 * One review period of the plan in force (a calendar month, cut to the plan's validity): what the
 * plan requires in it, what was reported, and what is still due. A period that has ended is closed:
 * what was reported in it stays as it is, and a report made for it now is late.
 */
export const ObligationPeriodSchema = v.object({
  start: IsoDate,
  end: IsoDate,
  required: v.pipe(v.number(), v.integer(), v.minValue(0)),
  reported: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** max(0, required − reported). */
  due: v.pipe(v.number(), v.integer(), v.minValue(0)),
  closed: v.boolean(),
  applications: v.array(JobApplicationSchema),
});
export type ObligationPeriod = v.InferOutput<typeof ObligationPeriodSchema>;

/**
 * `GET /api/plan/job-search-obligation`: the obligation of the plan in force, its current period
 * and the earlier ones (newest first). `planId` null: no plan in force, nothing required.
 */
export const JobSearchObligationSchema = v.object({
  planId: v.nullable(Id),
  applicationsPerPeriod: v.pipe(v.number(), v.integer(), v.minValue(0)),
  current: v.nullable(ObligationPeriodSchema),
  earlier: v.array(ObligationPeriodSchema),
});
export type JobSearchObligation = v.InferOutput<typeof JobSearchObligationSchema>;

/** The receipt of a reported application: it, and the obligation after it. */
export const JobApplicationReceiptSchema = v.object({
  application: JobApplicationSchema,
  obligation: JobSearchObligationSchema,
  receivedAt: IsoTimestamp,
});
export type JobApplicationReceipt = v.InferOutput<typeof JobApplicationReceiptSchema>;
