import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { DEFAULT_LOCALE, fetchJson, formatDate, formatMessage, formatMonth, LocaleTopic, PageTopic, portalBus, RouteTopic, SessionTopic, TopicController, type Locale, type LocalizedText } from '@portal/shared-contracts';
import { PROFILE_EXPORT_PATH, ProfileChangeHistorySchema, ProfileSchema, type Profile, type ProfileChangeHistory } from '@portal/shared-contracts/profile';
import {
  JOB_SEARCH_PATHS,
  JobSearchSchema,
  ReferenceDataSchema,
  type ChangeReportSummary,
  type Handler,
  type JobSearch,
  type JobSeekingPeriod,
  type RegistrationData,
} from '@portal/shared-contracts/job-search';
import { ProfileChangedEvent } from '../profile-change-form/profile-change-form.js';
import { messages } from './profile-app.messages.js';
import { styles } from './profile-app.styles.js';

type MessageKey = keyof (typeof messages)['fi'];

const LoadState = { idle: 'idle', loading: 'loading', loaded: 'loaded', failed: 'failed' } as const;
type LoadState = (typeof LoadState)[keyof typeof LoadState];

/** A section of the page, for the table of contents: the id of its heading and the heading's text. */
interface TocEntry {
  readonly id: string;
  readonly label: MessageKey;
}

/** `tel:` wants the number without spaces or brackets. */
const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

/**
 * The profile area ("Omat tiedot"): everything the customer information system holds on the
 * signed-in person (seed line 15), in sections: basic and contact data, the reported changes, job
 * seeking with its education, work history and sought work. Renders from the bus (session, locale)
 * and the profile and job-search APIs; never reads cookies. Each API fails in its own section, so
 * a job-search outage never hides the basic data.
 *
 * Plans, applications and unemployment-security events get their sections when their APIs exist;
 * until then the page says nothing about them rather than showing empty sections.
 *
 * @summary The "My details" page of the portal.
 */
export class ProfileApp extends LitElement {
  static override styles = styles;
  static override properties = {
    basePath: { attribute: 'base-path' },
    jobSearchPath: { attribute: 'job-search-path' },
    state: { state: true },
    profile: { state: true },
    history: { state: true },
    jobSearch: { state: true },
    municipalities: { state: true },
  };

  declare basePath: string;
  /** Where the job-search area lives: reporting changes, registering and ending happen there. */
  declare jobSearchPath: string;
  declare state: LoadState;
  declare profile: Profile | undefined;
  /** The change reports; 'failed' keeps a failure in its own section. */
  declare history: ProfileChangeHistory['items'] | 'failed' | undefined;
  /** The person's job seeking; undefined while loading, 'failed' for its own notice and retry. */
  declare jobSearch: JobSearch | 'failed' | undefined;
  /** Municipality names by code, from the job-search reference data, when the page needed them. */
  declare municipalities: ReadonlyMap<string, LocalizedText> | undefined;

  /**
   * How long the job seeking may take before the page gives up on it and offers a retry: a hung
   * request is a failure to the person waiting, not an endless "loading".
   */
  jobSearchTimeoutMs = 15_000;
  /** Counts job-search requests, so an answer that a retry or a new sign-in overtook is dropped. */
  private jobSearchRequest = 0;
  private referenceRequested = false;

  private readonly locale = new TopicController(this, LocaleTopic, () => this.announcePage());
  // Moving between the details and the change form inside the area: say which page is shown.
  private readonly route = new TopicController(this, RouteTopic, () => void this.updateComplete.then(() => this.announcePage()));
  private readonly session = new TopicController(this, SessionTopic, (value) => {
    if (value.status === 'signed-in') {
      // In parallel: a slow job-search answer must not hold up the basic data.
      void this.fetchProfile();
      void this.fetchJobSearch();
    } else {
      this.profile = undefined;
      this.jobSearchRequest++;
      this.jobSearch = undefined;
    }
  });

