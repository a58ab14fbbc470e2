import { html, nothing, type TemplateResult } from 'lit';
import { CurrentItemsChangedTopic, fetchJson, INTL_LOCALE, portalBus } from '@portal/shared-contracts';
import { PLAN_PATHS, PlanOverviewSchema, PlanReceiptSchema, type Plan, type PlanReceipt } from '@portal/shared-contracts/plan';
import {
  GOAL_MAX,
  MESSAGE_MAX,
  PROPOSAL_TASKS_MAX,
  TASK_DESCRIPTION_MAX,
  type PlanProposal,
} from '@portal/shared-contracts/plan-proposals';
import {
  AreaFormElement,
  errorText,
  focusField,
  FormNotice,
  FormStep,
  groupError,
  isConflict,
  multiline,
  receiptPanel,
  summaryList,
  textArea,
  type SummaryRow,
  type Validation,
} from '@portal/ui-kit/form';
import { followInternalLink, helsinkiToday, LoadState, notice } from '@portal/ui-kit/page';
import { baseStyles, formStyles } from '@portal/ui-kit/styles';
import { AREA, DEFAULT_BASE_PATH } from '../area.js';
import { PlanProposalSentEvent } from '../events.js';
import { errorMessages, messages, type MessageKey } from './plan-propose.messages.js';
import { styles } from './plan-propose.styles.js';
import { taskRows, type RowsUi } from './sections/task-rows.js';
import {
  checkProposal,
  DRAFT_KEY,
  EMPTY_INPUT,
  EMPTY_TASK,
  errorsAfterRemoval,
  FIELD_ORDER,
  inputFromReturned,
  restoreInput,
  taskDescriptionPath,
  type ProposalInput,
  type TaskInput,
} from './proposal-model.js';

export { LoadState };

/** The page's own notice beside the kit's: a 409 said an earlier proposal still waits for the office. */
const Notice = { ...FormNotice, pending: 'pending' } as const;
type Notice = (typeof Notice)[keyof typeof Notice];

/** The limit an error code's `{max}` stands for. */
const MAX_OF: Readonly<Record<string, number>> = {
  'goal.too-long': GOAL_MAX,
  'tasks.too-many': PROPOSAL_TASKS_MAX,
  'task.description.too-long': TASK_DESCRIPTION_MAX,
  'message.too-long': MESSAGE_MAX,
};

/** The row an issue path is in (`tasks.2.targetDate` → 3), for the error's words; 1 for any other. */
const rowNumber = (path: string): number => Number(/^tasks\.(\d+)\./.exec(path)?.[1] ?? 0) + 1;

/**
 * The person's own plan proposal (`/plan/proposal`): a goal, tasks each with a target date (rows
 * added and removed, one at least, `PROPOSAL_TASKS_MAX` at most) and a message to the adviser, sent
 * to the TE office with `POST /api/plan/proposals`. The kit's form (edit → check → receipt): errors
 * beside the fields and in a summary whose links find the right row, what was typed kept on every
 * error, the draft `plan.proposal` saved while typing and restored once with a notice, the send with
 * an `Idempotency-Key`.
 *
 * The plans are read first (`GET /api/plan`): while an own proposal waits for the office the page
 * says so instead of showing a form (the server would refuse a second one with a 409, which the
 * page also explains, keeping what was typed). When the latest own proposal was returned and there
 * is no draft, the form starts from it, with the office's comments above it.
 *
 * After the receipt it publishes `current-items.changed@1` and fires `plan-proposal-sent`, so the
 * plan page reads the plans again.
 *
 * @summary Drafting and sending the person's own plan proposal.
 * @fires plan-proposal-sent - The proposal was received; `receipt` carries it.
 */
export class PlanPropose extends AreaFormElement<ProposalInput, PlanProposal, MessageKey, typeof PlanReceiptSchema, Notice> {
  static override styles = [baseStyles, formStyles, styles];
  static override properties = { ...AreaFormElement.properties, waiting: { state: true }, returned: { state: true } };

  /** An own proposal of the person's that waits for the office: no form while it does. */
  declare waiting: Plan | undefined;
  /** The latest own proposal, when the office returned it: its comments shown above the form. */
  declare returned: Plan | undefined;
  /**
   * The form shows the returned proposal as it started from it (no draft, or "start again" on one):
   * said above the form. Typing, or "start empty", makes the values the person's own.
   */
  private get prefilled(): boolean {
    return this.returned !== undefined && this.values !== undefined && this.values === this.choices.base;
  }

  constructor() {
    super({ area: AREA, draftKey: DRAFT_KEY, url: PLAN_PATHS.proposals, receipt: PlanReceiptSchema, messages });
    this.waiting = undefined;
    this.returned = undefined;
    this.basePath = DEFAULT_BASE_PATH;
  }

  private get input(): ProposalInput {
    return this.values ?? EMPTY_INPUT;
  }

  // The kit's form -----------------------------------------------------------------------------------

