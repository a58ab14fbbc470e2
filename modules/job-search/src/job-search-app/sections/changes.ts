import { html, nothing, type TemplateResult } from 'lit';
import type { ChangeReportSummary } from '@portal/shared-contracts/job-search';
import type { FrontPage } from './front-page.js';

// The changes the person has reported during this job seeking, and the notices they made for the
// benefit payer.

function change({ i18n }: FrontPage, report: ChangeReportSummary): TemplateResult {
  return html`<li>
    <p class="change-line">
      <strong>${i18n.t(`changeKind.${report.kind}`)}</strong>
      <span
        >${
          report.endDate
            ? `${i18n.date(report.startDate)}–${i18n.date(report.endDate)}`
            : i18n.t('changeFrom', { date: i18n.date(report.startDate) })
        }</span
      >
      <span class="muted">${i18n.t('changeReceived', { date: i18n.date(report.receivedAt) })}</span>
    </p>
    ${
      report.payerNotice
        ? html`<p class="payer-notice">
          ${i18n.t('payerNotice', { payer: report.payerNotice.payer.name[i18n.language], date: i18n.date(report.payerNotice.createdAt) })}
        </p>`
        : nothing
    }
  </li>`;
}

export function changesSection(page: FrontPage, changes: readonly ChangeReportSummary[]): TemplateResult {
  const { i18n } = page;
  return html`<section aria-labelledby="changes-heading">
    <h2 id="changes-heading">${i18n.t('changesHeading')}</h2>
    ${
      changes.length === 0
        ? html`<p>${i18n.t('changesEmpty')}</p>`
        : html`<ul class="changes">
          ${changes.map((report) => change(page, report))}
        </ul>`
    }
  </section>`;
}
