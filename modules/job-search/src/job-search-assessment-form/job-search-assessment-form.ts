import { html, nothing, type TemplateResult } from 'lit';
import { fetchJson } from '@portal/shared-contracts';
import {
  AssessmentSchema,
  JOB_SEARCH_ERRORS,
  JOB_SEARCH_PATHS,
  JobSearchSchema,
  type Assessment,
  type AssessmentAnswers,
  type AssessmentQuestion,
  type AssessmentRequest,
  type JobSearchReceipt,
} from '@portal/shared-contracts/job-search';
import {
  checkboxGroup,
  FormNotice,
  FormStep,
  isConflict,
  isNotFound,
  multiline,
  radioGroup,
  summaryList,
  textArea,
  type SummaryRow,
  type Validation,
} from '@portal/ui-kit/form';
import { followInternalLink, helsinkiToday, LoadState, notice } from '@portal/ui-kit/page';
import { baseStyles, formStyles } from '@portal/ui-kit/styles';
import { deadlineOf, deadlineText } from '../deadlines.js';
import { JobSearchChangedEvent } from '../events.js';
import { JobSearchFormElement } from '../job-search-form-element.js';
import {
  answerPath,
  answersOf,
  emptyAnswers,
  questionOfPath,
  restoreAnswers,
  validateAnswers,
  type AnswerValues,
} from './assessment-model.js';
import { messages, type MessageKey } from './job-search-assessment-form.messages.js';
import { styles } from './job-search-assessment-form.styles.js';

export const DRAFT_KEY = 'job-search.assessment';

const Notice = { ...FormNotice, conflictCompleted: 'conflictCompleted', gone: 'gone' } as const;
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
export class JobSearchAssessmentForm extends JobSearchFormElement<AnswerValues, AssessmentRequest, MessageKey, Notice> {
  static override styles = [baseStyles, formStyles, styles];
  static override properties = { ...super.properties, assessment: { state: true } };

  /** The questions, and the answers once given. (`jobSearch`, passed by the area page, is not needed.) */
  declare assessment: Assessment | undefined;

  constructor() {
    // The title follows what was found (the questions, the answers given, or nothing to answer).
    super({ draftKey: DRAFT_KEY, url: JOB_SEARCH_PATHS.assessment, messages, titleFromLoad: true });
    this.assessment = undefined;
  }

  private get completed(): boolean {
    return this.assessment?.state === 'completed';
  }

  protected override stepTitle(step: FormStep): string {
    if (step === FormStep.receipt && this.receipt) return this.t('titleReceipt');
    if (this.loadState !== LoadState.loaded) return this.t('title');
    if (this.completed) return this.t('titleCompleted');
    return this.t(step === FormStep.check ? 'titleCheck' : 'titleEdit');
  }

  /** Nothing to keep once the answers are sent, or when they were sent before. */
  protected override draftData(): Record<string, unknown> | undefined {
    return !this.values || this.completed ? undefined : { answers: this.values };
  }

  /** It fetches the assessment itself, so it also works alone. */
  protected override get canStart(): boolean {
    return true;
  }

  // Loading ----------------------------------------------------------------------------------------

  /**
   * The questions and the draft together: the form shows once, with the draft's answers already
   * in it, so nothing answered is overwritten by a late answer. Without the questions there is no
   * form (a retry is offered; a 404 means there is nothing to answer); without the draft there is.
   */
  override async load(signal: AbortSignal): Promise<void> {
    const [assessment, draft] = await Promise.all([
      fetchJson(JOB_SEARCH_PATHS.assessment, AssessmentSchema, { signal }),
      this.values ? undefined : this.draft.restore(),
    ]);
    signal.throwIfAborted();
    this.assessment = assessment;
    if (assessment.state !== 'completed') {
      this.startFrom(draft, emptyAnswers(assessment.questions), (saved) => restoreAnswers(assessment.questions, saved));
    }
  }

  protected override validate(): Validation<AssessmentRequest> | undefined {
    return this.values && this.assessment && validateAnswers(this.assessment.questions, this.values);
  }

  // Sending ----------------------------------------------------------------------------------------

