import { html, nothing, type TemplateResult } from 'lit';
import {
  ApiRequestError,
  CurrentItemsChangedTopic,
  fetchJson,
  PageTopic,
  portalBus,
  RouteTopic,
  TopicController,
} from '@portal/shared-contracts';
import {
  CAREER_RADAR_PATHS,
  QUESTIONNAIRE,
  SavedResultListSchema,
  scoreAnswers,
  unansweredStatements,
  type AnswerValue,
  type Factor,
  type SavedResult,
} from '@portal/shared-contracts/career-radar';
import { followInternalLink, LoadController, type LoadState } from '@portal/ui-kit/page';
import { AREA, BASE_PATH } from '../area.js';
import { CareerRadarElement } from '../career-radar-element.js';
import { chartStyles } from '../chart/chart.styles.js';
import { formatDateTime } from '../format.js';
import { heading } from '../heading.js';
import { suggestionsStyles } from '../suggestions/suggestions.styles.js';
import { themeStyles } from '../theme.styles.js';
import { messages, type MessageKey } from './career-radar-app.messages.js';
import { styles } from './career-radar-app.styles.js';
import { HEADING, pageTitle, SubPage, subPageOf, View } from './pages.js';
import { introView } from './sections/intro.js';
import { completedEvent, saveResult } from './save.js';
import { resultView, SaveState, type CurrentResult } from './sections/result.js';
import { factorAt, focusStatement, stepView } from './sections/step.js';
import { StepHistory } from './step-history.js';

export { SaveState, SubPage, subPageOf, View, type CurrentResult };

const FACTORS = QUESTIONNAIRE.factors;

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
export class CareerRadarApp extends CareerRadarElement<MessageKey> {
  static override styles = [themeStyles, chartStyles, suggestionsStyles, styles];
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
  /** The saved result compared with the one on screen. */
  declare comparedId: string | undefined;
  /** What the polite live region says (a comparison started or stopped). */
  declare announcement: string;

  private readonly route = new TopicController(this, RouteTopic, () => void this.updateComplete.then(() => this.announcePage()));
  /**
   * The person's saved results, newest first: read when a result is shown to a signed-in person
   * (again for each new result), forgotten when signed out.
   */
  private readonly earlierResults = new LoadController(this, {
    args: () => (this.signedIn && this.view === View.result && this.result ? [this.result] : undefined),
    task: async (_args, signal) => (await fetchJson(CAREER_RADAR_PATHS.results, SavedResultListSchema, { signal })).items,
  });
  /** One key per result, kept for every retry of its saving, so a retry never saves it twice. */
  private saveKey = crypto.randomUUID();

  constructor() {
    super(messages);
    this.basePath = BASE_PATH;
    this.shareResult = false;
    this.view = View.intro;
    this.step = 0;
    this.answers = {};
    this.stepErrors = [];
    this.result = undefined;
    this.saveState = SaveState.idle;
    this.saved = undefined;
    this.comparedId = undefined;
    this.announcement = '';
  }

  /** Where the earlier results stand (signed in only). */
  get earlierState(): LoadState {
    return this.earlierResults.state;
  }

  /** Reads the earlier results again (the retry button). */
  loadEarlier(): Promise<void> {
    return this.earlierResults.run();
  }

  /** The page shown: in the portal by the route; alone, always the self-assessment. */
  get page(): SubPage {
    const route = this.route.value;
    return route ? subPageOf(route.path, this.basePath) : SubPage.front;
  }

  private get compared(): SavedResult | undefined {
    return this.comparedId === undefined ? undefined : this.earlierResults.value?.find((result) => result.id === this.comparedId);
  }

  // Portal wiring -------------------------------------------------------------------------------

  protected override localeChanged(): void {
    this.announcePage();
  }

  protected override sessionChanged(): void {
    if (this.signedIn) return;
    // Signed out (or in another tab): nothing of the person stays on screen.
    this.earlierResults.reset();
    this.comparedId = undefined;
    this.saved = undefined;
    if (this.saveState !== SaveState.idle) this.saveState = SaveState.idle;
  }

  protected override firstUpdated(): void {
    this.announcePage();
  }

  /** In the portal, tells the shell the page's title (it sets `document.title`); alone, nobody listens. */
  private announcePage(): void {
    if (!this.hasUpdated || !this.inPortal) return;
    portalBus.publish(PageTopic, { area: AREA, title: pageTitle(this.locale, { page: this.page, view: this.view, step: this.step }) });
  }

