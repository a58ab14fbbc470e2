import { html, LitElement, nothing, type TemplateResult } from 'lit';
import {
  ApiRequestError,
  CurrentItemsChangedTopic,
  DEFAULT_LOCALE,
  fetchJson,
  formatMessage,
  INTL_LOCALE,
  LocaleTopic,
  portalBus,
  TopicController,
  type Locale,
} from '@portal/shared-contracts';
import {
  JOB_OFFER_OUTCOMES,
  OFFERS_ERRORS as E,
  OfferReceiptSchema,
  OfferSchema,
  OFFERS_PATHS,
  REASON_MAX,
  type JobOffer,
  type Offer,
  type OfferReceipt,
  type OfferReport,
  type TrainingOffer,
} from '@portal/shared-contracts/offers';
import { baseStyles, formStyles } from '@portal/ui-kit/styles';
import { characterCountText, errorsFromApiError, errorSummary, errorText, type FieldErrors, FormFlowController, FormStep, groupError, IdempotentPost, isConflict, issuesOf, multiline, PoliteAnnouncer, politeRegion, radioGroup, receiptPanel, summaryList, type SummaryRow, textArea } from '@portal/ui-kit/form';
import { followInternalLink, formatDate, formatDateTime, notice, readCurrent } from '@portal/ui-kit/page';
import { OfferReportedEvent } from '../events.js';
import { AREA, DEFAULT_BASE_PATH } from '../kit/area.js';
import { applyLink, dateRange, daysLeftUntil, deadlineTag, kitText, outcomeLabel, ReportMode, reportModeOf, stateLabel } from '../kit/kit.js';
import { areaStyles } from '../kit/styles.js';
import { errorMessages, messages, type MessageKey } from './offers-offer.messages.js';
import { styles } from './offers-offer.styles.js';
import { checkReport, EMPTY_INPUT, FIELD_ORDER, KIND_PATH, OUTCOME_PATH, REASON_PATH, type ApplyChoice, type ReportInput } from './report-model.js';

export const LoadState = { idle: 'idle', loading: 'loading', ready: 'ready', notFound: 'not-found', failed: 'failed' } as const;
export type LoadState = (typeof LoadState)[keyof typeof LoadState];

export const FormNotice = { sendFailed: 'sendFailed', changedMeanwhile: 'changedMeanwhile' } as const;
export type FormNotice = (typeof FormNotice)[keyof typeof FormNotice];

/**
 * One offer (`/offers/:id`). A job offer in full (employer, location, how to apply, apply-by date,
 * its state) with what the person can do now, as one small form with the kit's steps (edit → check
 * → receipt): whether they applied (a reason required when not) while it is `assigned`, the outcome
 * once `applied`, nothing when done. A training offer with its dates and the link to apply.
 *
 * - Each report carries `basedOn`, the offer's `updatedAt`; a 409 (a report made meanwhile in the
 *   legacy page or another tab) reads the offer again, says so, and keeps what was typed.
 * - The send has an `Idempotency-Key`, the same on every retry, so a double click or a retry after a
 *   lost answer is one report.
 * - After a report it publishes `current-items.changed@1` (the navigation's mark and the front page).
 *
 * @summary One job or training offer, and the reports on a job offer.
 * @fires offers-reported - A report was received (OfferReportedEvent).
 */
export class OffersOffer extends LitElement {
  static override styles = [baseStyles, areaStyles, formStyles, styles];
  static override properties = {
    offerId: { attribute: 'offer-id' },
    basePath: { attribute: 'base-path' },
    loadState: { state: true },
    offer: { state: true },
    input: { state: true },
    errors: { state: true },
    notice: { state: true },
    submitting: { state: true },
    receipt: { state: true },
  };

