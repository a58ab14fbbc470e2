// The legacy Oma asiointi offers pages: the list (/legacy/offers) and one offer (/legacy/offers/:id)
// with the report form of a job offer. Rendering only; src/legacy/router.ts loads, checks and posts.
import type { JobOffer, Offer, TrainingOffer } from '@portal/shared-contracts/offers';
import { html, type SafeHtml } from '../platform/html.js';
import {
  LEGACY_PREFIX,
  describedBy,
  fieldError,
  formatDay,
  formatInstant,
  legacyUrl,
  radio,
  tableRegion,
  type FieldError,
  type LegacyContext,
  type LegacyPage,
} from './layout.js';
import type { Flash } from './state.js';

const offerUrl = (ctx: LegacyContext, id: string): string => legacyUrl(ctx, `${LEGACY_PREFIX}/offers/${encodeURIComponent(id)}`);

function stateText(ctx: LegacyContext, offer: JobOffer): string {
  const state = ctx.t.offers.states[offer.state];
  return offer.outcome === null ? state : `${state} – ${ctx.t.offers.outcomeLabel}: ${ctx.t.offers.outcomes[offer.outcome]}`;
}

const titleOf = (ctx: LegacyContext, offer: Offer): string => (offer.kind === 'job' ? offer.jobTitle[ctx.lang] : offer.training[ctx.lang]);

export function offersListPage(ctx: LegacyContext, offers: readonly Offer[], flash: Flash | undefined): LegacyPage {
  const t = ctx.t.offers;
  const jobs = offers.filter((offer): offer is JobOffer => offer.kind === 'job');
  const trainings = offers.filter((offer): offer is TrainingOffer => offer.kind === 'training');
  const jobTable =
    jobs.length === 0
      ? html`<p>${t.noJobs}</p>`
      : tableRegion(
          ctx,
          t.jobs,
          html`<table>
<thead><tr><th scope="col">${t.job}</th><th scope="col">${t.employer}</th><th scope="col">${t.offeredOn}</th><th scope="col">${t.applyBy}</th><th scope="col">${t.status}</th></tr></thead>
<tbody>${jobs.map(
            (offer) =>
              html`<tr><td><a href="${offerUrl(ctx, offer.id)}">${offer.jobTitle[ctx.lang]}</a></td><td>${offer.employer}</td><td>${formatDay(offer.offeredOn, ctx.lang)}</td><td>${formatDay(offer.applyBy, ctx.lang)}</td><td>${stateText(ctx, offer)}</td></tr>`,
          )}</tbody>
</table>`,
        );
  const trainingTable =
    trainings.length === 0
      ? html`<p>${t.noTrainings}</p>`
      : tableRegion(
          ctx,
          t.trainings,
          html`<table>
<thead><tr><th scope="col">${t.training}</th><th scope="col">${t.provider}</th><th scope="col">${t.period}</th><th scope="col">${t.applyBy}</th></tr></thead>
<tbody>${trainings.map(
            (offer) =>
              html`<tr><td><a href="${offerUrl(ctx, offer.id)}">${offer.training[ctx.lang]}</a></td><td>${offer.provider}</td><td>${formatDay(offer.startDate, ctx.lang)} – ${formatDay(offer.endDate, ctx.lang)}</td><td>${formatDay(offer.applyBy, ctx.lang)}</td></tr>`,
          )}</tbody>
</table>`,
        );
  return {
    ctx,
    area: 'offers',
    subPath: '/',
    heading: t.heading,
    flash,
    // Job seeking has moved to the new portal: the link leaves the legacy pages (the whole window);
    // inside the portal the bridge asks the portal's router to go there instead.
    body: html`<p>${t.jobSearchNote} <a href="/job-search" target="_top" data-portal-path="/job-search">${t.jobSearchLink}</a></p>
<h2>${t.jobs}</h2>
${jobTable}
<h2>${t.trainings}</h2>
${trainingTable}`,
  };
}

/** What the person typed, kept through a 400 or 409. */
export interface OfferFormInput {
  readonly kind: string;
  readonly reason: string;
  readonly outcome: string;
}
export const EMPTY_OFFER_INPUT: OfferFormInput = { kind: '', reason: '', outcome: '' };

export interface OfferFormState {
  readonly csrf: string;
  /** The idempotency key of this form's report: a resent form is the same report. */
  readonly key: string;
  readonly input: OfferFormInput;
  readonly errors: readonly FieldError[];
}

