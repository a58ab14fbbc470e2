// The legacy Oma asiointi plan pages: the current plan with its tasks, accepting a proposed one
// (/legacy/plan), and reporting a task (/legacy/plan/tasks/:id). Rendering only; src/legacy/router.ts
// loads, checks and posts.
import type { Plan, PlanOverview, PlanTask } from '@portal/shared-contracts/plan';
import { html, type SafeHtml } from '../platform/html.js';
import {
  LEGACY_PREFIX,
  describedBy,
  fieldError,
  formatDay,
  formatInstant,
  legacyUrl,
  tableRegion,
  type FieldError,
  type LegacyContext,
  type LegacyPage,
} from './layout.js';
import type { Flash } from './state.js';

const taskUrl = (ctx: LegacyContext, id: string): string => legacyUrl(ctx, `${LEGACY_PREFIX}/plan/tasks/${encodeURIComponent(id)}`);
const planUrl = (ctx: LegacyContext): string => legacyUrl(ctx, `${LEGACY_PREFIX}/plan`);
const proposalUrl = (ctx: LegacyContext): string => legacyUrl(ctx, `${LEGACY_PREFIX}/plan/proposal`);

export interface FormTokens {
  readonly csrf: string;
  readonly key: string;
}

/** A task can be reported while it is open or overdue, in the plan in force. */
export const reportable = (plan: Plan, task: PlanTask): boolean => plan.state === 'accepted' && task.status !== 'reported';

function tasksTable(ctx: LegacyContext, plan: Plan): SafeHtml {
  const t = ctx.t.plan;
  if (plan.tasks.length === 0) return html`<p>${t.noTasks}</p>`;
  return tableRegion(
    ctx,
    t.tasks,
    html`<table>
<thead><tr><th scope="col">${t.task}</th><th scope="col">${t.deadline}</th><th scope="col">${t.status}</th><th scope="col">${t.report}</th></tr></thead>
<tbody>${plan.tasks.map(
      (task) =>
        html`<tr><td>${task.description[ctx.lang]}</td><td>${formatDay(task.deadline, ctx.lang)}</td><td>${t.statuses[task.status]}</td><td>${
          task.report !== null
            ? html`${task.report}${task.reportedAt !== null ? html`<br><small>${formatInstant(task.reportedAt, ctx)}</small>` : html``}`
            : reportable(plan, task)
              ? html`<a href="${taskUrl(ctx, task.id)}">${t.reportLink}<span class="visually-hidden">: ${task.description[ctx.lang]}</span></a>`
              : html``
        }</td></tr>`,
    )}</tbody>
</table>`,
  );
}

function planDetails(ctx: LegacyContext, plan: Plan): SafeHtml {
  const t = ctx.t.plan;
  const row = (term: string, value: SafeHtml | string) => html`<dt>${term}</dt><dd>${value}</dd>`;
  return html`<dl class="details">
${row(t.state, t.states[plan.state])}
${row(t.proposedOn, formatDay(plan.proposedOn, ctx.lang))}
${row(t.valid, `${formatDay(plan.validFrom, ctx.lang)} – ${plan.validUntil !== null ? formatDay(plan.validUntil, ctx.lang) : ''}`)}
${plan.acceptedAt !== null ? row(t.acceptedAt, formatInstant(plan.acceptedAt, ctx)) : html``}
</dl>
<h2>${t.goals}</h2>
<p>${plan.goals[ctx.lang]}</p>
<h2>${t.actions}</h2>
<p>${plan.actions[ctx.lang]}</p>
<h2>${t.services}</h2>
${plan.servicesAgreed.length === 0 ? html`<p>${t.noServices}</p>` : html`<ul>${plan.servicesAgreed.map((service) => html`<li>${service[ctx.lang]}</li>`)}</ul>`}
<h2>${t.contact}</h2>
<p>${plan.contact[ctx.lang]}</p>
<h2>${t.obligation}</h2>
<p>${t.obligationText(plan.jobSearchObligation.applicationsPerPeriod)}</p>
${plan.state === 'accepted' ? html`<p><a href="${legacyUrl(ctx, `${LEGACY_PREFIX}/plan/job-search`)}">${t.jobSearch.link}</a></p>` : html``}`;
}

/** While an own proposal waits for the office, no other can be made: no link to the form then. */
const canPropose = (proposals: readonly Plan[]): boolean => !proposals.some((proposal) => proposal.state === 'submitted');

/** The way to the own proposal form, after a sentence when there is one. */
function proposeLink(ctx: LegacyContext, proposals: readonly Plan[], lead?: string): SafeHtml {
  if (!canPropose(proposals)) return html``;
  return html`<p class="propose">${lead !== undefined ? html`${lead} ` : html``}<a href="${proposalUrl(ctx)}">${ctx.t.plan.proposal.link}</a></p>`;
}

