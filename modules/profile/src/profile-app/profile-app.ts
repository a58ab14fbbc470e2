import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { fetchJson, SessionTopic, TopicController, type LocalizedText } from '@portal/shared-contracts';
import {
  PROFILE_EXPORT_PATH,
  ProfileChangeHistorySchema,
  ProfileSchema,
  type Profile,
  type ProfileChangeHistory,
} from '@portal/shared-contracts/profile';
import { TRAINING_PATHS, TrainingOverviewSchema, type TrainingApplication } from '@portal/shared-contracts/training';
import { STARTUP_GRANT_PATHS, StartupGrantOverviewSchema } from '@portal/shared-contracts/startup-grant';
import { JOB_SEARCH_PATHS, JobSearchSchema, ReferenceDataSchema, type JobSearch } from '@portal/shared-contracts/job-search';
import {
  AreaRouter,
  FRONT,
  LoadController,
  LoadState,
  LocaleController,
  NOT_FOUND,
  notFoundPage,
  pageFailedNotice,
  type AreaRoute,
} from '@portal/ui-kit/page';
import { baseStyles } from '@portal/ui-kit/styles';
import { AREA, DEFAULT_BASE_PATH, PROFILE_PATHS, type ProfileChangedEvent } from '../area.js';
import { definePageElement, type PageElement } from '../pages.js';
import { messages } from './profile-app.messages.js';
import { styles } from './profile-app.styles.js';
import { basicDataSections } from './sections/basic-data.js';
import { contents, contentsEntries } from './sections/contents.js';
import { historySection } from './sections/history.js';
import { jobSeekingSection } from './sections/job-seeking.js';
import { registrationSections } from './sections/registration.js';
import { startupGrantSection, type StartupGrantData } from './sections/startup-grant.js';
import { trainingSection } from './sections/training.js';

/** The area's pages below its base path: the change report. */
const ROUTES = { change: 'change' } as const;
type SubPage = (typeof ROUTES)[keyof typeof ROUTES];
const PAGE_ELEMENTS = { change: 'profile-change-form' } as const satisfies Record<SubPage, PageElement>;

/**
 * The profile area ("Omat tiedot"): everything the customer information system holds on the
 * signed-in person (seed line 15), in sections: basic and contact data, the reported changes, job
 * seeking with its education, work history and sought work. Renders from the bus (session, locale)
 * and the profile and job-search APIs; never reads cookies. Each API fails in its own section, so
 * a job-search outage never hides the basic data. It also routes the change report below its base
 * path, and gives the report the profile it starts from.
 *
 * Plans, applications and unemployment-security events get their sections when their APIs exist;
 * until then the page says nothing about them rather than showing empty sections.
 *
 * @summary The "My details" page of the portal.
 */
export class ProfileApp extends LitElement {
  static override styles = [baseStyles, styles];
  static override properties = {
    basePath: { attribute: 'base-path' },
    jobSearchPath: { attribute: 'job-search-path' },
  };

  declare basePath: string;
  /** Where the job-search area lives: reporting changes, registering and ending happen there. */
  declare jobSearchPath: string;

  /**
   * How long the job seeking may take before the page gives up on it and offers a retry: a hung
   * request is a failure to the person waiting, not an endless "loading".
   */
  jobSearchTimeoutMs = 15_000;
  /** After a retry of the job seeking fails again, focus goes to the new retry button. */
  private jobSearchRetried = false;

