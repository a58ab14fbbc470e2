import * as v from 'valibot';
import { IsoDate, IsoTimestamp, Id, type ErrorCodeOf } from './primitives.js';
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
