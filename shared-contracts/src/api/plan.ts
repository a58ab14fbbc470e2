import * as v from 'valibot';
import { IsoDate, IsoTimestamp, Id, type ErrorCodeOf } from './primitives.js';
import { calendarDate } from './calendar-date.js';
import { LocalizedTextSchema } from '../locale.js';

/**
 * The employment plan (suunnitelma, seed lines 8–9): the plan the office proposes and the person
 * accepts, and the tasks agreed in it, which the person reports doing. The same storage serves the
 * legacy Oma asiointi page (/legacy/plan) and this API, so what is done in one shows in the other.
 */
export const PLAN_ERRORS = {
  /** A task reported done without saying how. */
  reportRequired: 'report.required',
  /** A task reported not done without the reason. */
  reasonRequired: 'reason.required',
  reportTooLong: 'report.too-long',
  /** The plan or task is not in a state that allows this (accepting an accepted plan, reporting a reported task…). */
  stateConflict: 'state.conflict',
  employerRequired: 'employer.required',
  employerTooLong: 'employer.too-long',
  jobRequired: 'job.required',
  jobTooLong: 'job.too-long',
  /** The day applied is missing or not a day that exists. */
  appliedOnInvalid: 'applied-on.invalid',
  /** The day applied is after today. */
  appliedOnFuture: 'applied-on.future',
  /** The day applied is outside the plan in force (before it began, after it ended): no period of its obligation holds it. */
  appliedOnOutsidePlan: 'applied-on.outside-plan',
  methodRequired: 'method.required',
  /** There is no plan in force, so no obligation to report against. */
  noObligation: 'obligation.none',
  goalRequired: 'goal.required',
  goalTooLong: 'goal.too-long',
  /** A proposal lists at least one task. */
  tasksRequired: 'tasks.required',
  tasksTooMany: 'tasks.too-many',
  taskDescriptionRequired: 'task.description.required',
  taskDescriptionTooLong: 'task.description.too-long',
  targetDateInvalid: 'task.target-date.invalid',
  /** A proposed task's target date is before today. */
  targetDatePast: 'task.target-date.past',
  messageTooLong: 'message.too-long',
  /** An own proposal waits for the office already: one at a time. */
  proposalPending: 'proposal.pending',
} as const;
export type PlanError = ErrorCodeOf<typeof PLAN_ERRORS>;
const E = PLAN_ERRORS;

export const TASK_REPORT_MAX = 2000;

/** DOMAIN.md: employment, activation, integration or multisectoral plan. */
export const PLAN_TYPES = ['employment', 'activation', 'integration', 'multisectoral'] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

/**
 * DOMAIN.md (assumed): `proposed` (by the office) → `accepted`; or `draft` (by the person) →
 * `submitted` → `accepted` / `returned`; an accepted plan is `superseded` by the next.
 */
export const PLAN_STATES = ['proposed', 'accepted', 'draft', 'submitted', 'returned', 'superseded'] as const;
export type PlanState = (typeof PLAN_STATES)[number];

/** `overdue` is computed: an open task whose deadline has passed in Finland's calendar. */
export const TASK_STATUSES = ['open', 'reported', 'overdue'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** How a task went, in the person's report: done, or not done (with the reason in the report's text). */
export const TASK_OUTCOMES = ['done', 'not-done'] as const;
export type TaskOutcome = (typeof TASK_OUTCOMES)[number];

/** Who made the plan or proposal: the TE office's expert, or the person (their own proposal). */
export const PLAN_AUTHORS = ['office', 'person'] as const;
export type PlanAuthor = (typeof PLAN_AUTHORS)[number];

/** The job-search obligation under the Nordic labour market service model (from 2.5.2022). */
export const OBLIGATION_MAX = 4;

export const PlanTaskSchema = v.object({
  id: Id,
  description: LocalizedTextSchema,
  deadline: IsoDate,
  status: v.picklist(TASK_STATUSES),
  /** Done or not done, once reported (null while open). */
  outcome: v.nullable(v.picklist(TASK_OUTCOMES)),
  /** The person's report, in their own words: how it was done, or why it was not. */
  report: v.nullable(v.string()),
  reportedAt: v.nullable(IsoTimestamp),
});
export type PlanTask = v.InferOutput<typeof PlanTaskSchema>;

export const PlanSchema = v.object({
  id: Id,
  type: v.picklist(PLAN_TYPES),
  state: v.picklist(PLAN_STATES),
  /** Who made it: the office (a proposal to accept) or the person (their own proposal). */
  madeBy: v.picklist(PLAN_AUTHORS),
  /** The day the office proposed it (or the person drafted it). */
  proposedOn: IsoDate,
  acceptedAt: v.nullable(IsoTimestamp),
  validFrom: IsoDate,
  validUntil: v.nullable(IsoDate),
  /** Job-search goals. */
  goals: LocalizedTextSchema,
  /** What the person does to find work. */
  actions: LocalizedTextSchema,
  servicesAgreed: v.array(LocalizedTextSchema),
  /** How contact with the authority happens. */
  contact: LocalizedTextSchema,
  /** Applications per review period (a calendar month), 0–4. */
  jobSearchObligation: v.object({
    applicationsPerPeriod: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(OBLIGATION_MAX)),
    reviewPeriod: v.literal('calendar-month'),
  }),
  tasks: v.array(PlanTaskSchema),
  /** The person's message with their own proposal (null for the office's plans). */
  message: v.nullable(v.string()),
  /** The office's comments on the person's proposal it returned (null otherwise). */
  officeComments: v.nullable(v.string()),
  /** Bumped by every change; accepting based on an older one is a 409 (the office changed the proposal). */
  updatedAt: IsoTimestamp,
});
export type Plan = v.InferOutput<typeof PlanSchema>;

