import { html, LitElement, nothing, type TemplateResult } from 'lit';
import {
  INTL_LOCALE,
  LocaleTopic,
  RouteTopic,
  SessionTopic,
  TopicController,
  type Locale,
  type RegistryEntry,
} from '@portal/shared-contracts';
import type { AreaAttention } from '../../attention/area-attention.js';
import { currentLocale, t } from '../../i18n/translate.js';
import { SignInRequestEvent, SignOutRequestEvent } from '../../events.js';
import { routeMatches } from '../../routing/resolve-route.js';
import { styles } from './shell-header.styles.js';

/**
 * The portal header: service name, language menu, sign-in or the signed-in person with sign-out,
 * and the main navigation built from the registry (collapsed behind a menu button on phones).
 *
 * @summary Header and main navigation of the portal.
 * @fires shell-sign-in-request - The sign-in button was pressed.
 * @fires shell-sign-out-request - The sign-out button was pressed.
 */
/**
 * The marks before anything told the header of them. Signed in, the links wait for them unseen,
 * their room kept: a mark arriving later widened its link and moved the ones after it (issue 22:
 * layout shift). Whatever reads the marks gives a map within a few seconds, an empty one if it must
 * (attention/area-attention.ts), so the links never wait long.
 */
const NO_MARKS_YET: AreaAttention = new Map();

export class ShellHeader extends LitElement {
  static override styles = styles;
  static override properties = {
    areas: { attribute: false },
    menuOpen: { state: true },
    busy: { type: Boolean },
    attention: { attribute: false },
  };

  declare areas: readonly RegistryEntry[];
  declare menuOpen: boolean;
  /** True while a sign-out is in flight. */
  declare busy: boolean;
  /** Tasks waiting per area (current items that ask the person to act), marked in the navigation. */
  declare attention: AreaAttention;

  private readonly locale = new TopicController(this, LocaleTopic);
  private readonly session = new TopicController(this, SessionTopic);
  private readonly route = new TopicController(this, RouteTopic, () => {
    this.menuOpen = false;
  });

  constructor() {
    super();
    this.areas = [];
    this.menuOpen = false;
    this.busy = false;
    this.attention = NO_MARKS_YET;
  }

  /** The visible count is decoration; the link's text says it in words for screen readers. */
  private mark(count: number, locale: Locale): TemplateResult | typeof nothing {
    if (count <= 0) return nothing;
    const rule = new Intl.PluralRules(INTL_LOCALE[locale]).select(count);
    const words = t(rule === 'one' ? 'tasksWaitingOne' : 'tasksWaitingOther', { count: String(count) }, locale);
    return html`<span class="mark" aria-hidden="true">${count}</span><span class="visually-hidden"> (${words})</span>`;
  }

  protected override render(): TemplateResult {
    const locale = this.locale.value?.locale ?? currentLocale();
    const session = this.session.value;
    const path = this.route.value?.path ?? window.location.pathname;
    const navAreas = this.areas.filter((area) => area.navOrder !== null);
    const waiting = navAreas.reduce((sum, area) => sum + (this.attention.get(area.area) ?? 0), 0);
    // The language menu comes last, at the edge: the session's items appear beside it once the
    // session is known, and it does not move (issue 22: layout shift).
    return html`
      <header>
        <div class="bar">
          <a class="brand" href="/">
            <span class="name">${t('serviceName', undefined, locale)}</span>
            <span class="owner">${t('serviceOwner', undefined, locale)}</span>
          </a>
          <div class="tools">
            ${
              session?.status === 'signed-in'
                ? html`<span class="person">${t('signedInAs', { name: session.person.displayName }, locale)}</span>
                  <button class="button secondary" type="button" ?disabled=${this.busy}
                    @click=${() => this.dispatchEvent(new SignOutRequestEvent())}>
                    ${this.busy ? t('signingOut', undefined, locale) : t('signOut', undefined, locale)}
                  </button>`
                : session?.status === 'signed-out'
                  ? html`<button class="button" type="button" @click=${() => this.dispatchEvent(new SignInRequestEvent())}>
                    ${t('signIn', undefined, locale)}
                  </button>`
                  : nothing
            }
            <shell-language-menu></shell-language-menu>
          </div>
        </div>
        ${
          navAreas.length > 0
            ? html`<nav aria-label=${t('mainNav', undefined, locale)}>
              <button class="menu-toggle" type="button" aria-expanded=${String(this.menuOpen)} aria-controls="nav-list"
                @click=${() => (this.menuOpen = !this.menuOpen)}>
                <span aria-hidden="true">☰</span> ${t('menu', undefined, locale)}${this.mark(waiting, locale)}
              </button>
              <ul id="nav-list" class="${this.menuOpen ? 'open' : ''} ${session?.status === 'signed-in' && this.attention === NO_MARKS_YET ? 'waiting' : ''}">
                ${navAreas.map(
                  (area) => html`<li>
                    <a href=${area.route} aria-current=${routeMatches(area.route, path) ? 'page' : 'false'}
                      >${area.names[locale]}${this.mark(this.attention.get(area.area) ?? 0, locale)}</a
                    >
                  </li>`,
                )}
              </ul>
            </nav>`
            : nothing
        }
      </header>
    `;
  }
}
