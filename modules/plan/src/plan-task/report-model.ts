import { validate } from '@portal/shared-contracts';
import { TaskReportSchema, type TaskOutcome, type TaskReport } from '@portal/shared-contracts/plan';
import { errorsFromIssues, type Validation } from '@portal/ui-kit/form';

// The task report without the DOM: what the person has chosen and typed, the check before sending
// by the contract's own schema (so the browser and the server say the same codes), and the draft.

/** The issue paths in page order: the error summary's order, and the ids of the controls. */
export const OUTCOME_PATH = 'outcome';
export const TEXT_PATH = 'text';
export const FIELD_ORDER: readonly string[] = [OUTCOME_PATH, TEXT_PATH];

/**
 * No choice made: the module's own code. The contract takes a missing outcome as "done" (the legacy
 * form has no choice), so the page asks for one itself rather than let a report go out as done.
 */
export const OUTCOME_REQUIRED = 'outcome.required';

export type ReportInput = {
  readonly outcome: '' | TaskOutcome;
  readonly text: string;
};

export const EMPTY_INPUT: ReportInput = { outcome: '', text: '' };

/** The report the input makes, or the errors by path; the text goes out trimmed (the schema's transform). */
export function checkReport(input: ReportInput): Validation<TaskReport> {
  if (input.outcome === '') return { ok: false, errors: { [OUTCOME_PATH]: OUTCOME_REQUIRED } };
  const result = validate(TaskReportSchema, { outcome: input.outcome, text: input.text });
  return result.ok ? { ok: true, request: result.value } : { ok: false, errors: errorsFromIssues(result.issues) };
}

/** The draft's key for a task's report: `plan.task-<id>` (DraftKeySchema: lower-case letters, digits and dashes). */
export function draftKeyOf(taskId: string): string {
  return `plan.task-${taskId.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`.slice(0, 100);
}

/** A saved draft read back, if it is one of ours: a known outcome or none, a string no longer than twice the limit. */
export function restoreInput(saved: Record<string, unknown>): { values: ReportInput; restored: boolean } {
  const outcome = saved['outcome'];
  const text = saved['text'];
  const okOutcome = outcome === 'done' || outcome === 'not-done' ? outcome : '';
  const okText = typeof text === 'string' && text.length <= 4000 ? text : '';
  return { values: { outcome: okOutcome, text: okText }, restored: okOutcome !== '' || okText.trim() !== '' };
}