  declare offerId: string;
  declare basePath: string;
  declare loadState: LoadState;
  declare offer: Offer | undefined;
  /** What the person chose and typed; never cleared by an error or a 409. */
  declare input: ReportInput;
  /** Error codes by issue path, worded at render time. */
  declare errors: FieldErrors;
  declare notice: FormNotice | undefined;
  declare submitting: boolean;
  declare receipt: OfferReceipt | undefined;

  private readonly locale = new TopicController(this, LocaleTopic, () => this.flow.announce());
  readonly flow = new FormFlowController(this, { area: AREA, title: (step) => this.stepTitle(step) });
  private readonly announcer = new PoliteAnnouncer(this);
  /** One key per report: a retry or a double click is the same report to the server. */
  private readonly sender = new IdempotentPost(() => OFFERS_PATHS.reports(this.offerId), OfferReceiptSchema);
  private loadedFor: string | undefined;
  /** The report as sent, for the receipt; and the mode the input was written for (to show it if a 409 made it moot). */
  private sent: OfferReport | undefined;
  private modeWhenSent: ReportMode | undefined;

  constructor() {
    super();
    this.offerId = '';
    this.basePath = DEFAULT_BASE_PATH;
    this.loadState = LoadState.idle;
    this.offer = undefined;
    this.input = EMPTY_INPUT;
    this.errors = {};
    this.notice = undefined;
    this.submitting = false;
    this.receipt = undefined;
  }

  /** The step shown: edit, check or receipt. */
  get step(): FormStep {
    return this.flow.step;
  }

  /** The Idempotency-Key the next send uses (the same on a retry). */
  get idempotencyKey(): string {
    return this.sender.key;
  }

  /** What the person can report now; none for a training offer. */
  get mode(): ReportMode | undefined {
    return this.offer?.kind === 'job' ? reportModeOf(this.offer) : undefined;
  }

  // Texts --------------------------------------------------------------------------------------------

