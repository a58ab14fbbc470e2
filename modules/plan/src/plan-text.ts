import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@portal/shared-contracts';
import type { Plan, PlanTask } from '@portal/shared-contracts/plan';
import { formatDate, formatDateTime } from '@portal/ui-kit/page';
import { areaText } from './area.js';

// What the plan page and the task page say of a task the same way: its status as a tag (overdue
// in words and with a mark, not by colour alone) and the person's report.

/** A task can be reported while it is open or overdue, in the plan in force (the backend's rule). */
export const reportable = (plan: Pick<Plan, 'state'>, task: Pick<PlanTask, 'status'>): boolean =>
  plan.state === 'accepted' && task.status !== 'reported';

/** "Myöhässä" on the error colour with a "!" mark; "Avoin" and "Ilmoitettu" plain. */
export function statusTag(task: PlanTask, locale: Locale): TemplateResult {
  const overdue = task.status === 'overdue';
  return html`<strong class="tag status ${overdue ? 'late' : task.status}"
    >${overdue ? html`<span aria-hidden="true">! </span>` : nothing}${areaText(locale, `status.${task.status}`)}</strong
  >`;
}

/** A date range "1.12.2026–31.5.2027"; an open end leaves the end out. */
export function validRange(plan: Pick<Plan, 'validFrom' | 'validUntil'>, locale: Locale): string {
  return `${formatDate(plan.validFrom, locale)}–${plan.validUntil !== null ? formatDate(plan.validUntil, locale) : ''}`;
}

/** A task's facts as `dt`/`dd` pairs: deadline, status, and once reported the outcome, the report and when. */
export function taskFacts(task: PlanTask, locale: Locale): TemplateResult {
  const t = (key: Parameters<typeof areaText>[1]): string => areaText(locale, key);
  return html`<dt>${t('deadline')}</dt>
    <dd>${formatDate(task.deadline, locale)}</dd>
    
      <dt>${t('status')}</dt>
      <dd>${statusTag(task, locale)} ${task.status === 'overdue' ? html`<span class="overdue-note">${t('overdueNote')}</span>` : nothing}</dd>
    
    ${
      task.outcome !== null
        ? html`<dt>${t('outcome')}</dt>
          <dd>${t(`outcome.${task.outcome}`)}</dd>`
        : nothing
    }
    ${
      task.report !== null
        ? html`<dt>${t('report')}</dt>
          <dd class="pre-line">${task.report}</dd>`
        : nothing
    }
    ${
      task.reportedAt !== null
        ? html`<dt>${t('reportedAt')}</dt>
          <dd>${formatDateTime(task.reportedAt, locale)}</dd>`
        : nothing
    }`;
}
