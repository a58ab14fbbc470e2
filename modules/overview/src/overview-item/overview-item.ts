import { html, LitElement, nothing, type TemplateResult } from 'lit';
import {
  daysBetween,
  DEFAULT_LOCALE,
  formatDate,
  formatMessage,
  helsinkiToday,
  INTL_LOCALE,
  type CurrentItem,
  type Locale,
} from '@portal/shared-contracts';
import { messages } from '../messages.js';
import { styles } from './overview-item.styles.js';

/**
 * One current item on the front page: what it is, what to do and by when, linking into its area.
 *
 * @summary A current item contributed by a service area.
 * @cssprop --portal-color-primary - Accent of items that ask for action.
 */
export class OverviewItem extends LitElement {
  static override styles = styles;
  static override properties = {
    item: { attribute: false },
    locale: {},
    areaName: { attribute: 'area-name' },
    today: {},
  };

  declare item: CurrentItem | undefined;
  declare locale: Locale;
  /** The contributing area's name in the current language. */
  declare areaName: string;
  /** Today in Finland (yyyy-mm-dd), from which the days left are counted; settable for tests. */
  declare today: string;

  constructor() {
    super();
    this.item = undefined;
    this.locale = DEFAULT_LOCALE;
    this.areaName = '';
    this.today = helsinkiToday();
  }

  /** "2 days left", "due today" or "passed": a date alone makes the person do the sum. */
  private daysLeft(dueDate: string): string {
    const text = messages[this.locale];
    const days = daysBetween(this.today, dueDate);
    if (days < 0) return text.duePassed;
    if (days === 0) return text.dueToday;
    const rule = new Intl.PluralRules(INTL_LOCALE[this.locale]).select(days);
    return formatMessage(rule === 'one' ? text.dueInOne : text.dueInOther, { days: String(days) });
  }

  protected override render(): TemplateResult | typeof nothing {
    const item = this.item;
    if (!item) return nothing;
    const text = messages[this.locale];
    return html`<article class=${item.urgency}>
      <p class="kind">${text[`kind.${item.kind}`]}${this.areaName ? ` · ${this.areaName}` : ''}</p>
      <h3><a href=${item.href}>${item.title[this.locale]}</a></h3>
      ${item.description ? html`<p>${item.description[this.locale]}</p>` : nothing}
      ${item.dueDate
        ? html`<p class="due ${daysBetween(this.today, item.dueDate) < 0 ? 'passed' : ''}">
            ${formatMessage(text.due, { date: formatDate(item.dueDate, this.locale) })}. ${this.daysLeft(item.dueDate)}
          </p>`
        : nothing}
    </article>`;
  }
}
