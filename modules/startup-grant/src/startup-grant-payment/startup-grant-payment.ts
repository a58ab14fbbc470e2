import { html, nothing, type TemplateResult } from 'lit';
import { API_ERROR_CODES, ApiRequestError, CurrentItemsChangedTopic, fetchJson, portalBus } from '@portal/shared-contracts';
import {
  PaymentReceiptSchema,
  STARTUP_GRANT_ERRORS as E,
  STARTUP_GRANT_PATHS,
  StartupGrantOverviewSchema,
  type PaymentApplication,
  type PaymentPeriod,
  type PaymentReceipt,
} from '@portal/shared-contracts/startup-grant';
import type { Attachment } from '@portal/shared-contracts/unemployment-security';
import { AreaFormElement, errorText, FormStep, isConflict, summaryList, type SummaryRow, type Validation } from '@portal/ui-kit/form';
import { followInternalLink, LoadState, notice } from '@portal/ui-kit/page';
import { baseStyles, formStyles } from '@portal/ui-kit/styles';
import { AREA, DEFAULT_BASE_PATH } from '../area.js';
import { errorMessages } from '../errors.messages.js';
import { PaymentSentEvent } from '../events.js';
import { fileField, FileList } from '../files.js';
import { messages, type MessageKey } from './startup-grant-payment.messages.js';
import { styles } from './startup-grant-payment.styles.js';

export { LoadState };

interface PaymentInput extends Record<string, unknown> {
  readonly taxCardId: string;
}

const EMPTY: PaymentInput = { taxCardId: '' };
const TAX_CARD = 'taxCardAttachmentId';

function restore(draft: Record<string, unknown>): { values: PaymentInput; restored: boolean } {
  const taxCardId = typeof draft['taxCardId'] === 'string' ? draft['taxCardId'] : '';
  return { values: { taxCardId }, restored: taxCardId !== '' };
}

/**
 * The payment application (maksatushakemus) of one granted period (`/startup-grant/payments/:id`):
 * monthly in arrears, so only after the period has ended and at the latest the configured months
 * after (the server's rule, shown as the period's "apply by"). The grant's first one carries the
 * tax card, uploaded as chosen and checked by its content. A period not ended yet says when it can
 * be applied for; a lapsed one says plainly why it can no longer be, and what the person can still
 * do (contact the office; the other periods as usual), never a dead end.
 *
 * @summary The payment application of a start-up grant period.
 * @fires startup-grant-payment-sent - The payment application was received; `receipt` carries it.
 */
export class StartupGrantPayment extends AreaFormElement<PaymentInput, PaymentApplication, MessageKey, typeof PaymentReceiptSchema> {
  static override styles = [baseStyles, formStyles, styles];
  static override properties = { ...AreaFormElement.properties, periodId: { attribute: 'period-id' } };

  declare periodId: string;
  private period: PaymentPeriod | undefined;
  private months = 0;
  readonly files = new FileList(this, (attachments) =>
    this.patch({ taxCardId: attachments.length === 1 ? (attachments[0]?.id ?? '') : '' }),
  );

  constructor() {
    super({
      area: AREA,
      draftKey: () => `${AREA}.payment-${this.periodId.toLowerCase()}`,
      pageId: () => this.periodId,
      url: STARTUP_GRANT_PATHS.payments,
      receipt: PaymentReceiptSchema,
      messages,
    });
    this.periodId = '';
    this.period = undefined;
    this.basePath = DEFAULT_BASE_PATH;
  }

  private get input(): PaymentInput {
    return this.values ?? EMPTY;
  }

  protected override async load(signal: AbortSignal): Promise<void> {
    const [overview, draft] = await Promise.all([
      fetchJson(STARTUP_GRANT_PATHS.overview, StartupGrantOverviewSchema, { signal }),
      this.draft.restore(),
    ]);
    signal.throwIfAborted();
    this.period = overview.periods.find((period) => period.id === this.periodId.toLowerCase());
    this.months = overview.paymentApplicationMonths;
    // Not the person's, or no such period: the kit's not-found page, as for a 404.
    if (!this.period) throw new ApiRequestError(404, API_ERROR_CODES.notFound, 'No such payment period.');
    if (!this.values) {
      const restored = draft ? restore(draft) : undefined;
      this.startFrom(restored?.restored ? draft : undefined, EMPTY, restore);
    }
    this.files.reset(overview.pendingAttachments.filter((a: Attachment) => a.id === this.input.taxCardId));
  }

  protected override draftData(): Record<string, unknown> | undefined {
    return this.values && this.period?.status === 'open' ? { ...this.values } : undefined;
  }

  protected override validate(): Validation<PaymentApplication> | undefined {
    const period = this.period;
    if (period?.status !== 'open') return undefined;
    if (!period.needsTaxCard) return { ok: true, request: { periodId: period.id } };
    if (this.files.busy) return { ok: false, errors: { [TAX_CARD]: 'uploads.busy' } };
    if (this.files.attachments.length > 1) return { ok: false, errors: { [TAX_CARD]: 'tax-card.one' } };
    const taxCard = this.files.attachments[0];
    if (!taxCard) return { ok: false, errors: { [TAX_CARD]: E.taxCardRequired } };
    return { ok: true, request: { periodId: period.id, taxCardAttachmentId: taxCard.id } };
  }

