import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { CurrentItemsChangedTopic, fetchJson, portalBus, SessionTopic, TopicController } from '@portal/shared-contracts';
import { PLAN_PATHS, PlanOverviewSchema, type Plan, type PlanOverview, type PlanReceipt } from '@portal/shared-contracts/plan';
import {
  AreaRouter,
  focusRetryOnFailure,
  followInternalLink,
  FRONT,
  LoadController,
  LoadState,
  loadView,
  LocaleController,
  matchRoute,
  NOT_FOUND,
  notFoundPage,
  notice,
  pageFailedNotice,
  type AreaRoute,
} from '@portal/ui-kit/page';
import { baseStyles } from '@portal/ui-kit/styles';
import { AREA, DEFAULT_BASE_PATH } from '../area.js';
import { PlanAcceptConflictEvent, PlanAcceptedEvent, PlanProposalSentEvent, PlanTaskReportedEvent } from '../events.js';
import { definePageElement, type PageElement } from '../pages.js';
import { reportable, taskFacts, validRange } from '../plan-text.js';
import { messages, type MessageKey } from './plan-app.messages.js';
import { styles } from './plan-app.styles.js';

export { LoadState };

/**
 * `/plan/tasks/:id`: a task's report; `/plan/job-search`: the job-search obligation; `/plan/proposal`:
 * the person's own proposal. Each drawn by its own element (its own chunk).
 */
const ROUTES = { 'tasks/:id': 'task', 'job-search': 'jobSearch', proposal: 'proposal' } as const;
type SubPage = (typeof ROUTES)[keyof typeof ROUTES];
const PAGE_ELEMENTS = { task: 'plan-task', jobSearch: 'plan-job-search', proposal: 'plan-propose' } as const satisfies Record<
  SubPage,
  PageElement
>;

/**
 * Which page of the area a path shows: `/plan`, `/plan/tasks/:id` and `/plan/job-search`, the URLs the legacy pages
 * have below `/legacy/plan`, so a bookmark works whichever implementation serves the area.
 */
export function routeOf(path: string, basePath: string): AreaRoute<SubPage> {
  return matchRoute(path, basePath, ROUTES);
}

/** What the page says above the plan after an acceptance, or after one was refused. */
type Outcome = { kind: 'accepted'; receivedAt: string } | { kind: 'conflict' };

/**
 * The employment plan area ("Suunnitelma", seed lines 8–9): the plan in force or the proposal
 * waiting for the person first, in full (type, state, who made it and when, validity, goals, what
 * the person does, services, contact, the job-search obligation, the tasks with their deadlines,
 * statuses and reports), with a link to report each open or overdue task of the plan in force;
 * a proposal ends with its acceptance (`plan-accept`, its own chunk, loaded only for a proposal).
 * Then the earlier plans with their tasks and reports. Prints without the page's buttons.
 *
 * Renders from the bus (session, locale, route) and `GET /api/plan`. After an acceptance it shows
 * the receipt and the plan in force, and publishes `current-items.changed@1`; after a refused one
 * (a 409) it reads the plan again and says why. It also routes the task page below its base path.
 *
 * @summary The "Plan" page of the portal and the router of its pages.
 * @cssprop --portal-color-primary - Buttons.
 * @cssprop --portal-color-link - Links.
 * @cssprop --portal-color-focus - The focus outline.
 */
export class PlanApp extends LitElement {
  static override styles = [baseStyles, styles];
  static override properties = { basePath: { attribute: 'base-path' }, outcome: { state: true } };

  declare basePath: string;
  /** The receipt of an acceptance, or that one was refused, shown above the plan until the page is left. */
  declare outcome: Outcome | undefined;

