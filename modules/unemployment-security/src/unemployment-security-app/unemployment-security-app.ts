import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  CurrentItemsChangedTopic,
  DEFAULT_LOCALE,
  fetchJson,
  formatMessage,
  LocaleTopic,
  portalBus,
  SessionTopic,
  TopicController,
  type Locale,
} from '@portal/shared-contracts';
import { EventListSchema, UNEMPLOYMENT_SECURITY_PATHS, type EventSummary } from '@portal/shared-contracts/unemployment-security';
import { AnswerSentEvent } from '../events.js';
import { AREA, DEFAULT_BASE_PATH } from '../kit/area.js';
import { AreaRouter, followInternalLink, formatDate, LoadState, matchRoute, notFoundPage, pageFailedNotice } from '@portal/ui-kit/page';
import { baseStyles } from '@portal/ui-kit/styles';
import { daysLeftUntil, deadlineTag, isOpenState, kitText, stateLabel } from '../kit/kit.js';
import { areaStyles } from '../kit/styles.js';
import { definePageElement } from '../pages.js';
import { messages, type MessageKey } from './unemployment-security-app.messages.js';
import { styles } from './unemployment-security-app.styles.js';

export { LoadState };

/** The pages of the area, by the path below its base path. */
export const SubPage = {
  front: 'front',
  event: 'event',
  request: 'request',
  answer: 'answer',
  notFound: 'not-found',
} as const;
export type SubPage = (typeof SubPage)[keyof typeof SubPage];

/** A page and the id in its path (events/:id, requests/:id, requests/:id/answer). */
export type Route = { readonly page: SubPage; readonly id?: string };

/** The element that draws each page other than the front page and "not found". */
const PAGE_ELEMENTS = {
  [SubPage.event]: 'unemployment-security-event',
  [SubPage.request]: 'unemployment-security-request',
  [SubPage.answer]: 'unemployment-security-answer-form',
} as const;

const ROUTES = {
  'events/:id': SubPage.event,
  'requests/:id': SubPage.request,
  'requests/:id/answer': SubPage.answer,
} as const;

/**
 * Which page of the area a path shows. A path outside the base path is not ours (the shell is
 * about to unmount the area): it shows the front page rather than a "not found" flash.
 */
export function routeOf(path: string, basePath: string): Route {
  return matchRoute(path, basePath, ROUTES);
}

/** Newest first by issue date; events of one day keep the server's order. */
export function newestFirst(events: readonly EventSummary[]): EventSummary[] {
  return [...events].sort((a, b) => (a.issuedOn === b.issuedOn ? 0 : a.issuedOn < b.issuedOn ? 1 : -1));
}

type OpenRequest = Extract<EventSummary, { kind: 'clarification-request' }>;

/** The requests waiting for the person, the nearest return date first. */
export function openRequests(events: readonly EventSummary[]): OpenRequest[] {
  return events
    .filter((event): event is OpenRequest => event.kind === 'clarification-request' && isOpenState(event.state))
    .sort((a, b) => (a.returnDate === b.returnDate ? 0 : a.returnDate < b.returnDate ? -1 : 1));
}

/**
 * The unemployment-security area ("Työttömyysturva", seed lines 2 and 12): the events the office has
 * issued to the person, newest first (labour-policy statements, cancelled ones marked, requests for
 * clarification with their state and return date, training payment notices), with the requests that
 * wait for the person on top as tasks. It also routes the area's pages below its base path: an
 * event, a request, and the answer form, each its own chunk.
 *
 * Renders from the bus (session, locale, route) and `GET /api/unemployment-security/events`; after
 * an answer is sent (`unemployment-security-answer-sent`) it reads the list again and tells the shell.
 *
 * @summary The "Unemployment security" page of the portal and the router of its pages.
 * @cssprop --portal-color-primary - Buttons and links styled as buttons.
 * @cssprop --portal-color-link - Links.
 * @cssprop --portal-color-focus - The focus outline.
 */
