import { html, nothing, type TemplateResult } from 'lit';
import { CurrentItemsChangedTopic, fetchJson, INTL_LOCALE, portalBus } from '@portal/shared-contracts';
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
} from '@portal/shared-contracts/offers';
import {
  AreaFormElement,
  errorText,
  FormNotice,
  FormStep,
  isConflict,
  isNotFound,
  issuesOf,
  radioGroup,
  receiptPanel,
  summaryList,
  textArea,
  type ControlBase,
  type Validation,
} from '@portal/ui-kit/form';
import { daysLeftUntil, followInternalLink, LoadState } from '@portal/ui-kit/page';
import { baseStyles, formStyles } from '@portal/ui-kit/styles';
import { AREA, DEFAULT_BASE_PATH } from '../area.js';
import { areaStyles } from '../area.styles.js';
import { OfferReportedEvent } from '../events.js';
import { jobApplyLink, outcomeLabel } from '../offer-text.js';
import { ReportMode, reportModeOf } from '../report-mode.js';
import { errorMessages, messages, type MessageKey } from './offers-offer.messages.js';
import { styles } from './offers-offer.styles.js';
import {
  checkReport,
  EMPTY_INPUT,
  FIELD_ORDER,
  KIND_PATH,
  OUTCOME_PATH,
  REASON_PATH,
  type ApplyChoice,
  type ReportInput,
} from './report-model.js';
import { jobFacts, trainingFacts } from './sections/offer-facts.js';
import { inputRows, offerRow, sentRows } from './sections/report-rows.js';

export { LoadState };

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
 * The kit's form (`AreaFormElement`) with the offer as what it loads; a report is short and made
 * in one sitting, so nothing is kept as a draft.
 *
 * @summary One job or training offer, and the reports on a job offer.
 * @fires offers-reported - A report was received (OfferReportedEvent).
 */
export class OffersOffer extends AreaFormElement<ReportInput, OfferReport, MessageKey, typeof OfferReceiptSchema> {
  static override styles = [baseStyles, areaStyles, formStyles, styles];
  static override properties = { ...AreaFormElement.properties, offerId: { attribute: 'offer-id' }, offer: { state: true } };

  declare offerId: string;
  /** The offer shown, read again whenever the route names another. */
  declare offer: Offer | undefined;

  /** The mode the input was written for, to show it if a 409 made it moot. */
  private modeWhenSent: ReportMode | undefined;

  constructor() {
    // The title is the offer's own name (or "not found"), known once it is read.
    super({
      area: AREA,
      draftKey: 'offers.report',
      pageId: () => this.offerId,
      url: OFFERS_PATHS.reports,
      receipt: OfferReceiptSchema,
      messages,
    });
    this.offerId = '';
    this.offer = undefined;
    this.basePath = DEFAULT_BASE_PATH;
    this.values = EMPTY_INPUT;
  }

  /** What the person can report now; none for a training offer. */
  get mode(): ReportMode | undefined {
    return this.offer?.kind === 'job' ? reportModeOf(this.offer) : undefined;
  }

  private get input(): ReportInput {
    return this.values ?? EMPTY_INPUT;
  }

  // The kit's form -----------------------------------------------------------------------------------

  protected override async load(signal: AbortSignal): Promise<void> {
    const offer = await fetchJson(OFFERS_PATHS.offer(this.offerId), OfferSchema, { signal });
    signal.throwIfAborted();
    this.offer = offer;
  }

  /** Another offer in the same element (the route moved from one offer to another): start empty. */
  protected override startOver(): void {
    super.startOver();
    this.values = EMPTY_INPUT;
  }

  protected override validate(): Validation<OfferReport> | undefined {
    const offer = this.offer;
    const mode = this.mode;
    if (offer?.kind !== 'job' || mode === undefined) return undefined;
    return checkReport(mode, this.input, offer.updatedAt);
  }

  protected override stepTitle(step: FormStep): string {
    if (this.loadState === LoadState.notFound) return this.t('notFoundTitle');
    if (step !== FormStep.edit) return super.stepTitle(step);
    const offer = this.offer;
    if (!offer) return this.t('titleEdit');
    return offer.kind === 'job' ? offer.jobTitle[this.language] : offer.training[this.language];
  }

  protected override noticeText(shown: FormNotice): string | undefined {
    return shown === FormNotice.conflict ? this.t('changedMeanwhile') : undefined;
  }

  protected override errorFor(_path: string, code: string): string {
    return errorText(errorMessages, code, this.language, { params: { max: REASON_MAX.toLocaleString(INTL_LOCALE[this.language]) } });
  }

  protected override afterSend(receipt: OfferReceipt): void {
    this.offer = receipt.offer;
    this.values = EMPTY_INPUT;
    this.errors = {};
    // The offer no longer waits for this report: the shell's mark and the front page read again.
    portalBus.publish(CurrentItemsChangedTopic, { area: AREA });
    this.dispatchEvent(new OfferReportedEvent(receipt));
  }

  /**
   * Reported meanwhile elsewhere (a stale `basedOn`, or a report that no longer fits the state):
   * shows the newest offer and says so; what was typed stays. A 404: the offer is gone.
   */
  protected override async handleConflict(error: unknown): Promise<boolean> {
    if (isNotFound(error)) {
      this.loading.gone();
      void this.flow.goTo(FormStep.edit);
      return true;
    }
    if (!isConflict(error) && !issuesOf(error).some((issue) => issue.message === E.stateConflict)) return false;
    this.modeWhenSent = this.mode;
    try {
      this.offer = await fetchJson(OFFERS_PATHS.offer(this.offerId), OfferSchema);
    } catch {
      // The notice still says what happened; the next attempt meets the same 409 and reads again.
    }
    this.errors = {};
    this.notice = FormNotice.conflict;
    void this.flow.goTo(FormStep.edit, 'notice');
    return true;
  }

