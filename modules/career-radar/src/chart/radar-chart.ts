import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ANSWER_MAX, ANSWER_MIN, type Factor, type FactorId } from '@portal/shared-contracts/career-radar';
import type { Locale } from '@portal/shared-contracts';
import { formatScore } from '../format.js';

// The radar (spider) chart as inline SVG: one axis per factor, rings at 1–5, the current result as
// a filled shape with a solid line and round points, a compared result as a dashed line with square
// points. It must be readable without colour and without sight: the two series differ by line and
// point shape as well as colour, every axis carries its values as text, the SVG has a title and a
// description (`role="img"` with `aria-labelledby`/`aria-describedby`), and the same numbers are in
// a real table beside it (score-table.ts), which is what screen readers are pointed to.

export interface ChartSeries {
  readonly scores: Readonly<Partial<Record<FactorId, number>>>;
  /** Who this series is, for the description: "this result", "the comparison". */
  readonly name: string;
}

export interface RadarChartOptions {
  /** Prefix of the ids inside the chart: two charts in one shadow root must not share ids. */
  readonly idPrefix: string;
  readonly locale: Locale;
  readonly factors: readonly Factor[];
  readonly title: string;
  /** A sentence on how to read it (the scale), put before the values in the description. */
  readonly scaleText: string;
  readonly current: ChartSeries;
  readonly compared?: ChartSeries | undefined;
}

const WIDTH = 640;
const HEIGHT = 500;
const CX = 320;
const CY = 250;
const RADIUS = 165;
const LABEL_GAP = 22;
const LINE = 19;

