import { html, LitElement, nothing, type TemplateResult } from 'lit';
import {
  CurrentItemsResponseSchema,
  CustomerTopic,
  DEFAULT_LOCALE,
  fetchJson,
  formatMessage,
  LocaleTopic,
  PageTopic,
  portalBus,
  RegistrySchema,
  SessionTopic,
  TopicController,
  type CurrentItem,
  type Locale,
  type RegistryEntry,
} from '@portal/shared-contracts';
import { messages, type MessageKey } from '../messages.js';
import { styles } from './overview-app.styles.js';

/** What one area answered: its items, or a failure that stays in that area's row. */
interface AreaResult {
  readonly entry: RegistryEntry;
  readonly items: readonly CurrentItem[];
  readonly failed: boolean;
}

/** Items that ask for action first, then by due date, then by title. */
export function sortItems(items: readonly CurrentItem[], locale: Locale): CurrentItem[] {
  return [...items].sort(
    (a, b) =>
      (a.urgency === 'action' ? 0 : 1) - (b.urgency === 'action' ? 0 : 1) ||
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
      a.title[locale].localeCompare(b.title[locale], locale),
  );
}

/**
 * The signed-in front page: greets the person and gathers the current items that every service
 * area contributes through the `currentItemsUrl` of its registry entry. A new area plugs in by
 * registry data alone; an area that fails to answer shows a notice in its own row.
 *
 * @summary The signed-in front page ("Etusivu").
 */
export class OverviewApp extends LitElement {
  static override styles = styles;
  static override properties = {
    basePath: { attribute: 'base-path' },
    results: { state: true },
    loading: { state: true },
    registryFailed: { state: true },
  };

  declare basePath: string;
  declare results: readonly AreaResult[];
  declare loading: boolean;
  declare registryFailed: boolean;

  private readonly locale = new TopicController(this, LocaleTopic, () => this.announcePage());
  private readonly customer = new TopicController(this, CustomerTopic);
  private readonly session = new TopicController(this, SessionTopic, (value) => {
    if (value.status === 'signed-in') void this.loadItems();
  });

  constructor() {
    super();
    this.basePath = '/';
    this.results = [];
    this.loading = false;
    this.registryFailed = false;
  }

  private get language(): Locale {
    return this.locale.value?.locale ?? DEFAULT_LOCALE;
  }

  private t(key: MessageKey, params?: Record<string, string>): string {
    return formatMessage(messages[this.language][key], params);
  }

  protected override firstUpdated(): void {
    this.announcePage();
  }

  private announcePage(): void {
    if (this.hasUpdated) portalBus.publish(PageTopic, { area: 'overview', title: this.t('pageTitle') });
  }

  /** Asks every area with a `currentItemsUrl` at once; one slow or broken area holds up no other. */
  async loadItems(): Promise<void> {
    this.loading = true;
    this.registryFailed = false;
    try {
      const registry = await fetchJson('/api/registry', RegistrySchema);
      const contributing = registry.areas.filter((entry) => entry.currentItemsUrl !== null);
      this.results = await Promise.all(contributing.map((entry) => this.loadArea(entry)));
    } catch (error) {
      console.error('The registry for current items could not be loaded', error);
      this.registryFailed = true;
    } finally {
      this.loading = false;
    }
  }

  private async loadArea(entry: RegistryEntry): Promise<AreaResult> {
    try {
      const response = await fetchJson(entry.currentItemsUrl ?? '', CurrentItemsResponseSchema);
      return { entry, items: response.items, failed: false };
    } catch {
      return { entry, items: [], failed: true };
    }
  }

  private async retryArea(area: string): Promise<void> {
    const index = this.results.findIndex((result) => result.entry.area === area);
    const current = this.results[index];
    if (!current) return;
    const next = await this.loadArea(current.entry);
    this.results = this.results.map((result, i) => (i === index ? next : result));
  }

  protected override render(): TemplateResult {
    const customer = this.customer.value?.customer;
    const locale = this.language;
    const items = sortItems(
      this.results.flatMap((result) => result.items),
      locale,
    );
    const namesByArea = new Map(this.results.map((result) => [result.entry.area, result.entry.names[locale]]));
    const failed = this.results.filter((result) => result.failed);
    return html`
      <h1 tabindex="-1">${customer ? this.t('greeting', { name: customer.firstName }) : this.t('greetingAnonymous')}</h1>
      <p>${this.t('intro')}</p>
      <section aria-labelledby="current" aria-busy=${String(this.loading)}>
        <h2 id="current">${this.t('currentHeading')}</h2>
        ${this.loading ? html`<p role="status">${this.t('loading')}</p>` : nothing}
        ${this.registryFailed
          ? html`<div class="notice" role="alert">
              <p>${this.t('registryFailed')}</p>
              <button type="button" @click=${() => void this.loadItems()}>${this.t('retry')}</button>
            </div>`
          : nothing}
        ${failed.map(
          (result) => html`<div class="notice" role="alert">
            <p>${this.t('areaFailed', { area: result.entry.names[locale] })}</p>
            <button type="button" @click=${() => void this.retryArea(result.entry.area)}>${this.t('retry')}</button>
          </div>`,
        )}
        ${!this.loading && !this.registryFailed && items.length === 0 && failed.length === 0
          ? html`<p>${this.t('empty')}</p>`
          : nothing}
        ${items.length > 0
          ? html`<ul>
              ${items.map(
                (item) => html`<li>
                  <overview-item .item=${item} locale=${locale} area-name=${namesByArea.get(item.area) ?? ''}></overview-item>
                </li>`,
              )}
            </ul>`
          : nothing}
      </section>
    `;
  }
}
