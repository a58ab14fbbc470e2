import { html, nothing, type TemplateResult } from 'lit';
import { weakestFactors, type FactorScores, type SavedResult } from '@portal/shared-contracts/career-radar';
import { LoadState } from '@portal/ui-kit/page';
import { scoresView } from '../../chart/scores.js';
import { formatDateTime } from '../../format.js';
import { heading } from '../../heading.js';
import { suggestionsView } from '../../suggestions/suggestions.js';
import type { AppWords } from '../career-radar-app.messages.js';

// The result: the chart and the table (a saved result compared on both), the suggestions, and,
// signed in, saving it and the earlier saved results to compare with.

export const SaveState = { idle: 'idle', saving: 'saving', saved: 'saved', failed: 'failed', sessionEnded: 'session-ended' } as const;
export type SaveState = (typeof SaveState)[keyof typeof SaveState];

/** The result on screen: computed here with the contract's scoring, the same the server uses. */
export interface CurrentResult {
  readonly answers: Readonly<Record<string, number>>;
  readonly scores: FactorScores;
  readonly completedAt: string;
}

export interface ResultOptions {
  readonly mainHeading: TemplateResult;
  readonly subLevel: number;
  readonly result: CurrentResult;
  readonly signedIn: boolean;
  readonly saveState: SaveState;
  /** The result as saved, once it is. */
  readonly saved: SavedResult | undefined;
  readonly earlierState: LoadState;
  /** The person's saved results, newest first. */
  readonly earlier: readonly SavedResult[];
  /** The saved result compared with the one on screen. */
  readonly compared: SavedResult | undefined;
  /** What the polite live region says (a comparison started or stopped). */
  readonly announcement: string;
  readonly href: (path: string) => string;
  readonly onSave: () => void;
  readonly onRetryEarlier: () => void;
  readonly onCompare: (result: SavedResult) => void;
  readonly onStopComparing: () => void;
  readonly onPrint: () => void;
  readonly onChangeAnswers: () => void;
  readonly onStartOver: () => void;
}

export function resultView(words: AppWords, o: ResultOptions): TemplateResult {
  const scores = o.saved?.scores ?? o.result.scores;
  const takenAt = o.saved?.takenAt ?? o.result.completedAt;
  const weak = weakestFactors(scores);
  const compared = o.compared;
  return html`
    ${o.mainHeading}
    <section class="result" aria-labelledby="result-heading">
      ${heading(o.subLevel, words.t('resultHeading'), { id: 'result-heading', focusable: true, part: 'result-heading' })}
      <p class="muted">${words.t('takenAt', { date: formatDateTime(takenAt, words.language) })}</p>
      <p>${words.t('resultIntro')}</p>
      ${scoresView(words, { idPrefix: 'result-chart', current: { scores, takenAt }, compared, weak })}
    </section>
    ${suggestionsView(words, { level: o.subLevel, weak, scores, href: o.href })}
    ${o.signedIn ? html`${saveView(words, o)} ${earlierView(words, o)}` : html`<p class="notice no-print" part="notice">${words.t('signedOutNote')}</p>`}
    <div class="actions no-print">
      <button type="button" class="print" part="button" @click=${o.onPrint}>${words.t('print')}</button>
      <button type="button" class="secondary change" part="button" @click=${o.onChangeAnswers}>${words.t('changeAnswers')}</button>
      <button type="button" class="secondary start-over" part="button" @click=${o.onStartOver}>${words.t('startOver')}</button>
    </div>
    <div class="visually-hidden" role="status" aria-live="polite">${o.announcement}</div>
  `;
}

function saveView(words: AppWords, o: ResultOptions): TemplateResult {
  const state = o.saveState;
  const failed = state === SaveState.failed || state === SaveState.sessionEnded;
  return html`<section class="save no-print" aria-labelledby="save-heading">
    ${heading(o.subLevel, words.t('saveHeading'), { id: 'save-heading' })}
    <p>${words.t('saveIntro')}</p>
    ${
      failed
        ? html`<div class="notice error" id="save-error" tabindex="-1" part="notice">
          <p>${words.t(state === SaveState.sessionEnded ? 'saveSessionEnded' : 'saveFailed')}</p>
        </div>`
        : nothing
    }
    ${
      state === SaveState.saved || state === SaveState.sessionEnded
        ? nothing
        : html`<button type="button" class="save-button" part="button" ?disabled=${state === SaveState.saving} @click=${o.onSave}>
          ${state === SaveState.saving ? words.t('saving') : failed ? words.t('retry') : words.t('save')}
        </button>`
    }
    <p class="save-status" role="status">${o.saved ? words.t('saved', { date: formatDateTime(o.saved.takenAt, words.language) }) : nothing}</p>
  </section>`;
}

function earlierView(words: AppWords, o: ResultOptions): TemplateResult {
  let body: TemplateResult;
  switch (o.earlierState) {
    case LoadState.failed:
    case LoadState.notFound:
      body = html`<div class="notice error" part="notice">
        <p>${words.t('earlierFailed')}</p>
        <button type="button" class="secondary retry" part="button" @click=${o.onRetryEarlier}>${words.t('retry')}</button>
      </div>`;
      break;
    case LoadState.loaded:
      body = earlierList(words, o);
      break;
    default:
      body = html`<p>${words.t('earlierLoading')}</p>`;
  }
  return html`<section class="earlier no-print" aria-labelledby="earlier-heading">
    ${heading(o.subLevel, words.t('earlierHeading'), { id: 'earlier-heading' })} ${body}
  </section>`;
}

function earlierList(words: AppWords, o: ResultOptions): TemplateResult {
  // The result just saved is this one, not an earlier one to compare with.
  const items = o.earlier.filter((item) => item.id !== o.saved?.id);
  if (items.length === 0) return html`<p>${words.t('earlierEmpty')}</p>`;
  return html`<p>${words.t('earlierIntro')}</p>
    <ul class="saved-list" part="results-list">
      ${items.map((item) => {
        const date = formatDateTime(item.takenAt, words.language);
        return html`<li>
          <span class="date">${date}</span>
          <button
            type="button"
            class="secondary compare"
            part="button"
            aria-pressed=${o.compared?.id === item.id ? 'true' : 'false'}
            @click=${() => o.onCompare(item)}
          >
            ${words.t('compare')}<span class="visually-hidden"> ${words.t('compareHidden', { date })}</span>
          </button>
        </li>`;
      })}
    </ul>
    ${
      o.compared !== undefined
        ? html`<p><button type="button" class="link stop-comparing" part="button" @click=${o.onStopComparing}>${words.t('stopComparing')}</button></p>`
        : nothing
    }`;
}