  private get language(): Locale {
    return this.locale.value?.locale ?? DEFAULT_LOCALE;
  }

  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return formatMessage(messages[this.language][key], params);
  }

  private date(value: string): string {
    return formatDate(value, this.language);
  }

  private offerName(offer: Offer): string {
    return offer.kind === 'job' ? offer.jobTitle[this.language] : offer.training[this.language];
  }

  private stepTitle(step: FormStep): string {
    if (this.loadState === LoadState.notFound) return kitText(this.language, 'notFoundTitle');
    if (step === FormStep.check) return this.t('titleCheck');
    if (step === FormStep.receipt) return this.t('titleReceipt');
    return this.offer ? this.offerName(this.offer) : kitText(this.language, 'areaTitle');
  }

  private error(path: string): string | undefined {
    const code = groupError(this.errors, path);
    if (code === undefined) return undefined;
    return errorText(errorMessages, code, this.language, { params: { max: REASON_MAX.toLocaleString(INTL_LOCALE[this.language]) } });
  }

  // Loading ------------------------------------------------------------------------------------------

  protected override willUpdate(): void {
    if (!this.offerId || this.loadedFor === this.offerId) return;
    if (this.loadedFor !== undefined) this.startOver();
    void this.load();
  }

  /** Another offer in the same element (the route changed from one offer to another): start empty. */
  private startOver(): void {
    this.offer = undefined;
    this.input = EMPTY_INPUT;
    this.errors = {};
    this.notice = undefined;
    this.receipt = undefined;
    this.flow.step = FormStep.edit;
  }

  async load(): Promise<void> {
    this.loadedFor = this.offerId;
    this.loadState = LoadState.loading;
    const read = await readCurrent(() => this.offerId, (id) => fetchJson(OFFERS_PATHS.offer(id), OfferSchema));
    if (!read) return;
    if (read.state === 'loaded') this.offer = read.item;
    this.loadState = read.state === 'loaded' ? LoadState.ready : read.state;
    // The title is the offer's own name (or "not found"), known only now.
    await this.updateComplete;
    this.flow.announce();
    if (read.state !== 'loaded') this.renderRoot.querySelector<HTMLElement>('.retry')?.focus();
  }

  /** Reads the offer again after a 409; a failure leaves the one shown (the notice still says why). */
  private async refresh(): Promise<void> {
    try {
      this.offer = await fetchJson(OFFERS_PATHS.offer(this.offerId), OfferSchema);
    } catch {
      // The next attempt meets the same 409 and reads again.
    }
  }

  // Editing ------------------------------------------------------------------------------------------

  private patchInput(change: Partial<ReportInput>): void {
    this.input = { ...this.input, ...change };
  }

  private onReason(value: string): void {
    this.patchInput({ reason: value });
    this.announcer.say(characterCountText(value.length, REASON_MAX, this.language));
  }

  private check(): ReturnType<typeof checkReport> {
    const offer = this.offer;
    const mode = this.mode;
    if (offer?.kind !== 'job' || mode === undefined) return undefined;
    return checkReport(mode, this.input, offer.updatedAt);
  }

  private showErrors(errors: FieldErrors): void {
    this.errors = errors;
    void this.flow.goTo(FormStep.edit, 'summary');
  }

  /** The edit step's Continue: on to the check step, or the errors with the summary focused. */
  private continueToCheck(event: Event): void {
    event.preventDefault();
    const result = this.check();
    if (!result) return;
    if (!result.ok) {
      this.showErrors(result.errors);
      return;
    }
    this.errors = {};
    if (this.notice === FormNotice.changedMeanwhile) this.notice = undefined;
    void this.flow.goTo(FormStep.check);
  }

  /** Sends the report; every failure keeps what was chosen and typed. */
  async send(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.submitting) return;
    const result = this.check();
    if (!result) return;
    if (!result.ok) {
      this.showErrors(result.errors);
      return;
    }
    this.submitting = true;
    this.notice = undefined;
    this.modeWhenSent = this.mode;
    try {
      const receipt = await this.sender.send(result.report);
      this.receipt = receipt;
      this.sent = result.report;
      this.offer = receipt.offer;
      this.input = EMPTY_INPUT;
      this.errors = {};
      // The offer no longer waits for this report: the shell's mark and the front page read again.
      portalBus.publish(CurrentItemsChangedTopic, { area: AREA });
      this.dispatchEvent(new OfferReportedEvent(receipt));
      void this.flow.goTo(FormStep.receipt);
    } catch (error) {
      await this.handleSendError(error);
    } finally {
      this.submitting = false;
    }
  }

  private async handleSendError(error: unknown): Promise<void> {
    // Reported meanwhile elsewhere (a stale `basedOn`, or a report that no longer fits the state):
    // show the newest offer and say so; what was typed stays.
    if (isConflict(error) || issuesOf(error).some((issue) => issue.message === E.stateConflict)) {
      await this.refresh();
      this.errors = {};
      this.notice = FormNotice.changedMeanwhile;
      void this.flow.goTo(FormStep.edit, 'notice');
      return;
    }
    if (error instanceof ApiRequestError && error.status === 404) {
      this.loadState = LoadState.notFound;
      void this.flow.goTo(FormStep.edit);
      return;
    }
    const errors = errorsFromApiError(error);
    if (errors) {
      this.showErrors(errors);
      return;
    }
    this.notice = FormNotice.sendFailed;
    await this.updateComplete;
    this.flow.focus('notice');
  }

  /** From the receipt back to the offer, as it is now, with a new form. */
  private showOffer(): void {
    this.receipt = undefined;
    this.notice = undefined;
    void this.flow.goTo(FormStep.edit);
  }

  // Rendering ----------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const step = this.flow.step;
    const offer = this.offer;
    const caption = step === FormStep.edit && offer && this.loadState === LoadState.ready ? kitText(this.language, `kind.${offer.kind}`) : undefined;
    return html`
      ${caption ? html`<p class="caption">${caption}</p>` : nothing}
      <h1 tabindex="-1">${this.stepTitle(step)}</h1>
      ${this.renderBody(step)} ${politeRegion(this.announcer)}
    `;
  }

  private renderBody(step: FormStep): TemplateResult {
    const language = this.language;
    if (step === FormStep.receipt && this.receipt) return this.renderReceipt(this.receipt);
    switch (this.loadState) {
      case LoadState.notFound:
        return html`<p>${this.t('notFoundText')}</p>
          ${this.backLink()}`;
      case LoadState.failed:
        return html`${notice(
            'error',
            kitText(language, 'loadFailed'),
            html`<button class="button retry" type="button" @click=${() => void this.load()}>${kitText(language, 'retry')}</button>`,
          )}
          ${this.backLink()}`;
      case LoadState.ready:
        break;
      default:
        return html`<p role="status">${this.t('loading')}</p>`;
    }
    const offer = this.offer;
    if (!offer) return html``;
    if (offer.kind === 'training') return this.renderTraining(offer);
    return step === FormStep.check ? this.renderCheck(offer) : this.renderJob(offer);
  }

  private backLink(): TemplateResult {
    return html`<ul class="back-links">
      <li><a href=${this.basePath} @click=${followInternalLink}>${kitText(this.language, 'backToArea')}</a></li>
    </ul>`;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const language = this.language;
    switch (this.notice) {
      case FormNotice.sendFailed:
        return notice(
          'error',
          this.t('sendFailed'),
          html`<button class="button retry" type="button" ?disabled=${this.submitting} @click=${() => void this.send()}>${kitText(language, 'retry')}</button>`,
        );
      case FormNotice.changedMeanwhile:
        return notice('error', this.t('changedMeanwhile'));
      default:
        return nothing;
    }
  }

  private renderJobFacts(job: JobOffer): TemplateResult {
    const language = this.language;
    const open = reportModeOf(job) === ReportMode.apply;
    return html`<dl class="facts">
      <dt>${kitText(language, 'employer')}</dt>
      <dd class="employer">${job.employer}</dd>
      <dt>${kitText(language, 'location')}</dt>
      <dd>${job.location}</dd>
      <dt>${kitText(language, 'offeredOn')}</dt>
      <dd>${this.date(job.offeredOn)}</dd>
      <dt>${kitText(language, 'applyBy')}</dt>
      <dd class="status-line">${this.date(job.applyBy)} ${open ? deadlineTag(job.applyBy, language) : nothing}</dd>
      <dt>${kitText(language, 'state')}</dt>
      <dd class="state"><strong class="tag ${open ? 'open' : ''}">${stateLabel(job.state, language)}</strong></dd>
      ${job.outcome
        ? html`<dt>${kitText(language, 'outcome')}</dt>
            <dd class="outcome">${outcomeLabel(job.outcome, language)}</dd>`
        : nothing}
      ${job.notAppliedReason
        ? html`<dt>${this.t('reasonGiven')}</dt>
            <dd class="pre-line">${job.notAppliedReason}</dd>`
        : nothing}
      ${job.reportedAt
        ? html`<dt>${this.t('reportedAt')}</dt>
            <dd>${formatDateTime(job.reportedAt, language)}</dd>`
        : nothing}
    </dl>`;
  }

  private renderJob(job: JobOffer): TemplateResult {
    const language = this.language;
    return html`
      ${this.renderNotice()}
      ${errorSummary({ errors: this.errors, order: FIELD_ORDER, locale: language, root: this.renderRoot, text: (_code, path) => this.error(path) ?? '' })}
      ${this.renderJobFacts(job)}
      <section class="how-to-apply" aria-labelledby="how-heading">
        <h2 id="how-heading">${this.t('howToApplyHeading')}</h2>
        <p class="pre-line">${job.howToApply[language]}</p>
      </section>
      ${this.renderReport(job)} ${this.backLink()}
    `;
  }

  /** The one report the offer takes now, or that it takes none. */
  private renderReport(job: JobOffer): TemplateResult {
    const language = this.language;
    const mode = reportModeOf(job);
    if (mode === ReportMode.done) {
      return html`<section class="report done" aria-labelledby="report-heading">
          <h2 id="report-heading" class="visually-hidden">${kitText(language, 'state')}</h2>
          <p>${this.t('doneText')}</p>
        </section>
        ${this.renderKept(mode)}`;
    }
    const apply = mode === ReportMode.apply;
    const late = daysLeftUntil(job.applyBy) < 0;
    return html`<section class="report" aria-labelledby="report-heading">
        <h2 id="report-heading">${this.t(apply ? 'applyHeading' : 'outcomeHeading')}</h2>
        <p>
          ${apply ? this.t(late ? 'applyLate' : 'applyDue', { date: this.date(job.applyBy) }) : this.t('outcomeIntro')}
        </p>
        <form id="form" novalidate @submit=${this.continueToCheck}>
          ${apply ? this.renderApplyFields() : this.renderOutcomeField()}
          <div class="actions">
            <button class="button" type="submit">${kitText(language, 'continue')}</button>
          </div>
        </form>
      </section>
      ${this.renderKept(mode)}`;
  }

  private renderApplyFields(): TemplateResult {
    const language = this.language;
    return radioGroup({
      path: KIND_PATH,
      locale: language,
      legend: this.t('applyLegend'),
      error: this.error(KIND_PATH),
      value: this.input.choice,
      options: [
        { value: 'applied', label: this.t('choiceApplied') },
        { value: 'not-applied', label: this.t('choiceNotApplied') },
      ],
      onChange: (value) => this.patchInput({ choice: value as ApplyChoice }),
      // The reason belongs to "did not apply" only: revealed under it (GOV.UK's conditional reveal).
      conditional: (value) =>
        value === 'not-applied'
          ? html`<div class="conditional">
              ${textArea({
                path: REASON_PATH,
                locale: language,
                label: this.t('reasonLabel'),
                hint: this.t('reasonHint'),
                error: this.error(REASON_PATH),
                value: this.input.reason,
                maxLength: REASON_MAX,
                spellcheck: true,
                onInput: (text) => this.onReason(text),
              })}
            </div>`
          : nothing,
    });
  }

  private renderOutcomeField(): TemplateResult {
    const language = this.language;
    return radioGroup({
      path: OUTCOME_PATH,
      locale: language,
      legend: this.t('outcomeLegend'),
      error: this.error(OUTCOME_PATH),
      value: this.input.outcome,
      options: JOB_OFFER_OUTCOMES.map((outcome) => ({ value: outcome, label: outcomeLabel(outcome, language) })),
      onChange: (value) => this.patchInput({ outcome: value as ReportInput['outcome'] }),
    });
  }

  /**
   * What the person was about to report when a 409 showed that the offer now takes another report
   * (or none): shown, so nothing typed vanishes without a word, and it can be copied.
   */
  private renderKept(mode: ReportMode): TemplateResult | typeof nothing {
    if (this.notice !== FormNotice.changedMeanwhile || this.modeWhenSent === undefined || this.modeWhenSent === mode) return nothing;
    const rows = this.inputRows(this.modeWhenSent);
    if (rows.length === 0) return nothing;
    return html`<section class="kept" aria-labelledby="kept-heading">
      <h2 id="kept-heading">${this.t('keptHeading')}</h2>
      <p>${this.t('keptText')}</p>
      ${summaryList(rows, this.language)}
    </section>`;
  }

  /** The input as summary rows, for the check step (with Change) or as kept text (without). */
  private inputRows(mode: ReportMode, withChange = false): SummaryRow[] {
    const input = this.input;
    const change = (path: string) => (withChange ? () => void this.flow.goTo(FormStep.edit, { path }) : undefined);
    if (mode === ReportMode.apply && input.choice !== '') {
      const rows: SummaryRow[] = [
        { key: this.t('rowReport'), value: this.t(input.choice === 'applied' ? 'choiceApplied' : 'choiceNotApplied'), onChange: change(KIND_PATH) },
      ];
      if (input.choice === 'not-applied') rows.push({ key: this.t('rowReason'), value: multiline(input.reason, '–'), onChange: change(REASON_PATH) });
      return rows;
    }
    if (mode === ReportMode.outcome && input.outcome !== '') {
      return [{ key: this.t('rowOutcome'), value: outcomeLabel(input.outcome, this.language), onChange: change(OUTCOME_PATH) }];
    }
    return [];
  }

  private renderCheck(job: JobOffer): TemplateResult {
    const language = this.language;
    const rows: SummaryRow[] = [{ key: this.t('rowOffer'), value: `${job.jobTitle[language]}, ${job.employer}` }, ...this.inputRows(reportModeOf(job), true)];
    return html`
      ${this.renderNotice()}
      <p>${this.t('checkIntro')}</p>
      ${summaryList(rows, language)}
      <form @submit=${(event: Event) => void this.send(event)}>
        <div class="actions">
          <button class="button send" type="submit" ?disabled=${this.submitting} aria-disabled=${String(this.submitting)}>
            ${this.submitting ? kitText(language, 'sending') : this.t('sendReport')}
          </button>
          <button class="button secondary" type="button" @click=${() => void this.flow.goTo(FormStep.edit)}>${kitText(language, 'change')}</button>
        </div>
      </form>
    `;
  }

  private sentRows(report: OfferReport, job: JobOffer): SummaryRow[] {
    const language = this.language;
    const rows: SummaryRow[] = [{ key: this.t('rowOffer'), value: `${job.jobTitle[language]}, ${job.employer}` }];
    switch (report.kind) {
      case 'applied':
        rows.push({ key: this.t('rowReport'), value: this.t('choiceApplied') });
        break;
      case 'not-applied':
        rows.push({ key: this.t('rowReport'), value: this.t('choiceNotApplied') }, { key: this.t('rowReason'), value: multiline(report.reason) });
        break;
      default:
        rows.push({ key: this.t('rowOutcome'), value: outcomeLabel(report.outcome, language) });
    }
    return rows;
  }

  private renderReceipt(receipt: OfferReceipt): TemplateResult {
    const language = this.language;
    const job = receipt.offer;
    return html`
      ${receiptPanel(this.t('received', { time: formatDateTime(receipt.receivedAt, language) }))}
      ${this.sent ? summaryList(this.sentRows(this.sent, job), language) : nothing}
      <p class="next">${this.t(reportModeOf(job) === ReportMode.outcome ? 'receiptNextOutcome' : 'receiptNextDone')}</p>
      <div class="actions">
        <button class="button secondary show-offer" type="button" @click=${this.showOffer}>${this.t('showOffer')}</button>
      </div>
      ${this.backLink()}
    `;
  }

  private renderTraining(training: TrainingOffer): TemplateResult {
    const language = this.language;
    return html`
      <dl class="facts">
        <dt>${kitText(language, 'provider')}</dt>
        <dd>${training.provider}</dd>
        <dt>${kitText(language, 'dates')}</dt>
        <dd>${dateRange(training, language)}</dd>
        <dt>${kitText(language, 'offeredOn')}</dt>
        <dd>${this.date(training.offeredOn)}</dd>
        <dt>${kitText(language, 'applyBy')}</dt>
        <dd class="status-line">${this.date(training.applyBy)} ${deadlineTag(training.applyBy, language)}</dd>
      </dl>
      <p>${this.t('trainingIntro', { date: this.date(training.applyBy) })}</p>
      <p>${applyLink(training, language)}</p>
      ${this.backLink()}
    `;
  }
}
