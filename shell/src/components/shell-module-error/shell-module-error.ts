import { html, LitElement, type TemplateResult } from 'lit';
import { LocaleTopic, PageTopic, portalBus, TopicController, type LocalizedText } from '@portal/shared-contracts';
import { currentLocale, t } from '../../i18n/translate.js';
import { ModuleRetryEvent } from '../../events.js';
import { baseStyles } from '../shared.styles.js';

/**
 * Shown in a service area's own container when its module failed to load, timed out or threw:
 * a plain-language notice and a retry. The rest of the portal keeps working.
 *
 * @summary Load-failure notice of one service area.
 * @fires shell-module-retry - The retry button was pressed.
 */
export class ShellModuleError extends LitElement {
  static override styles = baseStyles;
  static override properties = { names: { attribute: false }, area: {} };
  declare names: LocalizedText | undefined;
  /** The failed area's id: the notice stands in for its page, title included. */
  declare area: string;

  private readonly locale = new TopicController(this, LocaleTopic);

  constructor() {
    super();
    this.names = undefined;
    this.area = '';
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
      </div>
    `;
  }
}
