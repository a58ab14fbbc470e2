import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  DEFAULT_LOCALE,
  fetchJson,
  formatMessage,
  LocaleTopic,
  PageTopic,
  portalBus,
  TopicController,
  type Locale,
  type LocalizedText,
} from '@portal/shared-contracts';
import {
  EventDetailSchema,
  UNEMPLOYMENT_SECURITY_PATHS,
  type EventDetail,
  type PaymentNotice,
  type Statement,
} from '@portal/shared-contracts/unemployment-security';
import { AREA, DEFAULT_BASE_PATH } from '../kit/area.js';
import { followInternalLink, formatDate, formatDateTime, ItemLoadState, readCurrent } from '@portal/ui-kit/page';
import { baseStyles } from '@portal/ui-kit/styles';
import { contactSection, kitText } from '../kit/kit.js';
import { areaStyles } from '../kit/styles.js';
import { definePageElement } from '../pages.js';
import { messages, type MessageKey } from './unemployment-security-event.messages.js';
import { styles } from './unemployment-security-event.styles.js';

/** Where the event stands: the kit's states of a page's one item. */
export const EventLoadState = ItemLoadState;
export type EventLoadState = ItemLoadState;

/**
 * One event in full (`GET /api/unemployment-security/events/:id`): a labour-policy statement (its
 * text, the provisions, the payer it binds, from when it has effect, who issued it; a cancelled one
 * says so first, with the reason) or a training payment notice. Both print cleanly: a print button
 * (the browser's own print), and a print stylesheet that drops the buttons and keeps every fact,
 * with the time of printing.
 *
 * A request for clarification's id shows the request page itself (the same element as
 * `/requests/:id`), so an old link to it still works and the Back button is not trapped by a redirect.
 *
 * @summary A statement or a payment notice, printable.
 */
export class UnemploymentSecurityEvent extends LitElement {
  static override styles = [baseStyles, areaStyles, styles];
  static override properties = {
    eventId: { attribute: 'event-id' },
    basePath: { attribute: 'base-path' },
    loadState: { state: true },
    detail: { state: true },
    printedAt: { state: true },
  };

  declare eventId: string;
  declare basePath: string;
  declare loadState: EventLoadState;
  declare detail: EventDetail | undefined;
  /** When the page was printed (or is about to be): the printout says so. */
  declare printedAt: Date;

  private readonly locale = new TopicController(this, LocaleTopic, () => this.announce());
  private requested: string | undefined;
  private readonly beforePrint = (): void => {
    this.printedAt = new Date();
  };

  constructor() {
    super();
    this.eventId = '';
    this.basePath = DEFAULT_BASE_PATH;
    this.loadState = EventLoadState.loading;
    this.detail = undefined;
    this.printedAt = new Date();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
  }

  private get language(): Locale {
    return this.locale.value?.locale ?? DEFAULT_LOCALE;
  }

  private t(key: MessageKey, params?: Record<string, string>): string {
    return formatMessage(messages[this.language][key], params);
  }

  private date(value: string): string {
    return formatDate(value, this.language);
  }

  private text(value: LocalizedText): string {
    return value[this.language];
  }

  protected override willUpdate(): void {
    if (this.eventId && this.requested !== this.eventId) void this.fetchEvent();
  }

  /** Reads the event; a request for clarification brings the request page's code with it. */
  async fetchEvent(): Promise<void> {
    this.requested = this.eventId;
    this.loadState = EventLoadState.loading;
    const read = await readCurrent(
      () => this.eventId,
      async (id) => {
        const detail = await fetchJson(UNEMPLOYMENT_SECURITY_PATHS.event(id), EventDetailSchema);
        if (detail.kind === 'clarification-request') await definePageElement('unemployment-security-request');
        return detail;
      },
    );
    if (!read) return;
    if (read.state === 'loaded') this.detail = read.item;
    this.loadState = read.state;
  }

