import { css } from 'lit';
import { theme } from '../theme.styles.js';

// The chart, its key and the table, as both elements show them. The two series differ in colour
// (accent / compare), in line (solid / dashed) and in point shape (round / square), so neither
// colour vision nor a black-and-white printout is needed to tell them apart.

export const chartStyles = css`
  .chart-figure {
    margin: 0 0 1.5em;
    max-width: 42em;
  }
  .radar-chart {
    display: block;
    width: 100%;
    height: auto;
    max-width: 40em;
    overflow: visible;
  }
  .radar-chart text {
    font-family: inherit;
    fill: ${theme.text};
  }
  .axis-label {
    font-size: 17px;
  }
  .axis-value {
    font-weight: 700;
  }
  .scale-label {
    font-size: 13px;
    fill: ${theme.textMuted};
  }
  .ring,
  .axis {
    fill: none;
    stroke: ${theme.grid};
    stroke-width: 1;
  }
  .ring.outer {
    stroke: ${theme.border};
  }
  .shape {
    stroke-width: 3;
    stroke-linejoin: round;
  }
  .shape.current {
    fill: ${theme.accent};
    fill-opacity: 0.14;
    stroke: ${theme.accent};
  }
  line.shape.current {
    fill: none;
  }
  .shape.compared {
    fill: none;
    stroke: ${theme.compare};
    stroke-dasharray: 10 6;
  }
  .marker.current {
    fill: ${theme.accent};
    stroke: ${theme.surface};
    stroke-width: 2;
  }
  .marker.compared {
    fill: ${theme.surface};
    stroke: ${theme.compare};
    stroke-width: 3;
  }
  .legend ul {
    list-style: none;
    padding: 0;
    margin: 0.5em 0;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.6em;
    margin: 0.25em 0;
  }
  .legend-sample {
    flex: none;
    overflow: visible;
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
    margin: 0 0 1.5em;
  }
  table.scores {
    border-collapse: collapse;
    min-width: 18em;
    font: inherit;
    color: inherit;
  }
  table.scores caption {
    text-align: start;
    font-weight: 700;
    margin-bottom: 0.5em;
  }
  table.scores th,
  table.scores td {
    border-bottom: 1px solid ${theme.border};
    padding: 0.5em 1em 0.5em 0;
    text-align: start;
    vertical-align: top;
  }
  table.scores thead th {
    border-bottom-width: 2px;
  }
  table.scores tbody th {
    font-weight: 400;
  }
  table.scores .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  table.scores thead .number {
    white-space: normal;
  }
  .weak-tag {
    font-weight: 700;
  }
  @media print {
    .shape.current,
    .marker.current {
      stroke: #000;
      fill: #000;
    }
    .shape.current {
      fill-opacity: 0.08;
    }
    .shape.compared,
    .marker.compared {
      stroke: #000;
    }
    .radar-chart text {
      fill: #000;
    }
  }
`;
