import { html, LitElement, type TemplateResult } from 'lit';
import { CurrentItemsChangedTopic, fetchJson, portalBus, SessionTopic, TopicController } from '@portal/shared-contracts';
import { JOB_SEARCH_PATHS, JobSearchSchema, type JobSearch } from '@portal/shared-contracts/job-search';
import {
  AreaRouter,
  LoadController,
  LoadState,
  LocaleController,
  matchRoute,
  notFoundPage,
  notice,
  pageFailedNotice,
  withUiMessages,
} from '@portal/ui-kit/page';
import { areaFrontStyles, baseStyles } from '@portal/ui-kit/styles';
import { AREA, DEFAULT_BASE_PATH, withAreaMessages } from '../area.js';
import { JobSearchChangedEvent } from '../events.js';
import { definePageElement } from '../pages.js';
import { messages } from './job-search-app.messages.js';
import { styles } from './job-search-app.styles.js';
import { changesSection } from './sections/changes.js';
import type { FrontPage } from './sections/front-page.js';
import { handlerSection } from './sections/handler.js';
import { actionsSection, stateSection, tasksSection } from './sections/status.js';

/** The pages of the area, by the path below its base path. */
export const SubPage = {
  front: 'front',
  register: 'register',
  assessment: 'assessment',
  change: 'change',
  end: 'end',
  certificate: 'certificate',
  notFound: 'not-found',
} as const;
export type SubPage = (typeof SubPage)[keyof typeof SubPage];

/** The element that draws each page other than the front page and "not found". */
const PAGE_ELEMENTS = {
  [SubPage.register]: 'job-search-registration-form',
  [SubPage.assessment]: 'job-search-assessment-form',
  [SubPage.change]: 'job-search-change-form',
  [SubPage.end]: 'job-search-end-form',
  [SubPage.certificate]: 'job-search-certificate',
} as const;

const ROUTES = {
  register: SubPage.register,
  assessment: SubPage.assessment,
  change: SubPage.change,
  end: SubPage.end,
  certificate: SubPage.certificate,
} as const;

/**
 * Which page of the area a path shows. A path outside the base path is not ours (the shell is
 * about to unmount the area): it shows the front page rather than a "not found" flash.
 */
export function subPageOf(path: string, basePath: string): SubPage {
  return matchRoute(path, basePath, ROUTES).page;
}

/**
 * The job-seeking area ("Työnhaku", seed lines 3, 4 and 6): whether job seeking is valid and since
 * when, the person's situation, who handles it, the unfinished service-need assessment with its
 * deadline, the reports of changes (and the notices they made for the benefit payer), and the
 * actions. It also routes the area's pages below its base path: the registration, the assessment,
 * a change report, ending, and the certificate.
 *
 * Renders from the bus (session, locale, route) and `GET /api/job-search`; a form's
 * `job-search-changed` event brings the new state without another request.
 *
 * @summary The "Job seeking" page of the portal and the router of its pages.
 * @cssprop --portal-color-primary - Buttons and the "valid" tag.
 * @cssprop --portal-color-link - Links.
 * @cssprop --portal-color-focus - The focus outline.
 */
export class JobSearchApp extends LitElement {
  static override styles = [baseStyles, areaFrontStyles('changes'), styles];
  static override properties = { basePath: { attribute: 'base-path' } };

  declare basePath: string;

  private readonly i18n = new LocaleController(this, withUiMessages(withAreaMessages(messages)), { changed: () => this.router.announce() });
  private readonly session = new TopicController(this, SessionTopic, (value) => {
    // Signed out: what was read is forgotten, and read again on the next sign-in.
    if (value.status !== 'signed-in') this.data.reset();
  });
  /** The job seeking, read once signed in; a failure keeps the page and offers a retry. */
  private readonly data = new LoadController(this, {
    args: (): [] | undefined => (this.session.value?.status === 'signed-in' ? [] : undefined),
    task: (_args, signal) => fetchJson(JOB_SEARCH_PATHS.jobSearch, JobSearchSchema, { signal }),
    settled: (state) => {
      if (state === LoadState.failed && this.router.hostOwnsPage) this.renderRoot.querySelector<HTMLButtonElement>('.retry')?.focus();
    },
  });
  private readonly router = new AreaRouter(this, {
    area: AREA,
    basePath: () => this.basePath,
    routes: ROUTES,
    elements: PAGE_ELEMENTS,
    definePage: definePageElement,
    title: ({ page }) => this.i18n.t(page === SubPage.notFound ? 'notFoundTitle' : 'title'),
    // The forms get the job seeking from here: until it is read, the page (loading, a failure, signed
    // out) is ours. The certificate reads what it needs itself.
    hostDraws: ({ page }) => page !== SubPage.certificate && !(this.loadState === LoadState.loaded && this.jobSearch),
  });

