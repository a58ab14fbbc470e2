import { html, LitElement, nothing, type TemplateResult } from 'lit';
import {
  DEFAULT_LOCALE,
  DraftController,
  fetchJson,
  formatDate,
  formatMessage,
  LocaleTopic,
  TopicController,
  type Locale,
} from '@portal/shared-contracts';
import {
  AssessmentSchema,
  JOB_SEARCH_ERRORS,
  JOB_SEARCH_PATHS,
  JobSearchReceiptSchema,
  JobSearchSchema,
  type Assessment,
  type AssessmentAnswers,
  type AssessmentQuestion,
  type JobSearch,
  type JobSearchReceipt,
} from '@portal/shared-contracts/job-search';
import { JobSearchChangedEvent } from '../events.js';
import {
  baseStyles,
  characterCountText,
  checkboxGroup,
  errorsFromApiError,
  errorSummary,
  errorText,
  followInternalLink,
  FormFlowController,
  formatDateTime,
  formStyles,
  FormStep,
  helsinkiToday,
  IdempotentPost,
  isConflict,
  isNotFound,
  kitText,
  notice,
  politeRegion,
  PoliteAnnouncer,
  radioGroup,
  receiptPanel,
  summaryList,
  textArea,
  type FieldErrors,
  type SummaryRow,
} from '../form-kit/form-kit.js';
import {
  answerPath,
  answersOf,
  deadlineOf,
  emptyAnswers,
  questionOfPath,
  restoreAnswers,
  validateAnswers,
  type AnswerValues,
  type AssessmentDraft,
} from './assessment-model.js';
import { messages, type MessageKey } from './job-search-assessment-form.messages.js';
import { styles } from './job-search-assessment-form.styles.js';

export const DRAFT_KEY = 'job-search.assessment';

export const LoadState = { idle: 'idle', loading: 'loading', ready: 'ready', notFound: 'not-found', failed: 'failed' } as const;
export type LoadState = (typeof LoadState)[keyof typeof LoadState];

const Notice = { draftRestored: 'draftRestored', conflictCompleted: 'conflictCompleted', gone: 'gone', sendFailed: 'sendFailed' } as const;
type Notice = (typeof Notice)[keyof typeof Notice];

/**
 * The service-need assessment (palvelutarvekysymykset, seed line 4): a task with a deadline. The
 * due date and the days left (or that it is late, and still answerable) come first, then the
 * questions, rendered from the data in the person's language: one answer → radios, several →
 * checkboxes, text → a text area with a character count. A check step, then a receipt. Once answered
 * it shows the answers, read-only, with the time they were sent.
 *
 * Validation is the contract's `checkAssessmentAnswers`, the same check the server makes. What is
 * answered is kept as a draft (`job-search.assessment`) and survives every failure; a retry sends
 * the same idempotency key. Fetches `GET /api/job-search/assessment` itself, so it also works alone.
 *
 * @summary The service-need questions, to answer by a deadline.
 * @fires job-search-changed - The job seeking state after the answers or a 409 (JobSearchChangedEvent).
 */
export class JobSearchAssessmentForm extends LitElement {
  static override styles = [baseStyles, formStyles, styles];
  static override properties = {
    jobSearch: { attribute: false },
    basePath: { attribute: 'base-path' },
    loadState: { state: true },
    assessment: { state: true },
    values: { state: true },
    errors: { state: true },
    notice: { state: true },
    submitting: { state: true },
    receipt: { state: true },
  };

  /** Passed by the area page; the form reads the assessment itself and does not need it. */
  declare jobSearch: JobSearch | undefined;
  declare basePath: string;
  declare loadState: LoadState;
  declare assessment: Assessment | undefined;
  declare values: AnswerValues | undefined;
  declare errors: FieldErrors;
  declare notice: Notice | undefined;
  declare submitting: boolean;
  declare receipt: JobSearchReceipt | undefined;

