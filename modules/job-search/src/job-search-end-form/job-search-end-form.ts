import { html, nothing, type TemplateResult } from 'lit';
import {
  END_REASONS,
  JOB_SEARCH_ERRORS,
  JOB_SEARCH_PATHS,
  type EndReason,
  type EndRequest,
  type JobSearch,
  type JobSearchReceipt,
} from '@portal/shared-contracts/job-search';
import { dateField, FormStep, multiline, radioGroup, summaryList, type SummaryRow, type Validation } from '@portal/ui-kit/form';
import { followInternalLink, helsinkiToday, LoadState } from '@portal/ui-kit/page';
import { baseStyles, formStyles } from '@portal/ui-kit/styles';
import { ReportFormElement, ReportNotice } from '../report-form-element.js';
import { DATE_REQUIRED, reportContext, reportWindow } from '../report-dates.js';
import { DETAILS_MAX_LENGTH, emptyValues, FIELD_ORDER, isEndReason, restoreValues, validateEnd, type EndValues } from './end-model.js';
import { messages, type MessageKey } from './job-search-end-form.messages.js';
import { styles } from './job-search-end-form.styles.js';

export const DRAFT_KEY = 'job-search.end';

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
export class JobSearchEndForm extends ReportFormElement<EndValues, EndRequest, MessageKey> {
  static override styles = [baseStyles, formStyles, styles];

  constructor() {
    super({ draftKey: DRAFT_KEY, url: JOB_SEARCH_PATHS.end, messages });
  }

  /** Valid, and its end not reported yet: the server takes one report of ending per period. */
  protected override get canStart(): boolean {
    return this.jobSearch?.state === 'active' && this.jobSearch.period?.endDate === null;
  }

  protected override load(signal: AbortSignal): Promise<void> {
    return this.loadDraft(signal, emptyValues(), restoreValues);
  }

  protected override validate(): Validation<EndRequest> | undefined {
    return this.values && validateEnd(this.values, reportContext(this.jobSearch));
  }

  /** Changed meanwhile: ended elsewhere or its end reported (then it says so), or another report. */
  protected override endedMeanwhile(latest: JobSearch): boolean {
    return latest.state !== 'active' || latest.period?.endDate !== null;
  }

  // Texts --------------------------------------------------------------------------------------------

  protected override errorFor(path: string, code: string): string {
    switch (code) {
      case DATE_REQUIRED:
        return this.t('error.date.required');
      case JOB_SEARCH_ERRORS.dateInvalid:
        return this.t('error.date.invalid');
      case JOB_SEARCH_ERRORS.endBeforeStart:
        return this.t('error.end-date.before-start', { date: this.date(this.jobSearch?.period?.startDate ?? '') });
      case JOB_SEARCH_ERRORS.dateRange:
        return this.t('error.date.range');
      default:
        return super.errorFor(path, code);
    }
  }

  private reasonLabel(reason: string): string {
    return isEndReason(reason) ? this.t(`endReason.${reason}`) : reason;
  }

  // Rendering ----------------------------------------------------------------------------------------

  protected override renderBody(step: FormStep): TemplateResult {
    const sent = this.sent?.values;
    if (this.receipt && sent && step === FormStep.receipt) return this.renderReceipt(this.receipt, sent);
    const jobSearch = this.jobSearch;
    if (!jobSearch) return this.renderLoading();
    if (jobSearch.state !== 'active') return this.renderNotActive(ReportNotice.conflictEnded, this.t('notActive'));
    if (jobSearch.period?.endDate) {
      return this.renderClosed(
        ReportNotice.conflictEnded,
        html`<p>${this.t('alreadyEnding', { date: this.date(jobSearch.period.endDate) })}</p>`,
      );
    }
    const values = this.values;
    if (this.loadState !== LoadState.loaded || !values) return this.renderLoading();
    return step === FormStep.check ? this.renderCheck(values) : this.renderEdit(values);
  }

  private renderEdit(values: EndValues): TemplateResult {
    const range = reportWindow(helsinkiToday(), this.jobSearch?.period?.startDate);
    return html`
      ${this.renderNotice()} ${this.renderErrorSummary(FIELD_ORDER)}
      <p>${this.t('intro')}</p>
      ${this.renderEditForm(html`
        ${radioGroup({
          ...this.field('reason'),
          legend: this.t('reasonLegend'),
          value: values.reason,
          options: END_REASONS.map((reason) => {
            const hint = REASON_HINTS[reason];
            return { value: reason, label: this.reasonLabel(reason), hint: hint ? this.t(hint) : undefined };
          }),
          onChange: (value) => this.set('reason', value),
        })}
        ${dateField({
          ...this.field('date'),
          label: this.t('date'),
          hint: this.t('dateHint', { min: this.date(range.min), max: this.date(range.max) }),
          value: values.date,
          min: range.min,
          max: range.max,
          onInput: (value) => this.set('date', value),
        })}
        ${this.renderDetails(values, DETAILS_MAX_LENGTH)}
      `)}
    `;
  }

  private rows(values: EndValues, withChange: boolean): SummaryRow[] {
    return [
      { key: this.t('rowReason'), value: this.reasonLabel(values.reason), onChange: this.changeTo('reason', withChange) },
      { key: this.t('rowDate'), value: this.date(values.date), onChange: this.changeTo('date', withChange) },
      { key: this.t('details'), value: multiline(values.details, this.t('notGiven')), onChange: this.changeTo('details', withChange) },
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
        ${
          payerName
            ? html`<li class="payer">
              ${this.t('warningPayer', { payer: payerName })} <strong>${this.t('warningPayerDuty', { payer: payerName })}</strong>
            </li>`
            : nothing
        }
        <li>${this.t('warningAgain')}</li>
      </ul>
    </section>`;
  }

  private renderCheck(values: EndValues): TemplateResult {
    return html`
      ${this.renderNotice()}
      <p>${this.t('checkIntro')}</p>
      ${summaryList(this.rows(values, true), this.language)} ${this.renderWarning(values)} ${this.renderSendForm()}
    `;
  }

  private renderReceipt(receipt: JobSearchReceipt, sent: EndValues): TemplateResult {
    const language = this.language;
    // The day as the server recorded it; what was sent if the answer has no period (it always should).
    const lastDay = receipt.jobSearch.period?.endDate ?? sent.date;
    return html`
      ${this.renderReceiptPanel(receipt)}
      <p class="last-day">${this.t('receiptLastDay', { date: this.date(lastDay) })}</p>
      ${this.renderPayerSent(receipt, (payer, time) => this.t('receiptPayer', { payer, time }), this.t('receiptPayerDuty'))}
      ${summaryList(this.rows(sent, false), language)}
      <p>${this.t('registerAgainText')}</p>
      <p><a href="${this.basePath}/register" @click=${followInternalLink}>${this.t('registerAgain')}</a></p>
      ${this.backLink()}
    `;
  }
}
