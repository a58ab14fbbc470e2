import { focusMainHeading } from './page-focus.js';

// Focus moves only after the person navigates, never at the first load, where reading starts at
// the top. An area's heading can be focused once both have happened: single-spa has shown its
// container (routing-event) and the module has announced its page (page.shown) — in either order.

/** Focus after a navigation, told by the shell what single-spa and the modules do. */
export class NavigationFocus {
  /** A navigation (or new content at the same address) waits for its page's heading. */
  #pending = false;
  /** single-spa has not finished its first routing: that is the first load. */
  #firstRouting = true;
  /** The path of the last routing. A new path moves focus; a hash change (the skip link) does not: it moves focus natively. */
  #lastPath: string;
  /** The area whose module has announced its page since the last routing. */
  #announcedArea: string | null = null;
  /**
   * The path whose heading got focus after a navigation. A module may swap that page for another
   * (a loading page for the form it was loading): the focused heading leaves the DOM and focus falls
   * to the body. The next page.shown on the same path then takes focus again; focus the person put
   * somewhere themselves is never taken.
   */
  #focusedPath: string | null = null;
  /** Takes focus when a page has no `h1`: the main region. */
  readonly #fallback: HTMLElement;

  constructor(initialPath: string, fallback: HTMLElement) {
    this.#lastPath = initialPath;
    this.#fallback = fallback;
  }

  /** single-spa is about to route to `path`. */
  beforeRouting(path: string): void {
    if (!this.#firstRouting && path !== this.#lastPath) {
      this.#pending = true;
      this.#focusedPath = null;
    }
    this.#lastPath = path;
    this.#announcedArea = null;
  }

  /** single-spa has routed: from now on a new path is a navigation. */
  routed(): void {
    this.#firstRouting = false;
  }

  /** Same address, new content (the sign-in page with a session notice): focus goes to it. */
  contentReplaced(): void {
    this.#pending = true;
  }

  /** A module announced its page of `area` at `path`. */
  pageShown(area: string, path: string): void {
    this.#announcedArea = area;
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (focusLost && this.#focusedPath === path) this.#pending = true;
  }

  /** The area's container is on screen at `path`: its heading takes focus if a navigation waits and the page is announced. */
  areaShown(area: string, path: string, container: Element): void {
    if (!this.#pending || this.#announcedArea !== area) return;
    this.#pending = false;
    this.#focusedPath = path;
    focusMainHeading(container, this.#fallback);
  }

  /** The shell's own page is drawn: it takes focus if a navigation waits. */
  shellPageShown(page: Element): void {
    if (!this.#pending) return;
    this.#pending = false;
    focusMainHeading(page, this.#fallback);
  }
}
