// The browser side of partner embedding (`@portal/shared-contracts/embed`): what a module's
// `src/embed.ts` calls to put its elements on a partner's page, on another origin, without the shell.
// A subpath, not part of the main surface: only embed bundles use it, so the shared singleton every
// portal page downloads does not grow. No lit, no bus, no globals; safe to import in Node (nothing
// touches the DOM until defineEmbeddableElements runs), so the backend reads the paths from here.
import type { Messages } from './i18n.js';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locale.js';
import type { EmbeddableElement } from './registry.js';

// The declaration's schemas, for the backend and tools: here rather than in the main surface, whose
// every export is part of the shared singleton each portal page downloads (the registry schema uses
// them without naming them). An embed bundle that does not use them does not carry them.
export { CustomElementNameSchema, EmbeddableElementSchema, EmbeddableElementsSchema } from './registry.js';
export type { EmbeddableElement } from './registry.js';

/** A module version's embed files, relative to the folder of its mf-manifest.json. */
export const EMBED_FOLDER = 'embed/';
/** The ES module a partner's `<script type="module">` runs (through the stable address below). */
export const EMBED_ENTRY = `${EMBED_FOLDER}embed.js`;
/** Which elements the build made embeddable, and whether each needs a signed-in person. */
export const EMBED_MANIFEST = `${EMBED_FOLDER}embed-manifest.json`;
/** The module's custom elements manifest (attributes, events, CSS properties and parts), for the partner page. */
export const CUSTOM_ELEMENTS_MANIFEST = `${EMBED_FOLDER}custom-elements.json`;
/** The backend's page for partners: the snippet and every embeddable element's documentation. */
export const PARTNERS_PATH = '/partners';

/**
 * The address partners put in their pages: it follows the portal's deployments (the backend answers
 * with a one-line module importing the current version's EMBED_ENTRY), so a release or a rollback
 * needs nothing from them.
 */
export function stableEmbedPath(area: string): string {
  return `/embed/${area}/embed.js`;
}

/** What embed-manifest.json holds (written by the build's createEmbedConfig). */
export interface EmbedManifest {
  readonly schemaVersion: 1;
  readonly area: string;
  readonly version: string;
  /** Relative to the manifest's folder. */
  readonly entry: string;
  readonly customElements: string;
  readonly elements: readonly EmbeddableElement[];
}

/** The portal language of a BCP 47 tag (`sv-FI` → sv), or undefined for other languages. */
export function localeOfTag(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split('-')[0];
  return LOCALES.find((locale) => locale === primary);
}

/**
 * The language an embedded element speaks: its own `lang` or the nearest ancestor's, else the
 * page's, else Finnish. A page in another language gets Finnish, the portal's default, rather than
 * a guess.
 */
export function embedLocale(element: Element): Locale {
  return (
    localeOfTag(element.closest('[lang]')?.getAttribute('lang')) ??
    localeOfTag(element.ownerDocument.documentElement.getAttribute('lang')) ??
    DEFAULT_LOCALE
  );
}

/** Whether the embed script comes from another origin than the page it runs on: a partner's page. */
export function isForeignPage(scriptUrl: string, pageOrigin: string): boolean {
  try {
    return new URL(scriptUrl).origin !== pageOrigin;
  } catch {
    return true;
  }
}

export const REFUSAL_MESSAGES: Messages<'message' | 'link'> = {
  fi: {
    message: 'Tämä palvelu on käytettävissä vain Työmarkkinatorissa kirjautuneena.',
    link: 'Siirry Työmarkkinatoriin',
  },
  sv: {
    message: 'Den här tjänsten kan användas endast i Jobbmarknad Finland när du har loggat in.',
    link: 'Gå till Jobbmarknad Finland',
  },
  en: {
    message: 'This service is available only in Job Market Finland, when you are signed in.',
    link: 'Go to Job Market Finland',
  },
};

// `!important` on the host: a partner's global rules (`* { all: unset }`) otherwise win over
// `:host`, and the notice would collapse into inline text. Important declarations of the shadow
// tree win over the page's normal ones. Colours meet WCAG AA (#1f1f1f and #003479 on #eaf2fa are
// above 11:1); partners theme the notice by the custom properties or `::part(notice)`.
const REFUSAL_CSS = `
:host { display: block !important; box-sizing: border-box !important; }
:host([hidden]) { display: none !important; }
.notice { box-sizing: border-box; margin: 0; padding: 1rem 1.25rem; line-height: 1.5;
  font-family: var(--portal-embed-font-family, inherit);
  color: var(--portal-embed-notice-color, #1f1f1f);
  background: var(--portal-embed-notice-background, #eaf2fa);
  border-left: 4px solid var(--portal-embed-notice-accent, #003479); }
p { margin: 0 0 0.5rem; }
a { color: var(--portal-embed-link-color, #003479); text-decoration: underline; text-underline-offset: 0.15em; }
a:focus-visible { outline: 3px solid currentColor; outline-offset: 2px; }
@media (forced-colors: active) { .notice { border: 2px solid CanvasText; } a { color: LinkText; } }
`;

/**
 * What stands in for an element that needs sign-in on a partner's page: a notice in the element's
 * language with a link to the portal. Made per tag (a constructor can be defined once), lazily, so
 * this file runs in Node. Built with DOM calls only: no innerHTML, nothing for Trusted Types to refuse.
 */