  private readonly i18n = new LocaleController(this, messages, { changed: () => this.router.announce() });
  private readonly router = new AreaRouter<SubPage, PageElement>(this, {
    area: AREA,
    basePath: () => this.basePath,
    routes: ROUTES,
    elements: PAGE_ELEMENTS,
    definePage: definePageElement,
    title: ({ page }) => this.i18n.t(page === NOT_FOUND && !this.signedOut ? 'notFoundPageTitle' : 'areaTitle'),
    hostDraws: () => this.signedOut,
  });
  private readonly session = new TopicController(this, SessionTopic, (value) => {
    // Signed out: nothing of the person stays on the page.
    if (value.status !== 'signed-in') {
      this.overview.reset();
      this.outcome = undefined;
    }
  });
  /** The plans, read when the front page is shown signed in. */
  private readonly overview = new LoadController(this, {
    args: () => (this.router.current.page === FRONT && this.session.value?.status === 'signed-in' ? [] : undefined),
    task: (_args, signal) => fetchJson(PLAN_PATHS.plan, PlanOverviewSchema, { signal }),
    settled: focusRetryOnFailure(this, () => this.router.current.page === FRONT),
  });

  constructor() {
    super();
    this.basePath = DEFAULT_BASE_PATH;
    this.outcome = undefined;
    this.addEventListener(PlanAcceptedEvent.eventName, (event) => void this.accepted(event.receipt));
    this.addEventListener(PlanAcceptConflictEvent.eventName, () => void this.refused());
    // A task's report changed the plan on the server: read it again when the front page is next shown.
    this.addEventListener(PlanTaskReportedEvent.eventName, () => this.overview.reset());
    // An own proposal was sent: it waits for the office now, which the front page shows when next read.
    this.addEventListener(PlanProposalSentEvent.eventName, () => this.overview.reset());
  }

  /** Where the plans' read stands: idle, loading, loaded or failed. */
  get loadState(): LoadState {
    return this.overview.state;
  }

  /** The plans as shown. */
  get plans(): PlanOverview | undefined {
    return this.overview.value;
  }

  private get signedOut(): boolean {
    return this.session.value?.status === 'signed-out';
  }

  override willUpdate(): void {
    // The receipt or the refusal is about the visit it was shown in: gone once the person moves on.
    if (this.outcome && this.router.current.page !== FRONT) this.outcome = undefined;
    // A proposal is accepted with a form of its own chunk: downloaded only when one is shown.
    if (this.overview.value?.current?.state === 'proposed') void definePageElement('plan-accept');
    // The person's own proposals likewise: their chunk only when there are some.
    if ((this.overview.value?.ownProposals.length ?? 0) > 0) void definePageElement('plan-own-proposals');
  }

  /** The receipt: the plan in force at once, then the plans as the server has them (the earlier one superseded). */
  private async accepted(receipt: PlanReceipt): Promise<void> {
    const before = this.overview.value;
    this.overview.set({ current: receipt.plan, earlier: before?.earlier ?? [], ownProposals: before?.ownProposals ?? [] });
    this.outcome = { kind: 'accepted', receivedAt: receipt.receivedAt };
    // The proposal no longer waits for the person: the shell's mark and the front page read again.
    portalBus.publish(CurrentItemsChangedTopic, { area: AREA });
    await this.focusOutcome();
    try {
      this.overview.set(await fetchJson(PLAN_PATHS.plan, PlanOverviewSchema));
    } catch {
      // The receipt's plan stays; the next visit reads the rest.
    }
  }

  /** Refused (changed meanwhile, accepted elsewhere): the plan as it is now, and why. */
  private async refused(): Promise<void> {
    try {
      this.overview.set(await fetchJson(PLAN_PATHS.plan, PlanOverviewSchema));
    } catch {
      // The notice still says what happened; the plan shown is the one the person read.
    }
    this.outcome = { kind: 'conflict' };
    portalBus.publish(CurrentItemsChangedTopic, { area: AREA });
    await this.focusOutcome();
  }

