import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { fetchJson, SessionTopic, TopicController } from '@portal/shared-contracts';
import {
  STARTUP_GRANT_PATHS,
  StartupGrantOverviewSchema,
  type Application,
  type PaymentPeriod,
  type StartupGrantOverview,
  type Supplement,
} from '@portal/shared-contracts/startup-grant';
import {
  AreaRouter,
  deadlineTag,
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
  pageFailedNotice,
  type AreaRoute,
} from '@portal/ui-kit/page';
import { baseStyles } from '@portal/ui-kit/styles';
import { AREA, DEFAULT_BASE_PATH } from '../area.js';
import { ApplicationSentEvent, PaymentSentEvent, SupplementAnsweredEvent } from '../events.js';
import { definePageElement, type PageElement } from '../pages.js';
import { messages, type MessageKey } from './startup-grant-app.messages.js';
import { styles } from './startup-grant-app.styles.js';

export { LoadState };

/**
 * `/startup-grant/apply`: the application's task list; `/startup-grant/supplements/:id`: answering a
 * request for a supplement; `/startup-grant/payments/:id`: the payment application of a period. Each
 * drawn by its own element (its own chunk).
 */
const ROUTES = { apply: 'apply', 'supplements/:id': 'supplement', 'payments/:id': 'payment' } as const;
type SubPage = (typeof ROUTES)[keyof typeof ROUTES];
const PAGE_ELEMENTS = {
  apply: 'startup-grant-apply',
  supplement: 'startup-grant-supplement',
  payment: 'startup-grant-payment',
} as const satisfies Record<SubPage, PageElement>;

export function routeOf(path: string, basePath: string): AreaRoute<SubPage> {
  return matchRoute(path, basePath, ROUTES);
}

/**
 * The start-up grant area ("Starttiraha", seed lines 13 and 14). Its front page: what the person must
 * do now (an open request for a supplement with its deadline, a period whose payment can be applied
 * for), the way to a new application, each application with its processing on a dated timeline
 * (received → in processing → supplement requested and answered, late ones marked → decision, with
 * the granted periods or the reason), and every granted period with its payment application's state
 * and payment date, or why it can no longer be applied for.
 *
 * Renders from the bus (session, locale, route) and `GET /api/startup-grant`; routes the pages below
 * its base path, and reads the overview again after any of them sent something.
 *
 * @summary The "Start-up grant" page of the portal and the router of its pages.
 */
export class StartupGrantApp extends LitElement {
  static override styles = [baseStyles, styles];
  static override properties = { basePath: { attribute: 'base-path' } };