  /**
   * Answered meanwhile (409: in another window), or job seeking ended (404). Shows what stands now;
   * the answers typed here stay in the draft, as nothing was sent.
   */
  protected override async handleConflict(error: unknown): Promise<boolean> {
    if (!isConflict(error) && !isNotFound(error)) return false;
    const gone = isNotFound(error);
    // Saved before the refresh: once the assessment shows as answered the draft keeps nothing.
    void this.draft.save();
    await this.refresh();
    this.notice = gone ? Notice.gone : Notice.conflictCompleted;
    if (gone) this.loading.gone();
    void this.flow.goTo(FormStep.edit, 'notice');
    return true;
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

  /** The gone notice shows in place of the questions (renderBody), not above them. */
  protected override noticeText(shown: Notice): string | undefined {
    return shown === Notice.conflictCompleted ? this.t(shown) : undefined;
  }

  // Texts ------------------------------------------------------------------------------------------

  /** An error in words: an unanswered question by its own words, a text answer's limit; the rest are the kit's. */
  protected override errorFor(path: string, code: string): string {
    const question = this.assessment ? questionOfPath(this.assessment.questions, path) : undefined;
    if (question && code === JOB_SEARCH_ERRORS.answerRequired) {
      return this.t('error.answer.required', { question: question.text[this.language] });
    }
    if (question?.kind === 'text' && code !== JOB_SEARCH_ERRORS.answerRequired) {
      return this.t('error.text.too-long', { max: question.maxLength.toLocaleString(this.language === 'en' ? 'en-GB' : 'fi-FI') });
    }
    return super.errorFor(path, code);
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
    if (question.kind === 'text') return typeof answer === 'string' ? multiline(answer, none) : none;
    const label = (id: string): string => question.options.find((o) => o.id === id)?.label[language] ?? id;
    if (typeof answer === 'string') return label(answer);
    return answer.length === 1 ? label(answer[0] ?? '') : html`<ul>${answer.map((id) => html`<li>${label(id)}</li>`)}</ul>`;
  }

  // Rendering --------------------------------------------------------------------------------------

  protected override renderBody(step: FormStep): TemplateResult {
    const sent = this.sent?.request.answers;
    if (this.receipt && sent && step === FormStep.receipt) return this.renderReceipt(this.receipt, sent);
    switch (this.loadState) {
      case LoadState.failed:
        return html`${this.renderLoadFailed()} ${this.backLink()}`;
      case LoadState.notFound:
        return html`${this.notice === Notice.gone ? notice('error', this.t('gone')) : html`<p>${this.t('notFound')}</p>`} ${this.backLink()}`;
      case LoadState.loaded:
        break;
      default:
        return this.renderLoading();
    }
    const assessment = this.assessment;
    if (!assessment) return this.renderLoading();
    if (assessment.state === 'completed') return this.renderCompleted(assessment);
    const values = this.values ?? emptyAnswers(assessment.questions);
    return step === FormStep.check ? this.renderCheck(assessment, values) : this.renderEdit(assessment, values);
  }

  /** The due date and how it stands: days left, the last day, or late but still answerable. */
  private renderDeadline(assessment: Assessment): TemplateResult {
    const deadline = deadlineOf(assessment.dueDate, assessment.state === 'overdue', helsinkiToday());
    const late = deadline.kind === 'late';
    return html`<div class="deadline ${late ? 'late' : ''}">
      <p>
        <span class="due-date">${this.t(late ? 'dueWas' : 'due', { date: this.date(assessment.dueDate) })}</span>
        <strong class="tag ${late ? 'late' : ''}">${deadlineText(deadline, (key, params) => this.t(key, params))}</strong>
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
        onInput: this.countedInput(question.maxLength, (value) => this.set(question.id, value)),
      });
    }
    const options = question.options.map((o) => ({ value: o.id, label: o.label[language] }));
    if (question.kind === 'single') {
      return radioGroup({
        ...common,
        legend: this.questionText(question),
        options,
        value: typeof answer === 'string' ? answer : '',
        onChange: (value) => this.set(question.id, value),
      });
    }
    return checkboxGroup({
      ...common,
      legend: this.questionText(question),
      options,
      values: Array.isArray(answer) ? answer : [],
      onChange: (chosen) => this.set(question.id, chosen),
    });
  }

  private renderEdit(assessment: Assessment, values: AnswerValues): TemplateResult {
    return html`
      ${this.renderDeadline(assessment)} ${this.renderNotice()} ${this.renderErrorSummary(assessment.questions.map((q) => answerPath(q.id)))}
      <p>${this.t('intro')}</p>
      ${assessment.questions.some((q) => q.required) ? html`<p>${this.t('requiredIntro')}</p>` : nothing}
      ${this.renderEditForm(html`<div class="questions">${assessment.questions.map((question) => this.renderQuestion(question, values))}</div>`)}
    `;
  }

  private rows(
    questions: readonly AssessmentQuestion[],
    answers: Readonly<Record<string, string | readonly string[]>>,
    withChange: boolean,
  ): SummaryRow[] {
    return questions.map((question) => ({
      key: question.text[this.language],
      value: this.answerText(question, answers[question.id]),
      onChange: this.changeTo(answerPath(question.id), withChange),
    }));
  }

  private renderCheck(assessment: Assessment, values: AnswerValues): TemplateResult {
    return html`
      ${this.renderDeadline(assessment)} ${this.renderNotice()}
      <p>${this.t('checkIntro')}</p>
      ${summaryList(this.rows(assessment.questions, answersOf(assessment.questions, values), true), this.language)} ${this.renderSendForm()}
    `;
  }

  private renderCompleted(assessment: Assessment): TemplateResult {
    const language = this.language;
    return html`
      ${this.renderNotice()}
      ${assessment.completedAt ? html`<p class="completed-at">${this.t('completedAt', { time: this.i18n.dateTime(assessment.completedAt) })}</p>` : nothing}
      <p>${this.t('completedText')}</p>
      ${
        assessment.answers
          ? html`<h2>${this.t('answersHeading')}</h2>
            ${summaryList(this.rows(assessment.questions, assessment.answers, false), language)}`
          : nothing
      }
      <p><a href="${this.basePath}/change" @click=${followInternalLink}>${this.t('reportChange')}</a></p>
      ${this.backLink()}
    `;
  }

  private renderReceipt(receipt: JobSearchReceipt, sent: AssessmentAnswers): TemplateResult {
    const language = this.language;
    return html`
      ${this.renderReceiptPanel(receipt)}
      <p>${this.t('receiptText')}</p>
      ${
        this.assessment
          ? html`<h2>${this.t('answersHeading')}</h2>
            ${summaryList(this.rows(this.assessment.questions, sent, false), language)}`
          : nothing
      }
      ${this.backLink()}
    `;
  }
}
