import { html, nothing, type TemplateResult } from 'lit';
import { fetchJson, formatMessage } from '@portal/shared-contracts';
import { CAREER_RADAR_PATHS, CAREER_RADAR_ROUTE, SavedResultListSchema, weakestFactors, type SavedResult } from '@portal/shared-contracts/career-radar';
import { formatDateTime } from '../radar-kit/format.js';
import { CareerRadarElement, heading } from '../radar-kit/radar-element.js';
import { resultStyles } from '../radar-kit/result.styles.js';
import { themeStyles } from '../radar-kit/radar-kit.styles.js';
import { messages, type MessageKey } from './career-radar-results.messages.js';
import { styles } from './career-radar-results.styles.js';

export const LoadState = { idle: 'idle', loading: 'loading', loaded: 'loaded', failed: 'failed' } as const;
export type LoadState = (typeof LoadState)[keyof typeof LoadState];

/**
 * The Working life radar results a signed-in person has saved: choose one to show and another to
 * compare it with, on one chart (the compared result dashed, with square points) and in one table
 * (a column each, and the change), with the suggestions for the shown result's weakest factors.
 *
 * Needs a signed-in person of the portal (the shell's `session.changed@1`): signed out, or on a
 * page without the portal's session, it says so and asks nothing of the server.
 *
 * @summary A signed-in person's saved Working life radar results, two compared on one chart.
 *
 * @attribute {string} lang - The language, `fi`, `sv` or `en`; unset, as `career-radar-app`.
 * @attribute {string} portal-url - The portal's origin for links to portal pages from another origin.
 * @attribute {number} heading-level - The level of the main heading, 1–6 (default 1).
 * @attribute {string} base-path - The area's route in the portal, for the link to take the assessment (default `/career-radar`).
 *
 * @cssprop --career-radar-accent - Buttons, the current result's line and points, the progress bar (default: the portal's primary colour, #0a58ca).
 * @cssprop --career-radar-accent-text - Text on the accent colour (default #fff).
 * @cssprop --career-radar-compare - The compared result's dashed line and square points (default #8a3b00).
 * @cssprop --career-radar-text - Text (default #1a1a1a).
 * @cssprop --career-radar-text-muted - Secondary text (default #4a4a4a).
 * @cssprop --career-radar-surface - The background (default #fff).
 * @cssprop --career-radar-border - Table rules, the chart's outer ring, radio outlines (default #505a5f).
 * @cssprop --career-radar-grid - The chart's inner rings and axes (default #8c959a).
 * @cssprop --career-radar-link - Links (default #0a4fb3).
 * @cssprop --career-radar-focus - The focus outline (default #0a58ca).
 * @cssprop --career-radar-error - Errors (default #b00020).
 * @cssprop --career-radar-error-surface - The background of an error notice (default #fdf0f2).
 * @cssprop --career-radar-notice-surface - The background of a notice (default #eef4fc).
 * @cssprop --career-radar-font-family - The font (default: the system UI font).
 * @cssprop --career-radar-font-size - The base font size; everything else is relative to it (default: the browser's, `medium`).
 * @cssprop --career-radar-radius - The corner radius of buttons and boxes (default 4px).
 *
 * @csspart container - The element's whole content.
 * @csspart heading - The main heading.
 * @csspart chart - The radar chart (SVG).
 * @csspart legend - The chart's key.
 * @csspart table - The table of scores.
 * @csspart suggestions - The suggestions for the weakest factors.
 * @csspart notice - Notices (sign-in needed, loading failed).
 * @csspart button - Every button.
 */
export class CareerRadarResults extends CareerRadarElement {
  static override styles = [themeStyles, resultStyles, styles];
  static override properties = {
    ...super.properties,
    basePath: { attribute: 'base-path' },
    loadState: { state: true },
    results: { state: true },
    shownId: { state: true },
    comparedId: { state: true },
  };

  declare basePath: string;
  declare loadState: LoadState;
  /** Newest first. */
  declare results: readonly SavedResult[];
  declare shownId: string | undefined;
  declare comparedId: string | undefined;

  constructor() {
    super();
    this.basePath = CAREER_RADAR_ROUTE;
    this.loadState = LoadState.idle;
    this.results = [];
    this.shownId = undefined;
    this.comparedId = undefined;
  }