export class UnemploymentSecurityApp extends LitElement {
  static override styles = [baseStyles, areaStyles, styles];
  static override properties = {
    basePath: { attribute: 'base-path' },
    loadState: { state: true },
    events: { state: true },
  };

  declare basePath: string;
  declare loadState: LoadState;
  declare events: EventSummary[] | undefined;

  private readonly locale = new TopicController(this, LocaleTopic, () => this.router.announce());
  private readonly router = new AreaRouter(this, {
    area: AREA,
    basePath: () => this.basePath,
    routes: ROUTES,
    elements: PAGE_ELEMENTS,
    definePage: definePageElement,
    title: ({ page }) => (page === SubPage.notFound && !this.signedOut ? this.t('notFoundTitle') : kitText(this.language, 'areaTitle')),
    // Signed out, the page's element is not drawn: the notice is ours.
    hostDraws: () => this.signedOut,
  });
  private readonly session = new TopicController(this, SessionTopic, (value) => {
    if (value.status !== 'signed-in') {
      this.events = undefined;
      this.loadState = LoadState.idle;
    }
  });

  constructor() {
    super();
    this.basePath = DEFAULT_BASE_PATH;
    this.loadState = LoadState.idle;
    this.events = undefined;
    // The request's state changed on the server: the list is out of date, and so are the shell's
    // "tasks waiting" mark and the overview. Said once here rather than by the form.
    this.addEventListener(AnswerSentEvent.eventName, () => {
      this.loadState = LoadState.idle;
      portalBus.publish(CurrentItemsChangedTopic, { area: AREA });
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
    return this.router.current;
  }

  private get signedOut(): boolean {
    return this.session.value?.status === 'signed-out';
  }

  /** Reads the event list; a failure keeps the page and offers a retry. */
  async fetchEvents(): Promise<void> {
    this.loadState = LoadState.loading;
    try {
      this.events = newestFirst((await fetchJson(UNEMPLOYMENT_SECURITY_PATHS.events, EventListSchema)).events);
      this.loadState = LoadState.loaded;
    } catch {
      this.loadState = LoadState.failed;
    }
  }

  protected override willUpdate(): void {
    const page = this.current.page;
    // The list is read when the front page is shown: a visit straight to a request needs none of it.
    if (page === SubPage.front && this.loadState === LoadState.idle && this.session.value?.status === 'signed-in') {
      void this.fetchEvents();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('loadState') && this.loadState === LoadState.failed && this.current.page === SubPage.front) {
      this.renderRoot.querySelector<HTMLButtonElement>('.retry')?.focus();
    }
  }

  private link(path: string, content: string | TemplateResult, className = ''): TemplateResult {
    return html`<a class=${className || nothing} href=${path} @click=${followInternalLink}>${content}</a>`;
  }

  private requestPath(id: string): string {
    return `${this.basePath}/requests/${encodeURIComponent(id)}`;
  }

  private eventPath(event: EventSummary): string {
    return event.kind === 'clarification-request' ? this.requestPath(event.id) : `${this.basePath}/events/${encodeURIComponent(event.id)}`;
  }

  protected override render(): TemplateResult {
    const { page, id } = this.current;
    const language = this.language;
    if (this.signedOut) {
      return html`<h1 tabindex="-1">${kitText(language, 'areaTitle')}</h1>
        <p class="notice">${this.t('signedOut')}</p>`;
    }
    if (this.router.failed) {
      return pageFailedNotice(kitText(language, 'areaTitle'), kitText(language, 'pageFailed'), kitText(language, 'retry'), () => this.router.retry());
    }
    switch (page) {
      case SubPage.event:
        return html`<unemployment-security-event .eventId=${id ?? ''} .basePath=${this.basePath}></unemployment-security-event>`;
      case SubPage.request:
        return html`<unemployment-security-request .requestId=${id ?? ''} .basePath=${this.basePath}></unemployment-security-request>`;
      case SubPage.answer:
        return html`<unemployment-security-answer-form .requestId=${id ?? ''} .basePath=${this.basePath}></unemployment-security-answer-form>`;
      case SubPage.notFound:
        return notFoundPage(this.t('notFoundTitle'), this.t('notFoundText'), this.t('notFoundLink'), this.basePath);
      default:
        return html`
          <h1 tabindex="-1">${kitText(language, 'areaTitle')}</h1>
          <p class="intro">${this.t('intro')}</p>
          ${this.renderBody()}
        `;
    }
  }

  private renderBody(): TemplateResult | typeof nothing {
    switch (this.loadState) {
      case LoadState.failed:
        return html`<div class="notice error" role="alert">
          <p>${kitText(this.language, 'loadFailed')}</p>
          <button class="button retry" type="button" @click=${() => void this.fetchEvents()}>${kitText(this.language, 'retry')}</button>
        </div>`;
      case LoadState.loaded:
        return this.events ? html`${this.renderTasks(this.events)} ${this.renderEvents(this.events)}` : nothing;
      default:
        return html`<p role="status" aria-live="polite">${this.t('loading')}</p>`;
    }
  }

  /**
   * The requests waiting for the person, on top, linked, with the return date and days left (the
   * real service's known failure was a task due in two days with no link and no warning).
   */
  private renderTasks(events: readonly EventSummary[]): TemplateResult | typeof nothing {
    const open = openRequests(events);
    if (open.length === 0) return nothing;
    const language = this.language;
    return html`<section aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">${this.t('tasksHeading')}</h2>
      <ul class="tasks">
        ${open.map((request) => {
          const daysLeft = daysLeftUntil(request.returnDate);
          const subject = request.subject[language];
          return html`<li class="task ${daysLeft < 0 ? 'late' : ''}">
            <p class="task-title">
              ${this.link(
                this.requestPath(request.id),
                this.t(request.state === 'awaiting-attachments' ? 'taskAttachments' : 'taskAnswer', { subject }),
              )}
            </p>
            <p>${this.t('taskDue', { date: this.date(request.returnDate) })} ${deadlineTag(daysLeft, language)}</p>
            ${daysLeft < 0 ? html`<p>${this.t('taskLate')}</p>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderEvents(events: readonly EventSummary[]): TemplateResult {
    return html`<section aria-labelledby="events-heading">
      <h2 id="events-heading">${this.t('eventsHeading')}</h2>
      ${events.length === 0
        ? html`<p>${this.t('eventsEmpty')}</p>`
        : html`<p class="muted">${this.t('eventsIntro')}</p>
            <ul class="events">
              ${events.map((event) => this.renderEvent(event))}
            </ul>`}
    </section>`;
  }

  private kindText(event: EventSummary): string {
    const language = this.language;
    const kind = kitText(language, `kind.${event.kind}`);
    return event.kind === 'payment-notice' ? `${kind}: ${kitText(language, `noticeKind.${event.noticeKind}`)}` : kind;
  }

  private renderEvent(event: EventSummary): TemplateResult {
    const language = this.language;
    return html`<li class="event ${event.kind}" data-id=${event.id}>
      <h3>${this.link(this.eventPath(event), event.subject[language])}</h3>
      <p class="meta"><span class="kind">${this.kindText(event)}</span> <span class="issued">${this.t('issuedOn', { date: this.date(event.issuedOn) })}</span></p>
      ${this.renderStatus(event)}
    </li>`;
  }

  private renderStatus(event: EventSummary): TemplateResult | typeof nothing {
    const language = this.language;
    switch (event.kind) {
      case 'statement':
        return event.cancelledOn
          ? html`<p class="status"><strong class="tag cancelled">${kitText(language, 'cancelledOn', { date: this.date(event.cancelledOn) })}</strong></p>`
          : nothing;
      case 'clarification-request': {
        const open = isOpenState(event.state);
        return html`<p class="status">
          <strong class="tag ${open ? 'open' : ''}">${stateLabel(event.state, language)}</strong>
          <span>${this.t('returnDateOn', { date: this.date(event.returnDate) })}</span>
          ${open ? deadlineTag(daysLeftUntil(event.returnDate), language) : nothing}
        </p>`;
      }
      default:
        return nothing;
    }
  }
}
