import { html, type TemplateResult } from 'lit';
import { QUESTIONNAIRE, type FactorId } from '@portal/shared-contracts/career-radar';
import type { AreaWords } from '../area.js';
import { formatDateTime } from '../format.js';
import { chartLegend, radarChart } from './radar-chart.js';
import { scoreTable } from './score-table.js';

/** A result's scores and when it was taken. */
export interface ScoredResult {
  readonly scores: Readonly<Partial<Record<FactorId, number>>>;
  readonly takenAt: string;
}

export interface ScoresOptions {
  /** Keeps the chart's ids apart from another chart's in the same shadow root. */
  readonly idPrefix: string;
  readonly current: ScoredResult;
  readonly compared?: ScoredResult | undefined;
  readonly weak: readonly FactorId[];
}

/**
 * A result as a chart with its key and as a table, with a second result compared on both when
 * given, in the element's language.
 */
export function scoresView(words: AreaWords, options: ScoresOptions): TemplateResult {
  const locale = words.language;
  const t = words.t.bind(words);
  const currentDate = formatDateTime(options.current.takenAt, locale);
  const comparedDate = options.compared ? formatDateTime(options.compared.takenAt, locale) : undefined;
  return html`<figure class="chart-figure">
      ${radarChart({
        idPrefix: options.idPrefix,
        locale,
        factors: QUESTIONNAIRE.factors,
        title: t('chartTitle'),
        scaleText: t('chartScale'),
        current: { scores: options.current.scores, name: t('chartCurrent') },
        compared: options.compared ? { scores: options.compared.scores, name: t('chartCompared') } : undefined,
      })}
      <figcaption>
        ${chartLegend({
          heading: t('legendHeading'),
          current: t('legendCurrent', { date: currentDate }),
          compared: comparedDate === undefined ? undefined : t('legendCompared', { date: comparedDate }),
          valuesHint: t('legendValues'),
        })}
      </figcaption>
    </figure>
    ${scoreTable({
      locale,
      factors: QUESTIONNAIRE.factors,
      caption: t('tableCaption'),
      factorHeader: t('factorColumn'),
      current: { header: t('currentColumn', { date: currentDate }), scores: options.current.scores },
      compared:
        options.compared && comparedDate !== undefined
          ? { header: t('comparedColumn', { date: comparedDate }), scores: options.compared.scores }
          : undefined,
      changeHeader: t('changeColumn'),
      weak: options.weak,
      weakTag: t('weakTag'),
    })}`;
}
