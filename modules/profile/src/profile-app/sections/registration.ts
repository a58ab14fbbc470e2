import { html, nothing, type TemplateResult } from 'lit';
import { formatMonth } from '@portal/shared-contracts';
import type { JobSeekingPeriod, RegistrationData } from '@portal/shared-contracts/job-search';
import type { LocaleController } from '@portal/ui-kit/page';
import type { MessageKey } from '../profile-app.messages.js';

type Words = LocaleController<MessageKey>;

/**
 * What the person gave when registering as a job seeker: education and work history, then the
 * work sought and their own goals. `municipality` names a sought-work region (a code).
 */
export function registrationSections(
  i18n: Words,
  registration: RegistrationData,
  period: JobSeekingPeriod | null,
  municipality: (code: string) => string,
): TemplateResult {
  const { soughtWork } = registration;
  return html`<section aria-labelledby="education-work">
      <h2 id="education-work" tabindex="-1">${i18n.t('educationWork')}</h2>
      ${period ? html`<p class="source">${i18n.t('fromRegistration', { date: i18n.date(period.startDate) })}</p>` : nothing}
      ${educationAndWork(i18n, registration)}
    </section>
    <section aria-labelledby="sought-work">
      <h2 id="sought-work" tabindex="-1">${i18n.t('soughtWork')}</h2>
      <dl class="facts">
        <dt>${i18n.t('occupations')}</dt>
        <dd>${soughtWork.occupations.join(', ')}</dd>
        <dt>${i18n.t('regions')}</dt>
        <dd>${soughtWork.regions.map(municipality).join(', ')}</dd>
        <dt>${i18n.t('workTime')}</dt>
        <dd>${i18n.t(`workTime.${soughtWork.workTime}`)}</dd>
        <dt>${i18n.t('goals')}</dt>
        <dd class="goals">${registration.goals || i18n.t('notGiven')}</dd>
      </dl>
    </section>`;
}

function educationAndWork(i18n: Words, { education, workHistory }: RegistrationData): TemplateResult {
  /** A work history month (yyyy-mm): 3.2019 / 3.2019 / March 2019. */
  const month = (value: string): string => formatMonth(value, i18n.language);
  return html`<h3>${i18n.t('education')}</h3>
    ${
      education.length === 0
        ? html`<p>${i18n.t('educationEmpty')}</p>`
        : html`<ul class="items education">
          ${education.map(
            (entry) => html`<li>
              <strong>${entry.field}</strong>
              <span>${[i18n.t(`level.${entry.level}`), entry.institution].filter(Boolean).join(', ')}</span>
              <span>${entry.year === undefined ? i18n.t('educationOngoing') : i18n.t('educationYear', { year: String(entry.year) })}</span>
            </li>`,
          )}
        </ul>`
    }
    <h3>${i18n.t('workHistory')}</h3>
    ${
      workHistory.length === 0
        ? html`<p>${i18n.t('workEmpty')}</p>`
        : html`<ul class="items work">
          ${workHistory.map(
            (entry) => html`<li>
              <strong>${entry.title}</strong>
              <span>${entry.employer}</span>
              <span
                >${entry.end ? i18n.t('periodRange', { start: month(entry.start), end: month(entry.end) }) : i18n.t('workOngoing', { start: month(entry.start) })}</span
              >
            </li>`,
          )}
        </ul>`
    }`;
}
