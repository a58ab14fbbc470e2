import { html, type TemplateResult } from 'lit';
import type { ProfileChangeHistory } from '@portal/shared-contracts/profile';
import type { LocaleController } from '@portal/ui-kit/page';
import type { MessageKey } from '../profile-app.messages.js';

/** The change reports the person has sent; a failure to read them stays in this section. */
export function historySection(
  i18n: LocaleController<MessageKey>,
  history: ProfileChangeHistory['items'] | 'failed' | undefined,
): TemplateResult {
  return html`<section aria-labelledby="history">
    <h2 id="history" tabindex="-1">${i18n.t('historyHeading')}</h2>
    ${
      history === undefined
        ? html`<p role="status">${i18n.t('loading')}</p>`
        : history === 'failed'
          ? html`<p class="notice error">${i18n.t('historyFailed')}</p>`
          : history.length === 0
            ? html`<p>${i18n.t('historyEmpty')}</p>`
            : html`<ul class="history">
              ${history.map(
                (item) => html`<li>
                  <strong>${item.changed.map((field) => i18n.t(`field.${field}`)).join(', ')}</strong>
                  <span>${i18n.t('historyReceived', { date: i18n.date(item.receivedAt) })},
                    ${i18n.t('historyEffective', { date: i18n.date(item.effectiveDate) })}</span>
                  <span class="status ${item.status}">${i18n.t(`status.${item.status}`)}</span>
                </li>`,
              )}
            </ul>`
    }
  </section>`;
}
