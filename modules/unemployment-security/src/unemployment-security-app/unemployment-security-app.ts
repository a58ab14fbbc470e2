import { html, nothing, type TemplateResult } from 'lit';
import { CurrentItemsChangedTopic, fetchJson, portalBus } from '@portal/shared-contracts';
import { EventListSchema, UNEMPLOYMENT_SECURITY_PATHS, type EventSummary } from '@portal/shared-contracts/unemployment-security';
import { AreaApp, byDay, daysLeftUntil, LoadState, matchRoute, type AreaAppPages, type AreaRoute } from '@portal/ui-kit/page';
import { baseStyles } from '@portal/ui-kit/styles';
import { AREA, DEFAULT_BASE_PATH } from '../area.js';
import { areaStyles } from '../area.styles.js';
import { returnDateTag } from '../deadlines.js';
import { AnswerSentEvent } from '../events.js';
import { definePageElement, type PageElement } from '../pages.js';
import { isOpenState, stateLabel } from '../request-text.js';
import { messages } from './unemployment-security-app.messages.js';
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

/** The pages below the front page. */
type Page = Exclude<SubPage, 'front' | 'not-found'>;

/** A page and the id in its path (events/:id, requests/:id, requests/:id/answer). */
export type Route = AreaRoute<Page>;

/** Each page below the front page: its path, and its element, each its own chunk. */
const PAGES: AreaAppPages<Page, PageElement> = {
  routes: {
    'events/:id': SubPage.event,
    'requests/:id': SubPage.request,
    'requests/:id/answer': SubPage.answer,
  },
  elements: {
    [SubPage.event]: 'unemployment-security-event',
    [SubPage.request]: 'unemployment-security-request',
    [SubPage.answer]: 'unemployment-security-answer-form',
  },
  define: definePageElement,
};

/**
 * Which page of the area a path shows. A path outside the base path is not ours (the shell is
 * about to unmount the area): it shows the front page rather than a "not found" flash.
 */
export function routeOf(path: string, basePath: string): Route {
  return matchRoute(path, basePath, PAGES.routes);
}

/** Newest first by issue date; events of one day keep the server's order. */
export function newestFirst(events: readonly EventSummary[]): EventSummary[] {
  return byDay(events, (event) => event.issuedOn, 'latest-first');
}

type OpenRequest = Extract<EventSummary, { kind: 'clarification-request' }>;

/** The requests waiting for the person, the nearest return date first. */
export function openRequests(events: readonly EventSummary[]): OpenRequest[] {
  const open = events.filter((event): event is OpenRequest => event.kind === 'clarification-request' && isOpenState(event.state));
  return byDay(open, (request) => request.returnDate, 'earliest-first');
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
export class UnemploymentSecurityApp extends AreaApp<Page, PageElement, keyof (typeof messages)['fi'], EventSummary, OpenRequest> {
  static override styles = [baseStyles, areaStyles, styles];

  constructor() {
    super({ area: AREA, basePath: DEFAULT_BASE_PATH, pages: PAGES, listName: 'events', messages });
    // The request's state changed on the server: the list is out of date, and so are the shell's
    // "tasks waiting" mark and the overview. Said once here rather than by the form.
    this.addEventListener(AnswerSentEvent.eventName, () => {
      this.list.reset();
      portalBus.publish(CurrentItemsChangedTopic, { area: AREA });
    });
  }

  protected override async readList(signal: AbortSignal): Promise<EventSummary[]> {
    return newestFirst((await fetchJson(UNEMPLOYMENT_SECURITY_PATHS.events, EventListSchema, { signal })).events);
  }

  protected override renderPage(page: Page, id: string): TemplateResult {
    switch (page) {
      case SubPage.event:
        return html`<unemployment-security-event .eventId=${id} .basePath=${this.basePath}></unemployment-security-event>`;
      case SubPage.request:
        return html`<unemployment-security-request .requestId=${id} .basePath=${this.basePath}></unemployment-security-request>`;
      default:
        return html`<unemployment-security-answer-form .requestId=${id} .basePath=${this.basePath}></unemployment-security-answer-form>`;
    }
  }

  /** The requests waiting for the person. */
  protected override tasksOf(events: readonly EventSummary[]): OpenRequest[] {
    return openRequests(events);
  }

  private requestPath(id: string): string {
    return `${this.basePath}/requests/${encodeURIComponent(id)}`;
  }

  private eventPath(event: EventSummary): string {
    return event.kind === 'clarification-request' ? this.requestPath(event.id) : `${this.basePath}/events/${encodeURIComponent(event.id)}`;
  }

  /**
   * A request waiting for the person, linked, with the return date and days left (the real
   * service's known failure was a task due in two days with no link and no warning).
   */
  protected override renderTask(request: OpenRequest): TemplateResult {
    const daysLeft = daysLeftUntil(request.returnDate);
    const subject = request.subject[this.i18n.language];
    return html`<li class="task ${daysLeft < 0 ? 'late' : ''}">
      <p class="task-title">
        ${this.link(
          this.requestPath(request.id),
          this.i18n.t(request.state === 'awaiting-attachments' ? 'taskAttachments' : 'taskAnswer', { subject }),
        )}
      </p>
      <p>${this.i18n.t('taskDue', { date: this.i18n.date(request.returnDate) })} ${returnDateTag(daysLeft, this.i18n.language)}</p>
      ${daysLeft < 0 ? html`<p>${this.i18n.t('taskLate')}</p>` : nothing}
    </li>`;
  }

  private kindText(event: EventSummary): string {
    const kind = this.i18n.t(`kind.${event.kind}`);
    return event.kind === 'payment-notice' ? `${kind}: ${this.i18n.t(`noticeKind.${event.noticeKind}`)}` : kind;
  }

  protected override renderItem(event: EventSummary): TemplateResult {
    const language = this.i18n.language;
    return html`<li class="event ${event.kind}" data-id=${event.id}>
      <h3>${this.link(this.eventPath(event), event.subject[language])}</h3>
      <p class="meta"><span class="kind">${this.kindText(event)}</span> <span class="issued">${this.i18n.t('issuedOn', { date: this.i18n.date(event.issuedOn) })}</span></p>
      ${this.renderStatus(event)}
    </li>`;
  }

  private renderStatus(event: EventSummary): TemplateResult | typeof nothing {
    const language = this.i18n.language;
    switch (event.kind) {
      case 'statement':
        return event.cancelledOn
          ? html`<p class="status"><strong class="tag cancelled">${this.i18n.t('cancelledOn', { date: this.i18n.date(event.cancelledOn) })}</strong></p>`
          : nothing;
      case 'clarification-request': {
        const open = isOpenState(event.state);
        return html`<p class="status">
          <strong class="tag ${open ? 'open' : ''}">${stateLabel(event.state, language)}</strong>
          <span>${this.i18n.t('returnDateOn', { date: this.i18n.date(event.returnDate) })}</span>
          ${open ? returnDateTag(daysLeftUntil(event.returnDate), language) : nothing}
        </p>`;
      }
      default:
        return nothing;
    }
  }
}