function reportForm(ctx: LegacyContext, offer: JobOffer, form: OfferFormState): SafeHtml {
  const t = ctx.t.offers;
  const { input, errors } = form;
  const hidden = html`<input type="hidden" name="csrf" value="${form.csrf}">
<input type="hidden" name="key" value="${form.key}">
<input type="hidden" name="basedOn" value="${offer.updatedAt}">`;
  if (offer.state === 'assigned') {
    const kindDescribed = describedBy(errors, 'kind');
    const reasonDescribed = describedBy(errors, 'reason');
    return html`<h2>${t.formHeading}</h2>
<form method="post" action="${offerUrl(ctx, offer.id)}" novalidate>
${hidden}
<fieldset>
<legend>${t.appliedLegend}</legend>
${fieldError(ctx, errors, 'kind')}
${radio('kind', 'applied', t.applied, input.kind === 'applied', kindDescribed)}
${radio('kind', 'not-applied', t.notApplied, input.kind === 'not-applied', kindDescribed)}
</fieldset>
<div class="field${errors.some((e) => e.field === 'reason') ? ' error-field' : ''}">
<label for="reason">${t.reasonLabel}</label>
${fieldError(ctx, errors, 'reason')}
<textarea id="reason" name="reason" rows="4" maxlength="2000"${reasonDescribed !== undefined ? html` aria-describedby="${reasonDescribed}"` : html``}>${input.reason}</textarea>
</div>
<div class="actions"><button type="submit">${t.send}</button></div>
</form>`;
  }
  if (offer.state === 'applied' && offer.outcome === null) {
    const described = describedBy(errors, 'outcome');
    return html`<h2>${t.formHeading}</h2>
<form method="post" action="${offerUrl(ctx, offer.id)}" novalidate>
${hidden}
<input type="hidden" name="kind" value="outcome">
<fieldset>
<legend>${t.outcomeLegend}</legend>
${fieldError(ctx, errors, 'outcome')}
${(['hired', 'not-hired', 'no-answer'] as const).map((value) => radio('outcome', value, t.outcomes[value], input.outcome === value, described))}
</fieldset>
<div class="actions"><button type="submit">${t.send}</button></div>
</form>`;
  }
  return html``;
}

export function jobOfferPage(
  ctx: LegacyContext,
  offer: JobOffer,
  form: OfferFormState,
  extra: { flash?: Flash | undefined; notice?: string | undefined } = {},
): LegacyPage {
  const t = ctx.t.offers;
  const row = (term: string, value: SafeHtml | string) => html`<dt>${term}</dt><dd>${value}</dd>`;
  return {
    ctx,
    area: 'offers',
    subPath: `/${offer.id}`,
    heading: t.jobHeading(offer.jobTitle[ctx.lang]),
    flash: extra.flash,
    notice: extra.notice,
    errors: form.errors,
    body: html`<dl class="details">
${row(t.employer, offer.employer)}
${row(t.location, offer.location)}
${row(t.offeredOn, formatDay(offer.offeredOn, ctx.lang))}
${row(t.applyBy, formatDay(offer.applyBy, ctx.lang))}
${row(t.howToApply, offer.howToApply[ctx.lang])}
${offer.applyUrl !== null ? row(t.jobApplyLinkTerm, html`<a href="${offer.applyUrl}" target="_blank" rel="noopener noreferrer">${t.jobApplyLink}</a>`) : html``}
${row(t.status, stateText(ctx, offer))}
${offer.notAppliedReason !== null ? row(t.reason, offer.notAppliedReason) : html``}
${offer.reportedAt !== null ? row(t.reportedAt, formatInstant(offer.reportedAt, ctx)) : html``}
</dl>
${reportForm(ctx, offer, form)}
<p><a href="${legacyUrl(ctx, `${LEGACY_PREFIX}/offers`)}">${t.back}</a></p>`,
  };
}

export function trainingOfferPage(ctx: LegacyContext, offer: TrainingOffer): LegacyPage {
  const t = ctx.t.offers;
  const row = (term: string, value: SafeHtml | string) => html`<dt>${term}</dt><dd>${value}</dd>`;
  return {
    ctx,
    area: 'offers',
    subPath: `/${offer.id}`,
    heading: t.trainingHeading(titleOf(ctx, offer)),
    body: html`<dl class="details">
${row(t.provider, offer.provider)}
${row(t.period, `${formatDay(offer.startDate, ctx.lang)} – ${formatDay(offer.endDate, ctx.lang)}`)}
${row(t.offeredOn, formatDay(offer.offeredOn, ctx.lang))}
${row(t.applyBy, formatDay(offer.applyBy, ctx.lang))}
</dl>
${
  // A training of the portal's own catalogue is applied for on its page here, in this tab.
  offer.applyUrl.startsWith('/')
    ? html`<p><a href="${offer.applyUrl}" target="_top" data-portal-path="${offer.applyUrl}">${t.applyLink}</a></p>`
    : html`<p><a href="${offer.applyUrl}" target="_blank" rel="noopener noreferrer">${t.applyLink}</a></p>`
}
<p><a href="${legacyUrl(ctx, `${LEGACY_PREFIX}/offers`)}">${t.back}</a></p>`,
  };
}
