import { html, nothing, type TemplateResult } from 'lit';
import { fetchJson } from '@portal/shared-contracts';
import { OfferListSchema, OFFERS_PATHS, type JobOffer, type Offer, type TrainingOffer } from '@portal/shared-contracts/offers';
import { AreaApp, byDay, daysLeftUntil, LoadState, matchRoute, type AreaAppPages, type AreaRoute } from '@portal/ui-kit/page';
import { baseStyles } from '@portal/ui-kit/styles';
import { AREA, DEFAULT_BASE_PATH, withAreaMessages } from '../area.js';
import { areaStyles } from '../area.styles.js';
import { applyByLine } from '../deadlines.js';
import { OfferReportedEvent } from '../events.js';
import { applyLink, dateRange, outcomeLabel, stateLabel } from '../offer-text.js';
import { definePageElement, type PageElement } from '../pages.js';
import { ReportMode, reportModeOf } from '../report-mode.js';
import { messages } from './offers-app.messages.js';
import { styles } from './offers-app.styles.js';

export { LoadState };

/** The pages of the area, by the path below its base path. */
export const SubPage = { front: 'front', offer: 'offer', notFound: 'not-found' } as const;
export type SubPage = (typeof SubPage)[keyof typeof SubPage];

export type Route = AreaRoute<typeof SubPage.offer>;

/** `/offers/:id`, one segment below the base path, the offer's id: drawn by the offer page (its own chunk). */
const PAGES: AreaAppPages<typeof SubPage.offer, PageElement> = {
  routes: { ':id': SubPage.offer },
  elements: { [SubPage.offer]: 'offers-offer' },
  define: definePageElement,
};

const MESSAGES = withAreaMessages(messages);

/**
 * Which page of the area a path shows: `/offers` and `/offers/:id`, the URLs the legacy pages have
 * below `/legacy/offers`, so a bookmark works whichever implementation serves the area. A path
 * outside the base path is not ours (the shell is about to unmount the area): the front page,
 * rather than a "not found" flash.
 */
export function routeOf(path: string, basePath: string): Route {
  return matchRoute(path, basePath, PAGES.routes);
}

/** Newest first by the day offered; offers of one day keep the server's order. */
export function newestFirst(offers: readonly Offer[]): Offer[] {
  return byDay(offers, (offer) => offer.offeredOn, 'latest-first');
}

/**
 * The job offers waiting for a report: whether applied (the nearest apply-by date first, as that
 * report is due by it), then those waiting for an outcome (newest first; an outcome has no date).
 */
export function offersToReport(offers: readonly Offer[]): JobOffer[] {
  const jobs = offers.filter((offer): offer is JobOffer => offer.kind === 'job');
  const apply = byDay(
    jobs.filter((job) => reportModeOf(job) === ReportMode.apply),
    (job) => job.applyBy,
    'earliest-first',
  );
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
export class OffersApp extends AreaApp<typeof SubPage.offer, PageElement, keyof (typeof MESSAGES)['fi'], Offer, JobOffer> {
  static override styles = [baseStyles, areaStyles, styles];

  constructor() {
    super({ area: AREA, basePath: DEFAULT_BASE_PATH, pages: PAGES, listName: 'offers', messages: MESSAGES });
    // The offer's state changed on the server: the list is out of date, read again when the front
    // page is next shown (the offer page tells the shell itself, so it does so alone too).
    this.addEventListener(OfferReportedEvent.eventName, () => this.list.reset());
  }

  protected override async readList(signal: AbortSignal): Promise<Offer[]> {
    return newestFirst((await fetchJson(OFFERS_PATHS.offers, OfferListSchema, { signal })).offers);
  }

  protected override renderPage(_page: typeof SubPage.offer, id: string): TemplateResult {
    return html`<offers-offer .offerId=${id} .basePath=${this.basePath}></offers-offer>`;
  }

  /** The job offers waiting for a report. */
  protected override tasksOf(offers: readonly Offer[]): JobOffer[] {
    return offersToReport(offers);
  }

  protected override renderItem(offer: Offer): TemplateResult {
    return offer.kind === 'job' ? this.renderJob(offer) : this.renderTraining(offer);
  }

  private offerPath(id: string): string {
    return `${this.basePath}/${encodeURIComponent(id)}`;
  }

  /** A job offer waiting for a report, linked, with the apply-by date and days left. */
  protected override renderTask(job: JobOffer): TemplateResult {
    const language = this.i18n.language;
    const apply = reportModeOf(job) === ReportMode.apply;
    const late = apply && daysLeftUntil(job.applyBy) < 0;
    const words = { job: job.jobTitle[language], employer: job.employer };
    return html`<li class="task ${late ? 'late' : ''}" data-id=${job.id}>
      <p class="task-title">${this.link(this.offerPath(job.id), this.i18n.t(apply ? 'taskApply' : 'taskOutcome', words))}</p>
      ${apply ? html`<p class="status">${applyByLine(job.applyBy, language)}</p>` : nothing}
      ${late ? html`<p>${this.i18n.t('taskLate')}</p>` : nothing}
    </li>`;
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