  constructor() {
    super();
    this.basePath = '/profile';
    this.jobSearchPath = '/job-search';
    this.state = LoadState.idle;
    this.profile = undefined;
    this.history = undefined;
    this.jobSearch = undefined;
    this.municipalities = undefined;
  }

  /** The page below the area's base path: the details, or the change report. */
  private get showingChangeForm(): boolean {
    const path = this.route.value?.path ?? window.location.pathname;
    return path === `${this.basePath}/change`;
  }

  private get language(): Locale {
    return this.locale.value?.locale ?? DEFAULT_LOCALE;
  }

  private t(key: MessageKey, params?: Record<string, string>): string {
    return formatMessage(messages[this.language][key], params);
  }

  /** Fetches the profile; a failure keeps the page and offers a retry. */
  async fetchProfile(): Promise<void> {
    this.state = LoadState.loading;
    try {
      this.profile = await fetchJson('/api/profile', ProfileSchema);
      this.state = LoadState.loaded;
      void this.fetchHistory();
    } catch {
      this.state = LoadState.failed;
    }
  }

  private async fetchHistory(): Promise<void> {
    try {
      this.history = (await fetchJson('/api/profile/changes', ProfileChangeHistorySchema)).items;
    } catch {
      this.history = 'failed';
    }
  }

