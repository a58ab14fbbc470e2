import { css } from 'lit';
import { calloutStyles, token } from '@portal/ui-kit/styles';

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

/**
 * The area's public theming API, each `--career-radar-*` property written once: a partner page sets
 * these (documented as `@cssprop` on the elements); unset, they fall back to the portal's tokens
 * (the shell's `--portal-color-*`, then the kit's defaults). The few with no portal token (the
 * compared series, the chart's grid, the surface) keep a value of their own, chosen for contrast.
 */
export const theme = {
  accent: css`var(--career-radar-accent, ${token.primary})`,
  accentText: css`var(--career-radar-accent-text, #fff)`,
  compare: css`var(--career-radar-compare, #8a3b00)`,
  text: css`var(--career-radar-text, ${token.text})`,
  textMuted: css`var(--career-radar-text-muted, ${token.textMuted})`,
  surface: css`var(--career-radar-surface, #fff)`,
  border: css`var(--career-radar-border, #505a5f)`,
  grid: css`var(--career-radar-grid, #8c959a)`,
  link: css`var(--career-radar-link, ${token.link})`,
  focus: css`var(--career-radar-focus, ${token.focus})`,
  error: css`var(--career-radar-error, ${token.error})`,
  errorSurface: css`var(--career-radar-error-surface, ${token.errorBg})`,
  noticeAccent: css`var(--career-radar-accent, ${token.info})`,
  noticeSurface: css`var(--career-radar-notice-surface, ${token.infoBg})`,
  radius: css`var(--career-radar-radius, 4px)`,
} as const;

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
    color: ${theme.text};
    background: ${theme.surface};
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
    outline: 3px solid ${theme.focus};
    outline-offset: 3px;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  a {
    color: ${theme.link};
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
    outline: 3px solid ${theme.focus};
    outline-offset: 3px;
  }
  .muted {
    color: ${theme.textMuted};
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
    border-radius: ${theme.radius};
    border: 2px solid ${theme.accent};
    background: ${theme.accent};
    color: ${theme.accentText};
    cursor: pointer;
    text-align: center;
    max-width: 100%;
  }
  button.secondary {
    background: ${theme.surface};
    color: ${theme.accent};
  }
  button.link {
    border: 0;
    background: none;
    padding: 0.6em 0;
    font-weight: 400;
    color: ${theme.link};
    text-decoration: underline;
    text-underline-offset: 0.15em;
    text-align: start;
  }
  button[aria-pressed='true'] {
    background: ${theme.accent};
    color: ${theme.accentText};
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
    border: 2px solid ${theme.text};
    border-radius: ${theme.radius};
    background: ${theme.surface};
    color: ${theme.text};
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
  ${calloutStyles(
    '.notice',
    '.notice.error',
    { accent: theme.noticeAccent, surface: theme.noticeSurface, problem: theme.error, problemSurface: theme.errorSurface },
    'em',
  )}
  .notice {
    max-width: 45em;
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
    border: 4px solid ${theme.error};
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
    color: ${theme.error};
    font-weight: 700;
  }
  .field-error {
    color: ${theme.error};
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
