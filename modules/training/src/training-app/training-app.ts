import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { fetchJson, SessionTopic, TopicController } from '@portal/shared-contracts';
import {
  TRAINING_LANGUAGES,
  TRAINING_PATHS,
  TrainingOverviewSchema,
  type Training,
  type TrainingApplication,
  type TrainingLanguage,
  type TrainingOverview,
} from '@portal/shared-contracts/training';
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
  pageFailedNotice,
  type AreaRoute,
  type RouteTable,
} from '@portal/ui-kit/page';
import { baseStyles } from '@portal/ui-kit/styles';
import { applicationPath, AREA, DEFAULT_BASE_PATH, trainingPath, withAreaMessages } from '../area.js';
import { areaStyles } from '../area.styles.js';
import { ApplicationChangedEvent } from '../events.js';
import { definePageElement, type PageElement } from '../pages.js';
import { dateRange, languageText, periodTag, placeText, stateTag } from '../training-text.js';
import { messages } from './training-app.messages.js';
import { styles } from './training-app.styles.js';

export { LoadState };

/** The pages below the front page. */
export const SubPage = { training: 'training', apply: 'apply', application: 'application' } as const;
export type SubPage = (typeof SubPage)[keyof typeof SubPage];

/** `applications/:id` before `:id/apply`, so an application's page is never taken for a training's. */
const ROUTES: RouteTable<SubPage> = {
  'applications/:id': SubPage.application,
  ':id/apply': SubPage.apply,
  ':id': SubPage.training,
};
const ELEMENTS: Readonly<Record<SubPage, PageElement>> = {
  training: 'training-detail',
  apply: 'training-apply',
  application: 'training-application',
};

const MESSAGES = withAreaMessages(messages);
type Key = keyof (typeof MESSAGES)['fi'];

/** Where the catalogue's filters stand: text, place ('' any, 'remote', or a place's Finnish name), language, open only. */
export interface Filters {
  readonly text: string;
  readonly place: string;
  readonly language: '' | TrainingLanguage;
  readonly openOnly: boolean;
}
export const NO_FILTERS: Filters = { text: '', place: '', language: '', openOnly: true };

/** Which page a path shows: `/training`, `/training/:id`, `/training/:id/apply`, `/training/applications/:id`. */
export function routeOf(path: string, basePath: string): AreaRoute<SubPage> {
  return matchRoute(path, basePath, ROUTES);
}

