import { html, nothing, type TemplateResult } from 'lit';
import { ApiRequestError, CurrentItemsChangedTopic, fetchJson, INTL_LOCALE, portalBus } from '@portal/shared-contracts';
import {
  PLAN_ERRORS as E,
  PLAN_PATHS,
  PlanOverviewSchema,
  PlanReceiptSchema,
  TASK_REPORT_MAX,
  type Plan,
  type PlanOverview,
  type PlanReceipt,
  type PlanTask as Task,
  type TaskReport,
} from '@portal/shared-contracts/plan';
import {
  AreaFormElement,
  errorText,
  FormNotice,
  FormStep,
  isConflict,
  isNotFound,
  issuesOf,
  multiline,
  radioGroup,
  receiptPanel,
  summaryList,
  textArea,
  type SummaryRow,
  type Validation,
} from '@portal/ui-kit/form';
import { followInternalLink, LoadState } from '@portal/ui-kit/page';
import { baseStyles, formStyles } from '@portal/ui-kit/styles';
import { AREA, DEFAULT_BASE_PATH } from '../area.js';
import { PlanTaskReportedEvent } from '../events.js';
import { reportable, taskFacts } from '../plan-text.js';
import { errorMessages, messages, type MessageKey } from './plan-task.messages.js';
import { styles } from './plan-task.styles.js';
import {
  checkReport,
  draftKeyOf,
  EMPTY_INPUT,
  FIELD_ORDER,
  OUTCOME_PATH,
  restoreInput,
  TEXT_PATH,
  type ReportInput,
} from './report-model.js';

export { LoadState };

/** A task and the plan it belongs to, as read. */
type Found = { plan: Plan; task: Task };

/** The task `id` in the person's plans (the current one first), or undefined. */
export function findTask(overview: PlanOverview, id: string): Found | undefined {
  for (const plan of [overview.current, ...overview.earlier]) {
    const task = plan?.tasks.find((candidate) => candidate.id === id);
    if (plan && task) return { plan, task };
  }
  return undefined;
}

/**
 * Reporting one task of the plan in force (`/plan/tasks/:id`): done or not done (a radio), and in a
 * text area whose label follows the choice how it was done or why it was not (required either way,
 * at most TASK_REPORT_MAX characters); then the kit's check step and the receipt.
 *
 * - What is typed is kept as a server-side draft (`plan.task-<id>`) while typing and when the
 *   person leaves, and restored with a notice on the next visit; the receipt discards it.
 * - The send has an `Idempotency-Key`, the same on every retry.
 * - A task reported already, or of a plan not in force, says so and offers no form. A 409 on
 *   sending (reported meanwhile elsewhere) reads the plan again, says so, and shows what was typed.
 * - After a report it publishes `current-items.changed@1` and fires `plan-task-reported`.
 *
 * @summary Reporting a task of the employment plan.
 * @fires plan-task-reported - A report was received (PlanTaskReportedEvent).
 */
export class PlanTask extends AreaFormElement<ReportInput, TaskReport, MessageKey, typeof PlanReceiptSchema> {
  static override styles = [baseStyles, formStyles, styles];
  static override properties = { ...AreaFormElement.properties, taskId: { attribute: 'task-id' }, found: { state: true } };

  declare taskId: string;
  /** The task and its plan, read again whenever the route names another task. */
  declare found: Found | undefined;

  /** The draft's key: the loaded task's, changed only once what was typed for the previous one is saved. */
  private draftKey = '';
  /** A 409 showed the task can no longer be reported: what was typed is shown to copy. */
  private refused = false;

  constructor() {
    super({
      area: AREA,
      draftKey: () => this.draftKey,
      pageId: () => this.taskId,
      url: (id) => PLAN_PATHS.taskReport(id),
      receipt: PlanReceiptSchema,
      messages,
    });
    this.taskId = '';
    this.found = undefined;
    this.basePath = DEFAULT_BASE_PATH;
  }

  private get input(): ReportInput {
    return this.values ?? EMPTY_INPUT;
  }

  /** True while the task takes a report. */
  get canReport(): boolean {
    return this.found !== undefined && reportable(this.found.plan, this.found.task);
  }

  // The kit's form -----------------------------------------------------------------------------------