  /**
   * The plans and the draft, read together before the form shows, so nothing typed is overwritten
   * by a late answer, and a proposal already waiting is known before anything is typed.
   */
  protected override async load(signal: AbortSignal): Promise<void> {
    const [overview, draft] = await Promise.all([fetchJson(PLAN_PATHS.plan, PlanOverviewSchema, { signal }), this.draft.restore()]);
    signal.throwIfAborted();
    const own = overview.ownProposals.filter((plan) => plan.madeBy === 'person');
    this.waiting = own.find((plan) => plan.state === 'submitted');
    // Newest first: only the latest answer is the one to start again from.
    this.returned = own[0]?.state === 'returned' ? own[0] : undefined;
    if (this.waiting || this.values) return;
    const restored = draft ? restoreInput(draft) : undefined;
    // With no draft to restore, a returned proposal is what the form starts from, and what "start
    // again" (on a restored draft's notice) goes back to.
    const fromReturned = this.returned && inputFromReturned(this.returned, this.language, helsinkiToday());
    this.startFrom(restored?.restored ? draft : undefined, fromReturned ?? EMPTY_INPUT, restoreInput);
  }

  protected override draftData(): Record<string, unknown> | undefined {
    return this.waiting || !this.values ? undefined : { ...this.values };
  }

  protected override validate(): Validation<PlanProposal> | undefined {
    return this.waiting ? undefined : checkProposal(this.input, helsinkiToday());
  }

  protected override noticeText(_shown: Notice): string | undefined {
    // The one notice of the page's own, a 409's, carries a link: drawn by `renderPending`.
    return undefined;
  }

  protected override errorFor(path: string, code: string): string {
    const params = { n: rowNumber(path), max: (MAX_OF[code] ?? 0).toLocaleString(INTL_LOCALE[this.language]) };
    return errorText(errorMessages, code, this.language, { params });
  }

  protected override afterSend(receipt: PlanReceipt): void {
    this.errors = {};
    // The front page's item of a returned proposal is gone, and the plan page has a waiting one.
    portalBus.publish(CurrentItemsChangedTopic, { area: AREA });
    this.dispatchEvent(new PlanProposalSentEvent(receipt));
  }

  /**
   * A 409: an own proposal already waits for the office (sent in another tab, or on the legacy
   * page, since this one was read). Said plainly with a link to the plan page; what was typed
   * stays in the form, and in the draft, for when the office has answered.
   */
  protected override async handleConflict(error: unknown): Promise<boolean> {
    // The endpoint's one 409 is `proposal.pending`: one own proposal waits for the office at a time.
    if (!isConflict(error)) return false;
    this.errors = {};
    this.notice = Notice.pending;
    void this.draft.save();
    void this.flow.goTo(FormStep.edit, 'notice');
    return true;
  }

  // Editing ------------------------------------------------------------------------------------------

  private patchTask(index: number, change: Partial<TaskInput>): void {
    this.patch({ tasks: this.input.tasks.map((task, i) => (i === index ? { ...task, ...change } : task)) });
  }

  /** Adds a row and moves focus to its description: the person goes on typing where it appeared. */
  private async addTask(): Promise<void> {
    const tasks = this.input.tasks;
    if (tasks.length >= PROPOSAL_TASKS_MAX) return;
    this.patch({ tasks: [...tasks, EMPTY_TASK] });
    await this.updateComplete;
    focusField(this.renderRoot, taskDescriptionPath(tasks.length));
  }

  /**
   * Removes row `index` (never the only one). Focus must not fall to the page's start: it goes to
   * the previous row's description, or to the row now first when the first went. A polite
   * announcement says what happened, and the errors of later rows move up with their rows.
   */
  private async removeTask(index: number): Promise<void> {
    const tasks = this.input.tasks;
    if (tasks.length <= 1) return;
    this.patch({ tasks: tasks.filter((_, i) => i !== index) });
    this.errors = errorsAfterRemoval(this.errors, index);
    this.announcer.say(this.t('taskRemoved', { n: index + 1 }), true);
    await this.updateComplete;
    if (!focusField(this.renderRoot, taskDescriptionPath(Math.max(0, index - 1)))) {
      this.renderRoot.querySelector<HTMLElement>('#tasks-add')?.focus();
    }
  }