  private readonly i18n = new LocaleController(this, messages, { changed: () => this.router.announce() });
  private readonly router = new AreaRouter<SubPage, PageElement>(this, {
    area: AREA,
    basePath: () => this.basePath,
    routes: ROUTES,
    elements: PAGE_ELEMENTS,
    definePage: definePageElement,
    title: ({ page }) => this.i18n.t(page === NOT_FOUND ? 'notFoundTitle' : 'title'),
    // The change report starts from the profile: until it is read, the page (loading, a failure,
    // signed out) is ours.
    hostDraws: () => !this.profile,
  });
  private readonly session = new TopicController(this, SessionTopic, (value) => {
    // Signed out: nothing of the person stays on the page.
    if (value.status !== 'signed-in')
      for (const data of [this.profileData, this.historyData, this.jobSearchData, this.trainingData]) data.reset();
  });
  /** Read again whenever the session says signed-in, in parallel with the job seeking. */
  private readonly profileData = new LoadController(this, {
    args: () => this.signedIn,
    task: (_args, signal) => fetchJson(PROFILE_PATHS.profile, ProfileSchema, { signal }),
    // A failure keeps the page and offers a retry, focused.
    settled: (state) => {
      if (state !== LoadState.loaded && this.router.hostOwnsPage) this.renderRoot.querySelector<HTMLButtonElement>('.retry')?.focus();
    },
  });
  /** The change reports, read with each profile (a sent report changes both). */
  private readonly historyData = new LoadController(this, {
    args: () => (this.profile ? [this.profile] : undefined),
    task: (_, signal) => fetchJson(PROFILE_PATHS.changes, ProfileChangeHistorySchema, { signal }),
  });
  private readonly jobSearchData = new LoadController(this, {
    args: () => this.signedIn,
    task: (_args, signal) =>
      fetchJson(JOB_SEARCH_PATHS.jobSearch, JobSearchSchema, {
        signal: AbortSignal.any([signal, AbortSignal.timeout(this.jobSearchTimeoutMs)]),
      }),
    settled: (state) => {
      if (this.jobSearchRetried && state === LoadState.failed) this.renderRoot.querySelector<HTMLElement>('.retry-job-search')?.focus();
    },
  });
  /** The labour-market training applications (the training area's API), read with the session. */
  private readonly trainingData = new LoadController(this, {
    args: () => this.signedIn,
    task: async (_args, signal) => (await fetchJson(TRAINING_PATHS.overview, TrainingOverviewSchema, { signal })).applications,
  });
  /** The start-up grant's applications and payment periods (the start-up grant area's API), read with the session. */
  private readonly startupGrantData = new LoadController(this, {
    args: () => this.signedIn,
    task: async (_args, signal): Promise<StartupGrantData> => {
      const { applications, periods } = await fetchJson(STARTUP_GRANT_PATHS.overview, StartupGrantOverviewSchema, { signal });
      return { applications, periods };
    },
  });
  /**
   * Sought-work regions are municipality codes. The profile names the home municipality; only
   * other codes need the reference data, which is read once, and only then. Without it the code is
   * shown: the names are a nicety, not worth a notice.
   */
  private readonly reference = new LoadController(this, {
    args: () => (this.needsMunicipalities ? [] : undefined),
    task: async (_args, signal) => {
      const reference = await fetchJson(JOB_SEARCH_PATHS.reference, ReferenceDataSchema, { signal });
      return new Map(reference.municipalities.map((m) => [m.code, m.name]));
    },
  });

  constructor() {
    super();
    this.basePath = DEFAULT_BASE_PATH;
    this.jobSearchPath = '/job-search';
  }

  /** Where the basic data stands (idle, loading, loaded, failed). */
  get state(): LoadState {
    return this.profileData.state;
  }

  get profile(): Profile | undefined {
    return this.profileData.state === LoadState.loaded ? this.profileData.value : undefined;
  }

  /** The change reports; 'failed' keeps a failure in its own section. */
  get history(): ProfileChangeHistory['items'] | 'failed' | undefined {
    if (this.historyData.state === LoadState.failed || this.historyData.state === LoadState.notFound) return 'failed';
    return this.historyData.value?.items;
  }

  /** The person's job seeking; undefined while loading, 'failed' for its own notice and retry. */
  get jobSearch(): JobSearch | 'failed' | undefined {
    const data = this.jobSearchData;
    if (data.state === LoadState.loaded) return data.value;
    return data.state === LoadState.failed || data.state === LoadState.notFound ? 'failed' : undefined;
  }

  /** The training applications; undefined while loading, 'failed' for its own notice. */
  get trainingApplications(): readonly TrainingApplication[] | 'failed' | undefined {
    const data = this.trainingData;
    if (data.state === LoadState.loaded) return data.value;
    return data.state === LoadState.failed || data.state === LoadState.notFound ? 'failed' : undefined;
  }

  /** The start-up grant; undefined while loading, 'failed' for its own notice. */
  get startupGrant(): StartupGrantData | 'failed' | undefined {
    const data = this.startupGrantData;
    if (data.state === LoadState.loaded) return data.value;
    return data.state === LoadState.failed || data.state === LoadState.notFound ? 'failed' : undefined;
  }

  /** Municipality names by code, from the job-search reference data, when the page needed them. */
  get municipalities(): ReadonlyMap<string, LocalizedText> | undefined {
    return this.reference.value;
  }

  /** Arguments of the reads that follow the session: a new sign-in reads again. */
  private get signedIn(): [unknown] | undefined {
    const session = this.session.value;
    return session?.status === 'signed-in' ? [session] : undefined;
  }

