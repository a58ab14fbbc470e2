// State: the person's job seeking as GET /api/job-search gives it.
import * as v from 'valibot';
import { IsoDate, IsoTimestamp } from './fields.js';
import { HandlerSchema, JobSeekerStatusSchema, PayerSchema } from './reference.js';
import { RegistrationDataSchema } from './registration.js';

export const CHANGE_KINDS = ['work', 'business', 'studies', 'sickness', 'travel'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const END_REASONS = ['employed', 'business', 'studies', 'moved-abroad', 'no-need', 'other'] as const;
export type EndReason = (typeof END_REASONS)[number];

export const ASSESSMENT_STATES = ['open', 'overdue', 'completed'] as const;
export type AssessmentState = (typeof ASSESSMENT_STATES)[number];

/** A notice made for the benefit payer from a report, as the customer sees it. */
export const PayerNoticeSummarySchema = v.object({
  id: v.string(),
  payer: PayerSchema,
  createdAt: IsoTimestamp,
});
export type PayerNoticeSummary = v.InferOutput<typeof PayerNoticeSummarySchema>;

export const ChangeReportSummarySchema = v.object({
  id: v.string(),
  kind: v.picklist(CHANGE_KINDS),
  receivedAt: IsoTimestamp,
  startDate: IsoDate,
  endDate: v.nullable(IsoDate),
  payerNotice: v.nullable(PayerNoticeSummarySchema),
});
export type ChangeReportSummary = v.InferOutput<typeof ChangeReportSummarySchema>;

export const JobSeekingPeriodSchema = v.object({
  id: v.string(),
  startDate: IsoDate,
  /** Null while job seeking is valid. */
  endDate: v.nullable(IsoDate),
  endReason: v.nullable(v.picklist(END_REASONS)),
  status: JobSeekerStatusSchema,
});
export type JobSeekingPeriod = v.InferOutput<typeof JobSeekingPeriodSchema>;

/**
 * GET /api/job-search: the person's job seeking as it stands.
 * - `not-registered`: never registered (or only ended periods: then `ended`);
 * - `active`: a period without an end date, or ending in the future;
 * - `ended`: the latest period has ended.
 */
export const JobSearchSchema = v.object({
  state: v.picklist(['not-registered', 'active', 'ended']),
  /** The latest period; null when never registered. */
  period: v.nullable(JobSeekingPeriodSchema),
  /** Earlier periods, newest first. */
  earlierPeriods: v.array(JobSeekingPeriodSchema),
  /** Who handles job seeking now (from the home municipality today); null if the data has no handler. */
  handler: v.nullable(HandlerSchema),
  /** The latest registration's data, or null. A new registration is pre-filled from it. */
  registration: v.nullable(RegistrationDataSchema),
  /** The payer of the latest registration's benefit, if any. */
  payer: v.nullable(PayerSchema),
  /** The service-need assessment of the current period; null when there is none. */
  assessment: v.nullable(
    v.object({
      state: v.picklist(ASSESSMENT_STATES),
      dueDate: IsoDate,
      completedAt: v.nullable(IsoTimestamp),
    }),
  ),
  /** Reports of changes in the current or latest period, newest first. */
  changes: v.array(ChangeReportSummarySchema),
  /** Concurrency token: sent back as `basedOn`; a newer value on the server means 409. */
  updatedAt: v.nullable(IsoTimestamp),
});
export type JobSearch = v.InferOutput<typeof JobSearchSchema>;
