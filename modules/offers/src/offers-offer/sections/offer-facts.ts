import { html, nothing, type TemplateResult } from 'lit';
import type { JobOffer, TrainingOffer } from '@portal/shared-contracts/offers';
import type { LocaleController } from '@portal/ui-kit/page';
import { applyByTag } from '../../deadlines.js';
import { applyLink, dateRange, outcomeLabel, stateLabel } from '../../offer-text.js';
import { ReportMode, reportModeOf } from '../../report-mode.js';
import type { MessageKey } from '../offers-offer.messages.js';

// The facts of an offer on its page: what it is, where, by when, and where it stands.

type Words = LocaleController<MessageKey>;

/** A job offer's facts: employer, place, dates, its state and what was reported. */
export function jobFacts(job: JobOffer, i18n: Words): TemplateResult {
  const language = i18n.language;
  const open = reportModeOf(job) === ReportMode.apply;
  return html`<dl class="facts">
    <dt>${i18n.t('employer')}</dt>
    <dd class="employer">${job.employer}</dd>
    <dt>${i18n.t('location')}</dt>
    <dd>${job.location}</dd>
    <dt>${i18n.t('offeredOn')}</dt>
    <dd>${i18n.date(job.offeredOn)}</dd>
    <dt>${i18n.t('applyBy')}</dt>
    <dd class="with-tag">${i18n.date(job.applyBy)} ${open ? applyByTag(job.applyBy, language) : nothing}</dd>
    <dt>${i18n.t('state')}</dt>
    <dd class="state"><strong class="tag ${open ? 'open' : ''}">${stateLabel(job.state, language)}</strong></dd>
    ${
      job.outcome
        ? html`<dt>${i18n.t('outcome')}</dt>
          <dd class="outcome">${outcomeLabel(job.outcome, language)}</dd>`
        : nothing
    }
    ${
      job.notAppliedReason
        ? html`<dt>${i18n.t('reasonGiven')}</dt>
          <dd class="pre-line">${job.notAppliedReason}</dd>`
        : nothing
    }
    ${
      job.reportedAt
        ? html`<dt>${i18n.t('reportedAt')}</dt>
          <dd>${i18n.dateTime(job.reportedAt)}</dd>`
        : nothing
    }
  </dl>`;
}

/** A training offer: its facts, and the link to apply (the portal's training area, or another training service). */
export function trainingFacts(training: TrainingOffer, i18n: Words): TemplateResult {
  const language = i18n.language;
  return html`
    <dl class="facts">
      <dt>${i18n.t('provider')}</dt>
      <dd>${training.provider}</dd>
      <dt>${i18n.t('dates')}</dt>
      <dd>${dateRange(training, language)}</dd>
      <dt>${i18n.t('offeredOn')}</dt>
      <dd>${i18n.date(training.offeredOn)}</dd>
      <dt>${i18n.t('applyBy')}</dt>
      <dd class="with-tag">${i18n.date(training.applyBy)} ${applyByTag(training.applyBy, language)}</dd>
    </dl>
    <p class="training-intro">${i18n.t(training.applyUrl.startsWith('/') ? 'trainingIntroPortal' : 'trainingIntro', { date: i18n.date(training.applyBy) })}</p>
    <p>${applyLink(training, language)}</p>
  `;
}