function refusalElement(portalUrl: string): CustomElementConstructor {
  let sheet: CSSStyleSheet | undefined;
  return class EmbedRefusal extends HTMLElement {
    static observedAttributes = ['lang'];
    readonly #root = this.attachShadow({ mode: 'open' });
    // The page's language may be switched after load (a language menu); the notice follows it.
    readonly #pageLanguage = new MutationObserver(() => this.#render());

    connectedCallback(): void {
      this.#pageLanguage.observe(this.ownerDocument.documentElement, { attributes: true, attributeFilter: ['lang'] });
      this.#render();
    }

    disconnectedCallback(): void {
      this.#pageLanguage.disconnect();
    }

    attributeChangedCallback(): void {
      if (this.isConnected) this.#render();
    }

    #render(): void {
      const locale = embedLocale(this);
      const text = REFUSAL_MESSAGES[locale];
      const notice = document.createElement('div');
      notice.className = 'notice';
      notice.setAttribute('part', 'notice');
      // Screen readers pronounce it in its language even when the page's is another.
      notice.lang = locale;
      const message = document.createElement('p');
      message.setAttribute('part', 'message');
      message.textContent = text.message;
      const link = document.createElement('a');
      link.setAttribute('part', 'link');
      link.href = portalUrl;
      link.textContent = text.link;
      notice.append(message, link);
      // A constructed stylesheet, not <style>: a partner's CSP without 'unsafe-inline' for styles
      // does not apply to it (every browser the portal supports has them, as Lit relies on too).
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(REFUSAL_CSS);
      }
      this.#root.adoptedStyleSheets = [sheet];
      this.#root.replaceChildren(notice);
    }
  };
}

export interface EmbedSpec {
  /** The module's area, for the console. */
  readonly area: string;
  /** `import.meta.url` of the embed entry: its origin is the portal's. */
  readonly scriptUrl: string;
  /** The module's declaration (package.json `portal.embeddable`, put into the bundle by the build). */
  readonly embeddable: readonly EmbeddableElement[];
  /**
   * Every element the module's embeddable elements need, by tag: the embeddable ones and those they
   * render inside themselves. Elements not in `embeddable` are defined as they are.
   */
  readonly elements: Readonly<Record<string, CustomElementConstructor>>;
  /** Where the sign-in notice links to, on the portal's origin (the area's route). Default "/". */
  readonly portalPath?: string;
  /** The page's origin; tests pass another. Default `location.origin`. */
  readonly pageOrigin?: string;
}

export interface EmbedOutcome {
  /** Defined with the module's class. */
  readonly defined: readonly string[];
  /** Defined as the sign-in notice: they need a signed-in person and the page is on another origin. */
  readonly refused: readonly string[];
  /** Already defined on the page (by the page, or another copy or version of a script): left as they were. */
  readonly kept: readonly string[];
}

/**
 * Defines a module's embeddable elements on the page, never throwing: an element needing sign-in
 * becomes the sign-in notice on another origin; a name the page (or another copy of an embed
 * script) already defined keeps its definition, with one console warning for all of them.
 */
export function defineEmbeddableElements(spec: EmbedSpec): EmbedOutcome {
  const pageOrigin = spec.pageOrigin ?? location.origin;
  const foreign = isForeignPage(spec.scriptUrl, pageOrigin);
  const portalUrl = new URL(spec.portalPath ?? '/', spec.scriptUrl).href;
  const declared = new Map(spec.embeddable.map((item) => [item.element, item]));
  const defined: string[] = [];
  const refused: string[] = [];
  const kept: string[] = [];
  const problems: string[] = [];

  const define = (tag: string, constructor: CustomElementConstructor): boolean => {
    if (customElements.get(tag)) {
      kept.push(tag);
      return false;
    }
    try {
      customElements.define(tag, constructor);
      return true;
    } catch (error) {
      // An invalid name or a constructor defined twice: a bug of the module, but never the page's problem.
      problems.push(`<${tag}>: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  };

  // Inner elements first, so an embeddable element upgrades with everything it renders ready.
  const tags = Object.keys(spec.elements).sort((a, b) => Number(declared.has(a)) - Number(declared.has(b)));
  for (const tag of tags) {
    const constructor = spec.elements[tag];
    if (!constructor) continue;
    if (declared.get(tag)?.requiresAuth && foreign) continue;
    if (define(tag, constructor)) defined.push(tag);
  }
  for (const item of spec.embeddable) {
    if (item.requiresAuth && foreign) {
      if (define(item.element, refusalElement(portalUrl))) refused.push(item.element);
    } else if (!spec.elements[item.element]) {
      problems.push(`<${item.element}> is declared embeddable but the embed entry has no class for it`);
    }
  }

  if (kept.length > 0) {
    console.warn(
      `Job Market Finland embed (${spec.area}): ${kept.map((tag) => `<${tag}>`).join(', ')} ${kept.length === 1 ? 'is' : 'are'} already defined on this page ` +
        '(by the page itself, or by another copy or version of an embed script); the existing definition is kept.',
    );
  }
  if (problems.length > 0) console.error(`Job Market Finland embed (${spec.area}): ${problems.join('; ')}`);
  return { defined, refused, kept };
}
