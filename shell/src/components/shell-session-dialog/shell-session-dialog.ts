import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { LocaleTopic, TopicController } from '@portal/shared-contracts';
import { currentLocale, t } from '../../i18n/translate.js';
import { SessionContinueEvent, SignInRequestEvent, SignOutRequestEvent } from '../../events.js';
import { styles } from './shell-session-dialog.styles.js';

/** "1:59": minutes and seconds left. */
export function formatTimeLeft(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The session timeout warning (WCAG 2.2.1): a modal dialog, shown before the session ends, that
 * lets the person continue with one action. Focus goes to "continue" and stays in the dialog;
 * Escape also continues.
 *
 * @summary Session timeout warning.
 * @fires shell-session-continue - The person chose to continue (SessionContinueEvent).
 * @fires shell-sign-out-request - The person chose to sign out.
 * @fires shell-sign-in-request - The session cannot be extended and the person chose to sign in again.
 */
export class ShellSessionDialog extends LitElement {
  static override styles = styles;
  static override properties = {
    endsAt: { attribute: false },
    canExtend: { type: Boolean, attribute: 'can-extend' },
    open: { type: Boolean, reflect: true },
    now: { state: true },
  };

  declare endsAt: Date | undefined;
  declare canExtend: boolean;
  declare open: boolean;
  declare now: number;

  private readonly locale = new TopicController(this, LocaleTopic);
  private ticker: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.endsAt = undefined;
    this.canExtend = true;
    this.open = false;
    this.now = Date.now();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.open && !dialog.open) {
      this.now = Date.now();
      this.ticker = setInterval(() => (this.now = Date.now()), 1000);
      dialog.showModal();
      this.renderRoot.querySelector<HTMLButtonElement>('button.primary')?.focus();
    } else if (!this.open && dialog.open) {
      clearInterval(this.ticker);
      dialog.close();
    }
  }

  /**
   * Escape (a close request) closes a modal dialog, and browsers may refuse to let it be prevented.
   * Closing the warning must not cost the session, so a close the shell did not ask for continues.
   */
  private onClose(): void {
    if (!this.open) return;
    clearInterval(this.ticker);
    this.open = false;
    if (this.canExtend) this.dispatchEvent(new SessionContinueEvent());
  }

  protected override render(): TemplateResult {
    const locale = this.locale.value?.locale ?? currentLocale();
    const time = formatTimeLeft((this.endsAt?.getTime() ?? this.now) - this.now);
    return html`
      <dialog aria-labelledby="title" aria-describedby="text" @close=${this.onClose}>
        <h2 id="title">${t('sessionWarningTitle', undefined, locale)}</h2>
        <p id="text">
          ${this.canExtend ? t('sessionWarningText', { time }, locale) : t('sessionWarningFinal', { time }, locale)}
        </p>
        <div class="actions">
          ${
            this.canExtend
              ? html`<button class="button primary" type="button" @click=${() => this.dispatchEvent(new SessionContinueEvent())}>
                ${t('sessionContinue', undefined, locale)}
              </button>`
              : html`<button class="button primary" type="button" @click=${() => this.dispatchEvent(new SignInRequestEvent())}>
                ${t('sessionSignInAgain', undefined, locale)}
              </button>`
          }
          <button class="button secondary" type="button" @click=${() => this.dispatchEvent(new SignOutRequestEvent())}>
            ${t('signOut', undefined, locale)}
          </button>
        </div>
      </dialog>
    `;
  }
}
