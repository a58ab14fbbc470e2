import { html, nothing, type TemplateResult } from 'lit';
import type { JobApplication, JobSearchObligation, ObligationPeriod } from '@portal/shared-contracts/plan-obligation';
import type { MessageKey } from '../plan-job-search.messages.js';

// The obligation's periods as the page shows them: what is due in words, a period's facts, its
// applications as a list of boxes (a late one marked in words), and the earlier periods, read-only.

/** The page's words and dates, in the person's language. */
export interface Words {
  readonly t: (key: MessageKey, params?: Record<string, string | number>) => string;
  readonly date: (day: string) => string;
}

export function periodRange(w: Words, period: Pick<ObligationPeriod, 'start' | 'end'>): string {
  return `${w.date(period.start)}–${w.date(period.end)}`;
}

export function methodLabel(w: Words, method: string): string {
  return w.t(`method.${method}` as MessageKey);
}

/** What the plan requires, in a sentence; 0 says there is no obligation, and that reporting is still possible. */
export function obligationText(w: Words, obligation: JobSearchObligation): string {
  const count = obligation.applicationsPerPeriod;
  if (count === 0) return w.t('obligationZero');
  return count === 1 ? w.t('obligationOne') : w.t('obligationMany', { count });
}

/** What is still due in the current period, and by when, in a sentence. */
export function dueText(w: Words, period: ObligationPeriod): string {
  const date = w.date(period.end);
  if (period.required === 0) return w.t('dueNone', { date });
  if (period.due === 0) return w.t('dueDone', { required: period.required, date });
  return period.due === 1 ? w.t('dueOne', { date }) : w.t('dueMany', { count: period.due, date });
}

/** Required, reported, still due (and the period and its last day, unless `short`). */
export function periodFacts(w: Words, period: ObligationPeriod, short = false): TemplateResult {
  return html`<dl class="facts period-facts">
    ${
      short
        ? nothing
        : html`<dt>${w.t('period')}</dt>
          <dd>${periodRange(w, period)}</dd>`
    }
    <dt>${w.t('required')}</dt>
    <dd>${period.required}</dd>
    <dt>${w.t('reported')}</dt>
    <dd>${period.reported}</dd>
    <dt>${w.t('due')}</dt>
    <dd>${period.due}</dd>
    ${
      short
        ? nothing
        : html`<dt>${w.t('lastDay')}</dt>
          <dd>${w.date(period.end)}</dd>`
    }
  </dl>`;
}

/** The current period: what is due in words, its facts, and what was reported in it. */
export function currentPeriod(w: Words, period: ObligationPeriod | null): TemplateResult {
  if (!period) {
    return html`<section class="current" aria-labelledby="current-heading">
      <h2 id="current-heading">${w.t('currentHeading')}</h2>
      <p>${w.t('noCurrent')}</p>
    </section>`;
  }
  return html`<section class="current" aria-labelledby="current-heading">
    <h2 id="current-heading">${w.t('currentHeading')}</h2>
    <p class="due-text">${dueText(w, period)}</p>
    ${periodFacts(w, period)}
    <h3 id="current-applications">${w.t('applications')}</h3>
    ${applications(w, period, 'current-applications')}
  </section>`;
}

/** A period's applications as a list of boxes (they reflow at any width). */
function applications(w: Words, period: ObligationPeriod, labelledBy: string): TemplateResult {
  if (period.applications.length === 0) return html`<p class="no-applications">${w.t('noApplications')}</p>`;
  return html`<ul class="applications" aria-labelledby=${labelledBy}>
    ${period.applications.map((application) => applicationItem(w, application))}
  </ul>`;
}

/** One application: employer, job, day, how; a late one marked with a tag in words, not by colour alone. */
function applicationItem(w: Words, application: JobApplication): TemplateResult {
  return html`<li class="application ${application.late ? 'late' : ''}" data-id=${application.id}>
    <dl class="facts">
      <dt>${w.t('employer')}</dt>
      <dd>${application.employer}</dd>
      <dt>${w.t('job')}</dt>
      <dd>${application.job}</dd>
      <dt>${w.t('appliedOn')}</dt>
      <dd>${w.date(application.appliedOn)}</dd>
      <dt>${w.t('method')}</dt>
      <dd>${methodLabel(w, application.method)}</dd>
    </dl>
    ${
      application.late
        ? html`<p class="late-mark"><strong class="tag late"><span aria-hidden="true">! </span>${w.t('late')}</strong></p>`
        : nothing
    }
  </li>`;
}

/** The periods that have ended, newest first, read-only: each with its totals and applications. */
export function earlierPeriods(w: Words, periods: readonly ObligationPeriod[]): TemplateResult | typeof nothing {
  if (periods.length === 0) return nothing;
  return html`<section class="earlier" aria-labelledby="earlier-heading">
    <h2 id="earlier-heading">${w.t('earlier')}</h2>
    <p class="earlier-intro">${w.t('earlierIntro')}</p>
    ${periods.map((period) => {
      const id = `period-${period.start}`;
      return html`<article class="earlier-period" aria-labelledby=${id} data-start=${period.start}>
        <h3 id=${id}>${w.t('earlierPeriod', { range: periodRange(w, period) })}</h3>
        <p class="totals">${w.t('earlierTotals', { required: period.required, reported: period.reported, due: period.due })}</p>
        ${applications(w, period, id)}
      </article>`;
    })}
  </section>`;
}
