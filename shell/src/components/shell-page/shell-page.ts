import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { LocaleTopic, TopicController, type Locale } from '@portal/shared-contracts';
import { currentLocale, t } from '../../i18n/translate.js';
import { SignInRequestEvent } from '../../events.js';
import type { View } from '../../routing/resolve-route.js';
import { styles } from './shell-page.styles.js';

/** One-shot notices about the session, shown above the front page or the sign-in page. */
export const LandingNotice = {
  signInCancelled: 'sign-in-cancelled',
  signedOut: 'signed-out',
  expired: 'expired',
  signedOutElsewhere: 'signed-out-elsewhere',
} as const;

const NOTICE_TEXT = {
  [LandingNotice.signInCancelled]: 'noticeSignInCancelled',
  [LandingNotice.signedOut]: 'noticeSignedOut',
  [LandingNotice.expired]: 'noticeExpired',
  [LandingNotice.signedOutElsewhere]: 'noticeSignedOutElsewhere',
} as const;
export type LandingNotice = (typeof LandingNotice)[keyof typeof LandingNotice];

/** The title of a page the shell draws itself, for `document.title`. */
export function shellViewTitle(view: View, locale: Locale, registryFailed = false): string {
  if (registryFailed) return t('registryErrorTitle', undefined, locale);
  switch (view.kind) {
    case 'landing':
      return t('landingTitle', undefined, locale);
    case 'not-found':
      return t('notFoundTitle', undefined, locale);
    case 'sign-in-required':
      return t('signInRequiredTitle', undefined, locale);
    case 'info':
      return t(view.page, undefined, locale);
    default:
      return t('loading', undefined, locale);
  }
}

/**
 * The pages the shell draws itself in the main region: the signed-out front page, sign-in
 * required, not found, loading, the info pages, and the notice when the registry is unreachable.
 *
 * @summary The shell's own pages.
 * @fires shell-sign-in-request - A sign-in button was pressed.
 */
export class ShellPage extends LitElement {
  static override styles = styles;
  static override properties = {
    view: { attribute: false },
    notice: {},
    registryFailed: { type: Boolean, attribute: 'registry-failed' },
  };

  declare view: View;
  declare notice: LandingNotice | undefined;
  declare registryFailed: boolean;

  private readonly locale = new TopicController(this, LocaleTopic);

  constructor() {
    super();
    this.view = { kind: 'loading' };
    this.notice = undefined;
    this.registryFailed = false;
  }

  private get language(): Locale {
    return this.locale.value?.locale ?? currentLocale();
  }

  protected override render(): TemplateResult | typeof nothing {
    const locale = this.language;
    if (this.registryFailed) {
      return html`<h1 tabindex="-1">${t('registryErrorTitle', undefined, locale)}</h1>
        <p class="notice error" role="alert">${t('registryErrorText', undefined, locale)}</p>`;
    }
    const view = this.view;
    switch (view.kind) {
      case 'landing':
        return this.renderLanding(locale);
      case 'not-found':
        return html`<h1 tabindex="-1">${t('notFoundTitle', undefined, locale)}</h1>
          <p>${t('notFoundText', { path: view.path }, locale)}</p>
          <p><a class="button" href="/">${t('backToFront', undefined, locale)}</a></p>`;
      case 'sign-in-required':
        return html`${this.renderNotice(locale)}<h1 tabindex="-1">${t('signInRequiredTitle', undefined, locale)}</h1>
          <p>${t('signInRequiredText', { area: view.entry.names[locale] }, locale)}</p>
          <p>${this.signInButton(locale)}</p>`;
      case 'info':
        return html`<shell-info-page page=${view.page} .from=${view.from}></shell-info-page>`;
      case 'loading':
        return html`<p class="loading" role="status">${t('loading', undefined, locale)}</p>`;
      default:
        return nothing;
    }
  }

  private signInButton(locale: Locale): TemplateResult {
    return html`<button class="button" type="button" @click=${() => this.dispatchEvent(new SignInRequestEvent())}>
      ${t('signIn', undefined, locale)}
    </button>`;
  }

  private renderNotice(locale: Locale): TemplateResult | typeof nothing {
    if (!this.notice) return nothing;
    return html`<div class="notice" role="status">
      <p>${t(NOTICE_TEXT[this.notice], undefined, locale)}</p>
      <button class="link" type="button" @click=${() => (this.notice = undefined)}>${t('noticeDismiss', undefined, locale)}</button>
    </div>`;
  }

  private renderLanding(locale: Locale): TemplateResult {
    return html`
      ${this.renderNotice(locale)}
      <h1 tabindex="-1">${t('landingTitle', undefined, locale)}</h1>
      <p class="lead">${t('landingLead', undefined, locale)}</p>
      <div class="columns">
        <section class="card" aria-labelledby="sign-in-heading">
          <h2 id="sign-in-heading">${t('landingSignInHeading', undefined, locale)}</h2>
          <p>${t('landingSignInText', undefined, locale)}</p>
          <p>${this.signInButton(locale)}</p>
          <p class="small">${t('landingCookies', undefined, locale)}</p>
        </section>
        <section aria-labelledby="what-heading">
          <h2 id="what-heading">${t('landingWhatHeading', undefined, locale)}</h2>
          <ul>
            <li>${t('landingWhat1', undefined, locale)}</li>
            <li>${t('landingWhat2', undefined, locale)}</li>
            <li>${t('landingWhat3', undefined, locale)}</li>
            <li>${t('landingWhat4', undefined, locale)}</li>
          </ul>
        </section>
      </div>
    `;
  }
}
