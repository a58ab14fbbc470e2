import { html, nothing, type TemplateResult } from 'lit';
import {
  ApiRequestError,
  CurrentItemsChangedTopic,
  fetchJson,
  formatMessage,
  IDEMPOTENCY_KEY_HEADER,
  PageTopic,
  portalBus,
  RouteTopic,
  TopicController,
} from '@portal/shared-contracts';
import {
  ANSWER_VALUES,
  CAREER_RADAR_AREA,
  CAREER_RADAR_PATHS,
  CAREER_RADAR_ROUTE,
  QUESTIONNAIRE,
  QUESTIONNAIRE_VERSION,
  SCALE_LABELS,
  SavedResultListSchema,
  SavedResultSchema,
  scoreAnswers,
  statementIds,
  unansweredStatements,
  weakestFactors,
  type AnswerValue,
  type Factor,
  type FactorScores,
  type SavedResult,
  type Statement,
} from '@portal/shared-contracts/career-radar';
import { CareerRadarCompletedEvent } from '../events.js';
import { formatDateTime } from '../radar-kit/format.js';
import { CareerRadarElement, heading } from '../radar-kit/radar-element.js';
import { resultStyles } from '../radar-kit/result.styles.js';
import { themeStyles } from '../radar-kit/radar-kit.styles.js';
import { messages, type MessageKey } from './career-radar-app.messages.js';
import { styles } from './career-radar-app.styles.js';

export const View = { intro: 'intro', questions: 'questions', result: 'result' } as const;
export type View = (typeof View)[keyof typeof View];

export const LoadState = { idle: 'idle', loading: 'loading', loaded: 'loaded', failed: 'failed' } as const;
export type LoadState = (typeof LoadState)[keyof typeof LoadState];

export const SaveState = { idle: 'idle', saving: 'saving', saved: 'saved', failed: 'failed', sessionEnded: 'session-ended' } as const;
export type SaveState = (typeof SaveState)[keyof typeof SaveState];

/** The pages of the area in the portal, by the path below its base path. */
export const SubPage = { front: 'front', results: 'results', notFound: 'not-found' } as const;
export type SubPage = (typeof SubPage)[keyof typeof SubPage];