  protected override noticeText(): string | undefined {
    return undefined;
  }

  protected override errorFor(_path: string, code: string): string {
    if (code === 'uploads.busy') return this.t('waitUploads');
    if (code === 'tax-card.one') return this.t('oneTaxCard');
    return errorText(errorMessages, code, this.language, { params: { field: this.t('taxCardLabel') } });
  }

  protected override afterSend(receipt: PaymentReceipt): void {
    this.errors = {};
    portalBus.publish(CurrentItemsChangedTopic, { area: AREA });
    this.dispatchEvent(new PaymentSentEvent(receipt));
  }

  /** A 409 (applied meanwhile, lapsed at midnight…): read again, which shows why. */
  protected override async handleConflict(error: unknown): Promise<boolean> {
    if (!isConflict(error)) return false;
    await this.loading.run();
    void this.flow.goTo(FormStep.edit, 'heading');
    return true;
  }

  protected override backLink(): TemplateResult {
    return html`<ul class="back-links">
      <li><a href=${this.basePath} @click=${followInternalLink}>${this.t('backToArea')}</a></li>
    </ul>`;
  }

  private range(period: PaymentPeriod): string {
    return this.t('periodRange', { from: this.date(period.startsOn), to: this.date(period.endsOn) });
  }

  protected override renderBody(step: FormStep): TemplateResult {
    if (step === FormStep.receipt && this.receipt) return this.renderReceipt(this.receipt);
    switch (this.loadState) {
      case LoadState.failed:
        return html`${this.renderLoadFailed(this.t('loadFailed'))} ${this.backLink()}`;
      case LoadState.notFound:
        return html`<p>${this.t('notFoundText')}</p>
          ${this.backLink()}`;
      case LoadState.loaded:
        break;
      default:
        return html`<p role="status">${this.t('loading')}</p>`;
    }
    const period = this.period;
    if (!period) return this.backLink();
    return html`<dl class="period-facts facts">
        <dt>${this.t('period')}</dt>
        <dd>${this.range(period)}</dd>
        <dt>${this.t('applyBy')}</dt>
        <dd>${this.date(period.applyBy)}</dd>
      </dl>
      ${period.status === 'open' ? (step === FormStep.check ? this.renderCheck(period) : this.renderEdit(period)) : this.renderClosed(period)}`;
  }

  /** Not open: when it can be applied for, why it no longer can (and what can still be done), or how it stands. */
  private renderClosed(period: PaymentPeriod): TemplateResult {
    const payment = period.payment;
    const text =
      period.status === 'upcoming'
        ? html`<p>${this.t('upcoming', { date: this.date(period.endsOn) })}</p>`
        : period.status === 'lapsed'
          ? html`<div class="lapsed">
              <p><strong>${this.t('lapsed', { date: this.date(period.applyBy), months: this.months })}</strong></p>
              <p>${this.t('lapsedNext')}</p>
            </div>`
          : payment
            ? html`${notice('info', this.t('applied', { date: this.i18n.dateTime(payment.submittedAt), state: this.t(`payment.${payment.state}`) }))}
              ${payment.paymentDate ? html`<p>${this.t('paid', { date: this.date(payment.paymentDate) })}</p>` : nothing}`
            : html``;
    return html`${text} ${this.backLink()}`;
  }

  private fileWords() {
    return {
      label: this.t('taxCardLabel'),
      hint: this.t('taxCardHint'),
      remove: this.t('remove'),
      uploading: this.t('uploading'),
      retry: this.t('retry'),
      dismiss: this.t('dismiss'),
      failed: this.t('fileFailed'),
      refused: (code: string) => errorText(errorMessages, code, this.language, { params: { field: this.t('taxCardLabel') } }),
    };
  }

  private renderEdit(period: PaymentPeriod): TemplateResult {
    return html`${this.renderNotice()} ${this.renderErrorSummary([TAX_CARD])}
      <p class="intro">${this.t('intro')}</p>
      ${this.renderEditForm(
        period.needsTaxCard
          ? html`<p>${this.t('taxCardIntro')}</p>
            ${fileField({ path: TAX_CARD, list: this.files, language: this.language, error: this.error(TAX_CARD), words: this.fileWords() })}`
          : html``,
      )}`;
  }

  private rows(period: PaymentPeriod, withChange: boolean): SummaryRow[] {
    const taxCard = this.files.attachments[0];
    return [
      { key: this.t('period'), value: this.range(period) },
      {
        key: this.t('taxCardRow'),
        value: period.needsTaxCard ? (taxCard?.fileName ?? '') : this.t('noTaxCard'),
        onChange: period.needsTaxCard ? this.changeTo(TAX_CARD, withChange) : undefined,
      },
    ];
  }

  private renderCheck(period: PaymentPeriod): TemplateResult {
    return html`${this.renderNotice()} ${summaryList(this.rows(period, true), this.language)} ${this.renderSendForm()}`;
  }

  private renderReceipt(receipt: PaymentReceipt): TemplateResult {
    return html`${this.renderReceiptPanel(receipt)}
      <p>${this.t('receiptNext')}</p>
      ${summaryList(this.rows(receipt.period, false), this.language)} ${this.backLink()}`;
  }
}
