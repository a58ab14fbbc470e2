import { html, nothing, type TemplateResult } from 'lit';
import type { TrainingApplication } from '@portal/shared-contracts/training';
import type { LocaleController } from '@portal/ui-kit/page';
import type { MessageKey } from '../profile-app.messages.js';

/**
 * The person's labour-market training applications (Työvoimakoulutus), for the page that shows and
 * prints everything held on them: each training with its provider and dates, the application's
 * state, reference and when it was sent. None, no section (as the page does for what a person has
 * not got); a failure to read them stays in this section.
 */
export function trainingSection(
  i18n: LocaleController<MessageKey>,
  applications: readonly TrainingApplication[] | 'failed' | undefined,
): TemplateResult | typeof nothing {
  if (applications === undefined || (applications !== 'failed' && applications.length === 0)) return nothing;
  const language = i18n.language;
  return html`<section aria-labelledby="training">
    <h2 id="training" tabindex="-1">${i18n.t('trainingHeading')}</h2>
    ${
      applications === 'failed'
        ? html`<p class="notice error">${i18n.t('trainingFailed')}</p>`
        : applications.map(
            (application) => html`<h3>${application.training.name[language]}</h3>
              <dl class="facts training-application">
                <dt>${i18n.t('trainingProvider')}</dt>
                <dd>${application.training.provider}</dd>
                <dt>${i18n.t('trainingDates')}</dt>
                <dd>${i18n.date(application.training.startDate)}–${i18n.date(application.training.endDate)}</dd>
                <dt>${i18n.t('trainingState')}</dt>
                <dd class="state">${i18n.t(`trainingState.${application.state}`)}</dd>
                <dt>${i18n.t('trainingReference')}</dt>
                <dd>${application.reference}</dd>
                <dt>${i18n.t('trainingSent')}</dt>
                <dd>${i18n.dateTime(application.submittedAt)}</dd>
              </dl>`,
          )
    }
  </section>`;
}