  /** The plans and the draft, read together before the form shows, so nothing typed is overwritten by a late answer. */
  protected override async load(signal: AbortSignal): Promise<void> {
    this.draftKey = draftKeyOf(this.taskId);
    const [overview, draft] = await Promise.all([fetchJson(PLAN_PATHS.plan, PlanOverviewSchema, { signal }), this.draft.restore()]);
    signal.throwIfAborted();
    const found = findTask(overview, this.taskId);
    if (!found) throw new ApiRequestError(404, 'not-found', 'No such task.');
    this.found = found;
    this.startFrom(reportable(found.plan, found.task) ? draft : undefined, EMPTY_INPUT, restoreInput);
  }

  /** Another task in the same element: what was typed for the first is saved under its own draft, then the form starts empty. */
  protected override startOver(): void {
    void this.draft.save();
    super.startOver();
    this.found = undefined;
    this.refused = false;
  }

  protected override draftData(): Record<string, unknown> | undefined {
    return this.canReport && this.values ? { ...this.values } : undefined;
  }

  protected override validate(): Validation<TaskReport> | undefined {
    return this.canReport ? checkReport(this.input) : undefined;
  }

  protected override stepTitle(step: FormStep): string {
    if (this.loadState === LoadState.notFound) return this.t('notFoundTitle');
    return super.stepTitle(step);
  }

  protected override noticeText(shown: FormNotice): string | undefined {
    return shown === FormNotice.conflict ? this.t('changedMeanwhile') : undefined;
  }

  protected override errorFor(_path: string, code: string): string {
    return errorText(errorMessages, code, this.language, { params: { max: TASK_REPORT_MAX.toLocaleString(INTL_LOCALE[this.language]) } });
  }

  protected override afterSend(receipt: PlanReceipt): void {
    const task = receipt.plan.tasks.find((candidate) => candidate.id === this.taskId);
    if (task) this.found = { plan: receipt.plan, task };
    this.errors = {};
    // The task no longer waits for the person: the shell's mark and the front page read again.
    portalBus.publish(CurrentItemsChangedTopic, { area: AREA });
    this.dispatchEvent(new PlanTaskReportedEvent(receipt));
  }

  /** Reported meanwhile elsewhere, or the plan is no longer in force: the task as it is now, and what was typed. */
  protected override async handleConflict(error: unknown): Promise<boolean> {
    if (isNotFound(error)) {
      this.loading.gone();
      void this.flow.goTo(FormStep.edit);
      return true;
    }
    if (!isConflict(error) && !issuesOf(error).some((issue) => issue.message === E.stateConflict)) return false;
    try {
      const found = findTask(await fetchJson(PLAN_PATHS.plan, PlanOverviewSchema), this.taskId);
      if (found) this.found = found;
    } catch {
      // The notice still says what happened; the next attempt meets the same 409 and reads again.
    }
    this.refused = true;
    this.errors = {};
    this.notice = FormNotice.conflict;
    void this.draft.discard();
    void this.flow.goTo(FormStep.edit, 'notice');
    return true;
  }

  // Rendering ----------------------------------------------------------------------------------------

  protected override backLink(): TemplateResult {
    return html`<ul class="back-links">
      <li><a href=${this.basePath} @click=${followInternalLink}>${this.t('backToArea')}</a></li>
    </ul>`;
  }

  protected override renderBody(step: FormStep): TemplateResult {
    if (step === FormStep.receipt && this.receipt) return this.renderReceipt(this.receipt);
    switch (this.loadState) {
      case LoadState.notFound:
        return html`<p>${this.t('notFoundText')}</p>
          ${this.backLink()}`;
      case LoadState.failed:
        return html`${this.renderLoadFailed()} ${this.backLink()}`;
      case LoadState.loaded:
        break;
      default:
        return html`<p role="status">${this.t('loading')}</p>`;
    }
    const found = this.found;
    if (!found) return html``;
    return step === FormStep.check ? this.renderCheck(found) : this.renderEdit(found);
  }

  private renderFacts({ plan, task }: Found): TemplateResult {
    const language = this.language;
    return html`<section class="task-facts" aria-labelledby="facts-heading">
      <h2 id="facts-heading" class="visually-hidden">${this.t('factsHeading')}</h2>
      <p class="task-description">${task.description[language]}</p>
      <dl class="facts">
        <dt>${this.t('planName')}</dt>
        <dd>${this.t(`type.${plan.type}`)}, ${this.t(`state.${plan.state}`).toLocaleLowerCase(INTL_LOCALE[language])}</dd>
        ${taskFacts(task, language)}
      </dl>
    </section>`;
  }

