import { html, nothing, type TemplateResult } from 'lit';
import type { ChangeReportSummary, Handler, JobSearch, JobSeekingPeriod } from '@portal/shared-contracts/job-search';
import { telHref, type LocaleController } from '@portal/ui-kit/page';
import type { MessageKey } from '../profile-app.messages.js';

type Words = LocaleController<MessageKey>;

export interface JobSeekingOptions {
  /** The job seeking; undefined while loading, 'failed' for its own notice and retry. */
  readonly jobSearch: JobSearch | 'failed' | undefined;
  /** Where the job-search area lives: reporting changes, registering and ending happen there. */
  readonly jobSearchPath: string;
  readonly onRetry: () => void;
}

/** The job seeking section: its state, or its own loading and failure (the basic data shows regardless). */
export function jobSeekingSection(i18n: Words, o: JobSeekingOptions): TemplateResult {
  const jobSearch = o.jobSearch;
  return html`<section aria-labelledby="job-seeking">
    <h2 id="job-seeking" tabindex="-1">${i18n.t('jobSeeking')}</h2>
    ${
      jobSearch === undefined
        ? html`<p role="status">${i18n.t('jobSearchLoading')}</p>`
        : jobSearch === 'failed'
          ? html`<div class="notice error">
            <p id="job-search-failed">${i18n.t('jobSearchFailed')}</p>
            <button class="button retry-job-search" type="button" aria-describedby="job-search-failed" @click=${o.onRetry}>${i18n.t('retry')}</button>
          </div>`
          : jobSeeking(i18n, jobSearch, o.jobSearchPath)
    }
  </section>`;
}

function jobSeeking(i18n: Words, jobSearch: JobSearch, jobSearchPath: string): TemplateResult {
  const { period, handler } = jobSearch;
  if (jobSearch.state === 'not-registered' || !period) {
    return html`
      <p>${i18n.t('notRegistered')}</p>
      <p>${i18n.t('notRegisteredNote')}</p>
      ${
        handler
          ? html`<dl class="facts">
            <dt>${i18n.t('handler')}</dt>
            <dd>${handlerDetails(i18n, handler)}</dd>
          </dl>`
          : nothing
      }
      ${earlierPeriods(i18n, jobSearch.earlierPeriods)}
      <p class="to-area"><a href=${jobSearchPath}>${i18n.t('registerLink')}</a></p>
    `;
  }
  return html`
    ${jobSeekingFacts(i18n, jobSearch, period)}
    <h3>${i18n.t('changesHeading')}</h3>
    ${
      jobSearch.changes.length === 0
        ? html`<p>${i18n.t('changesEmpty')}</p>`
        : html`<ul class="items changes">
          ${jobSearch.changes.map((change) => changeReport(i18n, change))}
        </ul>`
    }
    ${earlierPeriods(i18n, jobSearch.earlierPeriods)}
    <p class="to-area">
      ${
        jobSearch.state === 'active'
          ? html`${i18n.t('jobSearchLinkIntro')} <a href=${jobSearchPath}>${i18n.t('jobSearchLink')}</a>`
          : html`<a href=${jobSearchPath}>${i18n.t('registerAgainLink')}</a>`
      }
    </p>
  `;
}

/** A registered person's job seeking: validity, status, handler, contact, benefit, payer, assessment. */
function jobSeekingFacts(i18n: Words, jobSearch: JobSearch, period: JobSeekingPeriod): TemplateResult {
  const { handler, registration, assessment, payer } = jobSearch;
  return html`<dl class="facts">
    <dt>${i18n.t('validity')}</dt>
    <dd>${validity(i18n, jobSearch.state, period)}</dd>
    <dt>${i18n.t('jobSeekerStatus')}</dt>
    <dd>${period.status.label[i18n.language]}</dd>
    ${
      handler
        ? html`<dt>${i18n.t('handler')}</dt>
          <dd>${handlerDetails(i18n, handler)}</dd>`
        : nothing
    }
    ${
      registration
        ? html`<dt>${i18n.t('contactAtRegistration')}</dt>
          <dd>
            <span class="line">${i18n.t('phone')}: ${registration.phone}</span>
            <span class="line">${i18n.t('email')}: ${registration.email ?? i18n.t('notGiven')}</span>
          </dd>
          <dt>${i18n.t('benefit')}</dt>
          <dd>${i18n.t(`benefit.${registration.benefit.status}`)}</dd>`
        : nothing
    }
    ${
      payer
        ? html`<dt>${i18n.t('payer')}</dt>
          <dd>${payer.name[i18n.language]}</dd>`
        : nothing
    }
    ${
      assessment
        ? html`<dt>${i18n.t('assessment')}</dt>
          <dd>
            ${i18n.t(`assessment.${assessment.state}`)}.
            ${assessment.completedAt ? i18n.t('assessmentAnsweredOn', { date: i18n.date(assessment.completedAt) }) : nothing}
            ${i18n.t('assessmentDue', { date: i18n.date(assessment.dueDate) })}
          </dd>`
        : nothing
    }
  </dl>`;
}