/** The point of a score on the axis of factor `index` of `count`; the first axis points up. */
export function pointOf(index: number, count: number, score: number): { x: number; y: number } {
  const angle = (2 * Math.PI * index) / count - Math.PI / 2;
  const r = (Math.min(Math.max(score, 0), ANSWER_MAX) / ANSWER_MAX) * RADIUS;
  return { x: round(CX + r * Math.cos(angle)), y: round(CY + r * Math.sin(angle)) };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function polygon(factors: readonly Factor[], scores: ChartSeries['scores']): string {
  return factors
    .map((factor, index) => pointOf(index, factors.length, scores[factor.id] ?? 0))
    .map((p) => `${p.x},${p.y}`)
    .join(' ');
}

/** The text of an axis: its short name, and its value(s) ("3,3" or "3,3 / 2,7"). */
export function axisValueText(factor: Factor, options: Pick<RadarChartOptions, 'current' | 'compared' | 'locale'>): string {
  const value = (series: ChartSeries): string => {
    const score = series.scores[factor.id];
    return score === undefined ? '–' : formatScore(score, options.locale);
  };
  return options.compared ? `${value(options.current)} / ${value(options.compared)}` : value(options.current);
}

/** The chart's description: the scale and every factor's value(s), for assistive technology. */
export function chartDescription(options: RadarChartOptions): string {
  const values = options.factors.map((factor) => {
    const current = options.current.scores[factor.id];
    const compared = options.compared?.scores[factor.id];
    const now = `${factor.name[options.locale]} ${current === undefined ? '–' : formatScore(current, options.locale)}`;
    return options.compared && compared !== undefined ? `${now} (${options.compared.name} ${formatScore(compared, options.locale)})` : now;
  });
  return `${options.scaleText} ${values.join('; ')}.`;
}

function axisLabel(factor: Factor, index: number, options: RadarChartOptions): SVGTemplateResult {
  const count = options.factors.length;
  const angle = (2 * Math.PI * index) / count - Math.PI / 2;
  const x = round(CX + (RADIUS + LABEL_GAP) * Math.cos(angle));
  const y = round(CY + (RADIUS + LABEL_GAP) * Math.sin(angle));
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
  // Two lines: above the point on the upper half, below it on the lower half, centred at the sides.
  const firstLine = sin < -0.2 ? y - LINE : sin > 0.2 ? y + LINE * 0.8 : y - LINE * 0.2;
  // No whitespace between the tspans: it would be drawn as a space at the start of the second line.
  return svg`<text class="axis-label" x=${x} y=${round(firstLine)} text-anchor=${anchor}><tspan x=${x} class="axis-name">${factor.shortName[options.locale]}</tspan><tspan x=${x} dy=${LINE} class="axis-value">${axisValueText(factor, options)}</tspan></text>`;
}

function markers(options: RadarChartOptions, series: ChartSeries, shape: 'circle' | 'square'): SVGTemplateResult[] {
  const count = options.factors.length;
  return options.factors.flatMap((factor, index) => {
    const score = series.scores[factor.id];
    if (score === undefined) return [];
    const p = pointOf(index, count, score);
    return shape === 'circle'
      ? [svg`<circle class="marker current" cx=${p.x} cy=${p.y} r="6"></circle>`]
      : [svg`<rect class="marker compared" x=${round(p.x - 5.5)} y=${round(p.y - 5.5)} width="11" height="11"></rect>`];
  });
}

/** The chart: an SVG image with its title and description. */
export function radarChart(options: RadarChartOptions): TemplateResult {
  const count = options.factors.length;
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  const rings = [];
  for (let score = ANSWER_MIN; score <= ANSWER_MAX; score++) {
    rings.push(
      svg`<polygon class=${score === ANSWER_MAX ? 'ring outer' : 'ring'} points=${polygon(options.factors, Object.fromEntries(options.factors.map((f) => [f.id, score])))}></polygon>`,
    );
  }
  return html`<svg
    class="radar-chart"
    part="chart"
    viewBox="0 0 ${WIDTH} ${HEIGHT}"
    role="img"
    aria-labelledby=${titleId}
    aria-describedby=${descId}
    preserveAspectRatio="xMidYMid meet"
  >
    <title id=${titleId}>${options.title}</title>
    <desc id=${descId}>${chartDescription(options)}</desc>
    <g class="grid">
      ${rings}
      ${options.factors.map((_factor, index) => {
        const end = pointOf(index, count, ANSWER_MAX);
        return svg`<line class="axis" x1=${CX} y1=${CY} x2=${end.x} y2=${end.y}></line>`;
      })}
    </g>
    <g class="scale-labels">
      ${[1, 2, 3, 4, 5].map((score) => {
        // Along the first axis (up), just right of it, so the scale reads without the table.
        const p = pointOf(0, count, score);
        return svg`<text class="scale-label" x=${p.x + 6} y=${p.y + 4}>${score}</text>`;
      })}
    </g>
    ${
      options.compared
        ? svg`<g class="series compared">
          <polygon class="shape compared" points=${polygon(options.factors, options.compared.scores)}></polygon>
          ${markers(options, options.compared, 'square')}
        </g>`
        : nothing
    }
    <g class="series current">
      <polygon class="shape current" points=${polygon(options.factors, options.current.scores)}></polygon>
      ${markers(options, options.current, 'circle')}
    </g>
    <g class="labels">${options.factors.map((factor, index) => axisLabel(factor, index, options))}</g>
  </svg>`;
}

export interface LegendOptions {
  readonly current: string;
  readonly compared?: string | undefined;
  /** How the values on the axes are to be read when two series are shown. */
  readonly valuesHint?: string | undefined;
  readonly heading: string;
}

/** The key under the chart, in HTML (readable, zoomable, translatable), with samples of each line. */
export function chartLegend(options: LegendOptions): TemplateResult {
  const sample = (kind: 'current' | 'compared') =>
    html`<svg class="legend-sample" viewBox="0 0 48 16" width="48" height="16" aria-hidden="true" focusable="false">
      <line class="shape ${kind}" x1="2" y1="8" x2="46" y2="8"></line>
      ${kind === 'current' ? svg`<circle class="marker current" cx="24" cy="8" r="5"></circle>` : svg`<rect class="marker compared" x="19" y="3" width="10" height="10"></rect>`}
    </svg>`;
  return html`<div class="legend" part="legend">
    <p class="visually-hidden">${options.heading}</p>
    <ul>
      <li>${sample('current')} <span>${options.current}</span></li>
      ${options.compared ? html`<li>${sample('compared')} <span>${options.compared}</span></li>` : nothing}
    </ul>
    ${options.compared && options.valuesHint ? html`<p class="muted">${options.valuesHint}</p>` : nothing}
  </div>`;
}
