import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { PageTopic, portalBus, RouteTopic, TopicController, type EventBus } from '@portal/shared-contracts';
import { withoutTrailingSlashes } from '@portal/shared-contracts/text';
import { followInternalLink } from './navigation.js';

// The routing of an area's root element: which page a path below the area's base path shows, the
// page's element downloaded as its own chunk when its route opens (with a retry notice when that
// download fails), and the page title told to the shell. Every area root did this the same way.

/** The front page and "not found" are drawn by the area's root itself; other pages by their element. */
export const FRONT = 'front';
export const NOT_FOUND = 'not-found';

/** A page of an area and the id in its path, if it has one. */
export type AreaRoute<Page extends string> = { readonly page: Page | typeof FRONT | typeof NOT_FOUND; readonly id?: string };

/**
 * The pages below the base path, by their path pattern: literal segments, and `:id` for one segment
 * that is the page's id (percent-decoded, never blank), e.g. `{ 'requests/:id/answer': 'answer' }`.
 */
export type RouteTable<Page extends string> = Readonly<Record<string, Page>>;

function decodeSegment(segment: string): string | undefined {
  try {
    const id = decodeURIComponent(segment);
    return id.trim() === '' ? undefined : id;
  } catch {
    return undefined;
  }
}

function matchPattern(pattern: string, parts: readonly string[]): { id?: string } | undefined {
  const wanted = pattern.split('/');
  if (wanted.length !== parts.length) return undefined;
  let id: string | undefined;
  for (const [index, segment] of wanted.entries()) {
    const part = parts[index] ?? '';
    if (segment === ':id') {
      id = decodeSegment(part);
      if (id === undefined) return undefined;
    } else if (segment !== part) {
      return undefined;
    }
  }
  return id === undefined ? {} : { id };
}

/**
 * Which page of the area a path shows. A path outside the base path is not the area's (the shell is
 * about to unmount it): the front page, rather than a "not found" flash. Query and hash, and
 * trailing slashes, do not count.
 */
export function matchRoute<Page extends string>(path: string, basePath: string, table: RouteTable<Page>): AreaRoute<Page> {
  const clean = withoutTrailingSlashes(path.split(/[?#]/)[0] ?? '');
  const base = withoutTrailingSlashes(basePath);
  if (clean === base || !clean.startsWith(`${base}/`)) return { page: FRONT };
  const parts = clean.slice(base.length + 1).split('/');
  // An own-property walk, so a path like `constructor` is never mistaken for a page.
  for (const [pattern, page] of Object.entries(table)) {
    const match = matchPattern(pattern, parts);
    if (match) return { page, ...match };
  }
  return { page: NOT_FOUND };
}

/** What a host of the router must have: a Lit element. */
export type AreaRouterHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface AreaRouterOptions<Page extends string, Tag extends string> {
  /** The area's id in `page.shown@1`. */
  readonly area: string;
  /** Where the area lives (the host's `basePath`, which the shell may set after construction). */
  readonly basePath: () => string;
  readonly routes: RouteTable<Page>;
  /** The element that draws each page other than the front page and "not found". */
  readonly elements: Readonly<Partial<Record<Page, Tag>>>;
  /** Downloads a page's chunk and defines its element. */
  readonly definePage: (tag: Tag) => Promise<void>;
  /** The title of a page the host draws itself (the front page, "not found", a failed page…). */
  readonly title: (route: AreaRoute<Page>) => string;
  /**
   * True when the host draws a page that has an element anyway (signed out; data the element
   * needs not there yet). Then the host, not the element, says the page's title.
   */
  readonly hostDraws?: (route: AreaRoute<Page>) => boolean;
  readonly bus?: EventBus;
}

/**
 * The area root's router, as a Lit controller: follows `route.changed@1` below the base path, loads
 * the element of the page shown (lazily, once; a failed download shows a retry notice, focused,
 * instead of an empty page), and publishes `page.shown@1` with the title when the host draws the
 * page, so the shell sets document.title and moves focus to the host's h1.
 */
export class AreaRouter<Page extends string, Tag extends string> implements ReactiveController {
  /** The page whose code could not be downloaded (a network drop, a deployment under way). */
  pageFailed: Tag | undefined = undefined;
  private readonly route: TopicController<typeof RouteTopic>;
  private rendered = false;

  constructor(
    private readonly host: AreaRouterHost,
    private readonly options: AreaRouterOptions<Page, Tag>,
  ) {
    host.addController(this);
    // Moving between the area's pages: say which page is shown once it has rendered.
    this.route = new TopicController(
      host,
      RouteTopic,
      () => void host.updateComplete.then(() => this.announce()),
      options.bus ?? portalBus,
    );
  }

  /** The page shown now, with its id. */
  get current(): AreaRoute<Page> {
    return matchRoute(this.route.value?.path ?? window.location.pathname, this.options.basePath(), this.options.routes);
  }

  /** The element of the page shown now; none for the front page and "not found". */
  get element(): Tag | undefined {
    const page = this.current.page;
    return page === FRONT || page === NOT_FOUND ? undefined : this.options.elements[page];
  }

  /** True when the code of the page shown could not be downloaded: the host shows `pageFailedNotice`. */
  get failed(): boolean {
    const tag = this.element;
    return tag !== undefined && this.pageFailed === tag;
  }

  /** True when the host draws the page itself (no element, a failed one, or `hostDraws`). */
  get hostOwnsPage(): boolean {
    return this.element === undefined || this.failed || (this.options.hostDraws?.(this.current) ?? false);
  }

  /** Tries the failed page's download again (the notice's button). */
  retry(): void {
    this.pageFailed = undefined;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const tag = this.element;
    if (tag && !customElements.get(tag) && this.pageFailed !== tag) void this.loadPage(tag);
  }

  hostUpdated(): void {
    if (this.rendered) return;
    this.rendered = true;
    // In the shell the route's replay announces the page; alone, nothing else would.
    if (!this.route.value) this.announce();
  }

  /** Tells the shell the title of a page the host draws (a page's element says its own). */
  announce(): void {
    if (!this.rendered || !this.hostOwnsPage) return;
    (this.options.bus ?? portalBus).publish(PageTopic, { area: this.options.area, title: this.options.title(this.current) });
  }

  /** Downloads a page's code; until it arrives its element is in place, empty, and upgrades then. */
  private async loadPage(tag: Tag): Promise<void> {
    try {
      await this.options.definePage(tag);
    } catch (error) {
      console.warn(`The page ${tag} could not be loaded`, error);
      this.pageFailed = tag;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.announce();
      this.host.renderRoot.querySelector<HTMLButtonElement>('.retry')?.focus();
    }
  }
}

/** The notice in place of a page whose code could not be downloaded, with its retry button. */
export function pageFailedNotice(heading: string, message: string, retryLabel: string, onRetry: () => void): TemplateResult {
  return html`<h1 tabindex="-1">${heading}</h1>
    <div class="notice error" role="alert">
      <p>${message}</p>
      <button class="button retry" type="button" @click=${onRetry}>${retryLabel}</button>
    </div>`;
}

/** "Not found" below the area's base path, with the way back to its front page. */
export function notFoundPage(heading: string, message: string, linkText: string, basePath: string): TemplateResult {
  return html`<h1 tabindex="-1">${heading}</h1>
    <p>${message}</p>
    <p><a href=${basePath} @click=${followInternalLink}>${linkText}</a></p>`;
}
