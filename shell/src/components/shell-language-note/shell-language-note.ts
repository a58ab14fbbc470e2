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

  private readonly locale = new TopicController(this, LocaleTopic);
  private readonly customer = new TopicController(this, CustomerTopic);

  protected override render(): TemplateResult {
    const locale = this.locale.value?.locale ?? currentLocale();
    const service = this.customer.value?.customer?.preferredLanguage;
    const t = noteMessages[locale];
    return html`<div role="status">
      ${
        service === undefined || service === locale
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