  /**
   * Fetches the job seeking. A retry moves focus to the section's heading while it loads (the
   * button goes away), and back to the new retry button if it fails again.
   */
  async fetchJobSearch(retry = false): Promise<void> {
    const request = ++this.jobSearchRequest;
    this.jobSearch = undefined;
    if (retry) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#job-seeking')?.focus();
    }
    let result: JobSearch | 'failed';
    try {
      result = await fetchJson(JOB_SEARCH_PATHS.jobSearch, JobSearchSchema, { signal: AbortSignal.timeout(this.jobSearchTimeoutMs) });
    } catch {
      result = 'failed';
    }
    // A retry or a new session has asked again since: its answer is the one to show.
    if (request !== this.jobSearchRequest) return;
    this.jobSearch = result;
    if (retry && result === 'failed') {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.retry-job-search')?.focus();
    }
  }

  /**
   * Sought-work regions are municipality codes. The profile names the home municipality; only
   * other codes need the reference data, which is fetched once, and only then. Without it the code
   * is shown: the names are a nicety, not worth a notice.
   */
  private async fetchMunicipalitiesIfNeeded(): Promise<void> {
    const jobSearch = this.jobSearch;
    if (this.referenceRequested || !jobSearch || jobSearch === 'failed' || !jobSearch.registration) return;
    // Wait for the profile (its home municipality may be the only one needed), unless it failed.
    if (this.state !== LoadState.loaded && this.state !== LoadState.failed) return;
    const home = this.profile?.homeMunicipality?.code;
    if (jobSearch.registration.soughtWork.regions.every((code) => code === home)) return;
    this.referenceRequested = true;
    try {
      const reference = await fetchJson(JOB_SEARCH_PATHS.reference, ReferenceDataSchema);
      this.municipalities = new Map(reference.municipalities.map((m) => [m.code, m.name]));
    } catch {
      // Codes it is.
    }
  }

  protected override firstUpdated(): void {
    this.announcePage();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('state') && this.state === LoadState.failed) {
      this.renderRoot.querySelector<HTMLButtonElement>('.retry')?.focus();
    }
    if (changed.has('jobSearch') || changed.has('state')) void this.fetchMunicipalitiesIfNeeded();
  }

  /** Tells the shell the page title, so it can set document.title and move focus to our h1. */
  private announcePage(): void {
    // The change form announces its own steps.
    if (!this.hasUpdated || this.showingChangeForm) return;
    portalBus.publish(PageTopic, { area: 'profile', title: this.t('title') });
  }

  protected override render(): TemplateResult {
    if (this.showingChangeForm && this.state === LoadState.loaded && this.profile) {
      return html`<profile-change-form
        .profile=${this.profile}
        base-path=${this.basePath}
        @profile-changed=${(event: ProfileChangedEvent) => {
          this.profile = event.profile;
          void this.fetchHistory();
        }}
      ></profile-change-form>`;
    }
    return html`
      <h1 tabindex="-1">${this.t('title')}</h1>
      <p class="intro">${this.t('intro')}</p>
      ${this.renderBody()}
    `;
  }

  private renderBody(): TemplateResult | typeof nothing {
    if (this.session.value?.status === 'signed-out') {
      return html`<p class="notice">${this.t('signedOut')}</p>`;
    }
    switch (this.state) {
      case LoadState.failed:
        return html`<div class="notice error" role="alert">
          <p>${this.t('loadFailed')}</p>
          <button class="retry" type="button" @click=${() => void this.fetchProfile()}>${this.t('retry')}</button>
        </div>`;
      case LoadState.loaded:
        return this.profile ? this.renderProfile(this.profile) : nothing;
      default:
        return html`<p role="status" aria-live="polite">${this.t('loading')}</p>`;
    }
  }

  private renderProfile(p: Profile): TemplateResult {
    const notGiven = this.t('notGiven');
    return html`
      ${this.renderToc()}
      <section aria-labelledby="basic">
        <h2 id="basic" tabindex="-1">${this.t('basicData')}</h2>
        <dl>
          <dt>${this.t('lastName')}</dt>
          <dd>${p.lastName}</dd>
          <dt>${this.t('firstNames')}</dt>
          <dd>${p.firstNames}</dd>
          <dt>${this.t('givenName')}</dt>
          <dd>${p.givenName}</dd>
          <dt>${this.t('hetu')}</dt>
          <dd>${p.henkilotunnus ?? this.t('none')}</dd>
          <dt>${this.t('birthDate')}</dt>
          <dd>${p.birthDate ? formatDate(p.birthDate, this.language) : notGiven}</dd>
          <dt>${this.t('homeMunicipality')}</dt>
          <dd>${p.homeMunicipality ? p.homeMunicipality.name[this.language] : notGiven}</dd>
          <dt>${this.t('language')}</dt>
          <dd>${this.t(`language.${p.preferredLanguage}`)}</dd>
        </dl>
      </section>
      <section aria-labelledby="contact">
        <h2 id="contact" tabindex="-1">${this.t('contactData')}</h2>
        <dl>
          <dt>${this.t('address')}</dt>
          <dd>${this.renderAddress(p)}</dd>
          <dt>${this.t('phone')}</dt>
          <dd>${p.phone ?? notGiven}</dd>
          <dt>${this.t('email')}</dt>
          <dd>${p.email ?? notGiven}</dd>
          <dt>${this.t('contactChannel')}</dt>
          <dd>${this.t(`channel.${p.contactChannel}`)}</dd>
        </dl>
      </section>
      <p class="updated">${this.t('updatedAt', { date: formatDate(p.updatedAt, this.language) })}</p>
      <p class="actions"><a class="action" href="${this.basePath}/change">${this.t('reportChange')}</a></p>
      ${this.renderHistory()} ${this.renderJobSearch()}
      <div class="actions">
        <button class="secondary" type="button" @click=${() => window.print()}>${this.t('print')}</button>
        <a class="download" href=${PROFILE_EXPORT_PATH} download>${this.t('download')}</a>
      </div>
      <p class="print-only">${this.t('printedOn', { date: formatDate(new Date(), this.language) })}</p>
    `;
  }

  private renderHistory(): TemplateResult {
    const history = this.history;
    return html`<section aria-labelledby="history">
      <h2 id="history" tabindex="-1">${this.t('historyHeading')}</h2>
      ${history === undefined
        ? html`<p role="status">${this.t('loading')}</p>`
        : history === 'failed'
          ? html`<p class="notice error">${this.t('historyFailed')}</p>`
          : history.length === 0
            ? html`<p>${this.t('historyEmpty')}</p>`
            : html`<ul class="history">
                ${history.map(
                  (item) => html`<li>
                    <strong>${item.changed.map((field) => this.t(`field.${field}`)).join(', ')}</strong>
                    <span>${this.t('historyReceived', { date: formatDate(item.receivedAt, this.language) })},
                      ${this.t('historyEffective', { date: formatDate(item.effectiveDate, this.language) })}</span>
                    <span class="status ${item.status}">${this.t(`status.${item.status}`)}</span>
                  </li>`,
                )}
              </ul>`}
    </section>`;
  }

  private renderAddress(p: Profile): TemplateResult | string {
    if (p.addressProtected) return this.t('addressProtected');
    if (!p.address) return this.t('notGiven');
    const { street, postalCode, postOffice, country } = p.address;
    const countryName =
      country === 'FI' ? '' : (new Intl.DisplayNames([this.language], { type: 'region' }).of(country) ?? country);
    return html`${street}<br />${postalCode} ${postOffice}${countryName ? html`<br />${countryName}` : nothing}`;
  }

  // Table of contents ---------------------------------------------------------------------------

  private tocEntries(): TocEntry[] {
    const entries: TocEntry[] = [
      { id: 'basic', label: 'basicData' },
      { id: 'contact', label: 'contactData' },
      { id: 'history', label: 'historyHeading' },
      { id: 'job-seeking', label: 'jobSeeking' },
    ];
    const jobSearch = this.jobSearch;
    if (jobSearch && jobSearch !== 'failed' && jobSearch.registration) {
      entries.push({ id: 'education-work', label: 'educationWork' }, { id: 'sought-work', label: 'soughtWork' });
    }
    return entries;
  }

  private renderToc(): TemplateResult {
    return html`<nav class="toc" aria-labelledby="toc-title">
      <h2 id="toc-title">${this.t('tocTitle')}</h2>
      <ul>
        ${this.tocEntries().map(
          (entry) => html`<li><a href="#${entry.id}" @click=${(event: Event) => this.jumpTo(event, entry.id)}>${this.t(entry.label)}</a></li>`,
        )}
      </ul>
    </nav>`;
  }

  /**
   * Fragment links do not reach into shadow DOM, and changing the address's hash would make
   * single-spa reroute (and the shell move focus back to the h1): move to the heading by hand.
   */
  private jumpTo(event: Event, id: string): void {
    event.preventDefault();
    const heading = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    if (!heading) return;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }

  // Job seeking -----------------------------------------------------------------------------------

  private renderJobSearch(): TemplateResult {
    const jobSearch = this.jobSearch;
    return html`<section aria-labelledby="job-seeking">
        <h2 id="job-seeking" tabindex="-1">${this.t('jobSeeking')}</h2>
        ${jobSearch === undefined
          ? html`<p role="status">${this.t('jobSearchLoading')}</p>`
          : jobSearch === 'failed'
            ? html`<div class="notice error">
                <p id="job-search-failed">${this.t('jobSearchFailed')}</p>
                <button class="retry-job-search" type="button" aria-describedby="job-search-failed" @click=${() => void this.fetchJobSearch(true)}>
                  ${this.t('retry')}
                </button>
              </div>`
            : this.renderJobSeeking(jobSearch)}
      </section>
      ${jobSearch && jobSearch !== 'failed' && jobSearch.registration ? this.renderRegistration(jobSearch.registration, jobSearch.period) : nothing}`;
  }

  private renderJobSeeking(jobSearch: JobSearch): TemplateResult {
    const { period, handler } = jobSearch;
    if (jobSearch.state === 'not-registered' || !period) {
      return html`
        <p>${this.t('notRegistered')}</p>
        <p>${this.t('notRegisteredNote')}</p>
        ${handler
          ? html`<dl>
              <dt>${this.t('handler')}</dt>
              <dd>${this.renderHandler(handler)}</dd>
            </dl>`
          : nothing}
        ${this.renderEarlierPeriods(jobSearch.earlierPeriods)}
        <p class="to-area"><a href=${this.jobSearchPath}>${this.t('registerLink')}</a></p>
      `;
    }
    const registration = jobSearch.registration;
    const assessment = jobSearch.assessment;
    return html`
      <dl>
        <dt>${this.t('validity')}</dt>
        <dd>${this.validity(jobSearch.state, period)}</dd>
        <dt>${this.t('jobSeekerStatus')}</dt>
        <dd>${period.status.label[this.language]}</dd>
        ${handler
          ? html`<dt>${this.t('handler')}</dt>
              <dd>${this.renderHandler(handler)}</dd>`
          : nothing}
        ${registration
          ? html`<dt>${this.t('contactAtRegistration')}</dt>
              <dd>
                <span class="line">${this.t('phone')}: ${registration.phone}</span>
                <span class="line">${this.t('email')}: ${registration.email ?? this.t('notGiven')}</span>
              </dd>
              <dt>${this.t('benefit')}</dt>
              <dd>${this.t(`benefit.${registration.benefit.status}`)}</dd>`
          : nothing}
        ${jobSearch.payer
          ? html`<dt>${this.t('payer')}</dt>
              <dd>${jobSearch.payer.name[this.language]}</dd>`
          : nothing}
        ${assessment
          ? html`<dt>${this.t('assessment')}</dt>
              <dd>
                ${this.t(`assessment.${assessment.state}`)}.
                ${assessment.completedAt ? this.t('assessmentAnsweredOn', { date: this.date(assessment.completedAt) }) : nothing}
                ${this.t('assessmentDue', { date: this.date(assessment.dueDate) })}
              </dd>`
          : nothing}
      </dl>
      <h3>${this.t('changesHeading')}</h3>
      ${jobSearch.changes.length === 0
        ? html`<p>${this.t('changesEmpty')}</p>`
        : html`<ul class="items changes">
            ${jobSearch.changes.map((change) => this.renderChange(change))}
          </ul>`}
      ${this.renderEarlierPeriods(jobSearch.earlierPeriods)}
      <p class="to-area">
        ${jobSearch.state === 'active'
          ? html`${this.t('jobSearchLinkIntro')} <a href=${this.jobSearchPath}>${this.t('jobSearchLink')}</a>`
          : html`<a href=${this.jobSearchPath}>${this.t('registerAgainLink')}</a>`}
      </p>
    `;
  }

  /** "Valid since 1.3.2026." / "Ended on 31.10.2026. Reason: found work." */
  private validity(state: JobSearch['state'], period: JobSeekingPeriod): string {
    const parts: string[] = [];
    if (state === 'ended' && period.endDate) {
      parts.push(this.t('endedOn', { date: this.date(period.endDate) }));
    } else {
      parts.push(this.t('validSince', { date: this.date(period.startDate) }));
      // Ending can be reported ahead: the period is still valid until that day.
      if (period.endDate) parts.push(this.t('endsOn', { date: this.date(period.endDate) }));
    }
    if (period.endReason) parts.push(this.t('endReasonIs', { reason: this.t(`endReason.${period.endReason}`) }));
    return parts.join(' ');
  }

  private renderHandler(handler: Handler): TemplateResult {
    if (handler.kind === 'protected') {
      return html`<span class="line">${this.t('handlerProtected')}</span>
        <span class="line">${handler.name[this.language]}, <a href=${telHref(handler.phone)}>${handler.phone}</a></span>`;
    }
    return html`<span class="line"><strong>${handler.name[this.language]}</strong></span>
      ${handler.address ? html`<span class="line">${handler.address}</span>` : nothing}
      <span class="line">${this.t('phone')}: <a href=${telHref(handler.phone)}>${handler.phone}</a></span>
      ${handler.email ? html`<span class="line">${this.t('email')}: <a href="mailto:${handler.email}">${handler.email}</a></span>` : nothing}
      ${handler.serviceHours ? html`<span class="line">${this.t('serviceHours')}: ${handler.serviceHours[this.language]}</span>` : nothing}
      ${handler.url ? html`<span class="line"><a href=${handler.url}>${handler.url}</a></span>` : nothing}`;
  }

  private renderChange(change: ChangeReportSummary): TemplateResult {
    const notice = change.payerNotice;
    return html`<li>
      <strong>${this.t(`change.${change.kind}`)}</strong>
      <span>${this.range(change.startDate, change.endDate)}</span>
      <span>${this.t('historyReceived', { date: this.date(change.receivedAt) })}</span>
      <span class="notice-to-payer"
        >${notice
          ? this.t('payerNoticeSent', { payer: notice.payer.name[this.language], date: this.date(notice.createdAt) })
          : this.t('payerNoticeNone')}</span
      >
    </li>`;
  }

  private renderEarlierPeriods(periods: readonly JobSeekingPeriod[]): TemplateResult | typeof nothing {
    if (periods.length === 0) return nothing;
    return html`<h3>${this.t('earlierPeriods')}</h3>
      <ul class="items periods">
        ${periods.map(
          (period) => html`<li>
            <strong>${this.range(period.startDate, period.endDate)}</strong>
            <span>${period.status.label[this.language]}</span>
            ${period.endReason ? html`<span>${this.t('endReasonIs', { reason: this.t(`endReason.${period.endReason}`) })}</span>` : nothing}
          </li>`,
        )}
      </ul>`;
  }

  // Registration data -----------------------------------------------------------------------------

  private renderRegistration(registration: RegistrationData, period: JobSeekingPeriod | null): TemplateResult {
    const { education, workHistory, soughtWork } = registration;
    return html`<section aria-labelledby="education-work">
        <h2 id="education-work" tabindex="-1">${this.t('educationWork')}</h2>
        ${period ? html`<p class="source">${this.t('fromRegistration', { date: this.date(period.startDate) })}</p>` : nothing}
        <h3>${this.t('education')}</h3>
        ${education.length === 0
          ? html`<p>${this.t('educationEmpty')}</p>`
          : html`<ul class="items education">
              ${education.map(
                (entry) => html`<li>
                  <strong>${entry.field}</strong>
                  <span>${[this.t(`level.${entry.level}`), entry.institution].filter(Boolean).join(', ')}</span>
                  <span>${entry.year === undefined ? this.t('educationOngoing') : this.t('educationYear', { year: String(entry.year) })}</span>
                </li>`,
              )}
            </ul>`}
        <h3>${this.t('workHistory')}</h3>
        ${workHistory.length === 0
          ? html`<p>${this.t('workEmpty')}</p>`
          : html`<ul class="items work">
              ${workHistory.map(
                (entry) => html`<li>
                  <strong>${entry.title}</strong>
                  <span>${entry.employer}</span>
                  <span
                    >${entry.end
                      ? this.t('periodRange', { start: this.month(entry.start), end: this.month(entry.end) })
                      : this.t('workOngoing', { start: this.month(entry.start) })}</span
                  >
                </li>`,
              )}
            </ul>`}
      </section>
      <section aria-labelledby="sought-work">
        <h2 id="sought-work" tabindex="-1">${this.t('soughtWork')}</h2>
        <dl>
          <dt>${this.t('occupations')}</dt>
          <dd>${soughtWork.occupations.join(', ')}</dd>
          <dt>${this.t('regions')}</dt>
          <dd>${soughtWork.regions.map((code) => this.municipality(code)).join(', ')}</dd>
          <dt>${this.t('workTime')}</dt>
          <dd>${this.t(`workTime.${soughtWork.workTime}`)}</dd>
          <dt>${this.t('goals')}</dt>
          <dd class="goals">${registration.goals || this.t('notGiven')}</dd>
        </dl>
      </section>`;
  }

  /** A municipality's name in the current language, or its code when no name is at hand. */
  private municipality(code: string): string {
    const home = this.profile?.homeMunicipality;
    const name = this.municipalities?.get(code) ?? (home?.code === code ? home.name : undefined);
    return name ? name[this.language] : code;
  }

  // Formatting ------------------------------------------------------------------------------------

  private date(value: string): string {
    return formatDate(value, this.language);
  }

  private range(start: string, end: string | null): string {
    return end ? this.t('periodRange', { start: this.date(start), end: this.date(end) }) : this.t('fromDate', { date: this.date(start) });
  }

  /** A work history month (yyyy-mm): 3.2019 / 3.2019 / March 2019. */
  private month(value: string): string {
    return formatMonth(value, this.language);
  }
}
