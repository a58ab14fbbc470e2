import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  DEFAULT_LOCALE,
  fetchJson,
  formatMessage,
  LocaleTopic,
  PageTopic,
  portalBus,
  RouteTopic,
  SessionTopic,
  TopicController,
  type Locale,
} from '@portal/shared-contracts';
import { OfferListSchema, OFFERS_PATHS, type JobOffer, type Offer, type TrainingOffer } from '@portal/shared-contracts/offers';
import { baseStyles } from '@portal/ui-kit/base.styles.js';
import { formatDate } from '@portal/ui-kit/dates.js';
import { LoadState } from '@portal/ui-kit/load-state.js';
import { followInternalLink } from '@portal/ui-kit/navigation.js';
import { OfferReportedEvent } from '../events.js';
import { AREA, DEFAULT_BASE_PATH } from '../kit/area.js';
import { applyByLine, applyLink, dateRange, daysLeftUntil, kitText, outcomeLabel, ReportMode, reportModeOf, stateLabel } from '../kit/kit.js';
import { areaStyles } from '../kit/styles.js';
import { definePageElement, type PageElement } from '../pages.js';
import { messages, type MessageKey } from './offers-app.messages.js';
import { styles } from './offers-app.styles.js';

export { LoadState };

/** The pages of the area, by the path below its base path. */
export const SubPage = { front: 'front', offer: 'offer', notFound: 'not-found' } as const;
export type SubPage = (typeof SubPage)[keyof typeof SubPage];

export type Route = { readonly page: SubPage; readonly id?: string };

/** The element that draws each page other than the front page and "not found". */
const PAGE_ELEMENTS: Readonly<Partial<Record<SubPage, PageElement>>> = { [SubPage.offer]: 'offers-offer' };

function decodeSegment(segment: string): string | undefined {
  try {
    const id = decodeURIComponent(segment);
    return id.trim() === '' ? undefined : id;
  } catch {
    return undefined;
  }
}

/**
 * Which page of the area a path shows: `/offers` and `/offers/:id`, the URLs the legacy pages have
 * below `/legacy/offers`, so a bookmark works whichever implementation serves the area. A path
 * outside the base path is not ours (the shell is about to unmount the area): the front page,
 * rather than a "not found" flash.
 */
