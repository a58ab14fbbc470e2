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
  END_REASONS,
  JOB_SEARCH_ERRORS,
  JOB_SEARCH_PATHS,
  JobSearchReceiptSchema,
  JobSearchSchema,
  type EndReason,
  type JobSearch,
  type JobSearchReceipt,
} from '@portal/shared-contracts/job-search';
import { JobSearchChangedEvent } from '../events.js';
import {
  baseStyles,
  characterCountText,
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
import { dateField, DATE_REQUIRED, reportWindow } from '../job-search-change-form/report-dates.js';
import { DETAILS_MAX_LENGTH, emptyValues, FIELD_ORDER, isEndReason, restoreValues, validateEnd, type EndContext, type EndField, type EndValues } from './end-model.js';
import { messages, type MessageKey } from './job-search-end-form.messages.js';
import { styles } from './job-search-end-form.styles.js';

export const DRAFT_KEY = 'job-search.end';

const LoadState = { idle: 'idle', loading: 'loading', ready: 'ready' } as const;
type LoadState = (typeof LoadState)[keyof typeof LoadState];

const Notice = { draftRestored: 'draftRestored', conflict: 'conflict', conflictEnded: 'conflictEnded', sendFailed: 'sendFailed' } as const;
type Notice = (typeof Notice)[keyof typeof Notice];

/** The reasons that get a hint under their label (the rest say it all in the label). */
const REASON_HINTS: Partial<Record<EndReason, MessageKey>> = {
  employed: 'reasonHint.employed',
  studies: 'reasonHint.studies',
  'no-need': 'reasonHint.no-need',
  other: 'reasonHint.other',
};

/**
 * Ending job seeking (seed line 6): the reason, the last day and optional details; a check step
 * that says plainly what ending means (the office stops handling it, unemployment benefit may stop,
 * the payer is told but that does not replace the person's own duty to tell it); and a receipt with
 * the last day, the notice made for the payer and a way to register again later.
 *
 * Validation is the contract's `EndRequestSchema` plus the server's rules for the day (within a year
 * of today, not before job seeking started). A draft (`job-search.end`) keeps what was typed; every
 * failure keeps it too. Only while job seeking is valid and its end not yet reported.
 *
 * @summary Ending job seeking.
 * @fires job-search-changed - The job seeking state after ending it or a 409 (JobSearchChangedEvent).
 */
export class JobSearchEndForm extends LitElement {
  static override styles = [baseStyles, formStyles, styles];
  static override properties = {
    jobSearch: { attribute: false },
    basePath: { attribute: 'base-path' },
    loadState: { state: true },
    values: { state: true },
    errors: { state: true },
    notice: { state: true },
    submitting: { state: true },
    receipt: { state: true },
  };

  declare jobSearch: JobSearch | undefined;
  declare basePath: string;
  declare loadState: LoadState;
  declare values: EndValues | undefined;
  declare errors: FieldErrors;
  declare notice: Notice | undefined;
  declare submitting: boolean;
  declare receipt: JobSearchReceipt | undefined;

  private readonly locale = new TopicController(this, LocaleTopic, () => this.flow.announce());
  readonly flow = new FormFlowController(this, { title: (step) => this.stepTitle(step) });
  private readonly announcer = new PoliteAnnouncer(this);
  private readonly draft = new DraftController<EndValues>(this, {
    key: DRAFT_KEY,
    values: () => (this.flow.step === FormStep.receipt ? undefined : this.values),
  });
  /** One key per notice: a retry or a double click ends job seeking once. */
  private readonly sender = new IdempotentPost(JOB_SEARCH_PATHS.end, JobSearchReceiptSchema);
  /** What was sent, for the receipt. */
  private sent: EndValues | undefined;
  private started = false;

  constructor() {
    super();
    this.jobSearch = undefined;
    this.basePath = '/job-search';
    this.loadState = LoadState.idle;
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

  private stepTitle(step: FormStep): string {
    return this.t(step === FormStep.edit ? 'titleEdit' : step === FormStep.check ? 'titleCheck' : 'titleReceipt');
  }

  /** Valid, and its end not reported yet: the server takes one report of ending per period. */
  private get endable(): boolean {
    return this.jobSearch?.state === 'active' && this.jobSearch.period?.endDate === null;
  }

  protected override willUpdate(): void {
    if (this.endable && !this.started) {
      this.started = true;
      void this.load();
    }
  }

  /** Restores the draft once, before the form shows. */
  private async load(): Promise<void> {
    this.loadState = LoadState.loading;
    const draft = await this.draft.restore();
    if (!this.values) {
      const restored = draft ? restoreValues(draft) : { values: emptyValues(), restored: false };
      this.values = restored.values;
      if (restored.restored) this.notice = Notice.draftRestored;
    }
    this.loadState = LoadState.ready;
  }

  // Editing and sending ------------------------------------------------------------------------------

  private set(field: EndField, value: string): void {
    if (!this.values) return;
    this.values = { ...this.values, [field]: value };
    this.draft.changed();
  }

  private context(): EndContext {
    return { basedOn: this.jobSearch?.updatedAt ?? null, periodStart: this.jobSearch?.period?.startDate, today: helsinkiToday() };
  }

  private continueToCheck(event: Event): void {
    event.preventDefault();
    if (!this.values) return;
    const result = validateEnd(this.values, this.context());
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

  /** Sends the notice of ending; every failure keeps what was typed. */
  async send(event?: Event): Promise<void> {
    event?.preventDefault();
    if (!this.values || this.submitting) return;
    const result = validateEnd(this.values, this.context());
    if (!result.ok) {
      this.errors = result.errors;
      void this.flow.goTo(FormStep.edit, 'summary');
      return;
    }
    this.submitting = true;
    this.notice = undefined;
    const values = this.values;
    try {
      const receipt = await this.sender.send(result.request);
      this.receipt = receipt;
      this.sent = values;
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
    if (isConflict(error)) {
      // Changed meanwhile (another report, or ended elsewhere): the newest state, the input kept.
      let ended = false;
      try {
        const latest = await fetchJson(JOB_SEARCH_PATHS.jobSearch, JobSearchSchema);
        this.jobSearch = latest;
        ended = latest.state !== 'active' || latest.period?.endDate !== null;
        this.dispatchEvent(new JobSearchChangedEvent(latest));
      } catch {
        // The notice still says what happened; the next attempt meets the 409 again and refetches.
      }
      this.notice = ended ? Notice.conflictEnded : Notice.conflict;
      void this.draft.save();
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

  // Texts --------------------------------------------------------------------------------------------

  private errorFor(code: string): string {
    switch (code) {
      case DATE_REQUIRED:
        return this.t('error.date.required');
      case JOB_SEARCH_ERRORS.endBeforeStart:
        return this.t('error.end-date.before-start', { date: this.date(this.jobSearch?.period?.startDate ?? '') });
      case JOB_SEARCH_ERRORS.dateRange:
        return this.t('error.date.range');
      default:
        return errorText(code, this.language);
    }
  }

  private error(path: EndField): string | undefined {
    const code = this.errors[path];
    return code === undefined ? undefined : this.errorFor(code);
  }

  private reasonLabel(reason: string): string {
    return isEndReason(reason) ? kitText(this.language, `endReason.${reason}`) : reason;
  }

  // Rendering ----------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const step = this.flow.step;
    return html`
      <h1 tabindex="-1">${this.stepTitle(step)}</h1>
      ${this.renderBody(step)} ${politeRegion(this.announcer)}
    `;
  }

  private renderBody(step: FormStep): TemplateResult {
    if (this.receipt && this.sent && step === FormStep.receipt) return this.renderReceipt(this.receipt, this.sent);
    const jobSearch = this.jobSearch;
    if (!jobSearch) return html`<p role="status">${kitText(this.language, 'loading')}</p>`;
    if (jobSearch.state !== 'active') return this.renderNotActive();
    if (jobSearch.period?.endDate) return this.renderAlreadyEnding(jobSearch.period.endDate);
    const values = this.values;
    if (this.loadState !== LoadState.ready || !values) return html`<p role="status">${kitText(this.language, 'loading')}</p>`;
    return step === FormStep.check ? this.renderCheck(values) : this.renderEdit(values);
  }

  private renderNotice(): TemplateResult | typeof nothing {
    switch (this.notice) {
      case Notice.draftRestored:
        return notice('info', kitText(this.language, 'draftRestored'));
      case Notice.conflict:
        return notice('error', this.t('conflict'));
      case Notice.conflictEnded:
        return notice('error', this.t('conflictEnded'));
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

  private backLink(): TemplateResult {
    return html`<p><a href=${this.basePath} @click=${followInternalLink}>${kitText(this.language, 'backToJobSearch')}</a></p>`;
  }

  private renderNotActive(): TemplateResult {
    return html`${this.notice === Notice.conflictEnded ? this.renderNotice() : nothing}
      <p>${this.t('notActive')}</p>
      <p><a class="button" href="${this.basePath}/register" @click=${followInternalLink}>${this.t('register')}</a></p>
      ${this.backLink()}`;
  }

  private renderAlreadyEnding(endDate: string): TemplateResult {
    return html`${this.notice === Notice.conflictEnded ? this.renderNotice() : nothing}
      <p>${this.t('alreadyEnding', { date: this.date(endDate) })}</p>
      ${this.backLink()}`;
  }

  private renderEdit(values: EndValues): TemplateResult {
    const language = this.language;
    const range = reportWindow(helsinkiToday(), this.jobSearch?.period?.startDate);
    return html`
      ${this.renderNotice()}
      ${errorSummary({ errors: this.errors, order: FIELD_ORDER, locale: language, root: this.renderRoot, text: (code) => this.errorFor(code) })}
      <p>${this.t('intro')}</p>
      <form id="form" novalidate @submit=${this.continueToCheck}>
        ${radioGroup({
          path: 'reason',
          legend: this.t('reasonLegend'),
          error: this.error('reason'),
          locale: language,
          value: values.reason,
          options: END_REASONS.map((reason) => {
            const hint = REASON_HINTS[reason];
            return { value: reason, label: this.reasonLabel(reason), hint: hint ? this.t(hint) : undefined };
          }),
          onChange: (value) => this.set('reason', value),
        })}
        ${dateField({
          path: 'date',
          label: this.t('date'),
          hint: this.t('dateHint', { min: this.date(range.min), max: this.date(range.max) }),
          error: this.error('date'),
          locale: language,
          value: values.date,
          min: range.min,
          max: range.max,
          onInput: (value) => this.set('date', value),
        })}
        ${textArea({
          path: 'details',
          label: this.t('details'),
          hint: this.t('detailsHint'),
          error: this.error('details'),
          locale: language,
          value: values.details,
          maxLength: DETAILS_MAX_LENGTH,
          rows: 4,
          optional: true,
          onInput: (value) => {
            this.set('details', value);
            this.announcer.say(characterCountText(value.length, DETAILS_MAX_LENGTH, this.language));
          },
        })}
        <div class="actions">
          <button class="button" type="submit">${this.t('continue')}</button>
          <a class="button secondary" href=${this.basePath} @click=${followInternalLink}>${this.t('cancel')}</a>
        </div>
      </form>
    `;
  }

  private rows(values: EndValues, withChange: boolean): SummaryRow[] {
    const change = (path: EndField) => (withChange ? () => void this.flow.goTo(FormStep.edit, { path }) : undefined);
    return [
      { key: this.t('rowReason'), value: this.reasonLabel(values.reason), onChange: change('reason') },
      { key: this.t('rowDate'), value: this.date(values.date), onChange: change('date') },
      {
        key: this.t('rowDetails'),
        value: values.details.trim() ? html`<span class="pre-line">${values.details.trim()}</span>` : kitText(this.language, 'notGiven'),
        onChange: change('details'),
      },
    ];
  }

  /** What ending means, in plain words, before the button that does it. */
  private renderWarning(values: EndValues): TemplateResult {
    const payer = this.jobSearch?.payer;
    const payerName = payer?.name[this.language];
    return html`<section class="inset warning" aria-labelledby="warning-heading">
      <h2 id="warning-heading">${this.t('warningHeading')}</h2>
      <ul>
        <li>${this.t('warningOffice', { date: this.date(values.date) })}</li>
        <li>${this.t('warningBenefit')}</li>
        ${payerName
          ? html`<li class="payer">
              ${this.t('warningPayer', { payer: payerName })} <strong>${this.t('warningPayerDuty', { payer: payerName })}</strong>
            </li>`
          : nothing}
        <li>${this.t('warningAgain')}</li>
      </ul>
    </section>`;
  }

  private renderCheck(values: EndValues): TemplateResult {
    return html`
      ${this.renderNotice()}
      <p>${this.t('checkIntro')}</p>
      ${summaryList(this.rows(values, true), this.language)} ${this.renderWarning(values)}
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

  private renderReceipt(receipt: JobSearchReceipt, sent: EndValues): TemplateResult {
    const language = this.language;
    const payerNotice = receipt.payerNotice;
    // The day as the server recorded it; what was sent if the answer has no period (it always should).
    const lastDay = receipt.jobSearch.period?.endDate ?? sent.date;
    return html`
      ${receiptPanel(this.t('receiptHeading'), kitText(language, 'receivedAt', { time: formatDateTime(receipt.receivedAt, language) }))}
      <p class="last-day">${this.t('receiptLastDay', { date: this.date(lastDay) })}</p>
      ${payerNotice
        ? html`<div class="inset payer">
            <p>${this.t('receiptPayer', { payer: payerNotice.payer.name[language], time: formatDateTime(payerNotice.createdAt, language) })}</p>
            <p><strong>${this.t('receiptPayerDuty')}</strong></p>
          </div>`
        : nothing}
      ${summaryList(this.rows(sent, false), language)}
      <p>${this.t('registerAgainText')}</p>
      <p><a href="${this.basePath}/register" @click=${followInternalLink}>${this.t('registerAgain')}</a></p>
      ${this.backLink()}
    `;
  }
}
