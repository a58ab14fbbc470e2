import { isCalendarDate, validate, type Locale } from '@portal/shared-contracts';
import { PLAN_ERRORS as E, type Plan } from '@portal/shared-contracts/plan';
import {
  GOAL_MAX,
  MESSAGE_MAX,
  PlanProposalSchema,
  PROPOSAL_TASKS_MAX,
  TASK_DESCRIPTION_MAX,
  type PlanProposal,
} from '@portal/shared-contracts/plan-proposals';
import { errorsFromIssues, type FieldErrors, type Validation } from '@portal/ui-kit/form';

// The person's own plan proposal without the DOM: what they typed (a goal, task rows, a message),
// the check before sending by the contract's own schema plus the server's one date rule the page
// can know (no target date before today), the draft read back, a returned proposal as a starting
// point, and the errors of the rows after one is removed (so each error stays with its row).

/** The draft's key (DraftKeySchema: lower-case letters, digits, dots and dashes). */
export const DRAFT_KEY = 'plan.proposal';

/** An empty target date: the page's own code, so it says "enter the date" rather than "enter a real date". */
export const TARGET_DATE_REQUIRED = 'task.target-date.required';

export type TaskInput = { readonly description: string; readonly targetDate: string };

export type ProposalInput = {
  readonly goal: string;
  readonly tasks: readonly TaskInput[];
  readonly message: string;
};

export const EMPTY_TASK: TaskInput = { description: '', targetDate: '' };

/** One task row to start with: a proposal needs at least one. */
export const EMPTY_INPUT: ProposalInput = { goal: '', tasks: [EMPTY_TASK], message: '' };

/** The path of row `i`'s first control: focus goes there after adding a row, and after removing the one below it. */
export const taskDescriptionPath = (i: number): string => `tasks.${i}.description`;

/**
 * The issue paths in page order, for every row there can be: the error summary's order, and the
 * ids of the controls (`tasks.2.targetDate` → `#tasks-2-targetDate`). `tasks` is the list's own
 * error (none, too many), shown above its rows.
 */
export const FIELD_ORDER: readonly string[] = [
  'goal',
  'tasks',
  ...Array.from({ length: PROPOSAL_TASKS_MAX }, (_, i) => [taskDescriptionPath(i), `tasks.${i}.targetDate`]).flat(),
  'message',
];

/** A target date's own code before the schema's: empty, not a day, before today. */
function targetDateError(day: string, today: string): string | undefined {
  if (day === '') return TARGET_DATE_REQUIRED;
  if (!isCalendarDate(day)) return E.targetDateInvalid;
  return day < today ? E.targetDatePast : undefined;
}

/** The proposal the input makes, or the errors by path; the texts go out trimmed (the schema's transform). */
export function checkProposal(input: ProposalInput, today: string): Validation<PlanProposal> {
  const tasks = input.tasks.map((task) => ({ description: task.description, targetDate: task.targetDate.trim() }));
  const result = validate(PlanProposalSchema, { goal: input.goal, tasks, message: input.message });
  const errors: Record<string, string> = result.ok ? {} : { ...errorsFromIssues(result.issues) };
  let datesOk = true;
  tasks.forEach((task, i) => {
    const code = targetDateError(task.targetDate, today);
    if (code === undefined) return;
    errors[`tasks.${i}.targetDate`] = code;
    datesOk = false;
  });
  return result.ok && datesOk ? { ok: true, request: result.value } : { ok: false, errors };
}

/** A saved draft read back, if it is one of ours: strings no longer than twice their limits, days that exist, at most the rows allowed. */
export function restoreInput(saved: Record<string, unknown>): { values: ProposalInput; restored: boolean } {
  const text = (value: unknown, max: number): string => (typeof value === 'string' && value.length <= max * 2 ? value : '');
  const rows = Array.isArray(saved['tasks']) ? (saved['tasks'] as unknown[]).slice(0, PROPOSAL_TASKS_MAX) : [];
  const tasks = rows
    .filter((row): row is Record<string, unknown> => typeof row === 'object' && row !== null)
    .map((row) => {
      const targetDate = text(row['targetDate'], 10);
      return {
        description: text(row['description'], TASK_DESCRIPTION_MAX),
        targetDate: targetDate === '' || isCalendarDate(targetDate) ? targetDate : '',
      };
    });
  const values: ProposalInput = {
    goal: text(saved['goal'], GOAL_MAX),
    tasks: tasks.length > 0 ? tasks : [EMPTY_TASK],
    message: text(saved['message'], MESSAGE_MAX),
  };
  const typed = [values.goal, values.message, ...values.tasks.flatMap((task) => [task.description, task.targetDate])];
  return { values, restored: typed.some((value) => value.trim() !== '') };
}

/**
 * A returned proposal as the start of a new one: its goal, tasks and message as the person wrote
 * them (an own proposal's texts are the same in every language); a target date already past is
 * left empty, as the server would refuse it.
 */
export function inputFromReturned(plan: Plan, language: Locale, today: string): ProposalInput {
  const tasks = plan.tasks.slice(0, PROPOSAL_TASKS_MAX).map((task) => ({
    description: task.description[language],
    targetDate: task.deadline >= today ? task.deadline : '',
  }));
  return { goal: plan.goals[language], tasks: tasks.length > 0 ? tasks : [EMPTY_TASK], message: plan.message ?? '' };
}

/**
 * The errors after row `index` was removed: its own errors go, later rows' move up one, so each
 * error stays with its row and the summary's links find the right control.
 */
export function errorsAfterRemoval(errors: FieldErrors, index: number): FieldErrors {
  const next: Record<string, string> = {};
  for (const [path, code] of Object.entries(errors)) {
    const match = /^tasks\.(\d+)(\..*)?$/.exec(path);
    const at = match ? Number(match[1]) : NaN;
    if (!match || at < index) next[path] = code;
    else if (at > index) next[`tasks.${at - 1}${match[2] ?? ''}`] = code;
  }
  return next;
}