  private async focusOutcome(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.outcome, .outcome-wrap .notice')?.focus();
  }

  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }

  private date(value: string): string {
    return this.i18n.date(value);
  }

  private taskPath(id: string): string {
    return `${this.basePath}/tasks/${encodeURIComponent(id)}`;
  }

  // Rendering ----------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const { page, id } = this.router.current;
    if (this.signedOut) {
      return html`<h1 tabindex="-1">${this.t('areaTitle')}</h1>
        <p class="notice">${this.t('signedOut')}</p>`;
    }
    if (this.router.failed) return pageFailedNotice(this.t('areaTitle'), this.t('pageFailed'), this.t('retry'), () => this.router.retry());
    if (page === NOT_FOUND) return notFoundPage(this.t('notFoundPageTitle'), this.t('notFoundText'), this.t('notFoundLink'), this.basePath);
    if (page === 'jobSearch') return html`<plan-job-search .basePath=${this.basePath}></plan-job-search>`;
    if (page === 'proposal') return html`<plan-propose .basePath=${this.basePath}></plan-propose>`;
    if (page !== FRONT) return html`<plan-task .taskId=${id ?? ''} .basePath=${this.basePath}></plan-task>`;
    return html`<div class="heading-row">
        <h1 tabindex="-1">${this.t('areaTitle')}</h1>
        ${
          this.overview.state === LoadState.loaded
            ? html`<button class="button secondary print" type="button" @click=${() => window.print()}>${this.t('print')}</button>`
            : nothing
        }
      </div>
      <p class="intro">${this.t('intro')}</p>
      ${loadView(this.overview, { loading: this.t('loading'), failed: this.t('loadFailed'), retry: this.t('retry') }, (plans) =>
        this.renderPlans(plans),
      )}`;
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    const outcome = this.outcome;
    if (!outcome) return nothing;
    if (outcome.kind === 'conflict') return html`<div class="outcome-wrap">${notice('error', this.t('changedMeanwhile'))}</div>`;
    return html`<div class="outcome panel" role="status" tabindex="-1">
      <p class="panel-heading">${this.t('accepted', { time: this.i18n.dateTime(outcome.receivedAt) })}</p>
      <p>${this.t('acceptedNext')}</p>
    </div>`;
  }

  /**
   * The way to the person's own proposal (`/plan/proposal`), after a sentence when there is one; none
   * while an own proposal waits for the office (one at a time: the page would only say so). Its words
   * and nothing more on the front page: the form is the proposal page's chunk.
   */
  private renderProposeLink(plans: PlanOverview, lead?: MessageKey): TemplateResult | typeof nothing {
    if (plans.ownProposals.some((plan) => plan.state === 'submitted')) return nothing;
    return html`<p class="propose">
      ${lead ? this.t(lead) : nothing} <a href=${`${this.basePath}/proposal`} @click=${followInternalLink}>${this.t('proposeLink')}</a>
    </p>`;
  }

  private renderPlans(plans: PlanOverview): TemplateResult {
    const { current, earlier, ownProposals } = plans;
    return html`${this.renderOutcome()}
      ${
        current
          ? this.renderCurrent(current, plans)
          : html`<p class="empty">${this.t('none')}</p>
            ${this.renderProposeLink(plans)}`
      }
      ${ownProposals.length > 0 ? html`<plan-own-proposals .proposals=${ownProposals} .basePath=${this.basePath}></plan-own-proposals>` : nothing}
      ${
        earlier.length === 0
          ? nothing
          : html`<section class="earlier" aria-labelledby="earlier-heading">
            <h2 id="earlier-heading">${this.t('earlier')}</h2>
            ${earlier.map((plan) => this.renderEarlier(plan))}
          </section>`
      }`;
  }

  /** Who made the plan and when, its state and validity, as facts. */
  private renderFacts(plan: Plan): TemplateResult {
    return html`<dl class="facts">
      <dt>${this.t('state')}</dt>
      <dd><span class="tag plan-state ${plan.state === 'proposed' ? 'open' : ''}">${this.t(`state.${plan.state}`)}</span></dd>
      <dt>${this.t('madeBy')}</dt>
      <dd>${this.t(`madeBy.${plan.madeBy}`)}</dd>
      <dt>${this.t('proposedOn')}</dt>
      <dd>${this.date(plan.proposedOn)}</dd>
      <dt>${this.t('valid')}</dt>
      <dd>${validRange(plan, this.i18n.language)}</dd>
      ${
        plan.acceptedAt !== null
          ? html`<dt>${this.t('acceptedAt')}</dt>
            <dd>${this.i18n.dateTime(plan.acceptedAt)}</dd>`
          : nothing
      }
    </dl>`;
  }

  private obligationText(count: number): string {
    if (count === 0) return this.t('obligationNone');
    return count === 1 ? this.t('obligationOne') : this.t('obligationMany', { count });
  }

  private renderCurrent(plan: Plan, plans: PlanOverview): TemplateResult {
    const language = this.i18n.language;
    const proposed = plan.state === 'proposed';
    return html`<section class="current" aria-labelledby="current-heading" data-id=${plan.id}>
      <h2 id="current-heading">${this.t(`type.${plan.type}`)}</h2>
      ${proposed ? html`<p class="lead">${this.t(plan.madeBy === 'office' ? 'proposalIntro' : 'ownProposalIntro')}</p>` : nothing}
      ${this.renderFacts(plan)}
      <h3>${this.t('goals')}</h3>
      <p class="pre-line">${plan.goals[language]}</p>
      <h3>${this.t('actions')}</h3>
      <p class="pre-line">${plan.actions[language]}</p>
      <h3>${this.t('services')}</h3>
      ${
        plan.servicesAgreed.length === 0
          ? html`<p>${this.t('noServices')}</p>`
          : html`<ul class="services">
            ${plan.servicesAgreed.map((service) => html`<li>${service[language]}</li>`)}
          </ul>`
      }
      <h3>${this.t('contact')}</h3>
      <p class="pre-line">${plan.contact[language]}</p>
      <h3>${this.t('obligation')}</h3>
      <p class="obligation">${this.obligationText(plan.jobSearchObligation.applicationsPerPeriod)}</p>
      ${
        plan.state === 'accepted'
          ? html`<p class="obligation-link"><a href=${`${this.basePath}/job-search`} @click=${followInternalLink}>${this.t('obligationLink')}</a></p>`
          : nothing
      }
      <h3 id="tasks-${plan.id}">${this.t('tasks')}</h3>
      ${this.renderTasks(plan)}
      ${proposed ? html`<plan-accept .plan=${plan}></plan-accept>` : nothing}
      ${
        proposed && plan.madeBy === 'office'
          ? this.renderProposeLink(plans, 'proposeInstead')
          : plan.state === 'accepted'
            ? this.renderProposeLink(plans)
            : nothing
      }
    </section>`;
  }

  /** The tasks as a list (it reflows at any width): each with its facts, and the link to report it when it can be. */
  private renderTasks(plan: Plan): TemplateResult {
    const language = this.i18n.language;
    if (plan.tasks.length === 0) return html`<p>${this.t('noTasks')}</p>`;
    return html`<ul class="tasks" aria-labelledby="tasks-${plan.id}">
      ${plan.tasks.map(
        (task) => html`<li class="task ${task.status}" data-id=${task.id}>
          <p class="task-description">${task.description[language]}</p>
          <dl class="facts">${taskFacts(task, language)}</dl>
          ${
            reportable(plan, task)
              ? html`<p class="report-link">
                <a href=${this.taskPath(task.id)} @click=${followInternalLink}
                  >${this.t('reportLink')}<span class="visually-hidden">: ${task.description[language]}</span></a
                >
              </p>`
              : nothing
          }
        </li>`,
      )}
    </ul>`;
  }

  private renderEarlier(plan: Plan): TemplateResult {
    const type = this.t(`type.${plan.type}`);
    return html`<article class="earlier-plan" aria-labelledby="plan-${plan.id}" data-id=${plan.id}>
      <h3 id="plan-${plan.id}">${this.t('earlierPlan', { type, range: validRange(plan, this.i18n.language) })}</h3>
      ${this.renderFacts(plan)}
      <h4 id="tasks-${plan.id}">${this.t('tasks')}</h4>
      ${this.renderTasks(plan)}
    </article>`;
  }
}
