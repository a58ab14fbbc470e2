import { html, nothing, type TemplateResult } from 'lit';
import {
  ANSWER_VALUES,
  QUESTIONNAIRE,
  SCALE_LABELS,
  type AnswerValue,
  type Factor,
  type Statement,
} from '@portal/shared-contracts/career-radar';
import { heading } from '../../heading.js';
import type { AppWords } from '../career-radar-app.messages.js';

// A step of the self-assessment: the progress, the factor, its three statements on a 1–5 scale,
// and the summary of the statements left unanswered when Next was pressed.

export interface StepOptions {
  /** The element's main heading, above the step. */
  readonly mainHeading: TemplateResult;
  readonly subLevel: number;
  /** The step shown, 0–7: the index of its factor. */
  readonly step: number;
  readonly answers: Readonly<Record<string, number>>;
  /** Statement ids of this step found unanswered when Next was pressed. */
  readonly errors: readonly string[];
  readonly onAnswer: (statement: string, value: AnswerValue) => void;
  readonly onNext: (event: Event) => void;
  readonly onBack: () => void;
  /** An error summary's link: moves focus to the statement's first radio. */
  readonly onErrorLink: (statement: string) => void;
}

const FACTORS = QUESTIONNAIRE.factors;

/** The factor of a step; the step is kept within the factors, the fallback only satisfies the index type. */
export const factorAt = (step: number): Factor => FACTORS[step] ?? (FACTORS[0] as Factor);

/** Moves focus to a statement's first radio, its group scrolled into view (an error summary's link). */
export function focusStatement(root: ParentNode, statement: string): void {
  const first = root.querySelector<HTMLInputElement>(`#answer-${CSS.escape(statement)}-1`);
  first?.focus();
  first?.closest('fieldset')?.scrollIntoView?.({ block: 'nearest' });
}

export function stepView(words: AppWords, o: StepOptions): TemplateResult {
  const number = o.step + 1;
  const total = FACTORS.length;
  // One slot per step, only the current one filled, so each step gets radios of its own. Reused
  // radios would be renamed from one statement to the next, and a checked radio joining a group
  // under its new name unchecks that group's choice (HTML's radio group rules).
  return html`
    ${o.mainHeading}
    <div class="progress" part="progress">
      <progress max=${total} .value=${number} aria-label=${words.t('progressLabel', { step: number, total })}></progress>
    </div>
    ${errorSummary(words, o)} ${FACTORS.map((_factor, index) => (index === o.step ? stepForm(words, o) : nothing))}
  `;
}

function stepForm(words: AppWords, o: StepOptions): TemplateResult {
  const locale = words.language;
  const factor = factorAt(o.step);
  const total = FACTORS.length;
  const last = o.step === total - 1;
  return html`
    <form class="step" novalidate @submit=${o.onNext}>
      ${heading(
        o.subLevel,
        html`<span class="caption"><span class="visually-hidden">${words.t('stepWord')} </span><span class="progress-text">${o.step + 1} / ${total}</span></span>
          <span class="factor-name">${factor.name[locale]}</span>`,
        { id: 'step-heading', focusable: true, part: 'step-heading' },
      )}
      <p class="description">${factor.description[locale]}</p>
      <p class="muted scale-help">${words.t('scaleHelp')}</p>
      ${factor.statements.map((statement) => statementView(words, o, statement))}
      <div class="actions">
        <button type="button" class="secondary back" part="button" @click=${o.onBack}>${words.t('back')}</button>
        <button type="submit" class="next" part="button">${last ? words.t('finish') : words.t('next')}</button>
      </div>
    </form>
  `;
}

function errorSummary(words: AppWords, o: StepOptions): TemplateResult | typeof nothing {
  if (o.errors.length === 0) return nothing;
  const factor = factorAt(o.step);
  return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" part="error-summary">
    ${heading(o.subLevel, words.t('errorSummaryTitle'), { id: 'error-summary-title' })}
    <ul>
      ${o.errors.map((id) => {
        const statement = factor.statements.find((s) => s.id === id);
        return html`<li>
          <a
            href="#answer-${id}-1"
            @click=${(event: Event) => {
              // A fragment link does not reach into shadow DOM: move focus by hand.
              event.preventDefault();
              o.onErrorLink(id);
            }}
            >${words.t('errorStatement', { statement: statement?.text[words.language] ?? id })}</a
          >
        </li>`;
      })}
    </ul>
  </div>`;
}

function statementView(words: AppWords, o: StepOptions, statement: Statement): TemplateResult {
  const locale = words.language;
  const id = statement.id;
  const error = o.errors.includes(id);
  const value = o.answers[id];
  return html`<fieldset class="statement ${error ? 'has-error' : ''}" id="statement-${id}" part="statement" aria-describedby=${error ? `statement-${id}-error` : nothing}>
    <legend class="statement-text">${statement.text[locale]}</legend>
    ${
      error
        ? html`<p class="field-error" id="statement-${id}-error"><span class="visually-hidden">${words.t('errorPrefix')} </span>${words.t('errorInline')}</p>`
        : nothing
    }
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
              @change=${() => o.onAnswer(id, option)}
            />
            <span class="option-number" aria-hidden="true">${option}</span>
            <span class="visually-hidden">${option} ${SCALE_LABELS[option][locale]}</span>
          </label>`,
        )}
      </div>
    </div>
  </fieldset>`;
}