  private patchInput(change: Partial<ReportInput>): void {
    this.values = { ...this.input, ...change };
  }

  /** From the receipt back to the offer, as it is now, with a new form. */
  private showOffer(): void {
    this.receipt = undefined;
    this.notice = undefined;
    void this.flow.goTo(FormStep.edit);
  }

  // Rendering ----------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const offer = this.offer;
    const caption = this.step === FormStep.edit && offer && this.loadState === LoadState.loaded ? this.t(`kind.${offer.kind}`) : undefined;
    return html`${caption ? html`<p class="caption">${caption}</p>` : nothing} ${super.render()}`;
  }

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
    const offer = this.offer;
    if (!offer) return html``;
    if (offer.kind === 'training') return html`${trainingFacts(offer, this.i18n)} ${this.backLink()}`;
    return step === FormStep.check ? this.renderCheck(offer) : this.renderJob(offer);
  }

  private renderJob(job: JobOffer): TemplateResult {
    return html`
      ${this.renderNotice()} ${this.renderErrorSummary(FIELD_ORDER)} ${jobFacts(job, this.i18n)}
      <section class="how-to-apply" aria-labelledby="how-heading">
        <h2 id="how-heading">${this.t('howToApplyHeading')}</h2>
        <p class="pre-line">${job.howToApply[this.language]}</p>
        ${job.applyUrl === null ? nothing : html`<p>${jobApplyLink(job, this.language)}</p>`}
      </section>
      ${this.renderReport(job)} ${this.backLink()}
    `;
  }

  /** The one report the offer takes now, or that it takes none. */
  private renderReport(job: JobOffer): TemplateResult {
    const mode = reportModeOf(job);
    if (mode === ReportMode.done) {
      return html`<section class="report done" aria-labelledby="report-heading">
          <h2 id="report-heading" class="visually-hidden">${this.t('state')}</h2>
          <p>${this.t('doneText')}</p>
        </section>
        ${this.renderKept(mode)}`;
    }
    const apply = mode === ReportMode.apply;
    const late = daysLeftUntil(job.applyBy) < 0;
    return html`<section class="report" aria-labelledby="report-heading">
        <h2 id="report-heading">${this.t(apply ? 'applyHeading' : 'outcomeHeading')}</h2>
        <p>${apply ? this.t(late ? 'applyLate' : 'applyDue', { date: this.date(job.applyBy) }) : this.t('outcomeIntro')}</p>
        <form id="form" novalidate @submit=${this.continueToCheck}>
          ${apply ? this.renderApplyFields() : this.renderOutcomeField()}
          <div class="actions">
            <button class="button" type="submit">${this.t('continue')}</button>
          </div>
        </form>
      </section>
      ${this.renderKept(mode)}`;
  }

  /** What every control of the report at `path` is given: the path, its error in words, the language. */
  private control(path: string): Pick<ControlBase, 'path' | 'error' | 'locale'> {
    return { path, error: this.error(path), locale: this.language };
  }

  private renderApplyFields(): TemplateResult {
    return radioGroup({
      ...this.control(KIND_PATH),
      legend: this.t('applyLegend'),
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
                ...this.control(REASON_PATH),
                label: this.t('reasonLabel'),
                hint: this.t('reasonHint'),
                value: this.input.reason,
                maxLength: REASON_MAX,
                spellcheck: true,
                onInput: this.countedInput(REASON_MAX, (reason) => this.patchInput({ reason })),
              })}
            </div>`
          : nothing,
    });
  }

  private renderOutcomeField(): TemplateResult {
    const language = this.language;
    return radioGroup({
      ...this.control(OUTCOME_PATH),
      legend: this.t('outcomeLegend'),
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
    if (this.notice !== FormNotice.conflict || this.modeWhenSent === undefined || this.modeWhenSent === mode) return nothing;
    const rows = inputRows(this.modeWhenSent, this.input, this.i18n, () => undefined);
    if (rows.length === 0) return nothing;
    return html`<section class="kept" aria-labelledby="kept-heading">
      <h2 id="kept-heading">${this.t('keptHeading')}</h2>
      <p>${this.t('keptText')}</p>
      ${summaryList(rows, this.language)}
    </section>`;
  }

  private renderCheck(job: JobOffer): TemplateResult {
    const rows = [offerRow(job, this.i18n), ...inputRows(reportModeOf(job), this.input, this.i18n, (path) => this.changeTo(path, true))];
    return html`
      ${this.renderNotice()}
      <p>${this.t('checkIntro')}</p>
      ${summaryList(rows, this.language)} ${this.renderSendForm()}
    `;
  }

  private renderReceipt(receipt: OfferReceipt): TemplateResult {
    const job = receipt.offer;
    return html`
      ${receiptPanel(this.t('receiptHeading', { time: this.i18n.dateTime(receipt.receivedAt) }))}
      ${this.sent ? summaryList(sentRows(this.sent.request, job, this.i18n), this.language) : nothing}
      <p class="next">${this.t(reportModeOf(job) === ReportMode.outcome ? 'receiptNextOutcome' : 'receiptNextDone')}</p>
      <div class="actions">
        <button class="button secondary show-offer" type="button" @click=${this.showOffer}>${this.t('showOffer')}</button>
      </div>
      ${this.backLink()}
    `;
  }
}
