import { css } from 'lit';

// The area's look, shared by its elements. It has to hold in two homes: in the portal, where it
// follows the shell's tokens (`--portal-color-*`), and on a partner's page on another origin, whose
// CSS we do not know and may be hostile (`* { all: unset }`, `button { display: none }`,
// `html { font-size: 10px }`). So:
// - every colour, the font, its size and the radius come from a documented `--career-radar-*`
//   custom property, with a default that falls back to the portal's token and then to a value of
//   its own; every default text/background pair is at least 4.5:1, lines and controls 3:1;
// - the host is `display: block !important` (an inner context's !important beats any outer rule),
//   and the container starts from `all: initial`, so nothing the host inherits from the page
//   (a tiny font, centred text, a letter-spacing) reaches inside;
// - sizes are in `em` of that container, never `rem` (which a page's `html` font size would set);
// - buttons, inputs and links are styled explicitly, never left to the user agent's defaults.

export const themeStyles = css`
  :host {
    display: block !important;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  .container {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--career-radar-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    font-size: var(--career-radar-font-size, medium);
    line-height: 1.5;
    color: var(--career-radar-text, var(--portal-color-text, #1a1a1a));
    background: var(--career-radar-surface, #fff);
    overflow-wrap: break-word;
    text-align: start;
  }
  .container *,
  .container *::before,
  .container *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  .heading {
    font-family: inherit;
    color: inherit;
    line-height: 1.25;
    font-weight: 700;
  }
  .level-1 {
    font-size: 2em;
    margin: 0 0 0.75em;
  }
  .level-2 {
    font-size: 1.4em;
    margin: 1.5em 0 0.6em;
  }
  .level-3,
  .level-4,
  .level-5,
  .level-6 {
    font-size: 1.15em;
    margin: 1.25em 0 0.4em;
  }
  p,
  ul,
  ol,
  dl {
    margin: 0 0 1em;
    max-width: 45em;
  }
  ul,
  ol {
    padding-left: 1.5em;
  }
  /* Focus moves to these by script (a new step, a failed Next): show it to keyboard users too. */
  [tabindex='-1']:focus {
    outline: 3px solid var(--career-radar-focus, var(--portal-color-focus, #0a58ca));
    outline-offset: 3px;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  a {
    color: var(--career-radar-link, var(--portal-color-link, #0a4fb3));
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  a:hover {
    text-decoration-thickness: 3px;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--career-radar-focus, var(--portal-color-focus, #0a58ca));
    outline-offset: 3px;
  }
  .muted {
    color: var(--career-radar-text-muted, #4a4a4a);
  }
  button {
    all: unset;
    box-sizing: border-box;
    display: inline-block;
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    min-height: 44px;
    min-width: 44px;
    padding: 0.6em 1.2em;
    border-radius: var(--career-radar-radius, 4px);
    border: 2px solid var(--career-radar-accent, var(--portal-color-primary, #0a58ca));
    background: var(--career-radar-accent, var(--portal-color-primary, #0a58ca));
    color: var(--career-radar-accent-text, #fff);
    cursor: pointer;
    text-align: center;
    max-width: 100%;
  }
  button.secondary {
    background: var(--career-radar-surface, #fff);
    color: var(--career-radar-accent, var(--portal-color-primary, #0a58ca));
  }
  button.link {
    border: 0;
    background: none;
    padding: 0.6em 0;
    font-weight: 400;
    color: var(--career-radar-link, var(--portal-color-link, #0a4fb3));
    text-decoration: underline;
    text-underline-offset: 0.15em;
    text-align: start;
  }
  button[aria-pressed='true'] {
    background: var(--career-radar-accent, var(--portal-color-primary, #0a58ca));
    color: var(--career-radar-accent-text, #fff);
  }
  button[disabled] {
    cursor: progress;
    opacity: 0.75;
  }
  select {
    all: unset;
    box-sizing: border-box;
    display: block;
    font: inherit;
    min-height: 44px;
    width: 100%;
    max-width: 25em;
    padding: 0.4em 0.5em;
    border: 2px solid var(--career-radar-text, var(--portal-color-text, #1a1a1a));
    border-radius: var(--career-radar-radius, 4px);
    background: var(--career-radar-surface, #fff);
    color: var(--career-radar-text, var(--portal-color-text, #1a1a1a));
    cursor: pointer;
    appearance: auto;
  }
  label.block {
    display: block;
    font-weight: 600;
    margin-bottom: 0.3em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    align-items: center;
    margin: 1.5em 0;
  }
  .notice {
    border-left: 6px solid var(--career-radar-accent, var(--portal-color-info, #0a58ca));
    background: var(--career-radar-notice-surface, var(--portal-color-info-bg, #eef4fc));
    padding: 0.75em 1em;
    margin: 0 0 1.5em;
    max-width: 45em;
  }
  .notice.error {
    border-left-color: var(--career-radar-error, var(--portal-color-error, #b00020));
    background: var(--career-radar-error-surface, var(--portal-color-error-bg, #fdf0f2));
  }
  .notice > :last-child {
    margin-bottom: 0;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .error-summary {
    border: 4px solid var(--career-radar-error, var(--portal-color-error, #b00020));
    padding: 1em;
    margin: 0 0 1.5em;
    max-width: 45em;
  }
  .error-summary .heading {
    margin-top: 0;
  }
  .error-summary ul {
    margin: 0;
  }
  .error-summary a {
    color: var(--career-radar-error, var(--portal-color-error, #b00020));
    font-weight: 700;
  }
  .field-error {
    color: var(--career-radar-error, var(--portal-color-error, #b00020));
    font-weight: 700;
    margin: 0 0 0.4em;
  }

  /* Printing: black on white, nothing to click; the chart, the table and the suggestions stay. */
  @media print {
    .container {
      color: #000;
      background: #fff;
      font-size: 11pt;
    }
    button,
    .no-print {
      display: none !important;
    }
    a {
      color: #000;
    }
    a[data-print-href]::after {
      content: ' (' attr(data-print-href) ')';
    }
    .muted {
      color: #000;
    }
    .notice {
      border-left-color: #000;
      background: #fff;
    }
    section,
    figure,
    table,
    li {
      break-inside: avoid;
    }
    .heading {
      break-after: avoid;
    }
  }
`;
