import { html, LitElement, nothing, type TemplateResult } from 'lit';
import {
  CurrentItemsResponseSchema,
  CustomerTopic,
  fetchJson,
  PageTopic,
  portalBus,
  RegistrySchema,
  SessionTopic,
  TopicController,
  type CurrentItem,
  type Locale,
  type RegistryEntry,
} from '@portal/shared-contracts';
import { LoadController, LoadState, LocaleController, notice } from '@portal/ui-kit/page';
import { baseStyles } from '@portal/ui-kit/styles';
import { AREA, DEFAULT_BASE_PATH, REGISTRY_PATH } from '../area.js';
import { messages } from './overview-app.messages.js';
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

/** One area's current items; a failure (an error, an answer that breaks the contract) stays that area's. */
async function readArea(entry: RegistryEntry, signal?: AbortSignal): Promise<AreaResult> {
  try {
    const response = await fetchJson(entry.currentItemsUrl ?? '', CurrentItemsResponseSchema, signal ? { signal } : {});
    return { entry, items: response.items, failed: false };
  } catch {
    return { entry, items: [], failed: true };
  }
}

/**
 * The signed-in front page: greets the person and gathers the current items that every service
 * area contributes through the `currentItemsUrl` of its registry entry. A new area plugs in by
 * registry data alone; an area that fails to answer shows a notice in its own row.
 *
 * @summary The signed-in front page ("Etusivu").
 */
export class OverviewApp extends LitElement {
  static override styles = [baseStyles, styles];
  static override properties = {
    basePath: { attribute: 'base-path' },
  };

  declare basePath: string;

  private readonly i18n = new LocaleController(this, messages, { changed: () => this.announcePage() });
  private readonly customer = new TopicController(this, CustomerTopic);
  private readonly session = new TopicController(this, SessionTopic);
  /** Asks every area with a `currentItemsUrl` at once, on every sign-in; one slow or broken area holds up no other. */
  private readonly areas = new LoadController(this, {
    args: () => {
      const session = this.session.value;
      return session?.status === 'signed-in' ? [session] : undefined;
    },
    task: async (_args, signal) => {
      const registry = await fetchJson(REGISTRY_PATH, RegistrySchema, { signal });
      const contributing = registry.areas.filter((entry) => entry.currentItemsUrl !== null);
      return Promise.all(contributing.map((entry) => readArea(entry, signal)));
    },
    settled: (state) => {
      if (state !== LoadState.loaded) console.error('The registry for current items could not be loaded', this.areas.error);
    },
  });

  constructor() {
    super();
    this.basePath = DEFAULT_BASE_PATH;
  }

  /** What each contributing area answered (the last answers while a new read is on its way). */
  get results(): readonly AreaResult[] {
    return this.areas.value ?? [];
  }

  get loading(): boolean {
    return this.areas.state === LoadState.loading;
  }

  /** The registry could not be read: nothing to ask the areas with. */
  get registryFailed(): boolean {
    return this.areas.state === LoadState.failed || this.areas.state === LoadState.notFound;
  }

  protected override firstUpdated(): void {
    this.announcePage();
  }

  private announcePage(): void {
    if (this.hasUpdated) portalBus.publish(PageTopic, { area: AREA, title: this.i18n.t('pageTitle') });
  }

  /** Asks one failed area again; its row is replaced unless a whole new read has come meanwhile. */
  private async retryArea(entry: RegistryEntry): Promise<void> {
    const before = this.areas.value;
    if (!before) return;
    const next = await readArea(entry);
    if (this.areas.value !== before) return;
    this.areas.set(before.map((result) => (result.entry.area === entry.area ? next : result)));
  }

  private retryNotice(text: string, retry: () => void): TemplateResult {
    return notice('error', text, html`<button class="button secondary" type="button" @click=${retry}>${this.i18n.t('retry')}</button>`);
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const customer = this.customer.value?.customer;
    const locale = this.i18n.language;
    const items = sortItems(
      this.results.flatMap((result) => result.items),
      locale,
    );
    const namesByArea = new Map(this.results.map((result) => [result.entry.area, result.entry.names[locale]]));
    const failed = this.results.filter((result) => result.failed);
    return html`
      <h1 tabindex="-1">${customer ? t('greeting', { name: customer.firstName }) : t('greetingAnonymous')}</h1>
      <p>${t('intro')}</p>
      <section aria-labelledby="current" aria-busy=${String(this.loading)}>
        <h2 id="current">${t('currentHeading')}</h2>
        ${this.loading ? html`<p role="status">${t('loading')}</p>` : nothing}
        ${this.registryFailed ? this.retryNotice(t('registryFailed'), () => void this.areas.run()) : nothing}
        ${failed.map((result) => this.retryNotice(t('areaFailed', { area: result.entry.names[locale] }), () => void this.retryArea(result.entry)))}
        ${!this.loading && !this.registryFailed && items.length === 0 && failed.length === 0 ? html`<p>${t('empty')}</p>` : nothing}
        ${
          items.length > 0
            ? html`<ul>
              ${items.map(
                (item) => html`<li>
                  <overview-item .item=${item} locale=${locale} area-name=${namesByArea.get(item.area) ?? ''}></overview-item>
                </li>`,
              )}
            </ul>`
            : nothing
        }
      </section>
    `;
  }
}
