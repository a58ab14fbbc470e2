import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { fetchJson, formatDate, formatMessage, LocaleTopic, SessionTopic, TopicController } from '@portal/shared-contracts';
import { TERMS_PATHS, TermsAcknowledgedShape, type TermsVersionInfo } from '@portal/shared-contracts/terms-words';
import { currentLocale } from '../../i18n/translate.js';
import { termsNoticeMessages } from './shell-terms-notice.messages.js';
import { styles } from './shell-terms-notice.styles.js';

/**
 * A change of the terms of use, announced before it takes effect (the terms promise it). Without
 * `acknowledge` it only announces; with it (signed in), the person dismisses it
 * with a button, which records their acknowledgement (POST /api/terms/acknowledgements), so the
 * notice does not come back on any device. Dismissed, the notice goes and the focus moves to the
 * main region it was at the top of, so a keyboard user continues from the page, not from nowhere.
 *
 * @summary Announces an upcoming version of the terms of use.
 * @fires shell-terms-acknowledged - The acknowledgement was recorded and the notice is gone.
 */
export class ShellTermsNotice extends LitElement {
  static override styles = styles;
  static override properties = {
    version: { attribute: false },
    acknowledge: { type: Boolean },
    sending: { state: true },
    failed: { state: true },
  };

  /** The version announced. */
  declare version: TermsVersionInfo | undefined;
  /** Signed in: the notice has the button that records the acknowledgement. */
  declare acknowledge: boolean;
  declare sending: boolean;
  declare failed: boolean;

  private readonly locale = new TopicController(this, LocaleTopic);
  // Signed out (or timed out) on this page: a person's notice is no longer theirs to dismiss.
  private readonly session = new TopicController(this, SessionTopic);

  constructor() {
    super();
    this.version = undefined;
    this.acknowledge = false;
    this.sending = false;
    this.failed = false;
  }

  private async acknowledged(): Promise<void> {
    const version = this.version;
    if (!version || this.sending) return;
    this.sending = true;
    this.failed = false;
    try {
      await fetchJson(TERMS_PATHS.acknowledgements, TermsAcknowledgedShape, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ version: version.version }),
      });
    } catch (error) {
      console.warn('The acknowledgement of the terms could not be saved', error);
      this.failed = true;
      this.sending = false;
      return;
    }
    // The main region it was at the top of takes the focus, so reading goes on from the page.
    const main = this.closest('main') ?? document.getElementById('main');
    this.hidden = true;
    main?.focus();
    this.dispatchEvent(new Event('shell-terms-acknowledged', { bubbles: true, composed: true }));
    this.remove();
  }

  protected override render(): TemplateResult | typeof nothing {
    const version = this.version;
    const status = this.session.value?.status;
    if (!version || (this.acknowledge && status !== undefined && status !== 'signed-in')) return nothing;
    const locale = this.locale.value?.locale ?? currentLocale();
    const words = termsNoticeMessages[locale];
    return html`<section class="notice" aria-labelledby="terms-notice-title">
      <p class="title" id="terms-notice-title">${formatMessage(words.title, { date: formatDate(version.effectiveFrom, locale) })}</p>
      <p>${version.summary[locale]}</p>
      <div class="actions">
        <a href=${`/terms?version=${encodeURIComponent(version.version)}`}>${words.read}</a>
        ${
          this.acknowledge
            ? html`<button class="button secondary" type="button" aria-disabled=${this.sending ? 'true' : 'false'} @click=${this.acknowledged}>
              ${this.sending ? words.sending : words.acknowledge}
            </button>`
            : nothing
        }
      </div>
      ${this.failed ? html`<p class="notice error" role="alert">${words.failed}</p>` : nothing}
    </section>`;
  }
}
