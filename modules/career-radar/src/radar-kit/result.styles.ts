import { css } from 'lit';

// The result's parts shared by the elements: the chart, its key, the table, the suggestions and
// the list of saved results. The two series differ in colour (accent / compare), in line (solid /
// dashed) and in point shape (round / square), so neither colour vision nor a black-and-white
// printout is needed to tell them apart.

export const resultStyles = css`
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
    fill: var(--career-radar-text, var(--portal-color-text, #1a1a1a));
  }
  .axis-label {
    font-size: 17px;
  }
  .axis-value {
    font-weight: 700;
  }
  .scale-label {
    font-size: 13px;
    fill: var(--career-radar-text-muted, #4a4a4a);
  }
  .ring,
  .axis {
    fill: none;
    stroke: var(--career-radar-grid, #8c959a);
    stroke-width: 1;
  }
  .ring.outer {
    stroke: var(--career-radar-border, #505a5f);
  }
  .shape {
    stroke-width: 3;
    stroke-linejoin: round;
  }
  .shape.current {
    fill: var(--career-radar-accent, var(--portal-color-primary, #0a58ca));
    fill-opacity: 0.14;
    stroke: var(--career-radar-accent, var(--portal-color-primary, #0a58ca));
  }
  line.shape.current {
    fill: none;
  }
  .shape.compared {
    fill: none;
    stroke: var(--career-radar-compare, #8a3b00);
    stroke-dasharray: 10 6;
  }
  .marker.current {
    fill: var(--career-radar-accent, var(--portal-color-primary, #0a58ca));
    stroke: var(--career-radar-surface, #fff);
    stroke-width: 2;
  }
  .marker.compared {
    fill: var(--career-radar-surface, #fff);
    stroke: var(--career-radar-compare, #8a3b00);
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
    border-bottom: 1px solid var(--career-radar-border, #505a5f);
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
  .suggestions ul {
    list-style: none;
    padding: 0;
  }
  .suggestions li {
    border-left: 4px solid var(--career-radar-accent, var(--portal-color-primary, #0a58ca));
    padding: 0.25em 0 0.25em 1em;
    margin: 0 0 1em;
  }
  .suggestions li p {
    margin: 0 0 0.4em;
  }
  .suggestion .score {
    font-weight: 400;
    white-space: nowrap;
  }
  .saved-list {
    list-style: none;
    padding: 0;
  }
  .saved-list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.4em 0;
    border-bottom: 1px solid var(--career-radar-border, #505a5f);
  }
  .saved-list .date {
    min-width: 12em;
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
    .suggestions li {
      border-left-color: #000;
    }
  }
`;
