import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { CustomerTopic, formatMessage, LocaleTopic, TopicController } from '@portal/shared-contracts';
import { currentLocale } from '../../i18n/translate.js';
import {
  CHOSEN_LANGUAGE_NAMES,
  noteMessages,
  SERVICE_LANGUAGE_CHANGE_PATH,
  SERVICE_LANGUAGE_NAMES,
} from './shell-language-note.messages.js';
import { styles } from './shell-language-note.styles.js';

/** How long the live region stays empty after it is added (screen readers announce changes to a region they know). */
const LIVE_REGION_DELAY_MS = 50;

/**
 * A short note for a signed-in person whose pages are in another language than their service
 * language (asiointikieli, what the TE services use with them): reading the portal in English does
 * not change that, and the note links to where it is changed. A polite live region, so the note is
 * heard when a choice in the language menu makes it appear, without taking the focus.
 *
 * @summary The service language stays as it was when the portal's language is changed.
 */
export class ShellLanguageNote extends LitElement {
  static override styles = styles;
  static override properties = { live: { state: true } };

  /**
   * False for a moment after the element is put on the page: the live region is there empty first,
   * then gets its words, so they are heard even when the element is added at the moment they apply.
   */
  declare live: boolean;

  private readonly locale = new TopicController(this, LocaleTopic);
  private readonly customer = new TopicController(this, CustomerTopic);

  constructor() {
    super();
    this.live = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    setTimeout(() => (this.live = true), LIVE_REGION_DELAY_MS);
  }

  protected override render(): TemplateResult {
    const locale = this.locale.value?.locale ?? currentLocale();
    const service = this.customer.value?.customer?.preferredLanguage;
    const t = noteMessages[locale];
    return html`<div role="status">
      ${
        !this.live || service === undefined || service === locale
          ? nothing
          : html`<p>
              ${formatMessage(t.before, { service: SERVICE_LANGUAGE_NAMES[locale][service], chosen: CHOSEN_LANGUAGE_NAMES[locale] })}<a
                href=${SERVICE_LANGUAGE_CHANGE_PATH}
                >${t.link}</a
              >${t.after}
            </p>`
      }
    </div>`;
  }
}
