import { html, nothing, type TemplateResult } from 'lit';
import { countryName, FINLAND } from '@portal/shared-contracts/countries';
import type { Profile } from '@portal/shared-contracts/profile';
import type { LocaleController } from '@portal/ui-kit/page';
import type { MessageKey } from '../profile-app.messages.js';

type Words = LocaleController<MessageKey>;

/** The basic data and the contact data, each its own section, and when they were last updated. */
export function basicDataSections(i18n: Words, p: Profile): TemplateResult {
  const notGiven = i18n.t('notGiven');
  return html`<section aria-labelledby="basic">
      <h2 id="basic" tabindex="-1">${i18n.t('basicData')}</h2>
      <dl class="facts">
        <dt>${i18n.t('lastName')}</dt>
        <dd>${p.lastName}</dd>
        <dt>${i18n.t('firstNames')}</dt>
        <dd>${p.firstNames}</dd>
        <dt>${i18n.t('givenName')}</dt>
        <dd>${p.givenName}</dd>
        <dt>${i18n.t('hetu')}</dt>
        <dd>${p.henkilotunnus ?? i18n.t('none')}</dd>
        <dt>${i18n.t('birthDate')}</dt>
        <dd>${p.birthDate ? i18n.date(p.birthDate) : notGiven}</dd>
        <dt>${i18n.t('homeMunicipality')}</dt>
        <dd>${p.homeMunicipality ? p.homeMunicipality.name[i18n.language] : notGiven}</dd>
        <dt>${i18n.t('language')}</dt>
        <dd>${i18n.t(`language.${p.preferredLanguage}`)}</dd>
      </dl>
    </section>
    <section aria-labelledby="contact">
      <h2 id="contact" tabindex="-1">${i18n.t('contactData')}</h2>
      <dl class="facts">
        <dt>${i18n.t('address')}</dt>
        <dd>${address(i18n, p)}</dd>
        <dt>${i18n.t('phone')}</dt>
        <dd>${p.phone ?? notGiven}</dd>
        <dt>${i18n.t('email')}</dt>
        <dd>${p.email ?? notGiven}</dd>
        <dt>${i18n.t('contactChannel')}</dt>
        <dd>${i18n.t(`channel.${p.contactChannel}`)}</dd>
      </dl>
    </section>
    <p class="updated">${i18n.t('updatedAt', { date: i18n.date(p.updatedAt) })}</p>`;
}

function address(i18n: Words, p: Profile): TemplateResult | string {
  if (p.addressProtected) return i18n.t('addressProtected');
  if (!p.address) return i18n.t('notGiven');
  const { street, postalCode, postOffice, country } = p.address;
  // Abroad the country is named in the page's language, from the platform's names (the helper the
  // change form and other areas use); in Finland it goes without saying.
  const abroad = country === FINLAND ? '' : countryName(country, i18n.language);
  return html`${street}<br />${[postalCode, postOffice].filter((part) => part !== '').join(' ')}${abroad ? html`<br />${abroad}` : nothing}`;
}
