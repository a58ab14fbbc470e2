import { html, LitElement, type TemplateResult } from 'lit';
import { LocaleTopic, TopicController } from '@portal/shared-contracts';
import { currentLocale, t } from '../../i18n/translate.js';
import { styles } from './shell-footer.styles.js';

/**
 * The portal footer: the terms of use, the privacy statement (in its own window, as the terms
 * say) and the accessibility statement (Act 306/2019).
 *
 * @summary Footer of the portal.
 */
export class ShellFooter extends LitElement {
  static override styles = styles;
  private readonly locale = new TopicController(this, LocaleTopic);

  protected override render(): TemplateResult {
    const locale = this.locale.value?.locale ?? currentLocale();
    return html`
      <footer>
        <div class="inner">
          <nav aria-label=${t('footerNav', undefined, locale)}>
            <ul>
              <li><a href="/terms">${t('terms', undefined, locale)}</a></li>
              <li>
                <a href="/privacy" target="_blank" rel="noopener">
                  ${t('privacy', undefined, locale)} <span class="hint">${t('privacyNewWindow', undefined, locale)}</span>
                </a>
              </li>
              <li><a href="/accessibility">${t('accessibility', undefined, locale)}</a></li>
            </ul>
          </nav>
          <p>${t('footerProvider', undefined, locale)}</p>
        </div>
      </footer>
    `;
  }
}
