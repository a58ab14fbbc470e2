import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { LocaleTopic, PageTopic, portalBus, TopicController, type LocalizedText } from '@portal/shared-contracts';
import { currentLocale, t } from '../../i18n/translate.js';
import { ModuleLegacyEvent, ModuleRetryEvent } from '../../events.js';
import { baseStyles } from '../shared.styles.js';

/**
 * Shown in a service area's own container when its module failed to load, timed out or threw:
 * a plain-language notice and a retry. The rest of the portal keeps working. While the shell still
 * tries to load a slow module (`still-trying`), the notice says so instead of claiming a failure.
 *
 * @summary Load-failure notice of one service area.
 * @fires shell-module-retry - The retry button was pressed.
 * @fires shell-module-legacy - The person chose the area's legacy pages instead (offered only while the area has them).
 */
export class ShellModuleError extends LitElement {
  static override styles = baseStyles;
  static override properties = {
    names: { attribute: false },
    area: {},
    legacyAvailable: { type: Boolean, attribute: 'legacy-available' },
    stillTrying: { type: Boolean, attribute: 'still-trying' },
  };
  declare names: LocalizedText | undefined;
  /** The area still has its legacy Oma asiointi pages: offer them instead of waiting. */
  declare legacyAvailable: boolean;
  /** The failed area's id: the notice stands in for its page, title included. */
  declare area: string;
  /**
   * The module has not loaded yet, and the shell keeps trying behind the notice. Set to false when
   * the last attempt gives up: the same notice then says the area did not load.
   */
  declare stillTrying: boolean;

  private readonly locale = new TopicController(this, LocaleTopic);

  constructor() {
    super();
    this.names = undefined;
    this.area = '';
    this.legacyAvailable = false;
    this.stillTrying = false;
  }

  protected override updated(): void {
    if (this.area) portalBus.publish(PageTopic, { area: this.area, title: this.headingText() });
  }

  private headingText(): string {
    const locale = this.locale.value?.locale ?? currentLocale();
    return t(this.stillTrying ? 'moduleSlowTitle' : 'moduleErrorTitle', { area: this.names?.[locale] ?? '' }, locale);
  }

  protected override render(): TemplateResult {
    const locale = this.locale.value?.locale ?? currentLocale();
    // Both live regions are always there and only their text changes, so the buttons stay the same
    // elements when the notice turns from "still trying" into a failure: a person who is on the
    // retry button keeps their focus. "Still trying" is news, not an emergency: said politely
    // (status); a failure interrupts (alert), as it always has.
    return html`
      <h1 tabindex="-1">${this.headingText()}</h1>
      <div class=${this.stillTrying ? 'notice' : 'notice error'}>
        <div role="status">${this.stillTrying ? html`<p>${t('moduleSlowText', undefined, locale)}</p>` : nothing}</div>
        <div role="alert">${this.stillTrying ? nothing : html`<p>${t('moduleErrorText', undefined, locale)}</p>`}</div>
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