  private renderEdit(found: Found): TemplateResult {
    const canReport = reportable(found.plan, found.task);
    return html`
      ${this.renderNotice()} ${canReport ? this.renderErrorSummary(FIELD_ORDER) : nothing} ${this.renderFacts(found)}
      ${
        canReport
          ? html`<form id="form" novalidate @submit=${this.continueToCheck}>
            ${this.renderFields()}
            <div class="actions">
              <button class="button" type="submit">${this.t('continue')}</button>
            </div>
          </form>`
          : html`<p class="not-reportable">${this.t(found.task.status === 'reported' ? 'alreadyReported' : 'notInForce')}</p>
            ${this.renderKept()}`
      }
      ${this.backLink()}
    `;
  }

  private renderFields(): TemplateResult {
    const input = this.input;
    const language = this.language;
    return radioGroup({
      path: OUTCOME_PATH,
      error: this.error(OUTCOME_PATH),
      locale: language,
      legend: this.t('legend'),
      value: input.outcome,
      options: [
        { value: 'done', label: this.t('choiceDone') },
        { value: 'not-done', label: this.t('choiceNotDone') },
      ],
      onChange: (value) => this.patch({ outcome: value as ReportInput['outcome'] }),
      // The text belongs to the choice: revealed under it, its label saying what the choice asks.
      conditional: (value) =>
        value === 'done' || value === 'not-done'
          ? html`<div class="conditional">
              ${textArea({
                path: TEXT_PATH,
                error: this.error(TEXT_PATH),
                locale: language,
                label: this.t(value === 'done' ? 'doneLabel' : 'notDoneLabel'),
                hint: this.t(value === 'done' ? 'doneHint' : 'notDoneHint'),
                value: input.text,
                maxLength: TASK_REPORT_MAX,
                spellcheck: true,
                onInput: this.countedInput(TASK_REPORT_MAX, (text) => this.patch({ text })),
              })}
            </div>`
          : nothing,
    });
  }

  /** The input as summary rows: the check step's (with Change) and the kept text after a 409 (without). */
  private inputRows(input: ReportInput, withChange: boolean): SummaryRow[] {
    if (input.outcome === '') return [];
    const done = input.outcome === 'done';
    return [
      {
        key: this.t('rowOutcome'),
        value: this.t(done ? 'choiceDone' : 'choiceNotDone'),
        onChange: this.changeTo(OUTCOME_PATH, withChange),
      },
      { key: this.t(done ? 'rowHow' : 'rowWhy'), value: multiline(input.text, '–'), onChange: this.changeTo(TEXT_PATH, withChange) },
    ];
  }

  private renderKept(): TemplateResult | typeof nothing {
    if (!this.refused) return nothing;
    const rows = this.inputRows(this.input, false);
    if (rows.length === 0) return nothing;
    return html`<section class="kept" aria-labelledby="kept-heading">
      <h2 id="kept-heading">${this.t('keptHeading')}</h2>
      <p>${this.t('keptText')}</p>
      ${summaryList(rows, this.language)}
    </section>`;
  }

  private renderCheck({ task }: Found): TemplateResult {
    const rows = [{ key: this.t('rowTask'), value: task.description[this.language] }, ...this.inputRows(this.input, true)];
    return html`
      ${this.renderNotice()}
      <p>${this.t('checkIntro')}</p>
      ${summaryList(rows, this.language)} ${this.renderSendForm()}
    `;
  }

  private renderReceipt(receipt: PlanReceipt): TemplateResult {
    const task = this.found?.task;
    const sent = this.sent;
    const rows: SummaryRow[] = task ? [{ key: this.t('rowTask'), value: task.description[this.language] }] : [];
    if (sent) {
      const done = sent.request.outcome === 'done';
      rows.push(
        { key: this.t('rowOutcome'), value: this.t(done ? 'choiceDone' : 'choiceNotDone') },
        { key: this.t(done ? 'rowHow' : 'rowWhy'), value: multiline(sent.request.text) },
      );
    }
    return html`
      ${receiptPanel(this.t('receiptHeading', { time: this.i18n.dateTime(receipt.receivedAt) }))} ${summaryList(rows, this.language)}
      <p class="next">${this.t('receiptNext')}</p>
      ${this.backLink()}
    `;
  }
}