  private t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
    return formatMessage(messages[this.language][key], params);
  }

  protected override sessionChanged(): void {
    if (this.signedIn) {
      if (this.loadState === LoadState.idle) void this.load();
      return;
    }
    // Signed out: nothing of the person stays on screen.
    this.results = [];
    this.shownId = undefined;
    this.comparedId = undefined;
    this.loadState = LoadState.idle;
  }

  /** Fetches the list; shows the newest, compared with the one before it if there is one. */
  async load(): Promise<void> {
    this.loadState = LoadState.loading;
    try {
      const { items } = await fetchJson(CAREER_RADAR_PATHS.results, SavedResultListSchema);
      // Signed out while the answer was on its way: it is no longer for this screen.
      if (!this.signedIn) return;
      this.results = items;
      this.shownId = items[0]?.id;
      this.comparedId = items[1]?.id;
      this.loadState = LoadState.loaded;
    } catch {
      this.loadState = LoadState.failed;
    }
  }

  private find(id: string | undefined): SavedResult | undefined {
    return id === undefined ? undefined : this.results.find((result) => result.id === id);
  }

  private readonly chooseShown = (event: Event): void => {
    const id = (event.target as HTMLSelectElement).value;
    this.shownId = id;
    // A result compared with itself shows nothing new.
    if (this.comparedId === id) this.comparedId = undefined;
  };

  private readonly chooseCompared = (event: Event): void => {
    const id = (event.target as HTMLSelectElement).value;
    this.comparedId = id === '' ? undefined : id;
  };

  protected override render(): TemplateResult {
    return html`<div class="container" part="container" lang=${this.language}>
      ${heading(this.level, this.t('title'), { id: 'main-heading', focusable: true, part: 'heading' })}
      <p>${this.t('intro')}</p>
      ${this.renderBody()}
    </div>`;
  }

  private renderBody(): TemplateResult {
    if (!this.signedIn) return html`<p class="notice sign-in-needed" part="notice">${this.t('signInNeeded')}</p>`;
    switch (this.loadState) {
      case LoadState.failed:
        return html`<div class="notice error" role="alert" part="notice">
          <p>${this.t('failed')}</p>
          <button type="button" class="secondary retry" part="button" @click=${() => void this.load()}>${this.kit('retry')}</button>
        </div>`;
      case LoadState.loaded:
        break;
      default:
        return html`<p role="status">${this.t('loading')}</p>`;
    }
    const shown = this.find(this.shownId) ?? this.results[0];
    if (!shown) {
      return html`<p>${this.t('empty')}</p>
        <p><a href=${this.portalHref(this.basePath)} @click=${this.followPortalLink}>${this.t('take')}</a></p>`;
    }
    const compared = this.find(this.comparedId);
    const locale = this.language;
    const weak = weakestFactors(shown.scores);
    return html`
      <div class="choose no-print" role="group" aria-labelledby="choose-heading">
        <p class="visually-hidden" id="choose-heading">${this.t('chooseHeading')}</p>
        <div class="field">
          <label class="block" for="shown">${this.t('shownLabel')}</label>
          <select id="shown" @change=${this.chooseShown}>
            ${this.results.map((result) => html`<option value=${result.id} .selected=${result.id === shown.id}>${formatDateTime(result.takenAt, locale)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label class="block" for="compared">${this.t('comparedLabel')}</label>
          <select id="compared" @change=${this.chooseCompared}>
            <option value="" .selected=${compared === undefined}>${this.t('noComparison')}</option>
            ${this.results
              .filter((result) => result.id !== shown.id)
              .map((result) => html`<option value=${result.id} .selected=${result.id === compared?.id}>${formatDateTime(result.takenAt, locale)}</option>`)}
          </select>
        </div>
      </div>
      <section class="result" aria-labelledby="result-heading">
        ${heading(this.subLevel, this.t('resultHeading', { date: formatDateTime(shown.takenAt, locale) }), { id: 'result-heading' })}
        ${this.renderScores({
          idPrefix: 'saved-chart',
          current: { scores: shown.scores, takenAt: shown.takenAt },
          compared: compared ? { scores: compared.scores, takenAt: compared.takenAt } : undefined,
          weak,
        })}
      </section>
      ${this.renderSuggestions(shown.scores, weak)}
      <p class="no-print"><a href=${this.portalHref(this.basePath)} @click=${this.followPortalLink}>${this.t('takeAgain')}</a></p>
    `;
  }
}