  declare basePath: string;

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
    if (value.status !== 'signed-in') this.overview.reset();
  });
  private readonly overview = new LoadController(this, {
    args: () => (this.router.current.page === FRONT && this.session.value?.status === 'signed-in' ? [] : undefined),
    task: (_args, signal) => fetchJson(STARTUP_GRANT_PATHS.overview, StartupGrantOverviewSchema, { signal }),
    settled: focusRetryOnFailure(this, () => this.router.current.page === FRONT),
  });

  constructor() {
    super();
    this.basePath = DEFAULT_BASE_PATH;
    // Something was sent on a page below: read the overview again when the front page is next shown.
    const stale = () => this.overview.reset();
    this.addEventListener(ApplicationSentEvent.eventName, stale);
    this.addEventListener(SupplementAnsweredEvent.eventName, stale);
    this.addEventListener(PaymentSentEvent.eventName, stale);
  }

  /** Where the overview's read stands. */
  get loadState(): LoadState {
    return this.overview.state;
  }

  private get signedOut(): boolean {
    return this.session.value?.status === 'signed-out';
  }

  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }

  private date(value: string): string {
    return this.i18n.date(value);
  }

  private range(from: string, to: string): string {
    return this.t('periodRange', { from: this.date(from), to: this.date(to) });
  }

  private link(path: string, text: string, className = 'act'): TemplateResult {
    return html`<a class=${className} href=${`${this.basePath}/${path}`} @click=${followInternalLink}>${text}</a>`;
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
    if (page === 'apply') return html`<startup-grant-apply .basePath=${this.basePath}></startup-grant-apply>`;
    if (page === 'supplement') {
      return html`<startup-grant-supplement .supplementId=${id ?? ''} .basePath=${this.basePath}></startup-grant-supplement>`;
    }
    if (page === 'payment') return html`<startup-grant-payment .periodId=${id ?? ''} .basePath=${this.basePath}></startup-grant-payment>`;
    return html`<h1 tabindex="-1">${this.t('areaTitle')}</h1>
      <p class="intro">${this.t('intro')}</p>
      ${loadView(this.overview, { loading: this.t('loading'), failed: this.t('loadFailed'), retry: this.t('retry') }, (overview) =>
        this.renderOverview(overview),
      )}`;
  }

  private renderOverview(overview: StartupGrantOverview): TemplateResult {
    return html`${this.renderTodo(overview)}
      <section class="apply" aria-labelledby="apply-heading">
        <h2 id="apply-heading">${this.t('applyHeading')}</h2>
        <p>${this.t('applyText')}</p>
        <p>${this.link('apply', this.t('applyLink'), 'act apply-link')}</p>
      </section>
      <section aria-labelledby="applications-heading">
        <h2 id="applications-heading">${this.t('applicationsHeading')}</h2>
        ${
          overview.applications.length === 0
            ? html`<p class="empty">${this.t('none')}</p>`
            : overview.applications.map((application) => this.renderApplication(application))
        }
      </section>
      ${this.renderPeriods(overview)}`;
  }

  /** What waits for the person: the open supplement requests and the periods ready to apply for, each with its deadline. */
  private renderTodo(overview: StartupGrantOverview): TemplateResult | typeof nothing {
    const supplements = overview.applications.flatMap((application) =>
      application.state === 'supplement-requested' ? application.supplements.filter((s) => s.answer === null) : [],
    );
    const open = overview.periods.filter((period) => period.status === 'open');
    if (supplements.length === 0 && open.length === 0) return nothing;
    return html`<section class="todo" aria-labelledby="todo-heading">
      <h2 id="todo-heading">${this.t('todoHeading')}</h2>
      <ul>
        ${supplements.map(
          (supplement) =>
            html`<li>
              ${this.link(`supplements/${supplement.id}`, this.t('supplementTodo', { date: this.date(supplement.deadline) }), 'act todo-supplement')}
              ${deadlineTag(supplement.daysLeft, (key, params) => this.t(key, params))}
            </li>`,
        )}
        ${open.map(
          (period) =>
            html`<li>
              ${this.link(
                `payments/${period.id}`,
                this.t('paymentTodo', { period: this.range(period.startsOn, period.endsOn), date: this.date(period.applyBy) }),
                'act todo-payment',
              )}
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderApplication(application: Application): TemplateResult {
    const heading = `application-${application.id}`;
    return html`<article class="application" aria-labelledby=${heading} data-id=${application.id}>
      <h3 id=${heading}>${this.t(`kind.${application.kind}`)}</h3>
      <dl class="facts">
        <dt>${this.t('business')}</dt>
        <dd>${application.content.business.name}</dd>
        <dt>${this.t('periodStatus')}</dt>
        <dd><span class="tag state">${this.t(`state.${application.state}`)}</span></dd>
      </dl>
      <h4>${this.t('timeline')}</h4>
      <ol class="timeline">
        ${application.timeline.map(
          (step) => html`<li class="step ${step.kind}">
            <strong>${this.t(`step.${step.kind}`)}</strong>
            <span class="when">${this.i18n.dateTime(step.at)}</span>
          </li>`,
        )}
      </ol>
      ${application.supplements.map((supplement) => this.renderSupplement(application, supplement))} ${this.renderDecision(application)}
    </article>`;
  }

  private renderSupplement(application: Application, supplement: Supplement): TemplateResult {
    const answer = supplement.answer;
    return html`<div class="supplement" data-id=${supplement.id}>
      <p class="pre-line">${this.t('supplementRequest', { what: supplement.what })}</p>
      <p>${this.t('supplementDeadline', { date: this.date(supplement.deadline) })}</p>
      ${
        answer
          ? html`<p>${this.t('supplementAnswer', { date: this.i18n.dateTime(answer.answeredAt) })}</p>
            ${answer.late ? html`<p class="late"><strong>${this.t('supplementLate')}</strong></p>` : nothing}`
          : application.state === 'supplement-requested'
            ? html`<p>${this.link(`supplements/${supplement.id}`, this.t('answerLink'))}</p>`
            : nothing
      }
    </div>`;
  }

  private renderDecision(application: Application): TemplateResult | typeof nothing {
    const decision = application.decision;
    if (!decision) return nothing;
    if (decision.outcome === 'rejected') return html`<p class="decision">${this.t('rejectedReason', { reason: decision.reason })}</p>`;
    const first = decision.periods[0];
    const last = decision.periods[decision.periods.length - 1];
    if (!first || !last) return nothing;
    return html`<p class="decision">${this.t('grantedPeriods', { from: this.date(first.startsOn), to: this.date(last.endsOn) })}</p>`;
  }

  private renderPeriods(overview: StartupGrantOverview): TemplateResult {
    return html`<section aria-labelledby="payments-heading">
      <h2 id="payments-heading">${this.t('paymentsHeading')}</h2>
      <p>${this.t('paymentsIntro', { months: overview.paymentApplicationMonths })}</p>
      ${
        overview.periods.length === 0
          ? html`<p class="empty">${this.t('noPeriods')}</p>`
          : html`<ul class="periods">
            ${overview.periods.map((period) => this.renderPeriod(period))}
          </ul>`
      }
    </section>`;
  }

  private renderPeriod(period: PaymentPeriod): TemplateResult {
    const range = this.range(period.startsOn, period.endsOn);
    const payment = period.payment;
    return html`<li class="period ${period.status}" data-id=${period.id}>
      <dl class="facts">
        <dt>${this.t('period')}</dt>
        <dd>${range}</dd>
        <dt>${this.t('periodStatus')}</dt>
        <dd>
          <span class="tag">${payment ? this.t(`payment.${payment.state}`) : this.t(`period.${period.status}`)}</span>
        </dd>
        ${
          payment?.paymentDate
            ? html`<dt>${this.t('paymentDate')}</dt>
              <dd>${this.date(payment.paymentDate)}</dd>`
            : nothing
        }
        ${
          payment
            ? nothing
            : html`<dt>${this.t('applyBy')}</dt>
              <dd>${this.date(period.applyBy)}</dd>`
        }
      </dl>
      ${period.status === 'open' ? html`<p>${this.link(`payments/${period.id}`, this.t('applyPaymentLink', { period: range }))}</p>` : nothing}
      ${period.status === 'lapsed' ? html`<p class="lapsed">${this.t('lapsedText', { date: this.date(period.applyBy) })}</p>` : nothing}
    </li>`;
  }
}
