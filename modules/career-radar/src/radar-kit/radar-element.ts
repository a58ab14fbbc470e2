import { html, LitElement, nothing, type TemplateResult } from 'lit';
import {
  DEFAULT_LOCALE,
  formatMessage,
  isLocale,
  LocaleTopic,
  NavigationTopic,
  portalBus,
  RouteTopic,
  SessionTopic,
  TopicController,
  type Locale,
} from '@portal/shared-contracts';
import { QUESTIONNAIRE, type FactorId } from '@portal/shared-contracts/career-radar';
import { chartLegend, radarChart } from './chart.js';
import { formatDateTime } from './format.js';
import { kitMessages, type KitMessageKey } from './radar-kit.messages.js';
import { scoreTable } from './score-table.js';
import { suggestionsView } from './suggestions.js';

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
  for (let node: Node | null = element.parentNode; node; ) {
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

/** Heading levels 1–6; `heading-level` beyond them is clamped. */
export function clampLevel(value: unknown, fallback = 1): number {
  const level = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(level) ? Math.min(6, Math.max(1, level)) : fallback;
}

export interface HeadingOptions {
  readonly id?: string;
  /** Focus is moved to it by script (a new step, the result). */
  readonly focusable?: boolean;
  readonly part?: string;
}

/**
 * A heading of a given level. Only `lit` may be imported (no static templates for a tag name), so
 * the six tags are spelled out; the level follows the element's `heading-level`, so on a partner
 * page the element's headings fit under the page's own.
 */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const id = options.id ?? nothing;
  const tabindex = options.focusable ? '-1' : nothing;
  const part = options.part ?? nothing;
  const cls = `heading level-${level}`;
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 class=${cls} id=${id} tabindex=${tabindex} part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 class=${cls} id=${id} tabindex=${tabindex} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 class=${cls} id=${id} tabindex=${tabindex} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 class=${cls} id=${id} tabindex=${tabindex} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 class=${cls} id=${id} tabindex=${tabindex} part=${part}>${content}</h5>`;
    default:
      return html`<h6 class=${cls} id=${id} tabindex=${tabindex} part=${part}>${content}</h6>`;
  }
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
export abstract class CareerRadarElement extends LitElement {
  static override properties = {
    headingLevel: { attribute: 'heading-level', type: Number },
    portalUrl: { attribute: 'portal-url' },
  };

  /** The level of the element's main heading (1–6); its other headings are one level below. */
  declare headingLevel: number;
  /** Where the portal's own pages are, for links from a partner's page (`https://…`); unset: this origin. */
  declare portalUrl: string | undefined;

  protected readonly localeTopic = new TopicController(this, LocaleTopic, () => this.localeChanged());
  protected readonly sessionTopic = new TopicController(this, SessionTopic, () => this.sessionChanged());
  private langObserver: MutationObserver | undefined;

  constructor() {
    super();
    this.headingLevel = 1;
    this.portalUrl = undefined;
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
    return (
      supportedLocale(this.getAttribute('lang')) ??
      this.localeTopic.value?.locale ??
      supportedLocale(ancestorLang(this)) ??
      supportedLocale(document.documentElement.getAttribute('lang')) ??
      DEFAULT_LOCALE
    );
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

  protected kit(key: KitMessageKey, params?: Readonly<Record<string, string | number>>): string {
    return formatMessage(kitMessages[this.language][key], params);
  }

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

  /**
   * Click handler of links to portal pages: inside the shell, asks it to navigate instead of
   * loading the page again; anywhere else, or with a modifier key, the browser follows the link.
   */
  protected followPortalLink = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.currentTarget;
    if (!(anchor instanceof HTMLAnchorElement) || !this.inPortal) return;
    const url = new URL(anchor.href);
    if (url.origin !== window.location.origin) return;
    event.preventDefault();
    portalBus.publish(NavigationTopic, { path: url.pathname + url.search + url.hash });
  };

  /**
   * A result as a chart with its key and as a table, with a second result compared on both when
   * given. `idPrefix` keeps the chart's ids apart from another chart's in the same shadow root.
   */
  protected renderScores(options: {
    readonly idPrefix: string;
    readonly current: { readonly scores: Readonly<Partial<Record<FactorId, number>>>; readonly takenAt: string };
    readonly compared?: { readonly scores: Readonly<Partial<Record<FactorId, number>>>; readonly takenAt: string } | undefined;
    readonly weak: readonly FactorId[];
  }): TemplateResult {
    const locale = this.language;
    const currentDate = formatDateTime(options.current.takenAt, locale);
    const comparedDate = options.compared ? formatDateTime(options.compared.takenAt, locale) : undefined;
    return html`<figure class="chart-figure">
        ${radarChart({
          idPrefix: options.idPrefix,
          locale,
          factors: QUESTIONNAIRE.factors,
          title: this.kit('chartTitle'),
          scaleText: this.kit('chartScale'),
          current: { scores: options.current.scores, name: this.kit('chartCurrent') },
          compared: options.compared ? { scores: options.compared.scores, name: this.kit('chartCompared') } : undefined,
        })}
        <figcaption>
          ${chartLegend({
            heading: this.kit('legendHeading'),
            current: this.kit('legendCurrent', { date: currentDate }),
            compared: comparedDate === undefined ? undefined : this.kit('legendCompared', { date: comparedDate }),
            valuesHint: this.kit('legendValues'),
          })}
        </figcaption>
      </figure>
      ${scoreTable({
        locale,
        factors: QUESTIONNAIRE.factors,
        caption: this.kit('tableCaption'),
        factorHeader: this.kit('factorColumn'),
        current: { header: this.kit('currentColumn', { date: currentDate }), scores: options.current.scores },
        compared:
          options.compared && comparedDate !== undefined
            ? { header: this.kit('comparedColumn', { date: comparedDate }), scores: options.compared.scores }
            : undefined,
        changeHeader: this.kit('changeColumn'),
        weak: options.weak,
        weakTag: this.kit('weakTag'),
      })}`;
  }

  /** The suggestions for the weakest of these scores, with links (portal links made to work from a partner's page). */
  protected renderSuggestions(scores: Readonly<Partial<Record<FactorId, number>>>, weak: readonly FactorId[]): TemplateResult {
    return suggestionsView({
      locale: this.language,
      level: this.subLevel,
      weak,
      scores,
      texts: {
        heading: this.kit('suggestionsHeading'),
        intro: this.kit('suggestionsIntro'),
        none: this.kit('noWeakFactors'),
        scoreOf: (score) => this.kit('scoreOf', { score }),
        external: this.kit('externalLink'),
      },
      href: (path) => this.portalHref(path),
      onPortalLink: this.followPortalLink,
      fallbackHref: 'https://tyomarkkinatori.fi',
      fallbackText: this.kit('fallbackLink'),
    });
  }
}