  /** Shows a view or step, focus on its heading (WCAG 2.4.3); in the portal a new step is a history entry (a partner owns its own). */
  private async show(view: View, step: number, focus = HEADING[view], fromHistory = false): Promise<void> {
    if (!fromHistory && this.inPortal) this.history.push({ view: this.view, step: this.step }, { view, step });
    this.view = view;
    this.step = step;
    await this.updateComplete;
    this.announcePage();
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  private readonly history = new StepHistory(this, FACTORS.length, ({ view, step }) => {
    this.stepErrors = [];
    void this.show(view === View.result && !this.result ? View.questions : view, step, undefined, true);
  });

  // The steps -----------------------------------------------------------------------------------

  private readonly start = (): void => {
    this.stepErrors = [];
    void this.show(View.questions, 0);
  };

  private readonly answer = (statement: string, value: AnswerValue): void => {
    this.answers = { ...this.answers, [statement]: value };
  };

  private readonly next = async (event: Event): Promise<void> => {
    event.preventDefault();
    const missing = unansweredStatements(factorAt(this.step), this.answers);
    if (missing.length > 0) {
      this.stepErrors = missing;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
      return;
    }
    this.stepErrors = [];
    if (this.step < FACTORS.length - 1) await this.show(View.questions, this.step + 1);
    else await this.finish();
  };

  private readonly back = (): void => {
    this.stepErrors = [];
    if (this.view === View.questions && this.history.isCurrent({ view: View.questions, step: this.step })) window.history.back();
    else if (this.step === 0) void this.show(View.intro, 0);
    else void this.show(View.questions, this.step - 1);
  };

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
    await this.show(View.result, this.step);
    this.dispatchEvent(completedEvent(completedAt, scored.scores, this.hasAttribute('share-result')));
  }

  private readonly changeAnswers = (): void => {
    void this.show(View.questions, FACTORS.length - 1);
  };

  private readonly startOver = (): void => {
    this.answers = {};
    this.result = undefined;
    this.saved = undefined;
    this.saveState = SaveState.idle;
    this.comparedId = undefined;
    this.stepErrors = [];
    void this.show(View.questions, 0);
  };

  private readonly print = (): void => window.print();

  // Saving and comparing (signed in) ------------------------------------------------------------

  private readonly save = async (): Promise<void> => {
    const result = this.result;
    if (!result || this.saveState === SaveState.saving) return;
    this.saveState = SaveState.saving;
    try {
      const saved = await saveResult(result.answers, this.saveKey);
      // The person may have started again meanwhile: a late answer belongs to a result no longer shown.
      if (this.result !== result) return;
      this.saved = saved;
      this.saveState = SaveState.saved;
      // The front page's "take it again" reminder may go; the shell and the overview read it again.
      if (this.inPortal) portalBus.publish(CurrentItemsChangedTopic, { area: AREA });
    } catch (error) {
      if (this.result !== result) return;
      this.saveState = error instanceof ApiRequestError && error.status === 401 ? SaveState.sessionEnded : SaveState.failed;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#save-error')?.focus();
    }
  };

  private readonly toggleCompare = (result: SavedResult): void => {
    const stop = this.comparedId === result.id;
    this.comparedId = stop ? undefined : result.id;
    const date = formatDateTime(result.takenAt, this.language);
    this.announcement = stop ? this.locale.t('notComparing') : this.locale.t('comparing', { date });
  };

  private readonly stopComparing = (): void => {
    this.comparedId = undefined;
    this.announcement = this.locale.t('notComparing');
  };

  // Rendering -----------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`<div class="container" part="container" lang=${this.locale.language}>${this.renderPage()}</div>`;
  }

  private renderPage(): TemplateResult {
    const t = this.locale.t.bind(this.locale);
    switch (this.page) {
      case SubPage.results:
        return html`<career-radar-results
          lang=${this.locale.language}
          heading-level=${this.level}
          portal-url=${this.portalUrl ?? nothing}
          base-path=${this.basePath}
        ></career-radar-results>`;
      case SubPage.notFound:
        return html`${heading(this.level, t('notFoundTitle'), { id: 'main-heading', focusable: true, part: 'heading' })}
          <p>${t('notFoundText')}</p>
          <p><a href=${this.portalHref(this.basePath)} @click=${followInternalLink}>${t('notFoundLink')}</a></p>`;
      default:
        break;
    }
    const mainHeading = heading(this.level, t('title'), { id: 'main-heading', focusable: true, part: 'heading' });
    if (this.view === View.questions) {
      return stepView(this.locale, {
        mainHeading,
        subLevel: this.subLevel,
        step: this.step,
        answers: this.answers,
        errors: this.stepErrors,
        onAnswer: this.answer,
        onNext: this.next,
        onBack: this.back,
        onErrorLink: (statement) => focusStatement(this.renderRoot, statement),
      });
    }
    if (this.view === View.result && this.result) return this.renderResult(mainHeading, this.result);
    return introView(this.locale, {
      mainHeading,
      signedIn: this.signedIn,
      savedResultsHref: this.inPortal ? this.portalHref(`${this.basePath}/results`) : undefined,
      onStart: this.start,
    });
  }

  private renderResult(mainHeading: TemplateResult, result: CurrentResult): TemplateResult {
    return resultView(this.locale, {
      mainHeading,
      subLevel: this.subLevel,
      result,
      signedIn: this.signedIn,
      saveState: this.saveState,
      saved: this.saved,
      earlierState: this.earlierResults.state,
      earlier: this.earlierResults.value ?? [],
      compared: this.compared,
      announcement: this.announcement,
      href: (path) => this.portalHref(path),
      onSave: this.save,
      onRetryEarlier: () => void this.loadEarlier(),
      onCompare: this.toggleCompare,
      onStopComparing: this.stopComparing,
      onPrint: this.print,
      onChangeAnswers: this.changeAnswers,
      onStartOver: this.startOver,
    });
  }
}