  private readonly locale = new TopicController(this, LocaleTopic, () => this.flow.announce());
  // The shell's document title without the heading's soft hyphens (see the messages).
  readonly flow = new FormFlowController(this, { title: (step) => this.stepTitle(step).replace(/\u00AD/g, '') });
  private readonly announcer = new PoliteAnnouncer(this);
  private readonly draft = new DraftController<AssessmentDraft>(this, {
    key: DRAFT_KEY,
    // Nothing to keep once the answers are sent, or when they were sent before.
    values: () =>
      this.flow.step === FormStep.receipt || !this.values || this.assessment?.state === 'completed' ? undefined : { answers: this.values },
  });
  /** One key per set of answers: a retry or a double click sends them once. */
  private readonly sender = new IdempotentPost(JOB_SEARCH_PATHS.assessment, JobSearchReceiptSchema);
  /** The answers as sent, for the receipt. */
  private sent: AssessmentAnswers | undefined;
  private started = false;

  constructor() {
    super();
    this.jobSearch = undefined;
    this.basePath = '/job-search';
    this.loadState = LoadState.idle;
    this.assessment = undefined;
    this.values = undefined;
    this.errors = {};
    this.notice = undefined;
    this.submitting = false;
    this.receipt = undefined;
  }

  get step(): FormStep {
    return this.flow.step;
  }

  /** The idempotency key the next send uses (the same on a retry). */
  get idempotencyKey(): string {
    return this.sender.key;
  }

