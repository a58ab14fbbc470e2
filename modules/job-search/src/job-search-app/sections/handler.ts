import { html, nothing, type TemplateResult } from 'lit';
import type { Handler } from '@portal/shared-contracts/job-search';
import { telHref } from '@portal/ui-kit/page';
import type { FrontPage } from './front-page.js';

// Who handles the person's job seeking, and how to reach them. Someone with a protection order sees
// no office (its name would tell where they live), only the national service number.

/** A fact of the handler's card, when the handler has it. */
function fact(label: string, value: TemplateResult | string | undefined): TemplateResult | typeof nothing {
  return value === undefined
    ? nothing
    : html`<dt>${label}</dt>
        <dd>${value}</dd>`;
}

function officeFacts({ i18n }: FrontPage, handler: Exclude<Handler, { kind: 'protected' }>): TemplateResult {
  const language = i18n.language;
  return html`<p class="handler-name">${handler.name[language]}</p>
    <dl class="facts">
      <dt>${i18n.t('phone')}</dt>
      <dd><a href=${telHref(handler.phone)}>${handler.phone}</a></dd>
      ${fact(i18n.t('email'), handler.email ? html`<a href="mailto:${handler.email}">${handler.email}</a>` : undefined)}
      ${fact(i18n.t('address'), handler.address || undefined)} ${fact(i18n.t('serviceHours'), handler.serviceHours?.[language])}
      ${fact(i18n.t('website'), handler.url ? html`<a href=${handler.url}>${handler.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}</a>` : undefined)}
    </dl>`;
}

export function handlerSection(page: FrontPage, handler: Handler | null): TemplateResult {
  const { i18n } = page;
  let body: TemplateResult;
  if (!handler) {
    body = html`<p>${i18n.t('handlerUnknown')}</p>`;
  } else if (handler.kind === 'protected') {
    body = html`<p>${i18n.t('handlerProtected')}</p>
      <p>${i18n.t('handlerProtectedContact')}</p>
      <dl class="facts">
        <dt>${handler.name[i18n.language]}</dt>
        <dd><a href=${telHref(handler.phone)}>${handler.phone}</a></dd>
      </dl>`;
  } else {
    body = officeFacts(page, handler);
  }
  return html`<section class="card handler" aria-labelledby="handler-heading">
    <h2 id="handler-heading">${i18n.t('handlerHeading')}</h2>
    ${body}
  </section>`;
}