/** "Valid since 1.3.2026." / "Ended on 31.10.2026. Reason: found work." */
function validity(i18n: Words, state: JobSearch['state'], period: JobSeekingPeriod): string {
  const parts: string[] = [];
  if (state === 'ended' && period.endDate) {
    parts.push(i18n.t('endedOn', { date: i18n.date(period.endDate) }));
  } else {
    parts.push(i18n.t('validSince', { date: i18n.date(period.startDate) }));
    // Ending can be reported ahead: the period is still valid until that day.
    if (period.endDate) parts.push(i18n.t('endsOn', { date: i18n.date(period.endDate) }));
  }
  if (period.endReason) parts.push(i18n.t('endReasonIs', { reason: i18n.t(`endReason.${period.endReason}`) }));
  return parts.join(' ');
}

function handlerDetails(i18n: Words, handler: Handler): TemplateResult {
  const language = i18n.language;
  if (handler.kind === 'protected') {
    return html`<span class="line">${i18n.t('handlerProtected')}</span>
      <span class="line">${handler.name[language]}, <a href=${telHref(handler.phone)}>${handler.phone}</a></span>`;
  }
  return html`<span class="line"><strong>${handler.name[language]}</strong></span>
    ${handler.address ? html`<span class="line">${handler.address}</span>` : nothing}
    <span class="line">${i18n.t('phone')}: <a href=${telHref(handler.phone)}>${handler.phone}</a></span>
    ${handler.email ? html`<span class="line">${i18n.t('email')}: <a href="mailto:${handler.email}">${handler.email}</a></span>` : nothing}
    ${handler.serviceHours ? html`<span class="line">${i18n.t('serviceHours')}: ${handler.serviceHours[language]}</span>` : nothing}
    ${handler.url ? html`<span class="line"><a href=${handler.url}>${handler.url}</a></span>` : nothing}`;
}

function changeReport(i18n: Words, change: ChangeReportSummary): TemplateResult {
  const notice = change.payerNotice;
  return html`<li>
    <strong>${i18n.t(`change.${change.kind}`)}</strong>
    <span>${dateRange(i18n, change.startDate, change.endDate)}</span>
    <span>${i18n.t('historyReceived', { date: i18n.date(change.receivedAt) })}</span>
    <span class="notice-to-payer"
      >${
        notice
          ? i18n.t('payerNoticeSent', { payer: notice.payer.name[i18n.language], date: i18n.date(notice.createdAt) })
          : i18n.t('payerNoticeNone')
      }</span
    >
  </li>`;
}

function earlierPeriods(i18n: Words, periods: readonly JobSeekingPeriod[]): TemplateResult | typeof nothing {
  if (periods.length === 0) return nothing;
  return html`<h3>${i18n.t('earlierPeriods')}</h3>
    <ul class="items periods">
      ${periods.map(
        (period) => html`<li>
          <strong>${dateRange(i18n, period.startDate, period.endDate)}</strong>
          <span>${period.status.label[i18n.language]}</span>
          ${period.endReason ? html`<span>${i18n.t('endReasonIs', { reason: i18n.t(`endReason.${period.endReason}`) })}</span>` : nothing}
        </li>`,
      )}
    </ul>`;
}

/** "1.3.2024–31.8.2024", or "1.3.2024 alkaen" while it goes on. */
export function dateRange(i18n: Words, start: string, end: string | null): string {
  return end ? i18n.t('periodRange', { start: i18n.date(start), end: i18n.date(end) }) : i18n.t('fromDate', { date: i18n.date(start) });
}