/**
 * `GET /api/plan`: the current plan (null when there is none) and earlier ones, newest first; and
 * the person's own proposals still with the office or returned by it (`submitted`, `returned`),
 * newest first, apart from both: a proposal is not the plan in force, nor history, until decided.
 */
export const PlanOverviewSchema = v.object({
  current: v.nullable(PlanSchema),
  earlier: v.array(PlanSchema),
  ownProposals: v.optional(v.array(PlanSchema), []),
});
export type PlanOverview = v.InferOutput<typeof PlanOverviewSchema>;

/** `POST /api/plan/accept` with an `Idempotency-Key`: accept the proposed plan the person saw. */
export const PlanAcceptSchema = v.object({ planId: Id, basedOn: IsoTimestamp });
export type PlanAccept = v.InferOutput<typeof PlanAcceptSchema>;

/**
 * `POST /api/plan/tasks/:id/report` with an `Idempotency-Key`: the task done (how, in the person's
 * words) or not done (why). Without `outcome` it is done: the legacy page's form has no choice.
 */
export const TaskReportSchema = v.pipe(
  v.object({
    outcome: v.optional(v.picklist(TASK_OUTCOMES, E.reportRequired), 'done'),
    text: v.pipe(v.string(E.reportRequired), v.trim(), v.maxLength(TASK_REPORT_MAX, E.reportTooLong)),
  }),
  // The text is required either way; what is missing is said as the choice made.
  v.forward(
    v.check(
      (report) => report.text.length > 0,
      (issue) => ((issue.input as { outcome?: unknown }).outcome === 'not-done' ? E.reasonRequired : E.reportRequired),
    ),
    ['text'],
  ),
);
export type TaskReport = v.InferOutput<typeof TaskReportSchema>;

/** The receipt of an acceptance or a task report: the plan after it, and when it was received. */
export const PlanReceiptSchema = v.object({ plan: PlanSchema, receivedAt: IsoTimestamp });
export type PlanReceipt = v.InferOutput<typeof PlanReceiptSchema>;

// ---------------------------------------------------------------------------------------------
// The person's own proposal (drafted with the drafts API as they type, then submitted)

export const GOAL_MAX = 2000;
export const PROPOSAL_TASKS_MAX = 10;
export const TASK_DESCRIPTION_MAX = 500;
export const MESSAGE_MAX = 2000;

export const ProposedTaskSchema = v.object({
  description: v.pipe(
    v.string(E.taskDescriptionRequired),
    v.trim(),
    v.minLength(1, E.taskDescriptionRequired),
    v.maxLength(TASK_DESCRIPTION_MAX, E.taskDescriptionTooLong),
  ),
  targetDate: calendarDate(E.targetDateInvalid),
});

/** `POST /api/plan/proposals` with an `Idempotency-Key`: the person's own proposal, sent to the office. */
export const PlanProposalSchema = v.object({
  goal: v.pipe(v.string(E.goalRequired), v.trim(), v.minLength(1, E.goalRequired), v.maxLength(GOAL_MAX, E.goalTooLong)),
  tasks: v.pipe(
    v.array(ProposedTaskSchema, E.tasksRequired),
    v.minLength(1, E.tasksRequired),
    v.maxLength(PROPOSAL_TASKS_MAX, E.tasksTooMany),
  ),
  message: v.optional(v.pipe(v.string(E.messageTooLong), v.trim(), v.maxLength(MESSAGE_MAX, E.messageTooLong)), ''),
});
export type PlanProposal = v.InferOutput<typeof PlanProposalSchema>;

/**
 * `POST /office-api/plans/:id/decision`: the office's answer to the person's proposal: accepted (it
 * becomes the plan in force, with the obligation the office sets; by default that of the plan it
 * replaces, or 4), or returned with comments for the person.
 */
export const OfficePlanDecisionSchema = v.variant('decision', [
  v.strictObject({
    decision: v.literal('accept'),
    applicationsPerPeriod: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(OBLIGATION_MAX))),
  }),
  v.strictObject({ decision: v.literal('return'), comments: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MESSAGE_MAX)) }),
]);
export type OfficePlanDecision = v.InferOutput<typeof OfficePlanDecisionSchema>;

// ---------------------------------------------------------------------------------------------
// The job-search obligation (työnhakuvelvollisuus): applications reported per review period

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

export const PLAN_PATHS = {
  plan: '/api/plan',
  obligation: '/api/plan/job-search-obligation',
  proposals: '/api/plan/proposals',
  officeDecision: (id: string) => `/office-api/plans/${encodeURIComponent(id)}/decision`,
  jobApplications: '/api/plan/job-applications',
  accept: '/api/plan/accept',
  taskReport: (id: string) => `/api/plan/tasks/${encodeURIComponent(id)}/report`,
  currentItems: '/api/plan/current-items',
} as const;
