// The legacy page of the person's own plan proposal (/legacy/plan/proposal): the form (goal, task rows
// each in a fieldset, a message), one more row by a submit button of its own (no script), or, while
// an own proposal waits for the office, only that. Rendering only; src/legacy/router.ts loads, checks
// and posts, src/legacy/proposal-form.ts reads and checks the form.
import type { Plan } from '@portal/shared-contracts/plan';
import { GOAL_MAX, MESSAGE_MAX, PROPOSAL_TASKS_MAX, TASK_DESCRIPTION_MAX } from '@portal/shared-contracts/plan-proposals';
import { html, type SafeHtml } from '../platform/html.js';
import {
  LEGACY_PREFIX,
  describedBy,
  fieldError,
  formatDay,
  legacyUrl,
  type FieldError,
  type LegacyContext,
  type LegacyPage,
} from './layout.js';
import type { FormTokens } from './plan-pages.js';
import { rowField, type ProposalFields, type ProposalRow } from './proposal-form.js';

export const PROPOSAL_SUB_PATH = '/proposal';
export const proposalUrl = (ctx: LegacyContext): string => legacyUrl(ctx, `${LEGACY_PREFIX}/plan${PROPOSAL_SUB_PATH}`);
const planUrl = (ctx: LegacyContext): string => legacyUrl(ctx, `${LEGACY_PREFIX}/plan`);

export interface ProposalFormState extends FormTokens {
  readonly fields: ProposalFields;
  readonly errors: readonly FieldError[];
  /** Today in Helsinki: the earliest target date. */
  readonly today: string;
  /** The row just added (its number), which takes focus. */
  readonly added?: number | undefined;
}

const fieldClass = (errors: readonly FieldError[], name: string): string =>
  errors.some((error) => error.field === name) ? 'field error-field' : 'field';

function textArea(
  ctx: LegacyContext,
  errors: readonly FieldError[],
  spec: { name: string; label: string; hint?: string; value: string; max: number; rows: number; autofocus?: boolean },
): SafeHtml {
  const hintId = spec.hint !== undefined ? `${spec.name}-hint` : undefined;
  return html`<div class="${fieldClass(errors, spec.name)}">
<label for="${spec.name}">${spec.label}</label>
${spec.hint !== undefined ? html`<p class="hint" id="${hintId}">${spec.hint}</p>` : html``}
${fieldError(ctx, errors, spec.name)}
<textarea id="${spec.name}" name="${spec.name}" rows="${String(spec.rows)}" maxlength="${String(spec.max)}" aria-describedby="${describedBy(errors, spec.name, hintId)}"${
    spec.autofocus === true ? html` autofocus` : html``
  }>${spec.value}</textarea>
</div>`;
}

function taskRow(ctx: LegacyContext, form: ProposalFormState, row: ProposalRow, n: number): SafeHtml {
  const t = ctx.t.plan.proposal;
  const { errors } = form;
  const date = rowField(n, 'targetDate');
  const dateHint = `${date}-hint`;
  return html`<fieldset class="task-row">
<legend>${t.taskLegend(n)}</legend>
${textArea(ctx, errors, {
  name: rowField(n, 'description'),
  label: t.descriptionLabel,
  value: row.description,
  max: TASK_DESCRIPTION_MAX,
  rows: 2,
  autofocus: form.added === n,
})}
<div class="${fieldClass(errors, date)}">
<label for="${date}">${t.targetDateLabel}</label>
<p class="hint" id="${dateHint}">${t.targetDateHint}</p>
${fieldError(ctx, errors, date)}
<input id="${date}" name="${date}" type="date" min="${form.today}" value="${row.targetDate}" aria-describedby="${describedBy(errors, date, dateHint)}">
</div>
</fieldset>`;
}

function proposalForm(ctx: LegacyContext, form: ProposalFormState): SafeHtml {
  const t = ctx.t.plan.proposal;
  const { fields, errors } = form;
  const rows = fields.tasks.length;
  return html`<form method="post" action="${proposalUrl(ctx)}" novalidate>
<input type="hidden" name="csrf" value="${form.csrf}">
<input type="hidden" name="key" value="${form.key}">
<input type="hidden" name="rows" value="${String(rows)}">
${textArea(ctx, errors, { name: 'goal', label: t.goalLabel, hint: t.goalHint, value: fields.goal, max: GOAL_MAX, rows: 4 })}
<h2>${t.tasksHeading}</h2>
<div class="${fieldClass(errors, 'tasks')}">
<p class="hint">${t.tasksHint(PROPOSAL_TASKS_MAX)} ${t.emptyRows}</p>
${fieldError(ctx, errors, 'tasks')}
${fields.tasks.map((row, index) => taskRow(ctx, form, row, index + 1))}
</div>
<div class="actions">${
    rows < PROPOSAL_TASKS_MAX
      ? html`<button type="submit" name="action" value="add-row">${t.addRow}</button>`
      : html`<p class="hint">${t.rowsAtMax(PROPOSAL_TASKS_MAX)}</p>`
  }</div>
${textArea(ctx, errors, { name: 'message', label: t.messageLabel, hint: t.messageHint, value: fields.message, max: MESSAGE_MAX, rows: 4 })}
<div class="actions"><button type="submit" name="action" value="send">${t.send}</button></div>
</form>`;
}

export function proposalPage(ctx: LegacyContext, form: ProposalFormState, extra: { notice?: string | undefined } = {}): LegacyPage {
  const t = ctx.t.plan;
  return {
    ctx,
    area: 'plan',
    subPath: PROPOSAL_SUB_PATH,
    heading: t.proposal.heading,
    notice: extra.notice,
    errors: form.errors,
    body: html`<p>${t.proposal.intro}</p>
${proposalForm(ctx, form)}
<p><a href="${planUrl(ctx)}">${t.back}</a></p>`,
  };
}

/** An own proposal waits for the office: one at a time, so no form, only where to see it. */
export function proposalWaitingPage(ctx: LegacyContext, waiting: Plan): LegacyPage {
  const t = ctx.t.plan.proposal;
  return {
    ctx,
    area: 'plan',
    subPath: PROPOSAL_SUB_PATH,
    heading: t.heading,
    body: html`<h2>${t.waitingHeading}</h2>
<p>${t.waitingText(formatDay(waiting.proposedOn, ctx.lang))}</p>
<p><a href="${planUrl(ctx)}">${t.seeProposals}</a></p>`,
  };
}