/** The trainings the filters let through, in the catalogue's order (the nearest apply-by day first). */
export function filterTrainings(trainings: readonly Training[], filters: Filters): Training[] {
  const words = filters.text.trim().toLocaleLowerCase('fi').split(/\s+/).filter(Boolean);
  return trainings.filter((training) => {
    if (filters.openOnly && !training.open) return false;
    if (filters.language !== '' && training.language !== filters.language) return false;
    if (filters.place === 'remote' && training.place !== null) return false;
    if (filters.place !== '' && filters.place !== 'remote' && training.place?.fi !== filters.place) return false;
    const haystack = [
      training.name.fi,
      training.name.sv,
      training.name.en,
      training.provider,
      training.forWhom.fi,
      training.forWhom.sv,
      training.forWhom.en,
    ]
      .join(' ')
      .toLocaleLowerCase('fi');
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * Labour-market training ("Työvoimakoulutus", seed line 11): the person's applications and their
 * states on top, then the catalogue of trainings with filters (words, place or remote, language,
 * open for application only) that stack into one column at 320 px and update the list as they
 * change, the count of results said politely. It also routes the pages below its base path (each its
 * own chunk): a training, its application form, an application.
 *
 * Renders from the bus (session, locale, route) and `GET /api/training`; after an application is sent
 * or withdrawn (`training-application-changed`) it reads again when the front page is next shown.
 *
 * @summary The "Labour market training" page of the portal and the router of its pages.
 */
export class TrainingApp extends LitElement {
  static override styles = [baseStyles, areaStyles, styles];
  static override properties = { basePath: { attribute: 'base-path' }, filters: { state: true } };

  declare basePath: string;
  declare filters: Filters;

  private readonly i18n = new LocaleController<Key>(this, MESSAGES, { changed: () => this.router.announce() });
  private readonly router = new AreaRouter<SubPage, PageElement>(this, {
    area: AREA,
    basePath: () => this.basePath,
    routes: ROUTES,
    elements: ELEMENTS,
    definePage: definePageElement,
    title: ({ page }) => this.i18n.t(page === NOT_FOUND && !this.signedOut ? 'notFoundPageTitle' : 'areaTitle'),
    hostDraws: () => this.signedOut,
  });
  private readonly session = new TopicController(this, SessionTopic, (value) => {
    if (value.status !== 'signed-in') this.overview.reset();
  });
  private readonly overview = new LoadController<[], TrainingOverview>(this, {
    args: () => (this.current.page === FRONT && this.session.value?.status === 'signed-in' ? [] : undefined),
    task: (_args, signal) => fetchJson(TRAINING_PATHS.overview, TrainingOverviewSchema, { signal }),
    settled: focusRetryOnFailure(this, () => this.current.page === FRONT),
  });

  constructor() {
    super();
    this.basePath = DEFAULT_BASE_PATH;
    this.filters = NO_FILTERS;
    this.addEventListener(ApplicationChangedEvent.eventName, () => this.overview.reset());
  }

  /** Where the front page's read stands. */
  get loadState(): LoadState {
    return this.overview.state;
  }

  get current(): AreaRoute<SubPage> {
    return this.router.current;
  }

  private get signedOut(): boolean {
    return this.session.value?.status === 'signed-out';
  }

  private t(key: Key, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }

  private link(path: string, content: string | TemplateResult): TemplateResult {
    return html`<a href=${path} @click=${followInternalLink}>${content}</a>`;
  }

  private setFilter(change: Partial<Filters>): void {
    this.filters = { ...this.filters, ...change };
  }

  protected override render(): TemplateResult {
    const { page, id } = this.current;
    if (this.signedOut) {
      return html`<h1 tabindex="-1">${this.t('areaTitle')}</h1>
        <p class="notice">${this.t('signedOut')}</p>`;
    }
    if (this.router.failed) return pageFailedNotice(this.t('areaTitle'), this.t('pageFailed'), this.t('retry'), () => this.router.retry());
    if (page === NOT_FOUND) return notFoundPage(this.t('notFoundPageTitle'), this.t('notFoundText'), this.t('notFoundLink'), this.basePath);
    if (page !== FRONT) return this.renderPage(page, id ?? '');
    return html`<h1 tabindex="-1">${this.t('areaTitle')}</h1>
      <p class="intro">${this.t('intro')}</p>
      ${loadView(this.overview, { loading: this.t('loading'), failed: this.t('loadFailed'), retry: this.t('retry') }, (overview) =>
        this.renderFront(overview),
      )}`;
  }

  private renderPage(page: SubPage, id: string): TemplateResult {
    switch (page) {
      case SubPage.training:
        return html`<training-detail .trainingId=${id} .basePath=${this.basePath}></training-detail>`;
      case SubPage.apply:
        return html`<training-apply .trainingId=${id} .basePath=${this.basePath}></training-apply>`;
      case SubPage.application:
        return html`<training-application .applicationId=${id} .basePath=${this.basePath}></training-application>`;
    }
  }

  private renderFront(overview: TrainingOverview): TemplateResult {
    return html`${this.renderApplications(overview.applications)} ${this.renderCatalogue(overview.trainings)}`;
  }

  private renderApplications(applications: readonly TrainingApplication[]): TemplateResult | typeof nothing {
    if (applications.length === 0) return nothing;
    const language = this.i18n.language;
    return html`<section aria-labelledby="applications-heading">
      <h2 id="applications-heading">${this.t('applicationsHeading')}</h2>
      <ul class="applications">
        ${applications.map(
          (application) => html`<li class="application" data-id=${application.id}>
            <h3>${this.link(applicationPath(this.basePath, application.id), application.training.name[language])}</h3>
            <p class="status">
              ${stateTag(application.state, language)}
              <span class="muted">${this.t('sentOn', { date: this.i18n.date(new Date(application.submittedAt)) })}</span>
            </p>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  /** Every place the catalogue names, for the place filter, in the page's language's order. */
  private placeOptions(trainings: readonly Training[]): { value: string; label: string }[] {
    const language = this.i18n.language;
    const seen = new Map<string, string>();
    for (const training of trainings) if (training.place) seen.set(training.place.fi, training.place[language]);
    return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, language));
  }

  private renderFilters(trainings: readonly Training[]): TemplateResult {
    const filters = this.filters;
    const language = this.i18n.language;
    return html`<form class="filters" role="search" aria-label=${this.t('filtersLabel')} @submit=${(event: Event) => event.preventDefault()}>
      <div class="filter">
        <label for="filter-text">${this.t('filterText')}</label>
        <input
          id="filter-text"
          type="search"
          .value=${filters.text}
          @input=${(event: Event) => this.setFilter({ text: (event.target as HTMLInputElement).value })}
        />
      </div>
      <div class="filter">
        <label for="filter-place">${this.t('filterPlace')}</label>
        <select id="filter-place" @change=${(event: Event) => this.setFilter({ place: (event.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${filters.place === ''}>${this.t('anyPlace')}</option>
          <option value="remote" ?selected=${filters.place === 'remote'}>${this.t('remote')}</option>
          ${this.placeOptions(trainings).map(
            (option) => html`<option value=${option.value} ?selected=${filters.place === option.value}>${option.label}</option>`,
          )}
        </select>
      </div>
      <div class="filter">
        <label for="filter-language">${this.t('filterLanguage')}</label>
        <select
          id="filter-language"
          @change=${(event: Event) => this.setFilter({ language: (event.target as HTMLSelectElement).value as Filters['language'] })}
        >
          <option value="" ?selected=${filters.language === ''}>${this.t('anyLanguage')}</option>
          ${TRAINING_LANGUAGES.map(
            (code) =>
              html`<option value=${code} ?selected=${filters.language === code}>${languageText({ language: code }, language)}</option>`,
          )}
        </select>
      </div>
      <div class="filter check">
        <input
          id="filter-open"
          type="checkbox"
          .checked=${filters.openOnly}
          @change=${(event: Event) => this.setFilter({ openOnly: (event.target as HTMLInputElement).checked })}
        />
        <label for="filter-open">${this.t('filterOpen')}</label>
      </div>
    </form>`;
  }

  private renderCatalogue(trainings: readonly Training[]): TemplateResult {
    const shown = filterTrainings(trainings, this.filters);
    const language = this.i18n.language;
    return html`<section aria-labelledby="trainings-heading">
      <h2 id="trainings-heading">${this.t('listHeading')}</h2>
      ${this.renderFilters(trainings)}
      <p class="count" role="status" aria-live="polite">${this.t(shown.length === 1 ? 'countOne' : 'count', { count: shown.length.toLocaleString(language) })}</p>
      ${
        shown.length === 0
          ? html`<p class="empty">${this.t('listEmpty')}</p>`
          : html`<ul class="trainings">
            ${shown.map(
              (training) => html`<li class="training" data-id=${training.id}>
                <h3>${this.link(trainingPath(this.basePath, training.id), training.name[language])}</h3>
                <p class="meta">
                  <span class="provider">${training.provider}</span>
                  <span class="place">${placeText(training, language)}</span>
                  <span class="language">${this.t('taughtIn', { language: languageText(training, language) })}</span>
                  <span class="dates">${dateRange(training.startDate, training.endDate, language)}</span>
                </p>
                <p class="status">
                  <span class="apply-by">${this.t('applyBy', { date: this.i18n.date(training.applyBy) })}</span>
                  ${periodTag(training, language)}
                </p>
              </li>`,
            )}
          </ul>`
      }
    </section>`;
  }
}
