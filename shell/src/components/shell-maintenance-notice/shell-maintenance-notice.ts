import { html, LitElement, nothing, type TemplateResult } from 'lit';
import {
  formatDate,
  formatMessage,
  formatTime,
  LocaleTopic,
  TopicController,
  type Locale,
  type LocalizedText,
} from '@portal/shared-contracts';
import { activeBreakFor, appliesTo, isActive, type PublicMaintenance } from '@portal/shared-contracts/maintenance-public';
import { currentLocale } from '../../i18n/translate.js';
import { maintenanceMessages } from './shell-maintenance-notice.messages.js';
import { styles } from './shell-maintenance-notice.styles.js';

/**
 * Maintenance breaks as people read them. `placement="banner"` (first in the main region): the
 * breaks announced or going on, all of them on the shell's own pages (`area` null), those that
 * touch the area on an area's page, except the one shown in its place. `placement="area"`: in the
 * area's own container, in place of its module while a break keeps it out of use: the message and
 * when it ends (the module stays mounted behind it, so it is back without a reload).
 *
 * @summary A maintenance break's announcement, or the notice shown in place of an area.
 */
export class ShellMaintenanceNotice extends LitElement {
  static override styles = styles;
  static override properties = {
    items: { attribute: false },
    area: {},
    names: { attribute: false },
    placement: { reflect: true },
    now: { type: Number },
  };

  /** The breaks announced or going on (the registry's `maintenance`, parsed). */
  declare items: readonly PublicMaintenance[];
  /** The area on screen, or null on the shell's own pages. */
  declare area: string | null;
  /** The areas' names, by area. */
  declare names: Readonly<Record<string, LocalizedText>>;
  declare placement: 'banner' | 'area';
  /** The moment the notice is about (ms); the wiring moves it at each break's start and end. */
  declare now: number;

  private readonly locale = new TopicController(this, LocaleTopic);

  constructor() {
    super();
    this.items = [];
    this.area = null;
    this.names = {};
    this.placement = 'banner';
    this.now = Date.now();
  }

  private get language(): Locale {
    return this.locale.value?.locale ?? currentLocale();
  }

  /** A moment as the language writes it, in Finnish time: "10.12.2026 klo 2.00", "10 December 2026 at 02:00". */
  private at(value: string, locale: Locale): string {
    return formatMessage(maintenanceMessages[locale].at, { date: formatDate(value, locale), time: formatTime(value, locale) });
  }

  private areaName(item: Pick<PublicMaintenance, 'area'>, locale: Locale): string {
    return item.area === null ? maintenanceMessages[locale].portal : (this.names[item.area]?.[locale] ?? item.area);
  }

  protected override render(): TemplateResult | typeof nothing {
    return this.placement === 'area' ? this.renderInPlace() : this.renderBanner();
  }

  private renderInPlace(): TemplateResult | typeof nothing {
    const item = this.area === null ? undefined : activeBreakFor(this.items, this.area, this.now);
    if (!item) return nothing;
    const locale = this.language;
    const t = maintenanceMessages[locale];
    return html`<div class="in-place">
      <h1 tabindex="-1">${formatMessage(t.title, { area: this.areaName(item, locale) })}</h1>
      <p lang=${locale}>${item.message[locale]}</p>
      <p><strong>${formatMessage(t.until, { end: this.at(item.endsAt, locale) })}</strong></p>
      <p>${item.area === null ? t.restPortal : t.restArea}</p>
    </div>`;
  }

  private renderBanner(): TemplateResult | typeof nothing {
    const area = this.area;
    const inPlace = area === null ? undefined : activeBreakFor(this.items, area, this.now);
    const shown = this.items.filter(
      (item) => item !== inPlace && Date.parse(item.endsAt) > this.now && (area === null || appliesTo(item, area)),
    );
    if (shown.length === 0) return nothing;
    const locale = this.language;
    const t = maintenanceMessages[locale];
    return html`<section aria-labelledby="maintenance-heading">
      <h2 id="maintenance-heading" class="visually-hidden">${t.label}</h2>
      <ul>
        ${shown.map(
          (item) =>
            html`<li>
              <p>
                <strong
                  >${formatMessage(isActive(item, this.now) ? t.ongoing : t.announced, {
                    area: this.areaName(item, locale),
                    start: this.at(item.startsAt, locale),
                    end: this.at(item.endsAt, locale),
                  })}</strong
                >
              </p>
              <p>${item.message[locale]}</p>
            </li>`,
        )}
      </ul>
    </section>`;
  }
}