/** The person's own proposals with the office: what they proposed, and the office's comments on a returned one. */
function ownProposals(ctx: LegacyContext, proposals: readonly Plan[]): SafeHtml {
  if (proposals.length === 0) return html``;
  const t = ctx.t.plan;
  const again = canPropose(proposals) ? html`<p><a href="${proposalUrl(ctx)}">${t.proposal.newProposal}</a></p>` : html``;
  return html`<h2>${t.ownProposals}</h2>
${proposals.map(
  (proposal) => html`<dl class="details">
<dt>${t.proposedOn}</dt><dd>${formatDay(proposal.proposedOn, ctx.lang)}</dd>
<dt>${t.state}</dt><dd>${t.states[proposal.state]}</dd>
<dt>${t.goals}</dt><dd>${proposal.goals[ctx.lang]}</dd>
${proposal.officeComments !== null ? html`<dt>${t.officeComments}</dt><dd>${proposal.officeComments}</dd>` : html``}
</dl>${proposal.state === 'returned' ? again : html``}`,
)}`;
}

export function planPage(
  ctx: LegacyContext,
  overview: PlanOverview,
  tokens: FormTokens,
  extra: { flash?: Flash | undefined; notice?: string | undefined } = {},
): LegacyPage {
  const t = ctx.t.plan;
  const plan = overview.current;
  // A link to another area: an ordinary link for the standalone page; inside the portal the bridge
  // asks the portal to navigate to data-portal-path instead.
  const offersLink = html`<p><a href="${legacyUrl(ctx, `${LEGACY_PREFIX}/offers`)}" data-portal-path="/offers">${t.seeOffers}</a></p>`;
  const earlier =
    overview.earlier.length === 0
      ? html``
      : html`<h2>${t.earlier}</h2>
${tableRegion(
  ctx,
  t.earlier,
  html`<table>
<thead><tr><th scope="col">${t.heading}</th><th scope="col">${t.proposedOn}</th><th scope="col">${t.valid}</th><th scope="col">${t.state}</th></tr></thead>
<tbody>${overview.earlier.map(
    (item) =>
      html`<tr><td>${t.types[item.type]}</td><td>${formatDay(item.proposedOn, ctx.lang)}</td><td>${formatDay(item.validFrom, ctx.lang)} – ${
        item.validUntil !== null ? formatDay(item.validUntil, ctx.lang) : ''
      }</td><td>${t.states[item.state]}</td></tr>`,
  )}</tbody>
</table>`,
)}`;
  const proposals = ownProposals(ctx, overview.ownProposals);
  if (!plan) {
    return {
      ctx,
      area: 'plan',
      subPath: '/',
      heading: t.heading,
      flash: extra.flash,
      notice: extra.notice,
      body: html`<p>${t.none}</p>${proposeLink(ctx, overview.ownProposals)}${proposals}${earlier}${offersLink}`,
    };
  }
  const accept =
    plan.state === 'proposed'
      ? html`<h2>${t.acceptHeading}</h2>
<form method="post" action="${planUrl(ctx)}">
<input type="hidden" name="csrf" value="${tokens.csrf}">
<input type="hidden" name="key" value="${tokens.key}">
<input type="hidden" name="planId" value="${plan.id}">
<input type="hidden" name="basedOn" value="${plan.updatedAt}">
<p>${t.acceptText}</p>
<div class="actions"><button type="submit">${t.accept}</button></div>
</form>`
      : html``;
  return {
    ctx,
    area: 'plan',
    subPath: '/',
    heading: t.types[plan.type],
    flash: extra.flash,
    notice: extra.notice,
    body: html`${planDetails(ctx, plan)}
<h2>${t.tasks}</h2>
${tasksTable(ctx, plan)}
${accept}
${
  plan.state === 'proposed'
    ? proposeLink(ctx, overview.ownProposals, t.proposal.instead)
    : plan.state === 'accepted'
      ? proposeLink(ctx, overview.ownProposals)
      : html``
}
${proposals}
${earlier}
${offersLink}`,
  };
}

export interface TaskFormState extends FormTokens {
  readonly text: string;
  readonly errors: readonly FieldError[];
}

export function taskPage(
  ctx: LegacyContext,
  plan: Plan,
  task: PlanTask,
  form: TaskFormState,
  extra: { notice?: string | undefined } = {},
): LegacyPage {
  const t = ctx.t.plan;
  const row = (term: string, value: SafeHtml | string) => html`<dt>${term}</dt><dd>${value}</dd>`;
  const described = describedBy(form.errors, 'text', 'text-hint');
  const body = reportable(plan, task)
    ? html`<form method="post" action="${taskUrl(ctx, task.id)}" novalidate>
<input type="hidden" name="csrf" value="${form.csrf}">
<input type="hidden" name="key" value="${form.key}">
<div class="field${form.errors.length > 0 ? ' error-field' : ''}">
<label for="text">${t.taskLabel}</label>
<p class="hint" id="text-hint">${t.taskHint}</p>
${fieldError(ctx, form.errors, 'text')}
<textarea id="text" name="text" rows="5" maxlength="2000" aria-describedby="${described}">${form.text}</textarea>
</div>
<div class="actions"><button type="submit">${t.send}</button></div>
</form>`
    : html`<p>${t.notReportable}</p>`;
  return {
    ctx,
    area: 'plan',
    subPath: `/tasks/${task.id}`,
    heading: t.taskHeading,
    notice: extra.notice,
    errors: form.errors,
    body: html`<dl class="details">
${row(t.task, task.description[ctx.lang])}
${row(t.deadline, formatDay(task.deadline, ctx.lang))}
${row(t.status, t.statuses[task.status])}
${task.report !== null ? row(t.report, task.report) : html``}
</dl>
${body}
<p><a href="${planUrl(ctx)}">${t.back}</a></p>`,
  };
}