  constructor() {
    super();
    this.basePath = DEFAULT_BASE_PATH;
    // Every form of the area says when the state changed on the server; the front page follows,
    // and so do the shell's "tasks waiting" mark and the overview (the assessment task comes with a
    // registration and goes with its answers): said once here rather than by each form.
    this.addEventListener(JobSearchChangedEvent.eventName, (event) => {
      this.data.set(event.jobSearch);
      portalBus.publish(CurrentItemsChangedTopic, { area: AREA });
    });
  }

  /** Where the read of the job seeking stands. */
  get loadState(): LoadState {
    return this.data.state;
  }

  /** The job seeking as last read (or as a form's answer brought it). */
  get jobSearch(): JobSearch | undefined {
    return this.data.value;
  }

  /** The page shown now. */
  get page(): SubPage {
    return this.router.current.page;
  }

  private get front(): FrontPage {
    return { i18n: this.i18n, basePath: this.basePath };
  }

  protected override render(): TemplateResult {
    const page = this.page;
    const t = (key: 'title' | 'pageFailed' | 'retry') => this.i18n.t(key);
    if (this.router.failed) return pageFailedNotice(t('title'), t('pageFailed'), t('retry'), () => this.router.retry());
    if (page === SubPage.certificate) return html`<job-search-certificate .basePath=${this.basePath}></job-search-certificate>`;
    if (page === SubPage.notFound) {
      return notFoundPage(this.i18n.t('notFoundTitle'), this.i18n.t('notFoundText'), this.i18n.t('notFoundLink'), this.basePath);
    }
    if (page !== SubPage.front && this.loadState === LoadState.loaded && this.jobSearch) return this.renderSubPage(page, this.jobSearch);
    return html`
      <h1 tabindex="-1">${t('title')}</h1>
      <p class="intro">${this.i18n.t('intro')}</p>
      ${this.renderBody()}
    `;
  }

  private renderSubPage(page: SubPage, jobSearch: JobSearch): TemplateResult {
    switch (page) {
      case SubPage.register:
        return html`<job-search-registration-form .jobSearch=${jobSearch} .basePath=${this.basePath}></job-search-registration-form>`;
      case SubPage.assessment:
        return html`<job-search-assessment-form .jobSearch=${jobSearch} .basePath=${this.basePath}></job-search-assessment-form>`;
      case SubPage.change:
        return html`<job-search-change-form .jobSearch=${jobSearch} .basePath=${this.basePath}></job-search-change-form>`;
      default:
        return html`<job-search-end-form .jobSearch=${jobSearch} .basePath=${this.basePath}></job-search-end-form>`;
    }
  }

  private renderBody(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    if (this.session.value?.status === 'signed-out') return html`<p class="notice">${t('signedOut')}</p>`;
    const jobSearch = this.jobSearch;
    if (this.loadState === LoadState.failed) {
      return notice(
        'error',
        t('loadFailed'),
        html`<button class="button retry" type="button" @click=${() => void this.data.run()}>${t('retry')}</button>`,
      );
    }
    if (this.loadState !== LoadState.loaded || !jobSearch) return html`<p role="status" aria-live="polite">${t('loading')}</p>`;
    const front = this.front;
    return html`
      ${stateSection(front, jobSearch)} ${tasksSection(front, jobSearch)} ${actionsSection(front, jobSearch)}
      ${handlerSection(front, jobSearch.handler)} ${jobSearch.period ? changesSection(front, jobSearch.changes) : ''}
    `;
  }
}
