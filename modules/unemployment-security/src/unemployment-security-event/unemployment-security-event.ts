import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { fetchJson, PageTopic, portalBus, type LocalizedText } from '@portal/shared-contracts';
import {
  EventDetailSchema,
  UNEMPLOYMENT_SECURITY_PATHS,
  type EventDetail,
  type PaymentNotice,
  type Statement,
} from '@portal/shared-contracts/unemployment-security';
import { TRAINING_PAGES } from '@portal/shared-contracts/training';
import { focusRetryOnFailure, followInternalLink, LoadController, LoadState, loadView, LocaleController } from '@portal/ui-kit/page';
import { baseStyles } from '@portal/ui-kit/styles';
import { AREA, DEFAULT_BASE_PATH } from '../area.js';
import { areaStyles } from '../area.styles.js';
import { contactSection } from '../contact.js';
import { definePageElement } from '../pages.js';
import { messages } from './unemployment-security-event.messages.js';

/** The label of a document's fact: one of the page's words. */
type FactLabel = keyof (typeof messages)['fi'];
import { styles } from './unemployment-security-event.styles.js';

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
    printedAt: { state: true },
  };

  declare eventId: string;
  declare basePath: string;
  /** When the page was printed (or is about to be): the printout says so. */
  declare printedAt: Date;

  private readonly i18n = new LocaleController(this, messages, { changed: () => this.announce() });
  /** The event; a request for clarification brings the request page's code with it. */
  private readonly detail = new LoadController(this, {
    args: () => (this.eventId ? ([this.eventId] as const) : undefined),
    task: async ([id], signal): Promise<EventDetail> => {
      const detail = await fetchJson(UNEMPLOYMENT_SECURITY_PATHS.event(id), EventDetailSchema, { signal });
      if (detail.kind === 'clarification-request') await definePageElement('unemployment-security-request');
      return detail;
    },
    settled: (state) => {
      this.retryFocus(state);
      // The heading became the event's own: the title follows.
      this.announce();
    },
  });
  private readonly retryFocus = focusRetryOnFailure(this);
  private readonly beforePrint = (): void => {
    this.printedAt = new Date();
  };

  constructor() {
    super();
    this.eventId = '';
    this.basePath = DEFAULT_BASE_PATH;
    this.printedAt = new Date();
  }

  /** Where the event stands: loading, loaded, not found or failed. */
  get loadState(): LoadState {
    return this.detail.state;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
  }

  /** A document's facts as a definition list, each label with its value; one without a value is left out. */
  private facts(rows: readonly (readonly [FactLabel, string | undefined])[]): TemplateResult {
    return html`<dl class="facts">
      ${rows.map(([label, value]) => (value === undefined ? nothing : html`<dt>${this.i18n.t(label)}</dt><dd>${value}</dd>`))}
    </dl>`;
  }

  private optionalDate(day: string | null | undefined): string | undefined {
    return day ? this.i18n.date(day) : undefined;
  }

  private text(value: LocalizedText): string {
    return value[this.i18n.language];
  }

  protected override firstUpdated(): void {
    this.announce();
  }

  private get pageTitle(): string {
    const detail = this.detail.value;
    if (this.loadState === LoadState.notFound) return this.i18n.t('notFoundTitle');
    if (this.loadState !== LoadState.loaded || !detail) return this.i18n.t('areaTitle');
    return this.text(detail.subject);
  }

  private announce(): void {
    const detail = this.detail.value;
    // A request's page says its own title.
    if (!this.hasUpdated || detail?.kind === 'clarification-request') return;
    const kind = detail && this.loadState === LoadState.loaded ? ` – ${this.i18n.t(`kind.${detail.kind}`)}` : '';
    portalBus.publish(PageTopic, { area: AREA, title: `${this.pageTitle}${kind}` });
  }

  private async print(): Promise<void> {
    this.printedAt = new Date();
    await this.updateComplete;
    window.print();
  }

  private backLink(): TemplateResult {
    return html`<a href=${this.basePath} @click=${followInternalLink}>${this.i18n.t('backToArea')}</a>`;
  }

  protected override render(): TemplateResult {
    const detail = this.detail.value;
    const state = this.loadState;
    if (state === LoadState.loaded && detail?.kind === 'clarification-request') {
      return html`<unemployment-security-request
        .requestId=${detail.id}
        .request=${detail}
        .basePath=${this.basePath}
      ></unemployment-security-request>`;
    }
    if (state === LoadState.loaded) {
      if (detail?.kind === 'statement') return this.renderStatement(detail);
      return detail?.kind === 'payment-notice' ? this.renderNotice(detail) : html``;
    }
    const t = this.i18n.t.bind(this.i18n);
    return html`<h1 tabindex="-1">${this.pageTitle}</h1>
      ${state === LoadState.notFound ? html`<p>${t('notFound')}</p>` : loadView(this.detail, { loading: t('loading'), failed: t('loadFailed'), retry: t('retry') }, () => nothing)}
      ${state === LoadState.notFound || state === LoadState.failed ? html`<p>${this.backLink()}</p>` : nothing}`;
  }

  private heading(detail: Statement | PaymentNotice, kind: string): TemplateResult {
    return html`<p class="caption">${kind}</p>
      <h1 tabindex="-1">${this.text(detail.subject)}</h1>`;
  }

  private renderStatement(statement: Statement): TemplateResult {
    const language = this.i18n.language;
    return html`<article class="document statement">
        ${this.heading(statement, this.i18n.t('kind.statement'))}
        ${
          statement.cancelledOn
            ? html`<div class="notice cancelled">
              <p><strong>${this.i18n.t('cancelledNotice', { date: this.i18n.date(statement.cancelledOn) })}</strong></p>
              ${statement.cancellationReason ? html`<p>${this.i18n.t('cancellationReason', { reason: this.text(statement.cancellationReason) })}</p>` : nothing}
            </div>`
            : nothing
        }
        ${this.facts([
          ['issuedOn', this.i18n.date(statement.issuedOn)],
          ['payer', this.text(statement.payer)],
          ['effectiveFrom', this.optionalDate(statement.effectiveFrom)],
          ['legalBasis', this.text(statement.legalBasis)],
        ])}
        <section class="body" aria-labelledby="body-heading">
          <h2 id="body-heading">${this.i18n.t('statementHeading')}</h2>
          ${statement.body.map((paragraph) => html`<p>${this.text(paragraph)}</p>`)}
        </section>
        ${contactSection(statement.issuer, language, 'contact-heading')} ${this.renderPrinted()}
      </article>
      ${this.renderActions()}`;
  }

  private renderNotice(notice: PaymentNotice): TemplateResult {
    const language = this.i18n.language;
    return html`<article class="document payment-notice">
        ${this.heading(notice, this.i18n.t('kind.payment-notice'))}
        ${this.facts([
          ['noticeKind', this.i18n.t(`noticeKind.${notice.noticeKind}`)],
          ['training', this.text(notice.training)],
          ['provider', notice.provider],
          ['startDate', this.optionalDate(notice.startDate)],
          ['endDate', this.optionalDate(notice.endDate)],
          ['payer', this.text(notice.payer)],
          ['issuedOn', this.i18n.date(notice.issuedOn)],
        ])}
        ${
          // A training of the portal's catalogue: its page (Labour market training) is a link away.
          notice.trainingId !== undefined
            ? html`<p class="training-link no-print">
              <a href=${TRAINING_PAGES.training(notice.trainingId)} @click=${followInternalLink}
                >${this.i18n.t('trainingLink', { training: this.text(notice.training) })}</a
              >
            </p>`
            : nothing
        }
        ${
          notice.body.length > 0
            ? html`<section class="body" aria-labelledby="body-heading">
              <h2 id="body-heading">${this.i18n.t('noticeHeading')}</h2>
              ${notice.body.map((paragraph) => html`<p>${this.text(paragraph)}</p>`)}
            </section>`
            : nothing
        }
        ${contactSection(notice.issuer, language, 'contact-heading')} ${this.renderPrinted()}
      </article>
      ${this.renderActions()}`;
  }

  /** On paper only: where and when it was printed, so a printout is not mistaken for the original letter. */
  private renderPrinted(): TemplateResult {
    return html`<p class="print-only printed">${this.i18n.t('printedFrom', { time: this.i18n.dateTime(this.printedAt) })}</p>`;
  }

  private renderActions(): TemplateResult {
    return html`<div class="actions">
      <button class="button print" type="button" @click=${() => void this.print()}>${this.i18n.t('print')}</button>
      ${this.backLink()}
    </div>`;
  }
}
