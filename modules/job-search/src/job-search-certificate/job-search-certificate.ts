import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { fetchJson, PageTopic, portalBus } from '@portal/shared-contracts';
import { CertificateSchema, JOB_SEARCH_PATHS, type Certificate, type Handler } from '@portal/shared-contracts/job-search';
import { followInternalLink, LoadController, LoadState, LocaleController, notice, withUiMessages } from '@portal/ui-kit/page';
import { baseStyles } from '@portal/ui-kit/styles';
import { AREA, DEFAULT_BASE_PATH, withAreaMessages } from '../area.js';
import { messages } from './job-search-certificate.messages.js';
import { styles } from './job-search-certificate.styles.js';

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
  static override properties = { basePath: { attribute: 'base-path' } };

  declare basePath: string;

  private readonly i18n = new LocaleController(this, withUiMessages(withAreaMessages(messages)), { changed: () => this.announce() });
  /** The certificate: issued now, so every visit gives a fresh one. */
  private readonly data = new LoadController(this, {
    args: (): [] => [],
    task: (_args, signal) => fetchJson(JOB_SEARCH_PATHS.certificate, CertificateSchema, { signal }),
    settled: (state) => {
      if (state === LoadState.failed) this.renderRoot.querySelector<HTMLButtonElement>('.retry')?.focus();
    },
  });

  constructor() {
    super();
    this.basePath = DEFAULT_BASE_PATH;
  }

  /** Where the read of the certificate stands (loading until the first answer). */
  get loadState(): LoadState {
    return this.data.state === LoadState.idle ? LoadState.loading : this.data.state;
  }

  get certificate(): Certificate | undefined {
    return this.data.value;
  }

  protected override firstUpdated(): void {
    this.announce();
  }

  private announce(): void {
    if (this.hasUpdated) portalBus.publish(PageTopic, { area: AREA, title: this.i18n.t('title') });
  }

  protected override render(): TemplateResult {
    return html`<h1 tabindex="-1">${this.i18n.t('title')}</h1>
      ${this.renderBody()}`;
  }

  private renderBody(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const back = html`<p><a href=${this.basePath} @click=${followInternalLink}>${t('backToJobSearch')}</a></p>`;
    switch (this.loadState) {
      case LoadState.loaded:
        return this.certificate ? this.renderCertificate(this.certificate) : html``;
      case LoadState.notFound:
        return html`<div class="notice" role="status">
            <p>${t('notFound')}</p>
          </div>
          <p><a class="button" href="${this.basePath}/register" @click=${followInternalLink}>${t('register')}</a></p>
          ${back}`;
      case LoadState.failed:
        return html`${notice('error', t('loadFailed'), html`<button class="button retry" type="button" @click=${() => void this.data.run()}>${t('retry')}</button>`)}
        ${back}`;
      default:
        return html`<p role="status" aria-live="polite">${t('loading')}</p>`;
    }
  }

  private handlerText(handler: Handler | null): string | typeof nothing {
    if (!handler) return nothing;
    return `${handler.name[this.i18n.language]}, ${handler.phone}`;
  }

  private renderCertificate(c: Certificate): TemplateResult {
    const language = this.i18n.language;
    return html`
      <p class="intro">${this.i18n.t('intro')}</p>
      <article class="certificate" aria-labelledby="statement">
        <p class="statement" id="statement">${this.i18n.t('statement', { name: c.fullName, date: this.i18n.date(c.startDate) })}</p>
        <section aria-labelledby="person-heading">
          <h2 id="person-heading">${this.i18n.t('personHeading')}</h2>
          <dl class="facts">
            <dt>${this.i18n.t('name')}</dt>
            <dd>${c.fullName}</dd>
            ${
              c.henkilotunnus
                ? html`<dt>${this.i18n.t('hetu')}</dt>
                  <dd>${c.henkilotunnus}</dd>`
                : c.birthDate
                  ? html`<dt>${this.i18n.t('birthDate')}</dt>
                    <dd>${this.i18n.date(c.birthDate)}</dd>`
                  : nothing
            }
          </dl>
        </section>
        <section aria-labelledby="job-seeking-heading">
          <h2 id="job-seeking-heading">${this.i18n.t('jobSeekingHeading')}</h2>
          <dl class="facts">
            <dt>${this.i18n.t('startDate')}</dt>
            <dd>${this.i18n.date(c.startDate)}</dd>
            <dt>${this.i18n.t('status')}</dt>
            <dd>${c.status.label[language]}</dd>
            ${
              c.handler
                ? html`<dt>${this.i18n.t('handler')}</dt>
                  <dd>${this.handlerText(c.handler)}</dd>`
                : nothing
            }
            <dt>${this.i18n.t('issuedAt')}</dt>
            <dd>${this.i18n.dateTime(c.issuedAt)}</dd>
            <dt>${this.i18n.t('reference')}</dt>
            <dd><span class="reference">${c.reference}</span></dd>
          </dl>
          <p class="muted">${this.i18n.t('referenceHint')}</p>
        </section>
        <p class="issued-by">${this.i18n.t('issuedBy')}</p>
      </article>
      <div class="actions">
        <button class="button print" type="button" @click=${() => window.print()}>${this.i18n.t('print')}</button>
        <a href=${this.basePath} @click=${followInternalLink}>${this.i18n.t('backToJobSearch')}</a>
      </div>
    `;
  }
}
