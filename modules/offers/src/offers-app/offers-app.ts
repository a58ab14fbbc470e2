import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { fetchJson, SessionTopic, TopicController } from '@portal/shared-contracts';
import { OfferListSchema, OFFERS_PATHS, type JobOffer, type Offer, type TrainingOffer } from '@portal/shared-contracts/offers';
import {
  AreaRouter,
  daysLeftUntil,
  focusRetryOnFailure,
  followInternalLink,
  LoadController,
  LoadState,
  loadView,
  LocaleController,
  matchRoute,
  notFoundPage,
  pageFailedNotice,
} from '@portal/ui-kit/page';
import { baseStyles } from '@portal/ui-kit/styles';
import { AREA, DEFAULT_BASE_PATH, withAreaMessages } from '../area.js';
import { areaStyles } from '../area.styles.js';
import { applyByLine } from '../deadlines.js';
import { OfferReportedEvent } from '../events.js';
import { applyLink, dateRange, outcomeLabel, stateLabel } from '../offer-text.js';
import { definePageElement } from '../pages.js';
import { ReportMode, reportModeOf } from '../report-mode.js';
import { messages } from './offers-app.messages.js';
import { styles } from './offers-app.styles.js';

export { LoadState };

/** The pages of the area, by the path below its base path. */
export const SubPage = { front: 'front', offer: 'offer', notFound: 'not-found' } as const;
export type SubPage = (typeof SubPage)[keyof typeof SubPage];

export type Route = { readonly page: SubPage; readonly id?: string };

/** The element that draws each page other than the front page and "not found". */
const PAGE_ELEMENTS = { [SubPage.offer]: 'offers-offer' } as const;

/** `/offers/:id`: one segment below the base path, the offer's id. */
const ROUTES = { ':id': SubPage.offer } as const;

/**
 * Which page of the area a path shows: `/offers` and `/offers/:id`, the URLs the legacy pages have
 * below `/legacy/offers`, so a bookmark works whichever implementation serves the area. A path
 * outside the base path is not ours (the shell is about to unmount the area): the front page,
 * rather than a "not found" flash.
 */
export function routeOf(path: string, basePath: string): Route {
  return matchRoute(path, basePath, ROUTES);
}

/** Newest first by the day offered; offers of one day keep the server's order. */
export function newestFirst(offers: readonly Offer[]): Offer[] {
  return [...offers].sort((a, b) => (a.offeredOn === b.offeredOn ? 0 : a.offeredOn < b.offeredOn ? 1 : -1));
}

/**
 * The job offers waiting for a report: whether applied (the nearest apply-by date first, as that
 * report is due by it), then those waiting for an outcome (newest first; an outcome has no date).
 */
export function offersToReport(offers: readonly Offer[]): JobOffer[] {
  const jobs = offers.filter((offer): offer is JobOffer => offer.kind === 'job');
  const apply = jobs
    .filter((job) => reportModeOf(job) === ReportMode.apply)
    .sort((a, b) => (a.applyBy === b.applyBy ? 0 : a.applyBy < b.applyBy ? -1 : 1));
  const outcome = newestFirst(jobs.filter((job) => reportModeOf(job) === ReportMode.outcome)) as JobOffer[];
  return [...apply, ...outcome];
}

/**
 * The offers area ("Tarjoukset", seed line 10): the job offers to report on first, then every job
 * and training offer newest first. It also routes the offer page below its base path (its own chunk).
 *
 * Renders from the bus (session, locale, route) and `GET /api/offers`; after a report
 * (`offers-reported`) it reads the list again when the front page is next shown.
 *
 * @summary The "Offers" page of the portal and the router of its pages.
 * @cssprop --portal-color-primary - Buttons and links styled as buttons.
 * @cssprop --portal-color-link - Links.
 * @cssprop --portal-color-focus - The focus outline.
 */
export class OffersApp extends LitElement {
  static override styles = [baseStyles, areaStyles, styles];
  static override properties = { basePath: { attribute: 'base-path' } };

  declare basePath: string;

  private readonly i18n = new LocaleController(this, withAreaMessages(messages), { changed: () => this.router.announce() });
  private readonly router = new AreaRouter(this, {
    area: AREA,
    basePath: () => this.basePath,
    routes: ROUTES,
    elements: PAGE_ELEMENTS,
    definePage: definePageElement,
    title: ({ page }) => this.i18n.t(page === SubPage.notFound && !this.signedOut ? 'notFoundPageTitle' : 'areaTitle'),
    // Signed out, the page's element is not drawn: the notice is ours.
    hostDraws: () => this.signedOut,
  });
  private readonly session = new TopicController(this, SessionTopic, (value) => {
    // Signed out, the list is forgotten: the next person signing in reads their own.
    if (value.status !== 'signed-in') this.offers.reset();
  });
  /** The list, read when the front page is shown: a visit straight to an offer needs none of it. */
  private readonly offers = new LoadController(this, {
    args: () => (this.current.page === SubPage.front && this.session.value?.status === 'signed-in' ? [] : undefined),
    task: async (_args, signal) => newestFirst((await fetchJson(OFFERS_PATHS.offers, OfferListSchema, { signal })).offers),
    settled: focusRetryOnFailure(this, () => this.current.page === SubPage.front),
  });

