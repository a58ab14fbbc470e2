import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@portal/shared-contracts';
import type { Contact } from '@portal/shared-contracts/unemployment-security';
import { telHref } from '@portal/ui-kit/page';
import { areaText } from './area.js';

/**
 * Who gives more information (an office or an official) with their channels as links: `tel:` and
 * `mailto:` open the phone's dialler or the mail program. `id` names its h2 (unique on the page).
 */
export function contactSection(contact: Contact, locale: Locale, id: string): TemplateResult {
  return html`<section class="contact" aria-labelledby=${id}>
    <h2 id=${id}>${areaText(locale, 'contactHeading')}</h2>
    <p class="contact-name">${contact.name[locale]}</p>
    ${
      contact.phone || contact.email
        ? html`<dl class="facts">
          ${
            contact.phone
              ? html`<dt>${areaText(locale, 'phone')}</dt>
                <dd><a href=${telHref(contact.phone)}>${contact.phone}</a></dd>`
              : nothing
          }
          ${
            contact.email
              ? html`<dt>${areaText(locale, 'email')}</dt>
                <dd><a href="mailto:${contact.email}">${contact.email}</a></dd>`
              : nothing
          }
        </dl>`
        : nothing
    }
  </section>`;
}