  /** Away from the returned proposal's contents: an empty form, and the draft saying so. */
  private async startEmpty(): Promise<void> {
    this.errors = {};
    this.patch(EMPTY_INPUT);
    await this.updateComplete;
    focusField(this.renderRoot, 'goal');
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
      case LoadState.failed:
        return html`${this.renderLoadFailed(this.t('loadFailed'))} ${this.backLink()}`;
      case LoadState.loaded:
        break;
      default:
        return html`<p role="status">${this.t('loading')}</p>`;
    }
    if (this.waiting) return this.renderWaiting(this.waiting);
    return step === FormStep.check ? this.renderCheck() : this.renderEdit();
  }

  /** An own proposal waits for the office: no form, and where to see it. */
  private renderWaiting(waiting: Plan): TemplateResult {
    return html`<section class="waiting" aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">${this.t('waitingHeading')}</h2>
        <p>${this.t('waitingText', { date: this.date(waiting.proposedOn) })}</p>
      </section>
      ${this.renderProposalsLink()}`;
  }

  private renderProposalsLink(): TemplateResult {
    return html`<ul class="back-links">
      <li><a href=${this.basePath} @click=${followInternalLink}>${this.t('seeProposals')}</a></li>
    </ul>`;
  }

  /** The 409's notice: plainly why nothing was sent, with the way to the proposal that waits. */
  private renderPending(): TemplateResult {
    return notice('error', html`${this.t('pending')} <a href=${this.basePath} @click=${followInternalLink}>${this.t('seeProposals')}</a>`);
  }

  /** The returned proposal's comments above the form, and that the form starts from it. */
  private renderReturned(): TemplateResult | typeof nothing {
    const returned = this.returned;
    if (!returned) return nothing;
    return html`<section class="returned" aria-labelledby="returned-heading">
      <h2 id="returned-heading">${this.t('returnedHeading')}</h2>
      ${this.prefilled ? html`<p class="prefilled">${this.t('returnedPrefilled', { date: this.date(returned.updatedAt) })}</p>` : nothing}
      ${
        returned.officeComments !== null
          ? html`<h3>${this.t('officeComments')}</h3>
            <p class="pre-line office-comments">${returned.officeComments}</p>`
          : nothing
      }
      ${
        this.prefilled
          ? html`<div class="actions">
            <button class="button secondary start-empty" type="button" @click=${() => void this.startEmpty()}>${this.t('startEmpty')}</button>
          </div>`
          : nothing
      }
    </section>`;
  }

  /** What the task rows are drawn with (sections/task-rows.ts). */
  private rowsUi(): RowsUi {
    return {
      language: this.language,
      t: (key, params) => this.t(key, params),
      error: (path) => this.error(path),
      hasError: (i) => groupError(this.errors, `tasks.${i}`) !== undefined,
      today: helsinkiToday(),
      countedInput: (maxLength, keep) => this.countedInput(maxLength, keep),
      setTask: (i, change) => this.patchTask(i, change),
      add: () => void this.addTask(),
      remove: (i) => void this.removeTask(i),
    };
  }

  private renderEdit(): TemplateResult {
    const input = this.input;
    const language = this.language;
    return html`
      ${this.notice === Notice.pending ? this.renderPending() : this.renderNotice()} ${this.renderErrorSummary(FIELD_ORDER)}
      <p class="intro">${this.t('intro')}</p>
      ${this.renderReturned()}
      ${this.renderEditForm(html`
        ${textArea({
          path: 'goal',
          error: this.error('goal'),
          locale: language,
          label: this.t('goalLabel'),
          hint: this.t('goalHint'),
          value: input.goal,
          maxLength: GOAL_MAX,
          rows: 4,
          spellcheck: true,
          onInput: this.countedInput(GOAL_MAX, (goal) => this.patch({ goal })),
        })}
        ${taskRows(this.rowsUi(), input.tasks)}
        ${textArea({
          path: 'message',
          error: this.error('message'),
          locale: language,
          label: this.t('messageLabel'),
          hint: this.t('messageHint'),
          optional: true,
          value: input.message,
          maxLength: MESSAGE_MAX,
          rows: 4,
          spellcheck: true,
          onInput: this.countedInput(MESSAGE_MAX, (message) => this.patch({ message })),
        })}
      `)}
      ${this.backLink()}
    `;
  }

  /** The input as summary rows: the check step's (with Change) and the receipt's (without). */
  private inputRows(input: ProposalInput, withChange: boolean): SummaryRow[] {
    return [
      { key: this.t('goalLabel'), value: multiline(input.goal), onChange: this.changeTo('goal', withChange) },
      ...input.tasks.map((task, i) => ({
        key: this.t('taskLegend', { n: i + 1 }),
        value: html`<span class="task-summary pre-line">${task.description.trim()}</span>
          <span class="task-summary">${this.t('targetDateShort', { date: task.targetDate === '' ? '–' : this.date(task.targetDate) })}</span>`,
        onChange: this.changeTo(taskDescriptionPath(i), withChange),
      })),
      { key: this.t('messageLabel'), value: multiline(input.message, this.t('noMessage')), onChange: this.changeTo('message', withChange) },
    ];
  }

  private renderCheck(): TemplateResult {
    return html`
      ${this.renderNotice()}
      <p>${this.t('checkIntro')}</p>
      ${summaryList(this.inputRows(this.input, true), this.language)} ${this.renderSendForm()}
    `;
  }

  private renderReceipt(receipt: PlanReceipt): TemplateResult {
    const sent = this.sent;
    return html`
      ${receiptPanel(this.t('receiptHeading', { time: this.i18n.dateTime(receipt.receivedAt) }))}
      ${sent ? summaryList(this.inputRows(sent.values, false), this.language) : nothing}
      <section class="next" aria-labelledby="next-heading">
        <h2 id="next-heading">${this.t('nextHeading')}</h2>
        <p>${this.t('nextText')}</p>
      </section>
      ${this.backLink()}
    `;
  }
}
