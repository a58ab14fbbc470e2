import * as v from 'valibot';
import { CalendarDate } from './calendar-date.js';
import { LocalizedTextSchema } from '../locale.js';

/**
 * The employment plan (suunnitelma, seed lines 8–9): the plan the office proposes and the person
 * accepts, and the tasks agreed in it, which the person reports doing. The same storage serves the
 * legacy Oma asiointi page (/legacy/plan) and this API, so what is done in one shows in the other.
 */
export const PLAN_ERRORS = {
  reportRequired: 'report.required',
  reportTooLong: 'report.too-long',
  /** The plan or task is not in a state that allows this (accepting an accepted plan, reporting a reported task…). */
  stateConflict: 'state.conflict',
} as const;
export type PlanError = (typeof PLAN_ERRORS)[keyof typeof PLAN_ERRORS];
const E = PLAN_ERRORS;

const IsoDate = CalendarDate;
const IsoTimestamp = v.pipe(v.string(), v.isoTimestamp());
const Id = v.pipe(v.string(), v.uuid());

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

/** The job-search obligation under the Nordic labour market service model (from 2.5.2022). */
export const OBLIGATION_MAX = 4;

export const PlanTaskSchema = v.object({
  id: Id,
  description: LocalizedTextSchema,
  deadline: IsoDate,
  status: v.picklist(TASK_STATUSES),
  /** The person's report, in their own words. */
  report: v.nullable(v.string()),
  reportedAt: v.nullable(IsoTimestamp),
});
export type PlanTask = v.InferOutput<typeof PlanTaskSchema>;

export const PlanSchema = v.object({
  id: Id,
  type: v.picklist(PLAN_TYPES),
  state: v.picklist(PLAN_STATES),
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
  /** Bumped by every change; accepting based on an older one is a 409 (the office changed the proposal). */
  updatedAt: IsoTimestamp,
});
export type Plan = v.InferOutput<typeof PlanSchema>;

/** `GET /api/plan`: the current plan (null when there is none) and earlier ones, newest first. */
export const PlanOverviewSchema = v.object({ current: v.nullable(PlanSchema), earlier: v.array(PlanSchema) });
export type PlanOverview = v.InferOutput<typeof PlanOverviewSchema>;

/** `POST /api/plan/accept` with an `Idempotency-Key`: accept the proposed plan the person saw. */
export const PlanAcceptSchema = v.object({ planId: Id, basedOn: IsoTimestamp });
export type PlanAccept = v.InferOutput<typeof PlanAcceptSchema>;

/** `POST /api/plan/tasks/:id/report` with an `Idempotency-Key`: the task is done, in the person's words. */
export const TaskReportSchema = v.object({
  text: v.pipe(v.string(E.reportRequired), v.trim(), v.minLength(1, E.reportRequired), v.maxLength(TASK_REPORT_MAX, E.reportTooLong)),
});
export type TaskReport = v.InferOutput<typeof TaskReportSchema>;

/** The receipt of an acceptance or a task report: the plan after it, and when it was received. */
export const PlanReceiptSchema = v.object({ plan: PlanSchema, receivedAt: IsoTimestamp });
export type PlanReceipt = v.InferOutput<typeof PlanReceiptSchema>;

export const PLAN_PATHS = {
  plan: '/api/plan',
  accept: '/api/plan/accept',
  taskReport: (id: string) => `/api/plan/tasks/${encodeURIComponent(id)}/report`,
  currentItems: '/api/plan/current-items',
} as const;
