import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@portal/shared-contracts';
import { PROPOSAL_TASKS_MAX, TASK_DESCRIPTION_MAX } from '@portal/shared-contracts/plan-proposals';
import { dateField, describedBy, fieldError, fieldId, legend, textArea } from '@portal/ui-kit/form';
import type { MessageKey } from '../plan-propose.messages.js';
import type { TaskInput } from '../proposal-model.js';

// The proposal's tasks as rows the person adds and removes: a fieldset per row ("Tehtävä 1"…) with
// its description and target date, whose ids follow the row's place (`tasks-2-targetDate`), so the
// error summary's links and the server's paths find the row as it is now.

/** What the rows are drawn with: the page's words, errors and changes. */
export interface RowsUi {
  readonly language: Locale;
  readonly t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** The error text of an issue path, if any. */
  readonly error: (path: string) => string | undefined;
  /** True when row `i` has an error of its own (its box is marked). */
  readonly hasError: (i: number) => boolean;
  /** Today in Finland: the earliest target date the picker offers. */
  readonly today: string;
  readonly countedInput: (maxLength: number, keep: (value: string) => void) => (value: string) => void;
  readonly setTask: (i: number, change: Partial<TaskInput>) => void;
  readonly add: () => void;
  readonly remove: (i: number) => void;
}

/** The rows as a section of the form: its own error (none, too many), a fieldset per row, then Add or why it is gone. */
export function taskRows(ui: RowsUi, tasks: readonly TaskInput[]): TemplateResult {
  const listError = ui.error('tasks');
  return html`<fieldset
    class="section tasks ${listError ? 'has-error' : ''}"
    id="tasks"
    aria-describedby=${describedBy('tasks-hint', listError && 'tasks-error')}
  >
    ${legend(ui.t('tasksHeading'), 'heading')}
    <p class="hint" id="tasks-hint">${ui.t('tasksHint', { max: PROPOSAL_TASKS_MAX })}</p>
    ${fieldError('tasks', listError, ui.language)} ${tasks.map((task, i) => taskRow(ui, task, i, tasks.length))}
    ${
      tasks.length < PROPOSAL_TASKS_MAX
        ? html`<button class="button secondary add" id="tasks-add" type="button" @click=${ui.add}>${ui.t('addTask')}</button>`
        : html`<p class="hint at-max" id="tasks-at-max">${ui.t('tasksAtMax', { max: PROPOSAL_TASKS_MAX })}</p>`
    }
  </fieldset>`;
}

/** Row `i`: its description and target date, and its Remove unless it is the only row. */
function taskRow(ui: RowsUi, task: TaskInput, i: number, count: number): TemplateResult {
  const path = (name: keyof TaskInput): string => `tasks.${i}.${name}`;
  return html`<fieldset class="entry ${ui.hasError(i) ? 'has-error' : ''}" id=${fieldId(`tasks.${i}`)}>
    <legend>${ui.t('taskLegend', { n: i + 1 })}</legend>
    ${textArea({
      path: path('description'),
      error: ui.error(path('description')),
      locale: ui.language,
      label: ui.t('descriptionLabel'),
      value: task.description,
      maxLength: TASK_DESCRIPTION_MAX,
      rows: 3,
      spellcheck: true,
      onInput: ui.countedInput(TASK_DESCRIPTION_MAX, (description) => ui.setTask(i, { description })),
    })}
    ${dateField({
      path: path('targetDate'),
      error: ui.error(path('targetDate')),
      locale: ui.language,
      label: ui.t('targetDateLabel'),
      hint: ui.t('targetDateHint'),
      value: task.targetDate,
      min: ui.today,
      onInput: (targetDate) => ui.setTask(i, { targetDate }),
    })}
    ${
      count > 1
        ? html`<p class="entry-actions">
          <button class="link remove" type="button" @click=${() => ui.remove(i)}>${ui.t('removeTask', { n: i + 1 })}</button>
        </p>`
        : nothing
    }
  </fieldset>`;
}
