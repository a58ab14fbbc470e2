// The legacy Oma asiointi page of the job-search obligation (/legacy/plan/job-search): the current
// review period (required, reported, still due, its last day), its applications and the form to
// report one, then the earlier periods. Rendering only; src/legacy/router.ts loads, checks and posts.
import {
  APPLICATION_METHODS,
  EMPLOYER_MAX,
  JOB_MAX,
  type JobSearchObligation,
  type ObligationPeriod,
} from '@portal/shared-contracts/plan-obligation';
import { html, type SafeHtml } from '../platform/html.js';
import {
  LEGACY_PREFIX,
  describedBy,
  fieldError,
  formatDay,
  legacyUrl,
  radio,
  tableRegion,
  type FieldError,
  type LegacyContext,
  type LegacyPage,
} from './layout.js';
import type { FormTokens } from './plan-pages.js';
import type { Flash } from './state.js';

export const OBLIGATION_SUB_PATH = '/job-search';
export const obligationUrl = (ctx: LegacyContext): string => legacyUrl(ctx, `${LEGACY_PREFIX}/plan${OBLIGATION_SUB_PATH}`);

/** What the person typed, kept when the report is refused. */
export interface ApplicationFields {
  readonly employer: string;
  readonly job: string;
  readonly appliedOn: string;
  readonly method: string;
}

export const EMPTY_APPLICATION: ApplicationFields = { employer: '', job: '', appliedOn: '', method: '' };

export interface ApplicationFormState extends FormTokens {
  readonly fields: ApplicationFields;
  readonly errors: readonly FieldError[];
}

function periodTable(ctx: LegacyContext, period: ObligationPeriod): SafeHtml {
  const t = ctx.t.plan.jobSearch;
  if (period.applications.length === 0) return html`<p>${t.noApplications}</p>`;
  return tableRegion(
    ctx,
    `${t.applications} ${formatDay(period.start, ctx.lang)}–${formatDay(period.end, ctx.lang)}`,
    html`<table>
<thead><tr><th scope="col">${t.appliedOn}</th><th scope="col">${t.employer}</th><th scope="col">${t.job}</th><th scope="col">${t.method}</th></tr></thead>
<tbody>${period.applications.map(
      (application) =>
        html`<tr><td>${formatDay(application.appliedOn, ctx.lang)}${application.late ? html`<br><strong>${t.late}</strong>` : html``}</td><td>${application.employer}</td><td>${application.job}</td><td>${t.methods[application.method]}</td></tr>`,
    )}</tbody>
</table>`,
  );
}

function periodFacts(ctx: LegacyContext, period: ObligationPeriod): SafeHtml {
  const t = ctx.t.plan.jobSearch;
  return html`<dl class="details">
<dt>${t.period}</dt><dd>${formatDay(period.start, ctx.lang)}–${formatDay(period.end, ctx.lang)}</dd>
<dt>${t.required}</dt><dd>${String(period.required)}</dd>
<dt>${t.reported}</dt><dd>${String(period.reported)}</dd>
<dt>${t.due}</dt><dd>${String(period.due)}</dd>
</dl>`;
}

function applicationForm(ctx: LegacyContext, form: ApplicationFormState): SafeHtml {
  const t = ctx.t.plan.jobSearch;
  const { fields, errors } = form;
  const text = (name: 'employer' | 'job', label: string, max: number) =>
    html`<div class="field${errors.some((e) => e.field === name) ? ' error-field' : ''}">
<label for="${name}">${label}</label>
${fieldError(ctx, errors, name)}
<input id="${name}" name="${name}" type="text" maxlength="${String(max)}" value="${fields[name]}" aria-describedby="${describedBy(errors, name)}">
</div>`;
  return html`<h2>${t.formHeading}</h2>
<p class="hint">${t.lateHint}</p>
<form method="post" action="${obligationUrl(ctx)}" novalidate>
<input type="hidden" name="csrf" value="${form.csrf}">
<input type="hidden" name="key" value="${form.key}">
${text('employer', t.employer, EMPLOYER_MAX)}
${text('job', t.job, JOB_MAX)}
<div class="field${errors.some((e) => e.field === 'appliedOn') ? ' error-field' : ''}">
<label for="appliedOn">${t.appliedOn}</label>
${fieldError(ctx, errors, 'appliedOn')}
<input id="appliedOn" name="appliedOn" type="date" value="${fields.appliedOn}" aria-describedby="${describedBy(errors, 'appliedOn')}">
</div>
<fieldset class="field${errors.some((e) => e.field === 'method') ? ' error-field' : ''}">
<legend>${t.method}</legend>
${fieldError(ctx, errors, 'method')}
${APPLICATION_METHODS.map((method) => radio('method', method, t.methods[method], fields.method === method, describedBy(errors, 'method')))}
</fieldset>
<div class="actions"><button type="submit">${t.send}</button></div>
</form>`;
}

export function obligationPage(
  ctx: LegacyContext,
  obligation: JobSearchObligation,
  form: ApplicationFormState,
  extra: { flash?: Flash | undefined; notice?: string | undefined } = {},
): LegacyPage {
  const t = ctx.t.plan;
  const page = {
    ctx,
    area: 'plan',
    subPath: OBLIGATION_SUB_PATH,
    heading: t.obligation,
    flash: extra.flash,
    notice: extra.notice,
  } as const;
  if (obligation.planId === null)
    return { ...page, body: html`<p>${t.jobSearch.none}</p><p><a href="${legacyUrl(ctx, `${LEGACY_PREFIX}/plan`)}">${t.back}</a></p>` };
  const current = obligation.current;
  return {
    ...page,
    errors: form.errors,
    body: html`<p>${t.obligationText(obligation.applicationsPerPeriod)}</p>
${current ? html`${periodFacts(ctx, current)}${periodTable(ctx, current)}` : html``}
${applicationForm(ctx, form)}
${obligation.earlier.length > 0 ? html`<h2>${t.jobSearch.earlier}</h2>${obligation.earlier.map((period) => html`${periodFacts(ctx, period)}${periodTable(ctx, period)}`)}` : html``}
<p><a href="${legacyUrl(ctx, `${LEGACY_PREFIX}/plan`)}">${t.back}</a></p>`,
  };
}