  protected override firstUpdated(): void {
    this.announce();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('loadState')) return;
    if (this.loadState === EventLoadState.failed) this.renderRoot.querySelector<HTMLButtonElement>('.retry')?.focus();
    // The heading became the event's own: the title follows.
    if (changed.get('loadState') !== undefined) this.announce();
  }

  private get pageTitle(): string {
    const detail = this.detail;
    if (this.loadState === EventLoadState.notFound) return this.t('notFoundTitle');
    if (this.loadState !== EventLoadState.loaded || !detail) return kitText(this.language, 'areaTitle');
    return this.text(detail.subject);
  }

  private announce(): void {
    // A request's page says its own title.
    if (!this.hasUpdated || this.detail?.kind === 'clarification-request') return;
    const detail = this.detail;
    const kind = detail && this.loadState === EventLoadState.loaded ? ` – ${kitText(this.language, `kind.${detail.kind}`)}` : '';
    portalBus.publish(PageTopic, { area: AREA, title: `${this.pageTitle}${kind}` });
  }

  private async print(): Promise<void> {
    this.printedAt = new Date();
    await this.updateComplete;
    window.print();
  }

  private backLink(): TemplateResult {
    return html`<a href=${this.basePath} @click=${followInternalLink}>${kitText(this.language, 'backToArea')}</a>`;
  }

  protected override render(): TemplateResult {
    const detail = this.detail;
    if (this.loadState === EventLoadState.loaded && detail?.kind === 'clarification-request') {
      return html`<unemployment-security-request
        .requestId=${detail.id}
        .request=${detail}
        .basePath=${this.basePath}
      ></unemployment-security-request>`;
    }
    const language = this.language;
    switch (this.loadState) {
      case EventLoadState.loaded:
        if (detail?.kind === 'statement') return this.renderStatement(detail);
        return detail?.kind === 'payment-notice' ? this.renderNotice(detail) : html``;
      case EventLoadState.notFound:
        return html`<h1 tabindex="-1">${this.pageTitle}</h1>
          <p>${kitText(language, 'notFound')}</p>
          <p>${this.backLink()}</p>`;
      case EventLoadState.failed:
        return html`<h1 tabindex="-1">${this.pageTitle}</h1>
          <div class="notice error" role="alert">
            <p>${kitText(language, 'loadFailed')}</p>
            <button class="button retry" type="button" @click=${() => void this.fetchEvent()}>${kitText(language, 'retry')}</button>
          </div>
          <p>${this.backLink()}</p>`;
      default:
        return html`<h1 tabindex="-1">${this.pageTitle}</h1>
          <p role="status" aria-live="polite">${kitText(language, 'loading')}</p>`;
    }
  }

  private heading(detail: Statement | PaymentNotice, kind: string): TemplateResult {
    return html`<p class="caption">${kind}</p>
      <h1 tabindex="-1">${this.text(detail.subject)}</h1>`;
  }

  private renderStatement(statement: Statement): TemplateResult {
    const language = this.language;
    return html`<article class="document statement">
        ${this.heading(statement, kitText(language, 'kind.statement'))}
        ${statement.cancelledOn
          ? html`<div class="notice cancelled">
              <p><strong>${this.t('cancelledNotice', { date: this.date(statement.cancelledOn) })}</strong></p>
              ${statement.cancellationReason ? html`<p>${this.t('cancellationReason', { reason: this.text(statement.cancellationReason) })}</p>` : nothing}
            </div>`
          : nothing}
        <dl class="facts">
          <dt>${this.t('issuedOn')}</dt>
          <dd>${this.date(statement.issuedOn)}</dd>
          <dt>${this.t('payer')}</dt>
          <dd>${this.text(statement.payer)}</dd>
          ${statement.effectiveFrom
            ? html`<dt>${this.t('effectiveFrom')}</dt>
                <dd>${this.date(statement.effectiveFrom)}</dd>`
            : nothing}
          <dt>${this.t('legalBasis')}</dt>
          <dd>${this.text(statement.legalBasis)}</dd>
        </dl>
        <section class="body" aria-labelledby="body-heading">
          <h2 id="body-heading">${this.t('statementHeading')}</h2>
          ${statement.body.map((paragraph) => html`<p>${this.text(paragraph)}</p>`)}
        </section>
        ${contactSection(statement.issuer, language, 'contact-heading')} ${this.renderPrinted()}
      </article>
      ${this.renderActions()}`;
  }

  private renderNotice(notice: PaymentNotice): TemplateResult {
    const language = this.language;
    return html`<article class="document payment-notice">
        ${this.heading(notice, kitText(language, 'kind.payment-notice'))}
        <dl class="facts">
          <dt>${this.t('noticeKind')}</dt>
          <dd>${kitText(language, `noticeKind.${notice.noticeKind}`)}</dd>
          <dt>${this.t('training')}</dt>
          <dd>${this.text(notice.training)}</dd>
          <dt>${this.t('provider')}</dt>
          <dd>${notice.provider}</dd>
          ${notice.startDate
            ? html`<dt>${this.t('startDate')}</dt>
                <dd>${this.date(notice.startDate)}</dd>`
            : nothing}
          ${notice.endDate
            ? html`<dt>${this.t('endDate')}</dt>
                <dd>${this.date(notice.endDate)}</dd>`
            : nothing}
          <dt>${this.t('payer')}</dt>
          <dd>${this.text(notice.payer)}</dd>
          <dt>${this.t('issuedOn')}</dt>
          <dd>${this.date(notice.issuedOn)}</dd>
        </dl>
        ${notice.body.length > 0
          ? html`<section class="body" aria-labelledby="body-heading">
              <h2 id="body-heading">${this.t('noticeHeading')}</h2>
              ${notice.body.map((paragraph) => html`<p>${this.text(paragraph)}</p>`)}
            </section>`
          : nothing}
        ${contactSection(notice.issuer, language, 'contact-heading')} ${this.renderPrinted()}
      </article>
      ${this.renderActions()}`;
  }

  /** On paper only: where and when it was printed, so a printout is not mistaken for the original letter. */
  private renderPrinted(): TemplateResult {
    return html`<p class="print-only printed">${this.t('printedFrom', { time: formatDateTime(this.printedAt, this.language) })}</p>`;
  }

  private renderActions(): TemplateResult {
    return html`<div class="actions">
      <button class="button print" type="button" @click=${() => void this.print()}>${this.t('print')}</button>
      ${this.backLink()}
    </div>`;
  }
}
