import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { INTL_LOCALE, type CurrentItem, type Locale } from '@portal/shared-contracts';
import { daysBetween, helsinkiToday, LocaleController } from '@portal/ui-kit/page';
import { baseStyles } from '@portal/ui-kit/styles';
import { messages } from './overview-item.messages.js';
import { styles } from './overview-item.styles.js';

/**
 * One current item on the front page: what it is, what to do and by when, linking into its area.
 *
 * @summary A current item contributed by a service area.
 * @cssprop --portal-color-primary - Accent of items that ask for action.
 */
export class OverviewItem extends LitElement {
  static override styles = [baseStyles, styles];
  static override properties = {
    item: { attribute: false },
    locale: {},
    areaName: { attribute: 'area-name' },
    today: {},
  };

  declare item: CurrentItem | undefined;
  /** The language the front page speaks; the portal's (from the bus) when none is given. */
  declare locale: Locale | undefined;
  /** The contributing area's name in the current language. */
  declare areaName: string;
  /** Today in Finland (yyyy-mm-dd), from which the days left are counted; settable for tests. */
  declare today: string;

  private readonly i18n = new LocaleController(this, messages, { override: () => this.locale });

  constructor() {
    super();
    this.item = undefined;
    this.locale = undefined;
    this.areaName = '';
    this.today = helsinkiToday();
  }

  /** "2 days left", "due today" or "passed": a date alone makes the person do the sum. */
  private daysLeft(dueDate: string): string {
    const days = daysBetween(this.today, dueDate);
    if (days < 0) return this.i18n.t('duePassed');
    if (days === 0) return this.i18n.t('dueToday');
    const rule = new Intl.PluralRules(INTL_LOCALE[this.i18n.language]).select(days);
    return this.i18n.t(rule === 'one' ? 'dueInOne' : 'dueInOther', { days });
  }

  protected override render(): TemplateResult | typeof nothing {
    const item = this.item;
    if (!item) return nothing;
    const t = this.i18n.t.bind(this.i18n);
    const language = this.i18n.language;
    return html`<article class=${item.urgency}>
      <p class="kind">${t(`kind.${item.kind}`)}${this.areaName ? ` · ${this.areaName}` : ''}</p>
      <h3><a href=${item.href}>${item.title[language]}</a></h3>
      ${item.description ? html`<p>${item.description[language]}</p>` : nothing}
      ${
        item.dueDate
          ? html`<p class="due ${daysBetween(this.today, item.dueDate) < 0 ? 'passed' : ''}">
            ${t('due', { date: this.i18n.date(item.dueDate) })}. ${this.daysLeft(item.dueDate)}
          </p>`
          : nothing
      }
    </article>`;
  }
}
