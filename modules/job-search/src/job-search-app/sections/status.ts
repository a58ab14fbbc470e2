import { html, nothing, type TemplateResult } from 'lit';
import type { JobSearch } from '@portal/shared-contracts/job-search';
import { helsinkiToday } from '@portal/ui-kit/page';
import { deadlineOf, deadlineText } from '../../deadlines.js';
import { pageLink, type FrontPage } from './front-page.js';

// Where the person's job seeking stands, what they must do and by when, and what they can do.

function stateSentence({ i18n }: FrontPage, jobSearch: JobSearch): TemplateResult {
  const { period, state } = jobSearch;
  if (state === 'active' && period) {
    return html`<p class="state-text">
      ${
        period.endDate
          ? i18n.t('activeUntil', { start: i18n.date(period.startDate), end: i18n.date(period.endDate) })
          : i18n.t('activeSince', { date: i18n.date(period.startDate) })
      }
    </p>`;
  }
  if (state === 'ended' && period?.endDate)
    return html`<p class="state-text">${i18n.t('endedOn', { date: i18n.date(period.endDate) })}</p>`;
  return html`<p class="state-text">${i18n.t('notRegistered')}</p>
    <p class="muted">${i18n.t('notRegisteredHint')}</p>`;
}

export function stateSection(page: FrontPage, jobSearch: JobSearch): TemplateResult {
  const { i18n } = page;
  const { period, state, assessment } = jobSearch;
  return html`<section aria-labelledby="state-heading">
    <h2 id="state-heading">${i18n.t('stateHeading')}</h2>
    <p><strong class="tag ${state}">${i18n.t(`state.${state}`)}</strong></p>
    ${stateSentence(page, jobSearch)}
    ${
      period && state !== 'not-registered'
        ? html`<dl class="facts">
          ${
            // The situation reported when registering ("Työtön") is not the person's situation
            // once job seeking has ended: beside "Päättynyt" it would contradict it.
            state === 'ended'
              ? nothing
              : html`<dt>${i18n.t('statusLabel')}</dt>
                  <dd>${period.status.label[i18n.language]}</dd>`
          }
          ${
            state === 'ended' && period.endReason
              ? html`<dt>${i18n.t('endReason')}</dt>
                <dd>${i18n.t(`endReason.${period.endReason}`)}</dd>`
              : nothing
          }
        </dl>`
        : nothing
    }
    ${
      state === 'active' && assessment?.state === 'completed' && assessment.completedAt
        ? html`<p class="muted">${i18n.t('assessmentDone', { date: i18n.date(assessment.completedAt) })}</p>`
        : nothing
    }
  </section>`;
}

/**
 * Unfinished required forms with their deadlines, visible and linked (the real service's known
 * failure was a form due in two days with no link and no warning). Only while job seeking is valid.
 */
export function tasksSection(page: FrontPage, jobSearch: JobSearch): TemplateResult | typeof nothing {
  const { i18n } = page;
  const assessment = jobSearch.assessment;
  if (jobSearch.state !== 'active' || !assessment || assessment.state === 'completed') return nothing;
  const deadline = deadlineOf(assessment.dueDate, assessment.state === 'overdue', helsinkiToday());
  const late = deadline.kind === 'late';
  return html`<section aria-labelledby="tasks-heading">
    <h2 id="tasks-heading">${i18n.t('tasksHeading')}</h2>
    <ul class="tasks">
      <li class="task ${late ? 'late' : ''}">
        <p class="task-title">${pageLink(page, '/assessment', i18n.t('assessmentTask'))}</p>
        <p>
          ${i18n.t('assessmentDue', { date: i18n.date(assessment.dueDate) })}
          <strong class="tag ${late ? 'late' : 'due'}">${deadlineText(deadline, (key, params) => i18n.t(key, params))}</strong>
        </p>
        <p class="muted">${late ? i18n.t('lateHelp') : i18n.t('assessmentWhy')}</p>
      </li>
    </ul>
  </section>`;
}

export function actionsSection(page: FrontPage, jobSearch: JobSearch): TemplateResult {
  const { i18n } = page;
  return html`<section aria-labelledby="actions-heading">
    <h2 id="actions-heading">${i18n.t('actionsHeading')}</h2>
    <ul class="action-list">
      ${
        jobSearch.state === 'active'
          ? html`<li>
              ${pageLink(page, '/change', i18n.t('reportChange'), 'button')}
              <p class="muted">${i18n.t('reportChangeHint')}</p>
            </li>
            <li>${pageLink(page, '/certificate', i18n.t('certificate'), 'button secondary')}</li>
            ${
              // Its end already reported (it ends on a day to come, said above): the end form has nothing to offer.
              jobSearch.period?.endDate ? nothing : html`<li>${pageLink(page, '/end', i18n.t('endJobSearch'), 'button secondary')}</li>`
            }`
          : html`<li>${pageLink(page, '/register', i18n.t(jobSearch.state === 'ended' ? 'registerAgain' : 'register'), 'button')}</li>`
      }
    </ul>
  </section>`;
}