  constructor() {
    super();
    this.basePath = DEFAULT_BASE_PATH;
    // The offer's state changed on the server: the list is out of date, read again when the front
    // page is next shown (the offer page tells the shell itself, so it does so alone too).
    this.addEventListener(OfferReportedEvent.eventName, () => this.offers.reset());
  }

  /** Where the list stands: idle, loading, loaded or failed. */
  get loadState(): LoadState {
    return this.offers.state;
  }

  /** The page shown now, with its id. */
  get current(): Route {
    return this.router.current;
  }

  private get signedOut(): boolean {
    return this.session.value?.status === 'signed-out';
  }

  private link(path: string, content: string | TemplateResult): TemplateResult {
    return html`<a href=${path} @click=${followInternalLink}>${content}</a>`;
  }

  private offerPath(id: string): string {
    return `${this.basePath}/${encodeURIComponent(id)}`;
  }

  protected override render(): TemplateResult {
    const { page, id } = this.current;
    const t = this.i18n.t.bind(this.i18n);
    if (this.signedOut) {
      return html`<h1 tabindex="-1">${t('areaTitle')}</h1>
        <p class="notice">${t('signedOut')}</p>`;
    }
    if (this.router.failed) return pageFailedNotice(t('areaTitle'), t('pageFailed'), t('retry'), () => this.router.retry());
    switch (page) {
      case SubPage.offer:
        return html`<offers-offer .offerId=${id ?? ''} .basePath=${this.basePath}></offers-offer>`;
      case SubPage.notFound:
        return notFoundPage(t('notFoundPageTitle'), t('notFoundText'), t('notFoundLink'), this.basePath);
      default:
        return html`<h1 tabindex="-1">${t('areaTitle')}</h1>
          <p class="intro">${t('intro')}</p>
          ${loadView(this.offers, { loading: t('loading'), failed: t('loadFailed'), retry: t('retry') }, (offers) => html`${this.renderTasks(offers)} ${this.renderOffers(offers)}`)}`;
    }
  }

  /** The job offers waiting for a report, on top and linked, with the apply-by date and days left. */
  private renderTasks(offers: readonly Offer[]): TemplateResult | typeof nothing {
    const waiting = offersToReport(offers);
    if (waiting.length === 0) return nothing;
    const language = this.i18n.language;
    return html`<section aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">${this.i18n.t('tasksHeading')}</h2>
      <ul class="tasks">
        ${waiting.map((job) => {
          const apply = reportModeOf(job) === ReportMode.apply;
          const late = apply && daysLeftUntil(job.applyBy) < 0;
          const words = { job: job.jobTitle[language], employer: job.employer };
          return html`<li class="task ${late ? 'late' : ''}" data-id=${job.id}>
            <p class="task-title">${this.link(this.offerPath(job.id), this.i18n.t(apply ? 'taskApply' : 'taskOutcome', words))}</p>
            ${apply ? html`<p class="status">${applyByLine(job.applyBy, language)}</p>` : nothing}
            ${late ? html`<p>${this.i18n.t('taskLate')}</p>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderOffers(offers: readonly Offer[]): TemplateResult {
    return html`<section aria-labelledby="offers-heading">
      <h2 id="offers-heading">${this.i18n.t('offersHeading')}</h2>
      ${
        offers.length === 0
          ? html`<p class="empty">${this.i18n.t('offersEmpty')}</p>`
          : html`<p class="muted">${this.i18n.t('offersIntro')}</p>
            <ul class="offers">
              ${offers.map((offer) => (offer.kind === 'job' ? this.renderJob(offer) : this.renderTraining(offer)))}
            </ul>`
      }
    </section>`;
  }

  private renderJob(job: JobOffer): TemplateResult {
    const language = this.i18n.language;
    const open = reportModeOf(job) === ReportMode.apply;
    return html`<li class="offer job" data-id=${job.id}>
      <h3>${this.link(this.offerPath(job.id), job.jobTitle[language])}</h3>
      <p class="meta">
        <span class="kind">${this.i18n.t('kind.job')}</span> <span class="employer">${job.employer}</span>
        <span class="location">${job.location}</span> <span class="muted">${this.i18n.t('offeredOn', { date: this.i18n.date(job.offeredOn) })}</span>
      </p>
      <p class="status">
        ${applyByLine(job.applyBy, language, open)}
        <strong class="tag state ${open ? 'open' : ''}">${stateLabel(job.state, language)}</strong>
        ${job.outcome ? html`<span class="outcome">${this.i18n.t('outcomeLabel', { outcome: outcomeLabel(job.outcome, language) })}</span>` : nothing}
      </p>
    </li>`;
  }

  private renderTraining(training: TrainingOffer): TemplateResult {
    const language = this.i18n.language;
    return html`<li class="offer training" data-id=${training.id}>
      <h3>${this.link(this.offerPath(training.id), training.training[language])}</h3>
      <p class="meta">
        <span class="kind">${this.i18n.t('kind.training')}</span> <span class="provider">${training.provider}</span>
        <span class="dates">${dateRange(training, language)}</span>
        <span class="muted">${this.i18n.t('offeredOn', { date: this.i18n.date(training.offeredOn) })}</span>
      </p>
      <p class="status">${applyByLine(training.applyBy, language)}</p>
      <p>${applyLink(training, language)}</p>
    </li>`;
  }
}
