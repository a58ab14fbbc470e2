import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@portal/shared-contracts';
import type { Factor, FactorId } from '@portal/shared-contracts/career-radar';
import { formatChange, formatScore } from '../format.js';

export interface ScoreTableOptions {
  readonly locale: Locale;
  readonly factors: readonly Factor[];
  readonly caption: string;
  readonly factorHeader: string;
  readonly current: { readonly header: string; readonly scores: Readonly<Partial<Record<FactorId, number>>> };
  /** A second result: its own column, and the change from it. */
  readonly compared?: { readonly header: string; readonly scores: Readonly<Partial<Record<FactorId, number>>> } | undefined;
  readonly changeHeader: string;
  /** Factors marked as the ones to work on, with `weakTag` beside their name. */
  readonly weak: readonly FactorId[];
  readonly weakTag: string;
}

/**
 * The chart's numbers as a real table: for screen readers, for anyone who reads numbers more easily
 * than shapes, and for print. One row per factor (its full name as the row header), the current
 * score, and when comparing the compared score and the change.
 */
export function scoreTable(o: ScoreTableOptions): TemplateResult {
  const score = (value: number | undefined): string => (value === undefined ? '–' : formatScore(value, o.locale));
  return html`<div class="table-wrap">
    <table class="scores" part="table">
      <caption>
        ${o.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${o.factorHeader}</th>
          <th scope="col" class="number">${o.current.header}</th>
          ${
            o.compared
              ? html`<th scope="col" class="number">${o.compared.header}</th>
                <th scope="col" class="number">${o.changeHeader}</th>`
              : nothing
          }
        </tr>
      </thead>
      <tbody>
        ${o.factors.map((factor) => {
          const now = o.current.scores[factor.id];
          const before = o.compared?.scores[factor.id];
          return html`<tr data-factor=${factor.id}>
            <th scope="row">
              ${factor.name[o.locale]}${o.weak.includes(factor.id) ? html` <span class="weak-tag">(${o.weakTag})</span>` : nothing}
            </th>
            <td class="number current">${score(now)}</td>
            ${
              o.compared
                ? html`<td class="number compared">${score(before)}</td>
                  <td class="number change">${now === undefined || before === undefined ? '–' : formatChange(now - before, o.locale)}</td>`
                : nothing
            }
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