export function routeOf(path: string, basePath: string): Route {
  const clean = (path.split(/[?#]/)[0] ?? '').replace(/\/+$/, '');
  const base = basePath.replace(/\/+$/, '');
  if (clean === base || !clean.startsWith(`${base}/`)) return { page: SubPage.front };
  const parts = clean.slice(base.length + 1).split('/');
  const id = parts.length === 1 && parts[0] !== undefined ? decodeSegment(parts[0]) : undefined;
  return id === undefined ? { page: SubPage.notFound } : { page: SubPage.offer, id };
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
  const apply = jobs.filter((job) => reportModeOf(job) === ReportMode.apply).sort((a, b) => (a.applyBy === b.applyBy ? 0 : a.applyBy < b.applyBy ? -1 : 1));
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
  static override properties = {
    basePath: { attribute: 'base-path' },
    loadState: { state: true },
    offers: { state: true },
    pageFailed: { state: true },
  };

  declare basePath: string;
  declare loadState: LoadState;
  declare offers: Offer[] | undefined;
  /** The page whose code could not be downloaded (a network drop, a deployment under way). */
  declare pageFailed: PageElement | undefined;

  private readonly locale = new TopicController(this, LocaleTopic, () => this.announcePage());
  // Moving between the area's pages: say which page is shown once it has rendered.
  private readonly route = new TopicController(this, RouteTopic, () => void this.updateComplete.then(() => this.announcePage()));
  private readonly session = new TopicController(this, SessionTopic, (value) => {
    if (value.status !== 'signed-in') {
      this.offers = undefined;
      this.loadState = LoadState.idle;
    }
  });

  constructor() {
    super();
    this.basePath = DEFAULT_BASE_PATH;
    this.loadState = LoadState.idle;
    this.offers = undefined;
    this.pageFailed = undefined;
    // The offer's state changed on the server: the list is out of date (the offer page tells the
    // shell itself, so it does so alone too).
    this.addEventListener(OfferReportedEvent.eventName, () => {
      this.loadState = LoadState.idle;
    });
  }

  private get language(): Locale {
    return this.locale.value?.locale ?? DEFAULT_LOCALE;
  }

  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return formatMessage(messages[this.language][key], params);
  }

  private date(value: string): string {
    return formatDate(value, this.language);
  }

  /** The page shown now, with its id. */
  get current(): Route {
    return routeOf(this.route.value?.path ?? window.location.pathname, this.basePath);
  }

  private get signedOut(): boolean {
    return this.session.value?.status === 'signed-out';
  }

  /** True when this element draws the page itself (the front page, "not found", a page that failed to load). */
  private get ownsPage(): boolean {
    const tag = PAGE_ELEMENTS[this.current.page];
    return tag === undefined || this.signedOut || this.pageFailed === tag;
  }

  /** Reads the offers; a failure keeps the page and offers a retry. */
  async fetchOffers(): Promise<void> {
    this.loadState = LoadState.loading;
    try {
      this.offers = newestFirst((await fetchJson(OFFERS_PATHS.offers, OfferListSchema)).offers);
      this.loadState = LoadState.loaded;
    } catch {
      this.loadState = LoadState.failed;
    }
  }

  protected override willUpdate(): void {
    const page = this.current.page;
    const tag = PAGE_ELEMENTS[page];
    if (tag && !customElements.get(tag) && this.pageFailed !== tag) void this.loadPage(tag);
    // The list is read when the front page is shown: a visit straight to an offer needs none of it.
    if (page === SubPage.front && this.loadState === LoadState.idle && this.session.value?.status === 'signed-in') {
      void this.fetchOffers();
    }
  }

  /** Downloads a page's code; until it arrives its element is in place, empty, and upgrades then. */
  private async loadPage(tag: PageElement): Promise<void> {
    try {
      await definePageElement(tag);
    } catch (error) {
      console.warn(`The page ${tag} could not be loaded`, error);
      this.pageFailed = tag;
      await this.updateComplete;
      this.announcePage();
      this.renderRoot.querySelector<HTMLButtonElement>('.retry')?.focus();
    }
  }

  protected override firstUpdated(): void {
    // In the shell the route's replay announces the page; alone, nothing else would.
    if (!this.route.value) this.announcePage();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('loadState') && this.loadState === LoadState.failed && this.current.page === SubPage.front) {
      this.renderRoot.querySelector<HTMLButtonElement>('.retry')?.focus();
    }
  }

  /** Tells the shell the page title, so it can set document.title and move focus to our h1. */
  private announcePage(): void {
    if (!this.hasUpdated || !this.ownsPage) return;
    const title = this.current.page === SubPage.notFound && !this.signedOut ? this.t('notFoundPageTitle') : kitText(this.language, 'areaTitle');
    portalBus.publish(PageTopic, { area: AREA, title });
  }

  private link(path: string, content: string | TemplateResult): TemplateResult {
    return html`<a href=${path} @click=${followInternalLink}>${content}</a>`;
  }

  private offerPath(id: string): string {
    return `${this.basePath}/${encodeURIComponent(id)}`;
  }

  protected override render(): TemplateResult {
    const { page, id } = this.current;
    const language = this.language;
    if (this.signedOut) {
      return html`<h1 tabindex="-1">${kitText(language, 'areaTitle')}</h1>
        <p class="notice">${this.t('signedOut')}</p>`;
    }
    const tag = PAGE_ELEMENTS[page];
    if (tag !== undefined && this.pageFailed === tag) {
      return html`<h1 tabindex="-1">${kitText(language, 'areaTitle')}</h1>
        <div class="notice error" role="alert">
          <p>${kitText(language, 'pageFailed')}</p>
          <button class="button retry" type="button" @click=${() => (this.pageFailed = undefined)}>${kitText(language, 'retry')}</button>
        </div>`;
    }
    switch (page) {
      case SubPage.offer:
        return html`<offers-offer .offerId=${id ?? ''} .basePath=${this.basePath}></offers-offer>`;
      case SubPage.notFound:
        return html`<h1 tabindex="-1">${this.t('notFoundPageTitle')}</h1>
          <p>${this.t('notFoundText')}</p>
          <p>${this.link(this.basePath, this.t('notFoundLink'))}</p>`;
      default:
        return html`<h1 tabindex="-1">${kitText(language, 'areaTitle')}</h1>
          <p class="intro">${this.t('intro')}</p>
          ${this.renderBody()}`;
    }
  }

  private renderBody(): TemplateResult | typeof nothing {
    switch (this.loadState) {
      case LoadState.failed:
        return html`<div class="notice error" role="alert">
          <p>${kitText(this.language, 'loadFailed')}</p>
          <button class="button retry" type="button" @click=${() => void this.fetchOffers()}>${kitText(this.language, 'retry')}</button>
        </div>`;
      case LoadState.loaded:
        return this.offers ? html`${this.renderTasks(this.offers)} ${this.renderOffers(this.offers)}` : nothing;
      default:
        return html`<p role="status" aria-live="polite">${this.t('loading')}</p>`;
    }
  }

  /** The job offers waiting for a report, on top and linked, with the apply-by date and days left. */
  private renderTasks(offers: readonly Offer[]): TemplateResult | typeof nothing {
    const waiting = offersToReport(offers);
    if (waiting.length === 0) return nothing;
    const language = this.language;
    return html`<section aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">${this.t('tasksHeading')}</h2>
      <ul class="tasks">
        ${waiting.map((job) => {
          const apply = reportModeOf(job) === ReportMode.apply;
          const late = apply && daysLeftUntil(job.applyBy) < 0;
          const words = { job: job.jobTitle[language], employer: job.employer };
          return html`<li class="task ${late ? 'late' : ''}" data-id=${job.id}>
            <p class="task-title">${this.link(this.offerPath(job.id), this.t(apply ? 'taskApply' : 'taskOutcome', words))}</p>
            ${apply ? html`<p class="status">${applyByLine(job.applyBy, language)}</p>` : nothing}
            ${late ? html`<p>${this.t('taskLate')}</p>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderOffers(offers: readonly Offer[]): TemplateResult {
    return html`<section aria-labelledby="offers-heading">
      <h2 id="offers-heading">${this.t('offersHeading')}</h2>
      ${offers.length === 0
        ? html`<p class="empty">${this.t('offersEmpty')}</p>`
        : html`<p class="muted">${this.t('offersIntro')}</p>
            <ul class="offers">
              ${offers.map((offer) => (offer.kind === 'job' ? this.renderJob(offer) : this.renderTraining(offer)))}
            </ul>`}
    </section>`;
  }

  private renderJob(job: JobOffer): TemplateResult {
    const language = this.language;
    const open = reportModeOf(job) === ReportMode.apply;
    return html`<li class="offer job" data-id=${job.id}>
      <h3>${this.link(this.offerPath(job.id), job.jobTitle[language])}</h3>
      <p class="meta">
        <span class="kind">${kitText(language, 'kind.job')}</span> <span class="employer">${job.employer}</span>
        <span class="location">${job.location}</span> <span class="muted">${this.t('offeredOn', { date: this.date(job.offeredOn) })}</span>
      </p>
      <p class="status">
        ${applyByLine(job.applyBy, language, open)}
        <strong class="tag state ${open ? 'open' : ''}">${stateLabel(job.state, language)}</strong>
        ${job.outcome ? html`<span class="outcome">${kitText(language, 'outcomeLabel', { outcome: outcomeLabel(job.outcome, language) })}</span>` : nothing}
      </p>
    </li>`;
  }

  private renderTraining(training: TrainingOffer): TemplateResult {
    const language = this.language;
    return html`<li class="offer training" data-id=${training.id}>
      <h3>${this.link(this.offerPath(training.id), training.training[language])}</h3>
      <p class="meta">
        <span class="kind">${kitText(language, 'kind.training')}</span> <span class="provider">${training.provider}</span>
        <span class="dates">${dateRange(training, language)}</span>
        <span class="muted">${this.t('offeredOn', { date: this.date(training.offeredOn) })}</span>
      </p>
      <p class="status">${applyByLine(training.applyBy, language)}</p>
      <p>${applyLink(training, language)}</p>
    </li>`;
  }
}
