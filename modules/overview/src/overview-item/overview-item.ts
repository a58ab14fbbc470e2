import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { DEFAULT_LOCALE, formatDate, formatMessage, type CurrentItem, type Locale } from '@portal/shared-contracts';
import { messages } from '../messages.js';

/**
 * One current item on the front page: what it is, what to do and by when, linking into its area.
 *
 * @summary A current item contributed by a service area.
 * @cssprop --portal-color-primary - Accent of items that ask for action.
 */
export class OverviewItem extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    article {
      border: 1px solid var(--portal-color-border-light, #d0d0d0);
      border-left: 6px solid var(--portal-color-border, #8a8a8a);
      border-radius: 4px;
      padding: 0.75rem 1rem;
    }
    article.action {
      border-left-color: var(--portal-color-primary, #0a58ca);
    }
    .kind {
      font-size: 0.9rem;
      font-weight: 600;
      text-transform: uppercase;
      letter-spacing: 0.03em;
      color: var(--portal-color-text-muted, #4a4a4a);
      margin: 0;
    }
    h3 {
      font-size: 1.15rem;
      margin: 0.25rem 0;
    }
    a {
      color: var(--portal-color-link, #0a4fb3);
    }
    a:focus-visible {
      outline: 3px solid var(--portal-color-focus, #0a58ca);
      outline-offset: 3px;
    }
    p {
      margin: 0.25rem 0;
    }
    .due {
      font-weight: 600;
    }
  `;
  static override properties = {
    item: { attribute: false },
    locale: {},
    areaName: { attribute: 'area-name' },
  };

  declare item: CurrentItem | undefined;
  declare locale: Locale;
  /** The contributing area's name in the current language. */
  declare areaName: string;

  constructor() {
    super();
    this.item = undefined;
    this.locale = DEFAULT_LOCALE;
    this.areaName = '';
  }

  protected override render(): TemplateResult | typeof nothing {
    const item = this.item;
    if (!item) return nothing;
    const text = messages[this.locale];
    return html`<article class=${item.urgency}>
      <p class="kind">${text[`kind.${item.kind}`]}${this.areaName ? ` · ${this.areaName}` : ''}</p>
      <h3><a href=${item.href}>${item.title[this.locale]}</a></h3>
      ${item.description ? html`<p>${item.description[this.locale]}</p>` : nothing}
      ${item.dueDate ? html`<p class="due">${formatMessage(text.due, { date: formatDate(item.dueDate, this.locale) })}</p>` : nothing}
    </article>`;
  }
}
