import { LitElement } from 'lit';
import {
  isLocale,
  LocaleTopic,
  portalBus,
  RouteTopic,
  SessionTopic,
  TopicController,
  type Locale,
  type Messages,
} from '@portal/shared-contracts';
import { LocaleController } from '@portal/ui-kit/page';
import { withAreaMessages, type AreaMessageKey } from './area.js';
import { clampLevel } from './heading.js';

/** A language tag's primary subtag, if it is one of the portal's languages (`sv-FI` → `sv`). */
export function supportedLocale(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split('-')[0];
  return isLocale(primary) ? primary : undefined;
}

/**
 * The `lang` of the nearest ancestor that has one, crossing shadow roots (an element embedded
 * inside another component), or undefined.
 */
export function ancestorLang(element: Element): string | undefined {
  for (let node: Node | null = element.parentNode; node;) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  return undefined;
}

/**
 * What the area's elements have in common: their language, the session, headings at a chosen
 * level, and links into the portal, whether they run in the portal's shell or alone on a partner's
 * page with no bus values at all.
 *
 * The language, in this order: the element's own `lang` attribute; the portal's `locale.changed@1`
 * if the shell published one; the nearest ancestor's `lang` (crossing shadow roots) or the
 * document's, if it is fi, sv or en; else Finnish. The attribute is read with `getAttribute`: a
 * class member named `lang` would shadow HTMLElement's own.
 */
export abstract class CareerRadarElement<Key extends string> extends LitElement {
  static override properties = {
    headingLevel: { attribute: 'heading-level', type: Number },
    portalUrl: { attribute: 'portal-url' },
  };

  /** The level of the element's main heading (1–6); its other headings are one level below. */
  declare headingLevel: number;
  /** Where the portal's own pages are, for links from a partner's page (`https://…`); unset: this origin. */
  declare portalUrl: string | undefined;

  /** The element's language (see the class comment for the order) and its words, the area's shared ones included. */
  protected readonly locale: LocaleController<Key | AreaMessageKey>;
  protected readonly sessionTopic = new TopicController(this, SessionTopic, () => this.sessionChanged());
  private langObserver: MutationObserver | undefined;

  constructor(messages: Messages<Key>) {
    super();
    this.headingLevel = 1;
    this.portalUrl = undefined;
    this.locale = new LocaleController(this, withAreaMessages(messages), {
      changed: () => this.localeChanged(),
      override: () => this.languageOverride(),
    });
  }

  /**
   * The languages that come before or after the portal's (the controller's own, in between): the
   * element's `lang` always wins; an ancestor's or the document's only when the shell said nothing.
   */
  private languageOverride(): Locale | undefined {
    const own = supportedLocale(this.getAttribute('lang'));
    if (own || portalBus.current(LocaleTopic) !== undefined) return own;
    return supportedLocale(ancestorLang(this)) ?? supportedLocale(document.documentElement.getAttribute('lang'));
  }

  // `lang` is HTMLElement's own attribute and property: observed here without declaring a member.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A partner page may switch its language without reloading: follow any `lang` above us.
    this.langObserver = new MutationObserver(() => this.requestUpdate());
    this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
    this.langObserver = undefined;
  }

  /** The language the element speaks now (see the class comment for the order). */
  get language(): Locale {
    return this.locale.language;
  }

  /** Signed in to the portal (the shell said so); never on a partner's page. */
  get signedIn(): boolean {
    return this.sessionTopic.value?.status === 'signed-in';
  }

  /** Inside the portal's shell, which publishes the route. */
  protected get inPortal(): boolean {
    return portalBus.current(RouteTopic) !== undefined;
  }

  /** Called when the session changes; the elements that read the server override it. */
  protected sessionChanged(): void {}

  /** Called when the portal's language changes (the page title follows it). */
  protected localeChanged(): void {}

  protected get level(): number {
    return clampLevel(this.headingLevel);
  }

  /** The level of the headings below the main one. */
  protected get subLevel(): number {
    return Math.min(6, this.level + 1);
  }

  /** A portal path as a link target: on a partner's page, on the portal's origin (`portal-url`). */
  protected portalHref(path: string): string {
    if (!path.startsWith('/')) return path;
    return this.portalUrl ? new URL(path, this.portalUrl).href : path;
  }
}
