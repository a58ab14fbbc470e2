import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  CurrentItemsChangedTopic,
  DEFAULT_LOCALE,
  fetchJson,
  formatDate,
  formatMessage,
  LocaleTopic,
  portalBus,
  SessionTopic,
  TopicController,
  type Locale,
} from '@portal/shared-contracts';
import {
  JOB_SEARCH_PATHS,
  JobSearchSchema,
  type ChangeReportSummary,
  type Handler,
  type JobSearch,
} from '@portal/shared-contracts/job-search';
import { JobSearchChangedEvent } from '../events.js';
import { definePageElement } from '../pages.js';
import { baseStyles, deadlineOf, deadlineText, followInternalLink, helsinkiToday, kitText } from '../form-kit/form-kit.js';
import { AreaRouter, LoadState, matchRoute, notFoundPage, pageFailedNotice } from '@portal/ui-kit/page';
import { messages, type MessageKey } from './job-search-app.messages.js';
import { styles } from './job-search-app.styles.js';

export { LoadState };

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

/** `tel:` wants digits (and a leading +), not the spaces people write numbers with. */
const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

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
  static override styles = [baseStyles, styles];
  static override properties = {
    basePath: { attribute: 'base-path' },
    loadState: { state: true },
    jobSearch: { state: true },
  };

  declare basePath: string;
  declare loadState: LoadState;
  declare jobSearch: JobSearch | undefined;

  private readonly locale = new TopicController(this, LocaleTopic, () => this.router.announce());
  private readonly router = new AreaRouter(this, {
    area: 'job-search',
    basePath: () => this.basePath,
    routes: ROUTES,
    elements: PAGE_ELEMENTS,
    definePage: definePageElement,
    title: ({ page }) => this.t(page === SubPage.notFound ? 'notFoundTitle' : 'title'),
    // The forms get the job seeking from here: until it is read, the page (loading, a failure, signed
    // out) is ours. The certificate reads what it needs itself.
    hostDraws: ({ page }) => page !== SubPage.certificate && !(this.loadState === LoadState.loaded && this.jobSearch),
  });
  private readonly session = new TopicController(this, SessionTopic, (value) => {
    if (value.status === 'signed-in') {
      if (this.loadState === LoadState.idle) void this.fetchJobSearch();
    } else {
      this.jobSearch = undefined;
      this.loadState = LoadState.idle;
    }
  });

  constructor() {
    super();
    this.basePath = '/job-search';
    this.loadState = LoadState.idle;
    this.jobSearch = undefined;
    // Every form of the area says when the state changed on the server; the front page follows,
    // and so do the shell's "tasks waiting" mark and the overview (the assessment task comes with a
    // registration and goes with its answers): said once here rather than by each form.
    this.addEventListener(JobSearchChangedEvent.eventName, (event) => {
      this.jobSearch = event.jobSearch;
      this.loadState = LoadState.loaded;
      portalBus.publish(CurrentItemsChangedTopic, { area: 'job-search' });
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

  /** The page shown now. */
  get page(): SubPage {
    return this.router.current.page;
  }

  /** Fetches the job seeking state; a failure keeps the page and offers a retry. */
  async fetchJobSearch(): Promise<void> {
    this.loadState = LoadState.loading;
    try {
      this.jobSearch = await fetchJson(JOB_SEARCH_PATHS.jobSearch, JobSearchSchema);
      this.loadState = LoadState.loaded;
    } catch {
      this.loadState = LoadState.failed;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('loadState') && this.loadState === LoadState.failed && this.router.hostOwnsPage) {
      this.renderRoot.querySelector<HTMLButtonElement>('.retry')?.focus();
    }
  }

  private link(path: string, text: string, className = ''): TemplateResult {
    return html`<a class=${className || nothing} href=${path} @click=${followInternalLink}>${text}</a>`;
  }

  protected override render(): TemplateResult {
    const page = this.page;
    if (this.router.failed) {
      return pageFailedNotice(this.t('title'), this.t('pageFailed'), this.t('retry'), () => this.router.retry());
    }
    if (page === SubPage.certificate) {
      return html`<job-search-certificate .basePath=${this.basePath}></job-search-certificate>`;
    }
    if (page === SubPage.notFound) return this.renderNotFound();
    if (page !== SubPage.front && this.loadState === LoadState.loaded && this.jobSearch) {
      return this.renderSubPage(page, this.jobSearch);
    }
    return html`
      <h1 tabindex="-1">${this.t('title')}</h1>
      <p class="intro">${this.t('intro')}</p>
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

  private renderNotFound(): TemplateResult {
    return notFoundPage(this.t('notFoundTitle'), this.t('notFoundText'), this.t('notFoundLink'), this.basePath);
  }

  private renderBody(): TemplateResult | typeof nothing {
    if (this.session.value?.status === 'signed-out') {
      return html`<p class="notice">${this.t('signedOut')}</p>`;
    }
    switch (this.loadState) {
      case LoadState.failed:
        return html`<div class="notice error" role="alert">
          <p>${this.t('loadFailed')}</p>
          <button class="button retry" type="button" @click=${() => void this.fetchJobSearch()}>${this.t('retry')}</button>
        </div>`;
      case LoadState.loaded:
        return this.jobSearch ? this.renderFront(this.jobSearch) : nothing;
      default:
        return html`<p role="status" aria-live="polite">${this.t('loading')}</p>`;
    }
  }

  private renderFront(jobSearch: JobSearch): TemplateResult {
    return html`
      ${this.renderState(jobSearch)} ${this.renderTasks(jobSearch)} ${this.renderActions(jobSearch)}
      ${this.renderHandler(jobSearch.handler)} ${jobSearch.period ? this.renderChanges(jobSearch.changes) : nothing}
    `;
  }

  private renderState(jobSearch: JobSearch): TemplateResult {
    const period = jobSearch.period;
    const state = jobSearch.state;
    let sentence: TemplateResult;
    if (state === 'active' && period) {
      sentence = html`<p class="state-text">
        ${period.endDate
          ? this.t('activeUntil', { start: this.date(period.startDate), end: this.date(period.endDate) })
          : this.t('activeSince', { date: this.date(period.startDate) })}
      </p>`;
    } else if (state === 'ended' && period?.endDate) {
      sentence = html`<p class="state-text">${this.t('endedOn', { date: this.date(period.endDate) })}</p>`;
    } else {
      sentence = html`<p class="state-text">${this.t('notRegistered')}</p>
        <p class="muted">${this.t('notRegisteredHint')}</p>`;
    }
    const assessment = jobSearch.assessment;
    return html`<section aria-labelledby="state-heading">
      <h2 id="state-heading">${this.t('stateHeading')}</h2>
      <p><strong class="tag ${state}">${this.t(`state.${state}`)}</strong></p>
      ${sentence}
      ${period && state !== 'not-registered'
        ? html`<dl class="facts">
            <dt>${this.t('statusLabel')}</dt>
            <dd>${period.status.label[this.language]}</dd>
            ${state === 'ended' && period.endReason
              ? html`<dt>${this.t('endReason')}</dt>
                  <dd>${kitText(this.language, `endReason.${period.endReason}`)}</dd>`
              : nothing}
          </dl>`
        : nothing}
      ${state === 'active' && assessment?.state === 'completed' && assessment.completedAt
        ? html`<p class="muted">${this.t('assessmentDone', { date: this.date(assessment.completedAt) })}</p>`
        : nothing}
    </section>`;
  }

  /**
   * Unfinished required forms with their deadlines, visible and linked (the real service's known
   * failure was a form due in two days with no link and no warning). Only while job seeking is valid.
   */
  private renderTasks(jobSearch: JobSearch): TemplateResult | typeof nothing {
    const assessment = jobSearch.assessment;
    if (jobSearch.state !== 'active' || !assessment || assessment.state === 'completed') return nothing;
    const deadline = deadlineOf(assessment.dueDate, assessment.state === 'overdue', helsinkiToday());
    return html`<section aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">${this.t('tasksHeading')}</h2>
      <ul class="tasks">
        <li class="task ${deadline.kind === 'late' ? 'late' : ''}">
          <p class="task-title">${this.link(`${this.basePath}/assessment`, this.t('assessmentTask'))}</p>
          <p>
            ${this.t('assessmentDue', { date: this.date(assessment.dueDate) })}
            <strong class="tag ${deadline.kind === 'late' ? 'late' : 'due'}">${deadlineText(deadline, this.language)}</strong>
          </p>
          <p class="muted">${deadline.kind === 'late' ? this.t('lateHelp') : this.t('assessmentWhy')}</p>
        </li>
      </ul>
    </section>`;
  }

  private renderActions(jobSearch: JobSearch): TemplateResult {
    const active = jobSearch.state === 'active';
    return html`<section aria-labelledby="actions-heading">
      <h2 id="actions-heading">${this.t('actionsHeading')}</h2>
      <ul class="action-list">
        ${active
          ? html`<li>
                ${this.link(`${this.basePath}/change`, this.t('reportChange'), 'action')}
                <p class="muted">${this.t('reportChangeHint')}</p>
              </li>
              <li>${this.link(`${this.basePath}/certificate`, this.t('certificate'), 'action secondary')}</li>
              <li>${this.link(`${this.basePath}/end`, this.t('endJobSearch'), 'action secondary')}</li>`
          : html`<li>
              ${this.link(`${this.basePath}/register`, this.t(jobSearch.state === 'ended' ? 'registerAgain' : 'register'), 'action')}
            </li>`}
      </ul>
    </section>`;
  }

  private renderHandler(handler: Handler | null): TemplateResult {
    const language = this.language;
    let body: TemplateResult;
    if (!handler) {
      body = html`<p>${this.t('handlerUnknown')}</p>`;
    } else if (handler.kind === 'protected') {
      body = html`<p>${this.t('handlerProtected')}</p>
        <p>${this.t('handlerProtectedContact')}</p>
        <dl class="facts">
          <dt>${handler.name[language]}</dt>
          <dd><a href=${telHref(handler.phone)}>${handler.phone}</a></dd>
        </dl>`;
    } else {
      body = html`<p class="handler-name">${handler.name[language]}</p>
        <dl class="facts">
          <dt>${this.t('phone')}</dt>
          <dd><a href=${telHref(handler.phone)}>${handler.phone}</a></dd>
          ${handler.email
            ? html`<dt>${this.t('email')}</dt>
                <dd><a href="mailto:${handler.email}">${handler.email}</a></dd>`
            : nothing}
          ${handler.address
            ? html`<dt>${this.t('address')}</dt>
                <dd>${handler.address}</dd>`
            : nothing}
          ${handler.serviceHours
            ? html`<dt>${this.t('serviceHours')}</dt>
                <dd>${handler.serviceHours[language]}</dd>`
            : nothing}
          ${handler.url
            ? html`<dt>${this.t('website')}</dt>
                <dd><a href=${handler.url}>${handler.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}</a></dd>`
            : nothing}
        </dl>`;
    }
    return html`<section class="card handler" aria-labelledby="handler-heading">
      <h2 id="handler-heading">${this.t('handlerHeading')}</h2>
      ${body}
    </section>`;
  }

  private renderChanges(changes: readonly ChangeReportSummary[]): TemplateResult {
    return html`<section aria-labelledby="changes-heading">
      <h2 id="changes-heading">${this.t('changesHeading')}</h2>
      ${changes.length === 0
        ? html`<p>${this.t('changesEmpty')}</p>`
        : html`<ul class="changes">
            ${changes.map(
              (change) => html`<li>
                <p class="change-line">
                  <strong>${kitText(this.language, `changeKind.${change.kind}`)}</strong>
                  <span
                    >${change.endDate
                      ? `${this.date(change.startDate)}–${this.date(change.endDate)}`
                      : this.t('changeFrom', { date: this.date(change.startDate) })}</span
                  >
                  <span class="muted">${this.t('changeReceived', { date: this.date(change.receivedAt) })}</span>
                </p>
                ${change.payerNotice
                  ? html`<p class="payer-notice">
                      ${this.t('payerNotice', { payer: change.payerNotice.payer.name[this.language], date: this.date(change.payerNotice.createdAt) })}
                    </p>`
                  : nothing}
              </li>`,
            )}
          </ul>`}
    </section>`;
  }
}
