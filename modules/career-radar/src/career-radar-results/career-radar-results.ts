import { html, type TemplateResult } from 'lit';
import { fetchJson } from '@portal/shared-contracts';
import { CAREER_RADAR_PATHS, SavedResultListSchema, weakestFactors, type SavedResult } from '@portal/shared-contracts/career-radar';
import { followInternalLink, LoadController, LoadState } from '@portal/ui-kit/page';
import { BASE_PATH } from '../area.js';
import { CareerRadarElement } from '../career-radar-element.js';
import { chartStyles } from '../chart/chart.styles.js';
import { scoresView } from '../chart/scores.js';
import { formatDateTime } from '../format.js';
import { heading } from '../heading.js';
import { suggestionsView } from '../suggestions/suggestions.js';
import { suggestionsStyles } from '../suggestions/suggestions.styles.js';
import { themeStyles } from '../theme.styles.js';
import { messages, type MessageKey } from './career-radar-results.messages.js';
import { styles } from './career-radar-results.styles.js';

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
export class CareerRadarResults extends CareerRadarElement<MessageKey> {
  static override styles = [themeStyles, chartStyles, suggestionsStyles, styles];
  static override properties = {
    ...super.properties,
    basePath: { attribute: 'base-path' },
    shownId: { state: true },
    comparedId: { state: true },
  };

  declare basePath: string;
  declare shownId: string | undefined;
  declare comparedId: string | undefined;

  /** The saved results, newest first; read while signed in, forgotten when signed out. */
  private readonly saved = new LoadController(this, {
    args: () => (this.signedIn ? ([] as const) : undefined),
    task: async (_args, signal) => {
      const { items } = await fetchJson(CAREER_RADAR_PATHS.results, SavedResultListSchema, { signal });
      // Shows the newest, compared with the one before it if there is one (unless a newer read
      // has started, whose answer will choose).
      if (!signal.aborted) {
        this.shownId = items[0]?.id;
        this.comparedId = items[1]?.id;
      }
      return items;
    },
  });

  constructor() {
    super(messages);
    this.basePath = BASE_PATH;
    this.shownId = undefined;
    this.comparedId = undefined;
  }

  /** Where the list stands (the component tests wait on it). */
  get loadState(): LoadState {
    return this.saved.state;
  }

  /** Reads the list again (the retry button). */
  load(): Promise<void> {
    return this.saved.run();
  }

  private get results(): readonly SavedResult[] {
    return this.saved.value ?? [];
  }

  protected override sessionChanged(): void {
    if (this.signedIn) return;
    // Signed out: nothing of the person stays on screen, and an answer on its way is dropped.
    this.saved.reset();
    this.shownId = undefined;
    this.comparedId = undefined;
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
    const t = this.locale.t.bind(this.locale);
    return html`<div class="container" part="container" lang=${this.locale.language}>
      ${heading(this.level, t('title'), { id: 'main-heading', focusable: true, part: 'heading' })}
      <p>${t('intro')}</p>
      ${this.renderBody()}
    </div>`;
  }

  private renderBody(): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    if (!this.signedIn) return html`<p class="notice sign-in-needed" part="notice">${t('signInNeeded')}</p>`;
    switch (this.saved.state) {
      case LoadState.loaded:
        break;
      // A 404 of the list is no different from any other failure here: the list is always there.
      case LoadState.failed:
      case LoadState.notFound:
        return html`<div class="notice error" role="alert" part="notice">
          <p>${t('failed')}</p>
          <button type="button" class="secondary retry" part="button" @click=${() => void this.load()}>${t('retry')}</button>
        </div>`;
      default:
        return html`<p role="status">${t('loading')}</p>`;
    }
    const shown = this.find(this.shownId) ?? this.results[0];
    if (!shown) {
      return html`<p>${t('empty')}</p>
        <p><a href=${this.portalHref(this.basePath)} @click=${followInternalLink}>${t('take')}</a></p>`;
    }
    return this.renderResult(shown, this.find(this.comparedId));
  }

  private renderResult(shown: SavedResult, compared: SavedResult | undefined): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    const locale = this.locale.language;
    const weak = weakestFactors(shown.scores);
    const option = (result: SavedResult, selected: boolean) =>
      html`<option value=${result.id} .selected=${selected}>${formatDateTime(result.takenAt, locale)}</option>`;
    return html`
      <div class="choose no-print" role="group" aria-labelledby="choose-heading">
        <p class="visually-hidden" id="choose-heading">${t('chooseHeading')}</p>
        <div class="field">
          <label class="block" for="shown">${t('shownLabel')}</label>
          <select id="shown" @change=${this.chooseShown}>
            ${this.results.map((result) => option(result, result.id === shown.id))}
          </select>
        </div>
        <div class="field">
          <label class="block" for="compared">${t('comparedLabel')}</label>
          <select id="compared" @change=${this.chooseCompared}>
            <option value="" .selected=${compared === undefined}>${t('noComparison')}</option>
            ${this.results.filter((result) => result.id !== shown.id).map((result) => option(result, result.id === compared?.id))}
          </select>
        </div>
      </div>
      <section class="result" aria-labelledby="result-heading">
        ${heading(this.subLevel, t('resultHeading', { date: formatDateTime(shown.takenAt, locale) }), { id: 'result-heading' })}
        ${scoresView(this.locale, { idPrefix: 'saved-chart', current: shown, compared, weak })}
      </section>
      ${suggestionsView(this.locale, { level: this.subLevel, weak, scores: shown.scores, href: (path) => this.portalHref(path) })}
      <p class="no-print"><a href=${this.portalHref(this.basePath)} @click=${followInternalLink}>${t('takeAgain')}</a></p>
    `;
  }
}
