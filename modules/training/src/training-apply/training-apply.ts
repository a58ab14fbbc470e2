import { html, nothing, type TemplateResult } from 'lit';
import { CurrentItemsChangedTopic, fetchJson, INTL_LOCALE, portalBus } from '@portal/shared-contracts';
import {
  AVAILABILITY_MAX,
  EDUCATION_MAX,
  MOTIVATION_MAX,
  TRAINING_ERRORS as E,
  TRAINING_PATHS,
  TrainingDetailSchema,
  TrainingReceiptSchema,
  WORK_HISTORY_MAX,
  type TrainingApplicationRequest,
  type TrainingDetail,
  type TrainingReceipt,
} from '@portal/shared-contracts/training';
import {
  AreaFormElement,
  checkboxGroup,
  errorText,
  FormNotice,
  FormStep,
  isConflict,
  isNotFound,
  issuesOf,
  multiline,
  receiptPanel,
  summaryList,
  textArea,
  type SummaryRow,
  type Validation,
} from '@portal/ui-kit/form';
import { followInternalLink, LoadState, notice } from '@portal/ui-kit/page';
import { baseStyles, formStyles } from '@portal/ui-kit/styles';
import { applicationPath, AREA, areaText, DEFAULT_BASE_PATH, trainingPath } from '../area.js';
import { areaStyles } from '../area.styles.js';
import { ApplicationChangedEvent } from '../events.js';
import { commitmentText, trainingFacts } from '../training-text.js';
import {
  checkApplication,
  draftKeyOf,
  EMPTY_INPUT,
  FIELD_ORDER,
  inputFromPrefill,
  restoreInput,
  type ApplicationInput,
} from './application-model.js';
import { errorMessages, messages, type MessageKey } from './training-apply.messages.js';
import { styles } from './training-apply.styles.js';

export { LoadState };

/** The page's own notices beside the kit's: what a 409 turned out to mean. */
const Notice = { ...FormNotice, alreadyApplied: 'alreadyApplied', closed: 'closed' } as const;
type Notice = (typeof Notice)[keyof typeof Notice];

const MAX_OF: Readonly<Record<string, number>> = {
  'motivation.too-long': MOTIVATION_MAX,
  'education.too-long': EDUCATION_MAX,
  'work-history.too-long': WORK_HISTORY_MAX,
  'availability.too-long': AVAILABILITY_MAX,
};

/**
 * Applying for a training (`/training/:id/apply`; a training offer of the offers area links here):
 * why this training, earlier education and work (from the person's job-seeking registration, for
 * them to check; typed when there is none), when they can start, and the commitment of applying in
 * full with its explicit acknowledgement. The kit's form (edit → check → receipt): errors beside the
 * fields and in a summary, what was typed kept on every error, the draft `training.apply.<id>` saved
 * while typing, the send with an `Idempotency-Key`, a receipt with the application's reference.
 *
 * Already applied, or the period over: the page says so with the way on (the application, the
 * trainings open now) instead of a form; a 409 from the server (another tab) says the same, keeping
 * what was typed.
 *
 * @summary The application form of one training.
 * @fires training-application-changed - The application was received (ApplicationChangedEvent).
 */
export class TrainingApply extends AreaFormElement<
  ApplicationInput,
  TrainingApplicationRequest,
  MessageKey,
  typeof TrainingReceiptSchema,
  Notice
