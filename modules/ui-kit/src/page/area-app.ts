import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { SessionTopic, TopicController, type Messages } from '@portal/shared-contracts';
import { AreaRouter, FRONT, NOT_FOUND, notFoundPage, pageFailedNotice, type AreaRoute, type RouteTable } from './area-router.js';
import { LoadController, type LoadState } from './load-controller.js';
import { focusRetryOnFailure, loadView } from './load-view.js';
import { LocaleController } from './locale-controller.js';
import { followInternalLink } from './navigation.js';

// The root of an area whose front page is one list read from its API (the offers, the events of
// unemployment security): signed out a notice, a page below the front page as its own element
// downloaded when its route opens, "not found", and on the front page the items that wait for the
// person as tasks on top, then the whole list, with its loading line and retry. Each such root
// wrote all of this again; now it says only what its list is and how it draws an item.

/** The words an area root says itself; its messages (with the area's and the kit's) have them. */
export type AreaAppKey =
  | 'areaTitle'
  | 'intro'
  | 'signedOut'
  | 'loading'
  | 'loadFailed'
  | 'retry'
  | 'pageFailed'
  | 'notFoundPageTitle'
  | 'notFoundText'
  | 'notFoundLink'
  | 'tasksHeading'
  | 'listHeading'
  | 'listIntro'
  | 'listEmpty';

/** The pages below the front page: their paths, the element of each, and how an element is downloaded. */
export interface AreaAppPages<Page extends string, Tag extends string> {
  readonly routes: RouteTable<Page>;
  readonly elements: Readonly<Record<Page, Tag>>;
  readonly define: (tag: Tag) => Promise<void>;
}

export interface AreaAppSetup<Page extends string, Tag extends string, Key extends string> {
  /** The area's id in `page.shown@1`. */
  readonly area: string;
  /** Where the area lives until the shell sets `base-path`. */
  readonly basePath: string;
  readonly pages: AreaAppPages<Page, Tag>;
  /** What the list is of (`offers`, `events`): the class of its `ul` and the id of its heading. */
  readonly listName: string;
  /** The root's words: its own, with the `AreaAppKey` ones among them. */
  readonly messages: Messages<Key | AreaAppKey>;
}

/**
 * An area's root element with a list on its front page. The list is read when the front page is
 * shown (a visit straight to a page below needs none of it) and only signed in; signing out forgets
 * it, so the next person reads their own. A failed read offers a retry, focused. A subclass reads the
 * list (`readList`), picks its tasks (`tasksOf`), and draws a task, an item and the pages below.
 */
export abstract class AreaApp<Page extends string, Tag extends string, Key extends string, Item, Task = Item> extends LitElement {
  static override properties = { basePath: { attribute: 'base-path' } };

  declare basePath: string;

  protected readonly i18n: LocaleController<Key | AreaAppKey>;
  protected readonly router: AreaRouter<Page, Tag>;
  protected readonly session: TopicController<typeof SessionTopic>;
  /** The front page's list. */
  protected readonly list: LoadController<[], Item[]>;
  private readonly listName: string;

  constructor(setup: AreaAppSetup<Page, Tag, Key>) {
    super();
    this.basePath = setup.basePath;
    this.listName = setup.listName;
    this.i18n = new LocaleController(this, setup.messages, { changed: () => this.router.announce() });
    this.router = new AreaRouter(this, {
      area: setup.area,
      basePath: () => this.basePath,
      routes: setup.pages.routes,
      elements: setup.pages.elements,
      definePage: setup.pages.define,
      title: ({ page }) => this.i18n.t(page === NOT_FOUND && !this.signedOut ? 'notFoundPageTitle' : 'areaTitle'),
      // Signed out, the page's element is not drawn: the notice is the root's.
      hostDraws: () => this.signedOut,
    });
    this.session = new TopicController(this, SessionTopic, (value) => {
      if (value.status !== 'signed-in') this.list.reset();
    });
    this.list = new LoadController(this, {
      args: () => (this.current.page === FRONT && this.session.value?.status === 'signed-in' ? [] : undefined),
      task: (_args, signal) => this.readList(signal),
      settled: focusRetryOnFailure(this, () => this.current.page === FRONT),
    });
  }

  /** Where the list stands: idle, loading, loaded or failed. */
  get loadState(): LoadState {
    return this.list.state;
  }

  /** The page shown now, with its id. */
  get current(): AreaRoute<Page> {
    return this.router.current;
  }

  protected get signedOut(): boolean {
    return this.session.value?.status === 'signed-out';
  }

  /** Reads the front page's list; `signal` is aborted when the read is no longer wanted. */
  protected abstract readList(signal: AbortSignal): Promise<Item[]>;

  /** The items that wait for the person, in the order they are due: the tasks on top. */
  protected abstract tasksOf(list: readonly Item[]): readonly Task[];

  /** A task's `li`. */
  protected abstract renderTask(task: Task): TemplateResult;

  /** An item's `li` in the whole list. */
  protected abstract renderItem(item: Item): TemplateResult;

  /** A page below the front page: its element, given the id in its path ('' when it has none). */
  protected abstract renderPage(page: Page, id: string): TemplateResult;

  /** A link within the portal, followed by the shell's router rather than a page load. */
  protected link(path: string, content: string | TemplateResult, className = ''): TemplateResult {
    return html`<a class=${className || nothing} href=${path} @click=${followInternalLink}>${content}</a>`;
  }

  protected override render(): TemplateResult {
    const { page, id } = this.current;
    const t = (key: AreaAppKey): string => this.i18n.t(key);
    if (this.signedOut) {
      return html`<h1 tabindex="-1">${t('areaTitle')}</h1>
        <p class="notice">${t('signedOut')}</p>`;
    }
    if (this.router.failed) return pageFailedNotice(t('areaTitle'), t('pageFailed'), t('retry'), () => this.router.retry());
    if (page === NOT_FOUND) return notFoundPage(t('notFoundPageTitle'), t('notFoundText'), t('notFoundLink'), this.basePath);
    if (page !== FRONT) return this.renderPage(page, id ?? '');
    return html`<h1 tabindex="-1">${t('areaTitle')}</h1>
      <p class="intro">${t('intro')}</p>
      ${loadView(this.list, { loading: t('loading'), failed: t('loadFailed'), retry: t('retry') }, (list) => this.renderLoaded(list))}`;
  }

  /** The tasks on top (none, no section), then the whole list, or that there is nothing. */
  private renderLoaded(list: readonly Item[]): TemplateResult {
    const tasks = this.tasksOf(list);
    const t = (key: AreaAppKey): string => this.i18n.t(key);
    const name = this.listName;
    return html`${
      tasks.length === 0
        ? nothing
        : html`<section aria-labelledby="tasks-heading">
            <h2 id="tasks-heading">${t('tasksHeading')}</h2>
            <ul class="tasks">
              ${tasks.map((task) => this.renderTask(task))}
            </ul>
          </section>`
    }
      <section aria-labelledby=${`${name}-heading`}>
        <h2 id=${`${name}-heading`}>${t('listHeading')}</h2>
        ${
          list.length === 0
            ? html`<p class="empty">${t('listEmpty')}</p>`
            : html`<p class="muted">${t('listIntro')}</p>
              <ul class=${name}>
                ${list.map((item) => this.renderItem(item))}
              </ul>`
        }
      </section>`;
  }
}
