import { html, LitElement, type TemplateResult } from 'lit';
import { LOCALES, LocaleTopic, TopicController, type Locale } from '@portal/shared-contracts';
import { LANGUAGE_NAMES } from '../../i18n/messages.js';
import { currentLocale, t } from '../../i18n/translate.js';
import { LocaleSelectEvent } from '../../events.js';
import { styles } from './shell-language-menu.styles.js';

/**
 * The language menu: a disclosure button and a list of the three languages, each named in itself
 * and marked with its own `lang`, so a screen reader pronounces it right.
 *
 * @summary Language switcher of the portal header.
 * @fires shell-locale-select - The person chose a language (LocaleSelectEvent).
 */
export class ShellLanguageMenu extends LitElement {
  static override styles = styles;
  static override properties = { open: { state: true } };
  declare open: boolean;

  private readonly locale = new TopicController(this, LocaleTopic);

  constructor() {
    super();
    this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.onDocumentClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.onDocumentClick);
  }

  private readonly onDocumentClick = (event: MouseEvent): void => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  private toggle(): void {
    this.open = !this.open;
    if (this.open) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('[aria-current="true"]')?.focus());
    }
  }

  private close(focusToggle: boolean): void {
    this.open = false;
    if (focusToggle) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.toggle')?.focus());
  }

  private choose(locale: Locale): void {
    this.dispatchEvent(new LocaleSelectEvent(locale));
    this.close(true);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      this.close(true);
    }
  }

  protected override render(): TemplateResult {
    const active = this.locale.value?.locale ?? currentLocale();
    return html`
      <div class="menu" @keydown=${this.onKeydown}>
        <button class="toggle" type="button" aria-expanded=${String(this.open)} aria-controls="languages" @click=${this.toggle}>
          <svg class="globe" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
            <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="1.8" />
            <path d="M2.5 12h19M12 2.5c2.6 2.7 3.9 5.9 3.9 9.5s-1.3 6.8-3.9 9.5M12 2.5C9.4 5.2 8.1 8.4 8.1 12s1.3 6.8 3.9 9.5" fill="none" stroke="currentColor" stroke-width="1.8" />
          </svg>
          <span><span class="prefix">${t('languageMenu', undefined, active)}</span> ${LANGUAGE_NAMES[active]}</span>
        </button>
        <ul id="languages" ?hidden=${!this.open} aria-label=${t('languageMenuLabel', undefined, active)}>
          ${LOCALES.map(
            (locale) => html`<li>
              <button
                type="button"
                lang=${locale}
                aria-current=${locale === active ? 'true' : 'false'}
                @click=${() => this.choose(locale)}
              >
                ${LANGUAGE_NAMES[locale]}
              </button>
            </li>`,
          )}
        </ul>
      </div>
    `;
  }
}