/** Which page a path shows; a path outside the base path is not ours (the shell is leaving): the front. */
export function subPageOf(path: string, basePath: string): SubPage {
  const clean = (path.split(/[?#]/)[0] ?? '').replace(/\/+$/, '');
  const base = basePath.replace(/\/+$/, '');
  if (clean === base || !clean.startsWith(`${base}/`)) return SubPage.front;
  return clean.slice(base.length + 1) === 'results' ? SubPage.results : SubPage.notFound;
}

/** The result on screen: computed here with the contract's scoring, the same the server uses. */
export interface CurrentResult {
  readonly answers: Readonly<Record<string, number>>;
  readonly scores: FactorScores;
  readonly completedAt: string;
}

const FACTORS = QUESTIONNAIRE.factors;
const STATEMENT_COUNT = statementIds().length;

/**
 * Työelämätutka / Arbetslivsradarn / Working life radar: a self-assessment of what helps or hinders
 * finding work or training. One factor per step (eight), three statements each on a 1–5 scale; then
 * the result as a radar chart and a table, and suggestions with links for the weakest factors.
 *
 * It needs no identification and sends nothing to a server unless the person, signed in to the
 * portal, chooses to save the result; then earlier saved results can be compared on the same chart
 * and table. Signed out (and on a partner's page) the result can be printed.
 *
 * It runs in the portal's shell (mounted by the area's module) and also alone, embedded in a
 * partner's page on another origin, with no portal bus values at all: see the attributes for the
 * language and for links back to the portal. It lives in shadow DOM and defends its own layout
 * against the host page's CSS; restyle it with the custom properties and parts below.
 *
 * @summary The Working life radar self-assessment: questions, result chart and table, suggestions.
 *
 * @attribute {string} lang - The language, `fi`, `sv` or `en` (a region subtag such as `sv-FI` is
 *   fine). Unset: the portal's language if the element runs in the portal, else the nearest
 *   ancestor's `lang` or the document's if it is one of these, else Finnish.
 * @attribute {boolean} share-result - Include the factor scores in the `career-radar-completed`
 *   event. Without it the event says only that the assessment was completed, and when.
 * @attribute {string} portal-url - The portal's origin (e.g. `https://tyomarkkinatori.fi`) for the
 *   suggestions' links to portal pages when the element is on a partner's page. Unset: this origin.
 * @attribute {number} heading-level - The level of the element's main heading, 1–6 (default 1);
 *   its other headings are one level below. Set 2 under a page's own `h1`.
 * @attribute {string} base-path - Set by the portal's shell: the area's route (`/career-radar`).
 *
 * @fires career-radar-completed - When the person finishes the last step (a `CustomEvent`,
 *   bubbling and composed). `detail`: `{ questionnaireVersion: string, completedAt: string (ISO 8601),
 *   scores?: Record<factorId, number> }`; `scores` only with the `share-result` attribute. Never
 *   carries who the person is.
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
 * @csspart progress - The progress bar of the steps.
 * @csspart step-heading - The heading of a step (its number and the factor).
 * @csspart statement - A statement's group of 1–5 radio buttons (a fieldset).
 * @csspart option - One choice of a statement (its label with the radio button).
 * @csspart error-summary - The list of unanswered statements shown when Next is pressed too early.
 * @csspart button - Every button.
 * @csspart result-heading - The heading of the result.
 * @csspart chart - The radar chart (SVG).
 * @csspart legend - The chart's key.
 * @csspart table - The table of scores.
 * @csspart suggestions - The suggestions for the weakest factors.
 * @csspart notice - Notices (signed out, save failed).
 * @csspart results-list - The list of earlier saved results.
 */
export class CareerRadarApp extends CareerRadarElement {
  static override styles = [themeStyles, resultStyles, styles];
  static override properties = {
    ...super.properties,
    basePath: { attribute: 'base-path' },
    shareResult: { attribute: 'share-result', type: Boolean, reflect: true },
    view: { state: true },
    step: { state: true },
    answers: { state: true },
    stepErrors: { state: true },
    result: { state: true },
    saveState: { state: true },
    saved: { state: true },
    earlier: { state: true },
    earlierState: { state: true },
    comparedId: { state: true },
    announcement: { state: true },
  };

  declare basePath: string;
  /** Mirrors the `share-result` attribute (the event checks the attribute). */
  declare shareResult: boolean;
  declare view: View;
  /** The step shown, 0–7: the index of its factor. */
  declare step: number;
  /** Statement id → 1–5, kept across steps, Back, and "change your answers". */
  declare answers: Readonly<Record<string, number>>;
  /** Statement ids of this step found unanswered when Next was pressed. */
  declare stepErrors: readonly string[];
  declare result: CurrentResult | undefined;
  declare saveState: SaveState;
  declare saved: SavedResult | undefined;
  /** The person's saved results, newest first (signed in only). */
  declare earlier: readonly SavedResult[] | undefined;
  declare earlierState: LoadState;
  /** The saved result compared with the one on screen. */
  declare comparedId: string | undefined;
  /** What the polite live region says (a comparison started or stopped). */
  declare announcement: string;

  private readonly route = new TopicController(this, RouteTopic, () => void this.updateComplete.then(() => this.announcePage()));
  /** One key per result, kept for every retry of its saving, so a retry never saves it twice. */
  private saveKey = crypto.randomUUID();

  constructor() {
    super();
    this.basePath = CAREER_RADAR_ROUTE;
    this.shareResult = false;
    this.view = View.intro;
    this.step = 0;
    this.answers = {};
    this.stepErrors = [];
    this.result = undefined;
    this.saveState = SaveState.idle;
    this.saved = undefined;
    this.earlier = undefined;
    this.earlierState = LoadState.idle;
    this.comparedId = undefined;
    this.announcement = '';
  }

  private t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
    return formatMessage(messages[this.language][key], params);
  }

  /** The page shown: in the portal by the route; alone, always the self-assessment. */
  get page(): SubPage {
    const route = this.route.value;
    return route ? subPageOf(route.path, this.basePath) : SubPage.front;
  }

  private get factor(): Factor {
    // The step is kept within the factors; the fallback only satisfies the index type.
    return FACTORS[this.step] ?? (FACTORS[0] as Factor);
  }

  private get compared(): SavedResult | undefined {
    return this.comparedId === undefined ? undefined : this.earlier?.find((result) => result.id === this.comparedId);
  }

  // Portal wiring -------------------------------------------------------------------------------

  protected override localeChanged(): void {
    this.announcePage();
  }

  protected override sessionChanged(): void {
    if (this.signedIn) {
      if (this.view === View.result && this.earlierState === LoadState.idle) void this.loadEarlier();
      return;
    }
    // Signed out (or in another tab): nothing of the person stays on screen.
    this.earlier = undefined;
    this.earlierState = LoadState.idle;
    this.comparedId = undefined;
    this.saved = undefined;
    if (this.saveState !== SaveState.idle) this.saveState = SaveState.idle;
  }

  protected override firstUpdated(): void {
    this.announcePage();
  }

  private pageTitle(): string {
    const title = this.t('title');
    switch (this.page) {
      case SubPage.results:
        return `${this.t('savedPageTitle')} – ${title}`;
      case SubPage.notFound:
        return this.t('notFoundTitle');
      default:
        break;
    }
    if (this.view === View.questions) {
      return `${this.t('stepTitle', { step: this.step + 1, total: FACTORS.length, factor: this.factor.name[this.language] })} – ${title}`;
    }
    return this.view === View.result ? `${this.t('resultHeading')} – ${title}` : title;
  }

  /** In the portal, tells the shell the page's title (it sets `document.title`); alone, nobody listens. */
  private announcePage(): void {
    if (!this.hasUpdated || !this.inPortal) return;
    portalBus.publish(PageTopic, { area: CAREER_RADAR_AREA, title: this.pageTitle() });
  }

  /** Shows a view or step and moves focus to its heading (WCAG 2.4.3), with the title following. */
  private async show(view: View, step: number, focus: string): Promise<void> {
    this.view = view;
    this.step = step;
    await this.updateComplete;
    this.announcePage();
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  // The steps -----------------------------------------------------------------------------------

  private readonly start = (): void => {
    this.stepErrors = [];
    void this.show(View.questions, 0, '#step-heading');
  };

  private answer(statement: string, value: AnswerValue): void {
    this.answers = { ...this.answers, [statement]: value };
  }

  private readonly next = async (event: Event): Promise<void> => {
    event.preventDefault();
    const missing = unansweredStatements(this.factor, this.answers);
    if (missing.length > 0) {
      this.stepErrors = missing;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
      return;
    }
    this.stepErrors = [];
    if (this.step < FACTORS.length - 1) await this.show(View.questions, this.step + 1, '#step-heading');
    else await this.finish();
  };

  private readonly back = (): void => {
    this.stepErrors = [];
    if (this.step === 0) void this.show(View.intro, 0, '#main-heading');
    else void this.show(View.questions, this.step - 1, '#step-heading');
  };

  private focusStatement(statement: string): void {
    const first = this.renderRoot.querySelector<HTMLInputElement>(`#answer-${CSS.escape(statement)}-1`);
    first?.focus();
    first?.closest('fieldset')?.scrollIntoView?.({ block: 'nearest' });
  }

  /** The last step passed: the result, scored here exactly as the server would score it. */
  private async finish(): Promise<void> {
    const scored = scoreAnswers(this.answers);
    if (!scored.ok) {
      // Only if answers went missing since their steps were passed; go back to the first such step.
      const step = FACTORS.findIndex((factor) => unansweredStatements(factor, this.answers).length > 0);
      this.stepErrors = step === -1 ? [] : unansweredStatements(FACTORS[step] as Factor, this.answers);
      await this.show(View.questions, Math.max(step, 0), '.error-summary');
      return;
    }
    const completedAt = new Date().toISOString();
    this.result = { answers: { ...this.answers }, scores: scored.scores, completedAt };
    this.saveKey = crypto.randomUUID();
    this.saved = undefined;
    this.saveState = SaveState.idle;
    this.comparedId = undefined;
    this.announcement = '';
    await this.show(View.result, this.step, '#result-heading');
    this.dispatchEvent(
      new CareerRadarCompletedEvent({
        questionnaireVersion: QUESTIONNAIRE_VERSION,
        completedAt,
        // The scores only when the host asked for them; the person's identity never.
        ...(this.hasAttribute('share-result') ? { scores: { ...scored.scores } } : {}),
      }),
    );
    if (this.signedIn && this.earlierState !== LoadState.loading) void this.loadEarlier();
  }

  private readonly changeAnswers = (): void => {
    void this.show(View.questions, FACTORS.length - 1, '#step-heading');
  };

  private readonly startOver = (): void => {
    this.answers = {};
    this.result = undefined;
    this.saved = undefined;
    this.saveState = SaveState.idle;
    this.comparedId = undefined;
    this.stepErrors = [];
    void this.show(View.questions, 0, '#step-heading');
  };

  private readonly print = (): void => {
    window.print();
  };

  // Saving and comparing (signed in) ------------------------------------------------------------

  async loadEarlier(): Promise<void> {
    this.earlierState = LoadState.loading;
    try {
      const list = await fetchJson(CAREER_RADAR_PATHS.results, SavedResultListSchema);
      this.earlier = list.items;
      this.earlierState = LoadState.loaded;
    } catch {
      this.earlierState = LoadState.failed;
    }
  }

  private readonly save = async (): Promise<void> => {
    const result = this.result;
    if (!result || this.saveState === SaveState.saving) return;
    this.saveState = SaveState.saving;
    try {
      const saved = await fetchJson(CAREER_RADAR_PATHS.results, SavedResultSchema, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: this.saveKey },
        body: JSON.stringify({ questionnaireVersion: QUESTIONNAIRE_VERSION, answers: result.answers }),
      });
      // The person may have started again meanwhile: a late answer belongs to a result no longer shown.
      if (this.result !== result) return;
      this.saved = saved;
      this.saveState = SaveState.saved;
      // The front page's "take it again" reminder may go; the shell and the overview read it again.
      if (this.inPortal) portalBus.publish(CurrentItemsChangedTopic, { area: CAREER_RADAR_AREA });
    } catch (error) {
      if (this.result !== result) return;
      this.saveState = error instanceof ApiRequestError && error.status === 401 ? SaveState.sessionEnded : SaveState.failed;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#save-error')?.focus();
    }
  };

  private toggleCompare(result: SavedResult): void {
    const stop = this.comparedId === result.id;
    this.comparedId = stop ? undefined : result.id;
    this.announcement = stop ? this.kit('notComparing') : this.kit('comparing', { date: formatDateTime(result.takenAt, this.language) });
  }

  private readonly stopComparing = (): void => {
    this.comparedId = undefined;
    this.announcement = this.kit('notComparing');
  };

  // Rendering -----------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`<div class="container" part="container" lang=${this.language}>${this.renderPage()}</div>`;
  }

  private renderPage(): TemplateResult {
    switch (this.page) {
      case SubPage.results:
        return html`<career-radar-results
          lang=${this.language}
          heading-level=${this.level}
          portal-url=${this.portalUrl ?? nothing}
          base-path=${this.basePath}
        ></career-radar-results>`;
      case SubPage.notFound:
        return html`${heading(this.level, this.t('notFoundTitle'), { id: 'main-heading', focusable: true, part: 'heading' })}
          <p>${this.t('notFoundText')}</p>
          <p><a href=${this.portalHref(this.basePath)} @click=${this.followPortalLink}>${this.t('notFoundLink')}</a></p>`;
      default:
        break;
    }
    switch (this.view) {
      case View.questions:
        return this.renderStep();
      case View.result:
        return this.result ? this.renderResult(this.result) : this.renderIntro();
      default:
        return this.renderIntro();
    }
  }

  private mainHeading(): TemplateResult {
    return heading(this.level, this.t('title'), { id: 'main-heading', focusable: true, part: 'heading' });
  }

  private renderIntro(): TemplateResult {
    return html`
      ${this.mainHeading()}
      <p class="lead">${this.t('intro')}</p>
      <p>${this.t('howItWorks', { count: STATEMENT_COUNT })}</p>
      ${this.signedIn
        ? html`<p>${this.t('privacySignedIn')}</p>
            ${this.inPortal
              ? html`<p class="no-print">
                  <a href=${this.portalHref(`${this.basePath}/results`)} @click=${this.followPortalLink}>${this.t('savedResultsLink')}</a>
                </p>`
              : nothing}`
        : html`<p>${this.t('privacySignedOut')}</p>
            <p>${this.t('signInToSave')}</p>`}
      <div class="actions">
        <button type="button" class="start" part="button" @click=${this.start}>${this.t('start')}</button>
      </div>
    `;
  }

  private renderStep(): TemplateResult {
    const factor = this.factor;
    const number = this.step + 1;
    const total = FACTORS.length;
    const last = this.step === total - 1;
    // One slot per step, only the current one filled, so each step gets radios of its own. Reused
    // radios would be renamed from one statement to the next, and a checked radio joining a group
    // under its new name unchecks that group's choice (HTML's radio group rules).
    return html`
      ${this.mainHeading()}
      <div class="progress" part="progress">
        <progress max=${total} .value=${number} aria-label=${this.t('progressLabel', { step: number, total })}></progress>
      </div>
      ${this.renderErrorSummary()} ${FACTORS.map((_factor, index) => (index === this.step ? this.renderStepForm(factor, number, total, last) : nothing))}
    `;
  }

  private renderStepForm(factor: Factor, number: number, total: number, last: boolean): TemplateResult {
    const locale = this.language;
    return html`
      <form class="step" novalidate @submit=${this.next}>
        ${heading(
          this.subLevel,
          html`<span class="caption"><span class="visually-hidden">${this.t('stepWord')} </span><span class="progress-text">${number} / ${total}</span></span>
            <span class="factor-name">${factor.name[locale]}</span>`,
          { id: 'step-heading', focusable: true, part: 'step-heading' },
        )}
        <p class="description">${factor.description[locale]}</p>
        <p class="muted scale-help">${this.t('scaleHelp')}</p>
        ${factor.statements.map((statement) => this.renderStatement(statement))}
        <div class="actions">
          <button type="button" class="secondary back" part="button" @click=${this.back}>${this.t('back')}</button>
          <button type="submit" class="next" part="button">${last ? this.t('finish') : this.t('next')}</button>
        </div>
      </form>
    `;
  }

  private renderErrorSummary(): TemplateResult | typeof nothing {
    if (this.stepErrors.length === 0) return nothing;
    const locale = this.language;
    return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" part="error-summary">
      ${heading(this.subLevel, this.t('errorSummaryTitle'), { id: 'error-summary-title' })}
      <ul>
        ${this.stepErrors.map((id) => {
          const statement = this.factor.statements.find((s) => s.id === id);
          return html`<li>
            <a
              href="#answer-${id}-1"
              @click=${(event: Event) => {
                // A fragment link does not reach into shadow DOM: move focus by hand.
                event.preventDefault();
                this.focusStatement(id);
              }}
              >${this.t('errorStatement', { statement: statement?.text[locale] ?? id })}</a
            >
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private renderStatement(statement: Statement): TemplateResult {
    const locale = this.language;
    const id = statement.id;
    const error = this.stepErrors.includes(id);
    const value = this.answers[id];
    return html`<fieldset class="statement ${error ? 'has-error' : ''}" id="statement-${id}" part="statement" aria-describedby=${error ? `statement-${id}-error` : nothing}>
      <legend class="statement-text">${statement.text[locale]}</legend>
      ${error
        ? html`<p class="field-error" id="statement-${id}-error"><span class="visually-hidden">${this.kit('errorPrefix')} </span>${this.t('errorInline')}</p>`
        : nothing}
      <div class="scale">
        <div class="scale-ends" aria-hidden="true">
          <span>1 = ${SCALE_LABELS[1][locale]}</span>
          <span>5 = ${SCALE_LABELS[5][locale]}</span>
        </div>
        <div class="options">
          ${ANSWER_VALUES.map(
            (option) => html`<label class="option" part="option">
              <input
                type="radio"
                name=${id}
                id="answer-${id}-${option}"
                value=${option}
                .checked=${value === option}
                @change=${() => this.answer(id, option)}
              />
              <span class="option-number" aria-hidden="true">${option}</span>
              <span class="visually-hidden">${option} ${SCALE_LABELS[option][locale]}</span>
            </label>`,
          )}
        </div>
      </div>
    </fieldset>`;
  }

  private renderResult(result: CurrentResult): TemplateResult {
    const locale = this.language;
    const scores = this.saved?.scores ?? result.scores;
    const takenAt = this.saved?.takenAt ?? result.completedAt;
    const weak = weakestFactors(scores);
    const compared = this.compared;
    return html`
      ${this.mainHeading()}
      <section class="result" aria-labelledby="result-heading">
        ${heading(this.subLevel, this.t('resultHeading'), { id: 'result-heading', focusable: true, part: 'result-heading' })}
        <p class="muted">${this.kit('takenAt', { date: formatDateTime(takenAt, locale) })}</p>
        <p>${this.t('resultIntro')}</p>
        ${this.renderScores({
          idPrefix: 'result-chart',
          current: { scores, takenAt },
          compared: compared ? { scores: compared.scores, takenAt: compared.takenAt } : undefined,
          weak,
        })}
      </section>
      ${this.renderSuggestions(scores, weak)}
      ${this.signedIn ? html`${this.renderSave()} ${this.renderEarlier()}` : html`<p class="notice no-print" part="notice">${this.t('signedOutNote')}</p>`}
      <div class="actions no-print">
        <button type="button" class="print" part="button" @click=${this.print}>${this.t('print')}</button>
        <button type="button" class="secondary change" part="button" @click=${this.changeAnswers}>${this.t('changeAnswers')}</button>
        <button type="button" class="secondary start-over" part="button" @click=${this.startOver}>${this.t('startOver')}</button>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  private renderSave(): TemplateResult {
    const state = this.saveState;
    const failed = state === SaveState.failed || state === SaveState.sessionEnded;
    return html`<section class="save no-print" aria-labelledby="save-heading">
      ${heading(this.subLevel, this.t('saveHeading'), { id: 'save-heading' })}
      <p>${this.t('saveIntro')}</p>
      ${failed
        ? html`<div class="notice error" id="save-error" tabindex="-1" part="notice">
            <p>${this.t(state === SaveState.sessionEnded ? 'saveSessionEnded' : 'saveFailed')}</p>
          </div>`
        : nothing}
      ${state === SaveState.saved || state === SaveState.sessionEnded
        ? nothing
        : html`<button type="button" class="save-button" part="button" ?disabled=${state === SaveState.saving} @click=${this.save}>
            ${state === SaveState.saving ? this.t('saving') : failed ? this.kit('retry') : this.t('save')}
          </button>`}
      <p class="save-status" role="status">${this.saved ? this.t('saved', { date: formatDateTime(this.saved.takenAt, this.language) }) : nothing}</p>
    </section>`;
  }

  private renderEarlier(): TemplateResult {
    const locale = this.language;
    let body: TemplateResult;
    switch (this.earlierState) {
      case LoadState.failed:
        body = html`<div class="notice error" part="notice">
          <p>${this.kit('earlierFailed')}</p>
          <button type="button" class="secondary retry" part="button" @click=${() => void this.loadEarlier()}>${this.kit('retry')}</button>
        </div>`;
        break;
      case LoadState.loaded: {
        // The result just saved is this one, not an earlier one to compare with.
        const items = (this.earlier ?? []).filter((item) => item.id !== this.saved?.id);
        body =
          items.length === 0
            ? html`<p>${this.kit('earlierEmpty')}</p>`
            : html`<p>${this.kit('earlierIntro')}</p>
                <ul class="saved-list" part="results-list">
                  ${items.map((item) => {
                    const date = formatDateTime(item.takenAt, locale);
                    return html`<li>
                      <span class="date">${date}</span>
                      <button
                        type="button"
                        class="secondary compare"
                        part="button"
                        aria-pressed=${this.comparedId === item.id ? 'true' : 'false'}
                        @click=${() => this.toggleCompare(item)}
                      >
                        ${this.kit('compare')}<span class="visually-hidden"> ${this.kit('compareHidden', { date })}</span>
                      </button>
                    </li>`;
                  })}
                </ul>
                ${this.comparedId !== undefined
                  ? html`<p><button type="button" class="link stop-comparing" part="button" @click=${this.stopComparing}>${this.kit('stopComparing')}</button></p>`
                  : nothing}`;
        break;
      }
      default:
        body = html`<p>${this.kit('earlierLoading')}</p>`;
    }
    return html`<section class="earlier no-print" aria-labelledby="earlier-heading">
      ${heading(this.subLevel, this.kit('earlierHeading'), { id: 'earlier-heading' })} ${body}
    </section>`;
  }
}
