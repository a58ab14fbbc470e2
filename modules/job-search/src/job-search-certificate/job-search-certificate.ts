import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  DEFAULT_LOCALE,
  fetchJson,
  formatDate,
  formatMessage,
  LocaleTopic,
  PageTopic,
  portalBus,
  TopicController,
  type Locale,
} from '@portal/shared-contracts';
import {
  CertificateSchema,
  JOB_SEARCH_PATHS,
  type Certificate,
  type Handler,
} from '@portal/shared-contracts/job-search';
import { baseStyles, followInternalLink, formatDateTime, isNotFound } from '../form-kit/form-kit.js';
import { messages, type MessageKey } from './job-search-certificate.messages.js';
import { styles } from './job-search-certificate.styles.js';

export const CertificateState = { loading: 'loading', loaded: 'loaded', notFound: 'not-found', failed: 'failed' } as const;
export type CertificateState = (typeof CertificateState)[keyof typeof CertificateState];

/**
 * A printable certificate of valid job seeking (DOMAIN: "the customer can print a certificate of
 * it"), from `GET /api/job-search/certificate`: who, since when, the situation, the handler, when
 * it was issued and a reference code a payer or employer can quote to the office. Printing is the
 * browser's, with a print stylesheet (no buttons, black on white, no section split across pages).
 * Without valid job seeking (404) it says so and links to the registration.
 *
 * @summary Certificate of valid job seeking, for printing.
 */
export class JobSearchCertificate extends LitElement {
  static override styles = [baseStyles, styles];
  static override properties = {
    basePath: { attribute: 'base-path' },
    loadState: { state: true },
    certificate: { state: true },
  };

  declare basePath: string;
  declare loadState: CertificateState;
  declare certificate: Certificate | undefined;

  private readonly locale = new TopicController(this, LocaleTopic, () => this.announce());
  private requested = false;

  constructor() {
    super();
    this.basePath = '/job-search';
    this.loadState = CertificateState.loading;
    this.certificate = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.requested) void this.fetchCertificate();
  }

  private get language(): Locale {
    return this.locale.value?.locale ?? DEFAULT_LOCALE;
  }

  private t(key: MessageKey, params?: Record<string, string>): string {
    return formatMessage(messages[this.language][key], params);
  }

  /** Fetches the certificate: issued now, so every visit gives a fresh one. */
  async fetchCertificate(): Promise<void> {
    this.requested = true;
    this.loadState = CertificateState.loading;
    try {
      this.certificate = await fetchJson(JOB_SEARCH_PATHS.certificate, CertificateSchema);
      this.loadState = CertificateState.loaded;
    } catch (error) {
      this.loadState = isNotFound(error) ? CertificateState.notFound : CertificateState.failed;
    }
  }

  protected override firstUpdated(): void {
    this.announce();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('loadState') && this.loadState === CertificateState.failed) {
      this.renderRoot.querySelector<HTMLButtonElement>('.retry')?.focus();
    }
  }

  private announce(): void {
    if (this.hasUpdated) portalBus.publish(PageTopic, { area: 'job-search', title: this.t('title') });
  }

  protected override render(): TemplateResult {
    return html`<h1 tabindex="-1">${this.t('title')}</h1>
      ${this.renderBody()}`;
  }

  private renderBody(): TemplateResult {
    switch (this.loadState) {
      case CertificateState.loaded:
        return this.certificate ? this.renderCertificate(this.certificate) : html``;
      case CertificateState.notFound:
        return html`<div class="notice" role="status">
            <p>${this.t('notFound')}</p>
          </div>
          <p><a class="button" href="${this.basePath}/register" @click=${followInternalLink}>${this.t('register')}</a></p>
          <p><a href=${this.basePath} @click=${followInternalLink}>${this.t('back')}</a></p>`;
      case CertificateState.failed:
        return html`<div class="notice error" role="alert">
            <p>${this.t('loadFailed')}</p>
            <button class="button retry" type="button" @click=${() => void this.fetchCertificate()}>${this.t('retry')}</button>
          </div>
          <p><a href=${this.basePath} @click=${followInternalLink}>${this.t('back')}</a></p>`;
      default:
        return html`<p role="status" aria-live="polite">${this.t('loading')}</p>`;
    }
  }

  private handlerText(handler: Handler | null): string | typeof nothing {
    if (!handler) return nothing;
    return `${handler.name[this.language]}, ${handler.phone}`;
  }

  private renderCertificate(c: Certificate): TemplateResult {
    const language = this.language;
    return html`
      <p class="intro">${this.t('intro')}</p>
      <article class="certificate" aria-labelledby="statement">
        <p class="statement" id="statement">${this.t('statement', { name: c.fullName, date: formatDate(c.startDate, language) })}</p>
        <section aria-labelledby="person-heading">
          <h2 id="person-heading">${this.t('personHeading')}</h2>
          <dl>
            <dt>${this.t('name')}</dt>
            <dd>${c.fullName}</dd>
            ${c.henkilotunnus
              ? html`<dt>${this.t('hetu')}</dt>
                  <dd>${c.henkilotunnus}</dd>`
              : c.birthDate
                ? html`<dt>${this.t('birthDate')}</dt>
                    <dd>${formatDate(c.birthDate, language)}</dd>`
                : nothing}
          </dl>
        </section>
        <section aria-labelledby="job-seeking-heading">
          <h2 id="job-seeking-heading">${this.t('jobSeekingHeading')}</h2>
          <dl>
            <dt>${this.t('startDate')}</dt>
            <dd>${formatDate(c.startDate, language)}</dd>
            <dt>${this.t('status')}</dt>
            <dd>${c.status.label[language]}</dd>
            ${c.handler
              ? html`<dt>${this.t('handler')}</dt>
                  <dd>${this.handlerText(c.handler)}</dd>`
              : nothing}
            <dt>${this.t('issuedAt')}</dt>
            <dd>${formatDateTime(c.issuedAt, language)}</dd>
            <dt>${this.t('reference')}</dt>
            <dd><span class="reference">${c.reference}</span></dd>
          </dl>
          <p class="muted">${this.t('referenceHint')}</p>
        </section>
        <p class="issued-by">${this.t('issuedBy')}</p>
      </article>
      <div class="actions">
        <button class="button print" type="button" @click=${() => window.print()}>${this.t('print')}</button>
        <a href=${this.basePath} @click=${followInternalLink}>${this.t('back')}</a>
      </div>
    `;
  }
}
