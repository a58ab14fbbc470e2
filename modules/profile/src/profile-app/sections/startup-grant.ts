import { html, nothing, type TemplateResult } from 'lit';
import type { Application, PaymentPeriod, StartupGrantOverview } from '@portal/shared-contracts/startup-grant';
import type { LocaleController } from '@portal/ui-kit/page';
import type { MessageKey } from '../profile-app.messages.js';

/** What the section shows: the overview's applications and payment periods, or a failure to say. */
export type StartupGrantData = Pick<StartupGrantOverview, 'applications' | 'periods'>;

/**
 * The person's start-up grant (Starttiraha), for the page that shows and prints everything held on
 * them: each application with its business, state, when it was sent and its decision, and under a
 * granted one its payment periods with where each stands and the payment date. None, no section (as
 * the page does for what a person has not got); a failure to read them stays in this section.
 */
export function startupGrantSection(
  i18n: LocaleController<MessageKey>,
  data: StartupGrantData | 'failed' | undefined,
): TemplateResult | typeof nothing {
  if (data === undefined || (data !== 'failed' && data.applications.length === 0)) return nothing;
  return html`<section aria-labelledby="startup-grant">
    <h2 id="startup-grant" tabindex="-1">${i18n.t('startupGrantHeading')}</h2>
    ${
      data === 'failed'
        ? html`<p class="notice error">${i18n.t('startupGrantFailed')}</p>`
        : data.applications.map((application) =>
            applicationFacts(
              i18n,
              application,
              data.periods.filter((period) => period.applicationId === application.id),
            ),
          )
    }
  </section>`;
}

function applicationFacts(i18n: LocaleController<MessageKey>, application: Application, periods: readonly PaymentPeriod[]): TemplateResult {
  const { business } = application.content;
  return html`<h3>${i18n.t(`startupGrantKind.${application.kind}`)}: ${business.name}</h3>
    <dl class="facts startup-grant-application">
      <dt>${i18n.t('startupGrantBusinessId')}</dt>
      <dd>${business.businessId || i18n.t('startupGrantNoBusinessId')}</dd>
      <dt>${i18n.t('startupGrantState')}</dt>
      <dd class="state">${i18n.t(`startupGrantState.${application.state}`)}</dd>
      <dt>${i18n.t('startupGrantSent')}</dt>
      <dd>${i18n.dateTime(application.submittedAt)}</dd>
      ${decisionFacts(i18n, application)}
    </dl>
    ${periods.length > 0 ? periodList(i18n, periods) : nothing}`;
}

function decisionFacts(i18n: LocaleController<MessageKey>, application: Application): TemplateResult | typeof nothing {
  const decision = application.decision;
  if (!decision) return nothing;
  const decided = html`<dt>${i18n.t('startupGrantDecided')}</dt>
    <dd>${i18n.date(decision.decidedAt)}</dd>`;
  if (decision.outcome === 'rejected') {
    return html`${decided}<dt>${i18n.t('startupGrantReason')}</dt>
      <dd>${decision.reason}</dd>`;
  }
  const first = decision.periods[0];
  const last = decision.periods.at(-1);
  return html`${decided}${
    first && last
      ? html`<dt>${i18n.t('startupGrantGrantedFor')}</dt>
        <dd>${i18n.date(first.startsOn)}–${i18n.date(last.endsOn)}</dd>`
      : nothing
  }`;
}

/** The payment periods as the page's other entries: the period, then one fact a line (phone and print alike). */
function periodList(i18n: LocaleController<MessageKey>, periods: readonly PaymentPeriod[]): TemplateResult {
  return html`<h4>${i18n.t('startupGrantPeriods')}</h4>
    <ul class="items periods">
      ${periods.map(
        (period) =>
          html`<li>
            <span class="status">${i18n.date(period.startsOn)}–${i18n.date(period.endsOn)}</span>
            <span>${period.payment ? i18n.t(`startupGrantPayment.${period.payment.state}`) : i18n.t(`startupGrantPeriodStatus.${period.status}`)}</span>
            ${period.payment?.paymentDate ? html`<span>${i18n.t('startupGrantPaidOn', { date: i18n.date(period.payment.paymentDate) })}</span>` : nothing}
          </li>`,
      )}
    </ul>`;
}