  private get language(): Locale {
    return this.locale.value?.locale ?? DEFAULT_LOCALE;
  }

  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return formatMessage(messages[this.language][key], params);
  }

  private date(value: string): string {
    return formatDate(value, this.language);
  }

  private get completed(): boolean {
    return this.assessment?.state === 'completed';
  }

  private stepTitle(step: FormStep): string {
    if (step === FormStep.receipt && this.receipt) return this.t('titleReceipt');
    if (this.loadState !== LoadState.ready) return this.t('title');
    if (this.completed) return this.t('titleCompleted');
    return this.t(step === FormStep.check ? 'titleCheck' : 'titleEdit');
  }

  protected override willUpdate(): void {
    if (!this.started) {
      this.started = true;
      void this.load();
    }
  }

  // Loading ----------------------------------------------------------------------------------------

  /**
   * The questions and the draft together: the form shows once, with the draft's answers already
   * in it, so nothing answered is overwritten by a late answer. Without the questions there is no
   * form (a retry is offered; a 404 means there is nothing to answer); without the draft there is.
   */
  async load(): Promise<void> {
    this.loadState = LoadState.loading;
    try {
      const [assessment, draft] = await Promise.all([fetchJson(JOB_SEARCH_PATHS.assessment, AssessmentSchema), this.values ? undefined : this.draft.restore()]);
      this.assessment = assessment;
      if (!this.values && assessment.state !== 'completed') {
        const restored = draft ? restoreAnswers(assessment.questions, draft) : { values: emptyAnswers(assessment.questions), restored: false };
        this.values = restored.values;
        if (restored.restored) this.notice = Notice.draftRestored;
      }
      this.loadState = LoadState.ready;
    } catch (error) {
      this.loadState = isNotFound(error) ? LoadState.notFound : LoadState.failed;
    }
    await this.updateComplete;
    // The title follows what was found (the questions, the answers given, or nothing to answer).
    this.flow.announce();
    if (this.loadState === LoadState.failed) this.renderRoot.querySelector<HTMLElement>('.retry')?.focus();
  }

  // Editing ----------------------------------------------------------------------------------------

  private answer(questionId: string, value: string | string[]): void {
    if (!this.values) return;
    this.values = { ...this.values, [questionId]: value };
    this.draft.changed();
  }

  private continueToCheck(event: Event): void {
    event.preventDefault();
    const assessment = this.assessment;
    if (!this.values || !assessment) return;
    const result = validateAnswers(assessment.questions, this.values);
    if (!result.ok) {
      this.errors = result.errors;
      void this.flow.goTo(FormStep.edit, 'summary');
      return;
    }
    this.errors = {};
    if (this.notice !== Notice.sendFailed) this.notice = undefined;
    void this.draft.save();
    void this.flow.goTo(FormStep.check);
  }

  // Sending ----------------------------------------------------------------------------------------

  /** Sends the answers; every failure keeps them. */
  async send(event?: Event): Promise<void> {
    event?.preventDefault();
    const assessment = this.assessment;
    if (!this.values || !assessment || this.submitting) return;
    const result = validateAnswers(assessment.questions, this.values);
    if (!result.ok) {
      this.errors = result.errors;
      void this.flow.goTo(FormStep.edit, 'summary');
      return;
    }
    this.submitting = true;
    this.notice = undefined;
    try {
      const receipt = await this.sender.send(result.request);
      this.receipt = receipt;
      this.sent = result.request.answers;
      await this.draft.discard();
      this.dispatchEvent(new JobSearchChangedEvent(receipt.jobSearch));
      void this.flow.goTo(FormStep.receipt);
    } catch (error) {
      await this.handleSendError(error);
    } finally {
      this.submitting = false;
    }
  }

  private async handleSendError(error: unknown): Promise<void> {
    if (isConflict(error) || isNotFound(error)) {
      // Answered meanwhile (409: in another window), or job seeking ended (404). Show what stands now;
      // the answers typed here stay in the draft, as nothing was sent.
      const gone = isNotFound(error);
      void this.draft.save();
      await this.refresh();
      this.notice = gone ? Notice.gone : Notice.conflictCompleted;
      if (gone) this.loadState = LoadState.notFound;
      void this.flow.goTo(FormStep.edit, 'notice');
      return;
    }
    const errors = errorsFromApiError(error);
    if (errors) {
      this.errors = errors;
      void this.flow.goTo(FormStep.edit, 'summary');
      return;
    }
    this.notice = Notice.sendFailed;
    void this.draft.save();
    await this.updateComplete;
    this.flow.focus('notice');
  }

  /** After a 409 or 404: the assessment and the job seeking as they are now, best effort. */
  private async refresh(): Promise<void> {
    const [assessment, jobSearch] = await Promise.allSettled([
      fetchJson(JOB_SEARCH_PATHS.assessment, AssessmentSchema),
      fetchJson(JOB_SEARCH_PATHS.jobSearch, JobSearchSchema),
    ]);
    if (assessment.status === 'fulfilled') this.assessment = assessment.value;
    if (jobSearch.status === 'fulfilled') {
      this.jobSearch = jobSearch.value;
      this.dispatchEvent(new JobSearchChangedEvent(jobSearch.value));
    }
  }

  // Texts ------------------------------------------------------------------------------------------

  /** An error in words: a text answer's limit is named; the rest are the kit's. */
  private errorFor(path: string, code: string): string {
    const question = this.assessment ? questionOfPath(this.assessment.questions, path) : undefined;
    if (question?.kind === 'text' && code !== JOB_SEARCH_ERRORS.answerRequired) {
      return this.t('error.text.too-long', { max: question.maxLength.toLocaleString(this.language === 'en' ? 'en-GB' : 'fi-FI') });
    }
    return errorText(code, this.language);
  }

  private error(path: string): string | undefined {
    const code = this.errors[path];
    return code === undefined ? undefined : this.errorFor(path, code);
  }

  /** The question in the person's language, and in words whether it must be answered. */
  private questionText(question: AssessmentQuestion): string {
    const text = question.text[this.language];
    return question.required ? `${text} ${this.t('required')}` : text;
  }

  /** An answer in words: the options' labels, or the text; "no answer" for none. */
  private answerText(question: AssessmentQuestion, answer: string | readonly string[] | undefined): TemplateResult | string {
    const language = this.language;
    const none = this.t('noAnswer');
    if (answer === undefined || answer.length === 0) return none;
    if (question.kind === 'text') return typeof answer === 'string' ? html`<span class="pre-line">${answer.trim()}</span>` : none;
    const label = (id: string): string => question.options.find((o) => o.id === id)?.label[language] ?? id;
    if (typeof answer === 'string') return label(answer);
    return answer.length === 1 ? label(answer[0] ?? '') : html`<ul>${answer.map((id) => html`<li>${label(id)}</li>`)}</ul>`;
  }

  // Rendering --------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const step = this.flow.step;
    return html`
      <h1 tabindex="-1">${this.stepTitle(step)}</h1>
      ${this.renderBody(step)} ${politeRegion(this.announcer)}
    `;
  }

  private renderBody(step: FormStep): TemplateResult {
    if (this.receipt && this.sent && step === FormStep.receipt) return this.renderReceipt(this.receipt, this.sent);
    switch (this.loadState) {
      case LoadState.failed:
        return html`${notice(
            'error',
            kitText(this.language, 'loadFailed'),
            html`<button class="button retry" type="button" @click=${() => void this.load()}>${kitText(this.language, 'retry')}</button>`,
          )}
          ${this.backLink()}`;
      case LoadState.notFound:
        return html`${this.notice === Notice.gone ? notice('error', this.t('gone')) : html`<p>${this.t('notFound')}</p>`} ${this.backLink()}`;
      case LoadState.ready:
        break;
      default:
        return html`<p role="status">${kitText(this.language, 'loading')}</p>`;
    }
    const assessment = this.assessment;
    if (!assessment) return html`<p role="status">${kitText(this.language, 'loading')}</p>`;
    if (assessment.state === 'completed') return this.renderCompleted(assessment);
    const values = this.values ?? emptyAnswers(assessment.questions);
    return step === FormStep.check ? this.renderCheck(assessment, values) : this.renderEdit(assessment, values);
  }

  private backLink(): TemplateResult {
    return html`<p><a href=${this.basePath} @click=${followInternalLink}>${kitText(this.language, 'backToJobSearch')}</a></p>`;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    switch (this.notice) {
      case Notice.draftRestored:
        return notice('info', kitText(this.language, 'draftRestored'));
      case Notice.conflictCompleted:
        return notice('error', this.t('conflictCompleted'));
      case Notice.sendFailed:
        return notice(
          'error',
          kitText(this.language, 'sendFailed'),
          html`<button class="button retry" type="button" ?disabled=${this.submitting} @click=${() => void this.send()}>
            ${kitText(this.language, 'retry')}
          </button>`,
        );
      default:
        return nothing;
    }
  }

  /** The due date and how it stands: days left, the last day, or late but still answerable. */
  private renderDeadline(assessment: Assessment): TemplateResult {
    const deadline = deadlineOf(assessment.dueDate, assessment.state === 'overdue', helsinkiToday());
    const late = deadline.kind === 'late';
    const tag = late
      ? this.t('late')
      : deadline.kind === 'today'
        ? this.t('dueToday')
        : deadline.days === 1
          ? this.t('daysLeftOne')
          : this.t('daysLeft', { count: deadline.days });
    return html`<div class="deadline ${late ? 'late' : ''}">
      <p>
        <span class="due-date">${this.t(late ? 'dueWas' : 'due', { date: this.date(assessment.dueDate) })}</span>
        <strong class="tag ${late ? 'late' : ''}">${tag}</strong>
      </p>
      ${late ? html`<p>${this.t('lateHelp')}</p>` : nothing}
    </div>`;
  }

  private renderQuestion(question: AssessmentQuestion, values: AnswerValues): TemplateResult {
    const language = this.language;
    const path = answerPath(question.id);
    const answer = values[question.id];
    const common = {
      path,
      locale: language,
      hint: question.help?.[language],
      error: this.error(path),
      optional: !question.required,
    };
    if (question.kind === 'text') {
      return textArea({
        ...common,
        label: this.questionText(question),
        value: typeof answer === 'string' ? answer : '',
        maxLength: question.maxLength,
        rows: 5,
        onInput: (value) => {
          this.answer(question.id, value);
          this.announcer.say(characterCountText(value.length, question.maxLength, this.language));
        },
      });
    }
    const options = question.options.map((o) => ({ value: o.id, label: o.label[language] }));
    if (question.kind === 'single') {
      return radioGroup({
        ...common,
        legend: this.questionText(question),
        options,
        value: typeof answer === 'string' ? answer : '',
        onChange: (value) => this.answer(question.id, value),
      });
    }
    return checkboxGroup({
      ...common,
      legend: this.questionText(question),
      options,
      values: Array.isArray(answer) ? answer : [],
      onChange: (chosen) => this.answer(question.id, chosen),
    });
  }

  private renderEdit(assessment: Assessment, values: AnswerValues): TemplateResult {
    return html`
      ${this.renderDeadline(assessment)} ${this.renderNotice()}
      ${errorSummary({
        errors: this.errors,
        order: assessment.questions.map((q) => answerPath(q.id)),
        locale: this.language,
        root: this.renderRoot,
        text: (code, path) => this.errorFor(path, code),
      })}
      <p>${this.t('intro')}</p>
      ${assessment.questions.some((q) => q.required) ? html`<p>${this.t('requiredIntro')}</p>` : nothing}
      <form id="form" novalidate @submit=${this.continueToCheck}>
        <div class="questions">${assessment.questions.map((question) => this.renderQuestion(question, values))}</div>
        <div class="actions">
          <button class="button" type="submit">${this.t('continue')}</button>
          <a class="button secondary" href=${this.basePath} @click=${followInternalLink}>${this.t('cancel')}</a>
        </div>
      </form>
    `;
  }

  private rows(questions: readonly AssessmentQuestion[], answers: Readonly<Record<string, string | readonly string[]>>, withChange: boolean): SummaryRow[] {
    return questions.map((question) => ({
      key: question.text[this.language],
      value: this.answerText(question, answers[question.id]),
      onChange: withChange ? () => void this.flow.goTo(FormStep.edit, { path: answerPath(question.id) }) : undefined,
    }));
  }

  private renderCheck(assessment: Assessment, values: AnswerValues): TemplateResult {
    return html`
      ${this.renderDeadline(assessment)} ${this.renderNotice()}
      <p>${this.t('checkIntro')}</p>
      ${summaryList(this.rows(assessment.questions, answersOf(assessment.questions, values), true), this.language)}
      <form @submit=${(event: Event) => void this.send(event)}>
        <div class="actions">
          <button class="button send" type="submit" ?disabled=${this.submitting} aria-disabled=${String(this.submitting)}>
            ${this.submitting ? kitText(this.language, 'sending') : this.t('send')}
          </button>
          <button class="button secondary" type="button" @click=${() => void this.flow.goTo(FormStep.edit)}>${kitText(this.language, 'change')}</button>
        </div>
      </form>
    `;
  }

  private renderCompleted(assessment: Assessment): TemplateResult {
    const language = this.language;
    return html`
      ${this.renderNotice()}
      ${assessment.completedAt ? html`<p class="completed-at">${this.t('completedAt', { time: formatDateTime(assessment.completedAt, language) })}</p>` : nothing}
      <p>${this.t('completedText')}</p>
      ${assessment.answers
        ? html`<h2>${this.t('answersHeading')}</h2>
            ${summaryList(this.rows(assessment.questions, assessment.answers, false), language)}`
        : nothing}
      <p><a href="${this.basePath}/change" @click=${followInternalLink}>${this.t('reportChange')}</a></p>
      ${this.backLink()}
    `;
  }

  private renderReceipt(receipt: JobSearchReceipt, sent: AssessmentAnswers): TemplateResult {
    const language = this.language;
    return html`
      ${receiptPanel(this.t('receiptHeading'), kitText(language, 'receivedAt', { time: formatDateTime(receipt.receivedAt, language) }))}
      <p>${this.t('receiptText')}</p>
      ${this.assessment
        ? html`<h2>${this.t('answersHeading')}</h2>
            ${summaryList(this.rows(this.assessment.questions, sent, false), language)}`
        : nothing}
      ${this.backLink()}
    `;
  }
}
