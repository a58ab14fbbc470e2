import { html, LitElement, type TemplateResult } from 'lit';
import { LocaleTopic, PageTopic, portalBus, TopicController, type LocalizedText } from '@portal/shared-contracts';
import { currentLocale, t } from '../../i18n/translate.js';
import { ModuleLegacyEvent, ModuleRetryEvent } from '../../events.js';
import { baseStyles } from '../shared.styles.js';

/**
 * Shown in a service area's own container when its module failed to load, timed out or threw:
 * a plain-language notice and a retry. The rest of the portal keeps working.
 *
 * @summary Load-failure notice of one service area.
 * @fires shell-module-retry - The retry button was pressed.
 * @fires shell-module-legacy - The person chose the area's legacy pages instead (offered only while the area has them).
 */
export class ShellModuleError extends LitElement {
  static override styles = baseStyles;
  static override properties = { names: { attribute: false }, area: {}, legacyAvailable: { type: Boolean, attribute: 'legacy-available' } };
  declare names: LocalizedText | undefined;
  /** The area still has its legacy Oma asiointi pages: offer them instead of waiting. */
  declare legacyAvailable: boolean;
  /** The failed area's id: the notice stands in for its page, title included. */
  declare area: string;

  private readonly locale = new TopicController(this, LocaleTopic);

  constructor() {
    super();
    this.names = undefined;
    this.area = '';
    this.legacyAvailable = false;
  }

  protected override updated(): void {
    if (this.area) portalBus.publish(PageTopic, { area: this.area, title: this.headingText() });
  }

  private headingText(): string {
    const locale = this.locale.value?.locale ?? currentLocale();
    return t('moduleErrorTitle', { area: this.names?.[locale] ?? '' }, locale);
  }

  protected override render(): TemplateResult {
    const locale = this.locale.value?.locale ?? currentLocale();
    return html`
      <h1 tabindex="-1">${this.headingText()}</h1>
      <div class="notice error" role="alert">
        <p>${t('moduleErrorText', undefined, locale)}</p>
        <button class="button" type="button" @click=${() => this.dispatchEvent(new ModuleRetryEvent())}>
          ${t('retry', undefined, locale)}
        </button>
        ${
          this.legacyAvailable
            ? html`<button class="button secondary" type="button" @click=${() => this.dispatchEvent(new ModuleLegacyEvent())}>
              ${t('useLegacy', undefined, locale)}
            </button>`
            : ''
        }
      </div>
    `;
  }
}
