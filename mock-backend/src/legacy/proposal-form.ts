// The legacy own-proposal form (/legacy/plan/proposal) as posted: its rows read from the flat fields,
// the empty ones left out, checked against the contract's PlanProposalSchema, and every error put
// beside the field of the row the person sees (its number in the message).
import { validate } from '@portal/shared-contracts';
import { PLAN_ERRORS as E } from '@portal/shared-contracts/plan';
import {
  GOAL_MAX,
  MESSAGE_MAX,
  PROPOSAL_TASKS_MAX,
  PlanProposalSchema,
  TASK_DESCRIPTION_MAX,
  type PlanProposal,
} from '@portal/shared-contracts/plan-proposals';
import type { FieldError } from './layout.js';

/** The page's own code: a row with a task but no date. */
const TARGET_DATE_REQUIRED = 'task.target-date.required';

/** The rows of a new form. */
export const PROPOSAL_ROWS_INITIAL = 3;

export interface ProposalRow {
  readonly description: string;
  readonly targetDate: string;
}

/** What the person typed, kept whenever the form comes back. */
export interface ProposalFields {
  readonly goal: string;
  readonly tasks: readonly ProposalRow[];
  readonly message: string;
}

export const emptyProposal = (rows = PROPOSAL_ROWS_INITIAL): ProposalFields => ({
  goal: '',
  tasks: Array.from({ length: rows }, () => ({ description: '', targetDate: '' })),
  message: '',
});

/** The ids (and names) of a row's fields; rows are numbered from 1, as their legends are. */
export const rowField = (n: number, name: keyof ProposalRow): string => `task-${n}-${name}`;

/** The form's fields: as many rows as its hidden `rows` says (3 when it says nothing that fits, never over the maximum). */
export function readProposal(field: (name: string) => string): ProposalFields {
  const asked = Number(field('rows'));
  const rows = Number.isInteger(asked) && asked >= 1 ? Math.min(asked, PROPOSAL_TASKS_MAX) : PROPOSAL_ROWS_INITIAL;
  return {
    goal: field('goal'),
    tasks: Array.from({ length: rows }, (_, i) => ({
      description: field(rowField(i + 1, 'description')),
      targetDate: field(rowField(i + 1, 'targetDate')),
    })),
    message: field('message'),
  };
}

/** One more empty row, up to the maximum; everything typed kept. */
export function withRowAdded(fields: ProposalFields): ProposalFields {
  if (fields.tasks.length >= PROPOSAL_TASKS_MAX) return fields;
  return { ...fields, tasks: [...fields.tasks, { description: '', targetDate: '' }] };
}

const isEmpty = (row: ProposalRow): boolean => row.description.trim() === '' && row.targetDate.trim() === '';

export interface CheckedProposal {
  /** The proposal to submit, when nothing is wrong. */
  readonly request?: PlanProposal;
  readonly errors: readonly FieldError[];
  /** The errors of issues on the submitted proposal (the service's), on the rows the person sees. */
  readonly errorsOf: (issues: readonly { path: string; message: string }[]) => FieldError[];
}

/**
 * The form checked: the contract's codes by field, a row with a task but no date asked for its date,
 * and every target date before today (Helsinki) refused on its row. Empty rows are not sent; their
 * numbers are kept, so "task 3" is the third row on the page whatever was left empty above it.
 */
export function checkProposal(fields: ProposalFields, today: string): CheckedProposal {
  const sent = fields.tasks.flatMap((row, index) => (isEmpty(row) ? [] : [{ row, n: index + 1 }]));
  const body = { goal: fields.goal, tasks: sent.map(({ row }) => row), message: fields.message };
  const errorsOf = (issues: readonly { path: string; message: string }[]): FieldError[] => {
    const byField = new Map<string, FieldError>();
    for (const issue of issues) {
      const error = fieldErrorOf(issue.path, issue.message, (index) => sent[index]?.n);
      if (!byField.has(error.field)) byField.set(error.field, error);
    }
    return inPageOrder(fields, [...byField.values()]);
  };
  const checked = validate(PlanProposalSchema, body);
  const schemaIssues = checked.ok ? [] : checked.issues;
  const dateIssues = sent.flatMap(({ row }, index) => {
    const path = `tasks.${index}.targetDate`;
    if (row.targetDate.trim() === '') return [{ path, message: TARGET_DATE_REQUIRED }];
    const valid = !schemaIssues.some((issue) => issue.path === path);
    return valid && row.targetDate < today ? [{ path, message: E.targetDatePast }] : [];
  });
  // A blank date is asked for as such, not called a day that does not exist.
  const issues = [...schemaIssues.filter((issue) => !dateIssues.some((date) => date.path === issue.path)), ...dateIssues];
  const errors = errorsOf(issues);
  return checked.ok && errors.length === 0 ? { request: checked.value, errors, errorsOf } : { errors, errorsOf };
}

function fieldErrorOf(path: string, code: string, rowOf: (index: number) => number | undefined): FieldError {
  const [head, index, name] = path.split('.');
  if (head === 'message') return { field: 'message', target: 'message', code, params: { max: MESSAGE_MAX } };
  if (head === 'tasks' && index !== undefined) {
    const n = rowOf(Number(index));
    if (n !== undefined && (name === 'description' || name === 'targetDate')) {
      const id = rowField(n, name);
      return { field: id, target: id, code, params: { n, max: TASK_DESCRIPTION_MAX } };
    }
  }
  if (head === 'tasks') return { field: 'tasks', target: rowField(1, 'description'), code, params: { max: PROPOSAL_TASKS_MAX } };
  return { field: 'goal', target: 'goal', code, params: { max: GOAL_MAX } };
}

/** The summary lists the errors in the order of the fields on the page. */
function inPageOrder(fields: ProposalFields, errors: readonly FieldError[]): FieldError[] {
  const order = [
    'goal',
    'tasks',
    ...fields.tasks.flatMap((_, i) => [rowField(i + 1, 'description'), rowField(i + 1, 'targetDate')]),
    'message',
  ];
  return [...errors].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}
