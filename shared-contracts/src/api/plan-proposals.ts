import * as v from 'valibot';
import { calendarDate } from './calendar-date.js';
import { OBLIGATION_MAX, PLAN_ERRORS as E } from './plan.js';

// `@portal/shared-contracts/plan-proposals`: apart from the plan's contract, so the pages that
// only show a plan do not download the schemas of the forms they do not have.

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