  private get needsMunicipalities(): boolean {
    const jobSearch = this.jobSearch;
    if (!jobSearch || jobSearch === 'failed' || !jobSearch.registration) return false;
    // Wait for the profile (its home municipality may be the only one needed), unless it failed.
    if (this.state !== LoadState.loaded && this.state !== LoadState.failed) return false;
    const home = this.profile?.homeMunicipality?.code;
    return !jobSearch.registration.soughtWork.regions.every((code) => code === home);
  }

  /** Reads the profile again (the retry of a failure). */
  async fetchProfile(): Promise<void> {
    await this.profileData.run();
  }

  /**
   * Reads the job seeking again. Focus moves to the section's heading while it loads (the button
   * goes away), and back to the new retry button if it fails again.
   */
  async fetchJobSearch(): Promise<void> {
    this.jobSearchRetried = true;
    const read = this.jobSearchData.run();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#job-seeking')?.focus();
    await read;
  }

  /** A municipality's name in the current language, or its code when no name is at hand. */
  private municipality(code: string): string {
    const home = this.profile?.homeMunicipality;
    const name = this.municipalities?.get(code) ?? (home?.code === code ? home.name : undefined);
    return name ? name[this.i18n.language] : code;
  }

  protected override render(): TemplateResult {
    const route: AreaRoute<SubPage> = this.router.current;
    if (this.router.failed)
      return pageFailedNotice(this.i18n.t('title'), this.i18n.t('pageFailed'), this.i18n.t('retry'), () => this.router.retry());
    if (route.page === NOT_FOUND)
      return notFoundPage(this.i18n.t('notFoundTitle'), this.i18n.t('notFoundText'), this.i18n.t('notFoundLink'), this.basePath);
    const profile = this.profile;
    if (route.page !== FRONT && profile) {
      return html`<profile-change-form
        .profile=${profile}
        base-path=${this.basePath}
        @profile-changed=${(event: ProfileChangedEvent) => this.profileData.set(event.profile)}
      ></profile-change-form>`;
    }
    return html`
      <h1 tabindex="-1">${this.i18n.t('title')}</h1>
      <p class="intro">${this.i18n.t('intro')}</p>
      ${this.renderBody()}
    `;
  }

  private renderBody(): TemplateResult | typeof nothing {
    const t = this.i18n.t.bind(this.i18n);
    if (this.session.value?.status === 'signed-out') return html`<p class="notice">${t('signedOut')}</p>`;
    switch (this.state) {
      case LoadState.failed:
      case LoadState.notFound:
        return html`<div class="notice error" role="alert">
          <p>${t('loadFailed')}</p>
          <button class="button retry" type="button" @click=${() => void this.fetchProfile()}>${t('retry')}</button>
        </div>`;
      case LoadState.loaded:
        return this.profile ? this.renderProfile(this.profile) : nothing;
      default:
        return html`<p role="status" aria-live="polite">${t('loading')}</p>`;
    }
  }

  /** The training section shows: applications to show, or a failure to say. */
  private get hasTrainingSection(): boolean {
    const applications = this.trainingApplications;
    return applications === 'failed' || (applications !== undefined && applications.length > 0);
  }

  /** The start-up grant section shows: applications to show, or a failure to say. */
  private get hasStartupGrantSection(): boolean {
    const data = this.startupGrant;
    return data === 'failed' || (data !== undefined && data.applications.length > 0);
  }

  private renderProfile(profile: Profile): TemplateResult {
    const i18n = this.i18n;
    const jobSearch = this.jobSearch;
    const registered = jobSearch && jobSearch !== 'failed' ? jobSearch : undefined;
    return html`
      ${contents(i18n, contentsEntries(Boolean(registered?.registration), this.hasTrainingSection, this.hasStartupGrantSection), this.renderRoot)}
      ${basicDataSections(i18n, profile)}
      <p class="actions"><a class="button" href="${this.basePath}/change">${i18n.t('reportChange')}</a></p>
      ${historySection(i18n, this.history)}
      ${jobSeekingSection(i18n, { jobSearch, jobSearchPath: this.jobSearchPath, onRetry: () => void this.fetchJobSearch() })}
      ${registered?.registration ? registrationSections(i18n, registered.registration, registered.period, (code) => this.municipality(code)) : nothing}
      ${trainingSection(i18n, this.trainingApplications)}
      ${startupGrantSection(i18n, this.startupGrant)}
      <div class="actions">
        <button class="button secondary" type="button" @click=${() => window.print()}>${i18n.t('print')}</button>
        <a class="download" href=${PROFILE_EXPORT_PATH} download>${i18n.t('download')}</a>
      </div>
      <p class="print-only">${i18n.t('printedOn', { date: i18n.date(new Date()) })}</p>
    `;
  }
}
