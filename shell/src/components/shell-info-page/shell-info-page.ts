import { html, LitElement, type TemplateResult } from 'lit';
import { LocaleTopic, TopicController } from '@portal/shared-contracts';
import { currentLocale, t } from '../../i18n/translate.js';
import type { InfoPage } from '../../routing/resolve-route.js';
import { baseStyles } from '../shared.styles.js';

/** Placeholder until the info page content lands (terms, privacy, accessibility). */
export class ShellInfoPage extends LitElement {
  static override styles = baseStyles;
  static override properties = { page: {} };
  declare page: InfoPage;
  private readonly locale = new TopicController(this, LocaleTopic);

  constructor() {
    super();
    this.page = 'terms';
  }

  protected override render(): TemplateResult {
    const locale = this.locale.value?.locale ?? currentLocale();
    return html`<h1 tabindex="-1">${t(this.page, undefined, locale)}</h1>`;
  }
}