> {
  static override styles = [baseStyles, areaStyles, formStyles, styles];
  static override properties = { ...AreaFormElement.properties, trainingId: { attribute: 'training-id' }, detail: { state: true } };

  declare trainingId: string;
  /** The training, the live application to it if any, and the person's data to start from. */
  declare detail: TrainingDetail | undefined;
  /** The application a 409 named (sent meanwhile in another tab). */
  private existingId: string | undefined;

  constructor() {
    super({
      area: AREA,
      draftKey: () => draftKeyOf(this.trainingId),
      pageId: () => this.trainingId,
      url: TRAINING_PATHS.applications,
      receipt: TrainingReceiptSchema,
      messages,
    });
    this.trainingId = '';
    this.detail = undefined;
    this.basePath = DEFAULT_BASE_PATH;
  }

  private get input(): ApplicationInput {
    return this.values ?? EMPTY_INPUT;
  }

  /** No form: an application is live, or the period is not open. */
  private get blocked(): boolean {
    const detail = this.detail;
    return detail !== undefined && (detail.application !== null || !detail.training.open);
  }

  // The kit's form -----------------------------------------------------------------------------------

  protected override async load(signal: AbortSignal): Promise<void> {
    const [detail, draft] = await Promise.all([
      fetchJson(TRAINING_PATHS.training(this.trainingId), TrainingDetailSchema, { signal }),
      this.draft.restore(),
    ]);
    signal.throwIfAborted();
    this.detail = detail;
    if (this.blocked) return;
    const base = inputFromPrefill(detail.prefill);
    this.startFrom(draft, base, (saved) => restoreInput(saved, base));
  }

  protected override startOver(): void {
    super.startOver();
    this.detail = undefined;
    this.values = undefined;
    this.existingId = undefined;
  }

  protected override draftData(): Record<string, unknown> | undefined {
    return this.blocked || !this.values ? undefined : { ...this.values };
  }

  protected override validate(): Validation<TrainingApplicationRequest> | undefined {
    return this.blocked ? undefined : checkApplication(this.trainingId, this.input);
  }

  protected override stepTitle(step: FormStep): string {
    if (this.loadState === LoadState.notFound) return areaText(this.language, 'notFoundTitle');
    const detail = this.detail;
    if (step === FormStep.edit && detail && detail.application !== null) return this.t('appliedHeading');
    if (step === FormStep.edit && detail && !detail.training.open) return this.t('closedHeading');
    return super.stepTitle(step);
  }

  protected override noticeText(_shown: Notice): string | undefined {
    // The page's own notices carry links: drawn by renderConflictNotice.
    return undefined;
  }

  protected override errorFor(_path: string, code: string): string {
    return errorText(errorMessages, code, this.language, {
      params: { max: (MAX_OF[code] ?? 0).toLocaleString(INTL_LOCALE[this.language]) },
    });
  }

  protected override afterSend(receipt: TrainingReceipt): void {
    this.errors = {};
    // The front page's item of an offered training is gone, and the area's list has a new application.
    portalBus.publish(CurrentItemsChangedTopic, { area: AREA });
    this.dispatchEvent(new ApplicationChangedEvent(receipt));
  }

  /**
   * A 409: applied meanwhile (another tab), or the period closed while the person typed. Said
   * plainly with the way on; what was typed stays in the form and the draft. A 404: the training is gone.
   */
  protected override async handleConflict(error: unknown): Promise<boolean> {
    if (isNotFound(error)) {
      this.loading.gone();
      void this.flow.goTo(FormStep.edit);
      return true;
    }
    if (!isConflict(error)) return false;
    const issues = issuesOf(error);
    const code = issues[0]?.message;
    this.errors = {};
    this.existingId = issues.find((issue) => issue.path === 'application')?.message;
    this.notice = code === E.closed ? Notice.closed : Notice.alreadyApplied;
    void this.draft.save();
    void this.flow.goTo(FormStep.edit, 'notice');
    return true;
  }

  // Rendering ----------------------------------------------------------------------------------------

  protected override backLink(): TemplateResult {
    return html`<ul class="back-links">
      <li><a href=${this.basePath} @click=${followInternalLink}>${areaText(this.language, 'backToArea')}</a></li>
    </ul>`;
  }

  protected override renderBody(step: FormStep): TemplateResult {
    if (step === FormStep.receipt && this.receipt) return this.renderReceipt(this.receipt);
    switch (this.loadState) {
      case LoadState.failed:
        return html`${this.renderLoadFailed(areaText(this.language, 'loadFailed'))} ${this.backLink()}`;
      case LoadState.notFound:
        return html`<p>${this.t('notFound')}</p>
          ${this.backLink()}`;
      case LoadState.loaded:
        break;
      default:
        return html`<p role="status">${this.t('loading')}</p>`;
    }
    const detail = this.detail;
    if (!detail) return html``;
    if (detail.application !== null) return this.renderApplied(detail);
    if (!detail.training.open) return this.renderClosed(detail);
    return step === FormStep.check ? this.renderCheck(detail) : this.renderEdit(detail);
  }

  private trainingName(detail: TrainingDetail): string {
    return detail.training.name[this.language];
  }

  /** A live application to this training: no second one, and the way to the first. */
  private renderApplied(detail: TrainingDetail): TemplateResult {
    const application = detail.application;
    return html`<p class="applied">
        ${this.t('appliedText', { training: this.trainingName(detail), date: application ? this.i18n.date(new Date(application.submittedAt)) : '' })}
      </p>
      <ul class="back-links">
        ${application ? html`<li><a href=${applicationPath(this.basePath, application.id)} @click=${followInternalLink}>${this.t('seeApplication')}</a></li>` : nothing}
        <li><a href=${this.basePath} @click=${followInternalLink}>${areaText(this.language, 'backToArea')}</a></li>
      </ul>`;
  }

  /** The period is over: said, with the trainings open now a link away (no dead end). */
  private renderClosed(detail: TrainingDetail): TemplateResult {
    return html`<p class="closed">${this.t('closedText', { training: this.trainingName(detail), date: this.date(detail.training.applyBy) })}</p>
      <ul class="back-links">
        <li><a href=${this.basePath} @click=${followInternalLink}>${this.t('seeOthers')}</a></li>
        <li><a href=${trainingPath(this.basePath, detail.training.id)} @click=${followInternalLink}>${this.trainingName(detail)}</a></li>
      </ul>`;
  }

  /** A 409's notice: why nothing was sent, with the way on. */
  private renderConflictNotice(): TemplateResult | typeof nothing {
    if (this.notice === Notice.alreadyApplied) {
      const link = this.existingId
        ? html` <a href=${applicationPath(this.basePath, this.existingId)} @click=${followInternalLink}>${this.t('seeApplication')}</a>`
        : nothing;
      return notice('error', html`${errorText(errorMessages, E.alreadyApplied, this.language)}${link}`);
    }
    if (this.notice === Notice.closed) {
      return notice(
        'error',
        html`${errorText(errorMessages, E.closed, this.language)} <a href=${this.basePath} @click=${followInternalLink}>${this.t('seeOthers')}</a>`,
      );
    }
    return this.renderNotice();
  }

  private renderCommitment(): TemplateResult {
    return html`<section class="commitment" aria-labelledby="commitment-heading">
      <h2 id="commitment-heading">${this.t('commitmentHeading')}</h2>
      ${commitmentText(this.language)}
    </section>`;
  }

  private renderEdit(detail: TrainingDetail): TemplateResult {
    const input = this.input;
    const language = this.language;
    const prefilled = detail.prefill.education !== '' || detail.prefill.workHistory !== '';
    return html`
      ${this.renderConflictNotice()} ${this.renderErrorSummary(FIELD_ORDER)}
      <p class="intro">${this.t('intro', { training: this.trainingName(detail) })}</p>
      ${trainingFacts(detail.training, language)}
      ${this.renderEditForm(html`
        ${textArea({
          path: 'motivation',
          error: this.error('motivation'),
          locale: language,
          label: this.t('motivationLabel'),
          hint: this.t('motivationHint'),
          value: input.motivation,
          maxLength: MOTIVATION_MAX,
          rows: 5,
          spellcheck: true,
          onInput: this.countedInput(MOTIVATION_MAX, (motivation) => this.patch({ motivation })),
        })}
        ${prefilled ? html`<p class="prefilled">${this.t('prefilled')}</p>` : nothing}
        ${textArea({
          path: 'education',
          error: this.error('education'),
          locale: language,
          label: this.t('educationLabel'),
          hint: this.t('educationHint'),
          value: input.education,
          maxLength: EDUCATION_MAX,
          rows: 4,
          onInput: this.countedInput(EDUCATION_MAX, (education) => this.patch({ education })),
        })}
        ${textArea({
          path: 'workHistory',
          error: this.error('workHistory'),
          locale: language,
          label: this.t('workHistoryLabel'),
          hint: this.t('workHistoryHint'),
          optional: true,
          value: input.workHistory,
          maxLength: WORK_HISTORY_MAX,
          rows: 4,
          onInput: this.countedInput(WORK_HISTORY_MAX, (workHistory) => this.patch({ workHistory })),
        })}
        ${textArea({
          path: 'availability',
          error: this.error('availability'),
          locale: language,
          label: this.t('availabilityLabel'),
          hint: this.t('availabilityHint'),
          value: input.availability,
          maxLength: AVAILABILITY_MAX,
          rows: 2,
          onInput: this.countedInput(AVAILABILITY_MAX, (availability) => this.patch({ availability })),
        })}
        ${this.renderCommitment()}
        ${checkboxGroup({
          path: 'commitment',
          error: this.error('commitment'),
          locale: language,
          legend: this.t('commitmentLegend'),
          options: [{ value: 'yes', label: this.t('commitmentCheck') }],
          values: input.commitment ? ['yes'] : [],
          onChange: (values) => this.patch({ commitment: values.includes('yes') }),
        })}
      `)}
      ${this.backLink()}
    `;
  }

  /** The input as summary rows: the check step's (with Change) and the receipt's (without). */
  private inputRows(input: ApplicationInput, withChange: boolean): SummaryRow[] {
    return [
      { key: this.t('motivationLabel'), value: multiline(input.motivation), onChange: this.changeTo('motivation', withChange) },
      { key: this.t('educationLabel'), value: multiline(input.education), onChange: this.changeTo('education', withChange) },
      {
        key: this.t('workHistoryLabel'),
        value: multiline(input.workHistory, this.t('noWorkHistory')),
        onChange: this.changeTo('workHistory', withChange),
      },
      { key: this.t('availabilityLabel'), value: multiline(input.availability), onChange: this.changeTo('availability', withChange) },
      { key: this.t('commitmentLegend'), value: this.t('commitmentAcknowledged'), onChange: this.changeTo('commitment', withChange) },
    ];
  }

  private renderCheck(detail: TrainingDetail): TemplateResult {
    return html`
      ${this.renderConflictNotice()}
      <p>${this.t('checkIntro')}</p>
      <p class="intro">${this.t('intro', { training: this.trainingName(detail) })}</p>
      ${summaryList(this.inputRows(this.input, true), this.language)} ${this.renderCommitment()} ${this.renderSendForm()}
    `;
  }

  private renderReceipt(receipt: TrainingReceipt): TemplateResult {
    const sent = this.sent;
    const application = receipt.application;
    return html`
      ${receiptPanel(this.t('receiptHeading'), html`${this.kitText('receivedAt', { time: this.i18n.dateTime(receipt.receivedAt) })}<br />${this.t('receiptReference', { reference: application.reference })}`)}
      ${sent ? summaryList(this.inputRows(sent.values, false), this.language) : nothing}
      <section class="next" aria-labelledby="next-heading">
        <h2 id="next-heading">${this.t('nextHeading')}</h2>
        <p>${this.t('nextText')}</p>
      </section>
      <ul class="back-links">
        <li><a href=${applicationPath(this.basePath, application.id)} @click=${followInternalLink}>${this.t('seeApplication')}</a></li>
        <li><a href=${this.basePath} @click=${followInternalLink}>${areaText(this.language, 'backToArea')}</a></li>
      </ul>
    `;
  }
}
