import { token } from './tokens.js';
import { css } from 'lit';
import { calloutStyles } from './callout.styles.js';

// The portal's look inside an area's shadow roots. Colours come from the shell's design tokens
// (custom properties inherit into shadow DOM), with fallbacks, so an element alone or on a partner
// page stays readable; every text/background pair is at least 4.5:1. Sizes are relative and no box
// has a fixed width: at 320 px everything is one column, and long Finnish compounds wrap (headings
// hyphenate) instead of pushing the page sideways. An area adds its own patterns after these.

/** Headings, text, links, buttons, notices, tags, fact lists, focus and print basics: every element of an area. */
export const baseStyles = css`
  :host {
    display: block;
    color: ${token.text};
    font: inherit;
    overflow-wrap: break-word;
  }
  h1 {
    font-size: ${token.fontSizeH1};
    line-height: 1.2;
    margin: 0 0 1rem;
    hyphens: auto;
  }
  h2 {
    font-size: 1.35rem;
    line-height: 1.3;
    margin: 2rem 0 0.75rem;
    hyphens: auto;
  }
  h3 {
    font-size: 1.15rem;
    margin: 1.25rem 0 0.5rem;
  }
  p {
    max-width: 45rem;
  }
  /* The kind of a page above its h1 ("Selvityspyyntö"), as GOV.UK's caption. */
  .caption {
    color: ${token.textMuted};
    font-size: 1.1rem;
    margin: 0 0 0.25rem;
  }
  /* Focus moves to these by script (a new page, a failed submit): show it to keyboard users. */
  h1:focus,
  .error-summary:focus,
  .notice:focus {
    outline: 3px solid ${token.focus};
    outline-offset: 3px;
  }
  h1:focus:not(:focus-visible) {
    outline: none;
  }
  a {
    color: ${token.link};
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 3px;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  .link:focus-visible {
    outline: 3px solid ${token.focus};
    outline-offset: 3px;
  }
  .muted {
    color: ${token.textMuted};
  }
  .button {
    display: inline-block;
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    padding: 0.6rem 1.2rem;
    min-height: 44px;
    box-sizing: border-box;
    border-radius: 4px;
    border: 2px solid ${token.primary};
    background: ${token.primary};
    color: #fff;
    cursor: pointer;
    text-decoration: none;
    text-align: center;
    max-width: 100%;
  }
  a.button:hover {
    text-decoration: underline;
  }
  .button.secondary {
    background: #fff;
    color: ${token.primary};
  }
  .button.small {
    padding: 0.35rem 0.8rem;
    font-weight: 600;
  }
  .button[disabled] {
    opacity: 0.7;
    cursor: progress;
  }
  .link {
    font: inherit;
    background: none;
    border: 0;
    padding: 0;
    min-height: 44px;
    color: ${token.link};
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    text-align: left;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: center;
    margin: 1.5rem 0;
  }
  ${calloutStyles('.notice', '.notice.error')}
  .notice p {
    margin: 0;
  }
  .notice p + p,
  .notice p + .button,
  .notice p + .actions {
    margin-top: 0.75rem;
  }
  /* The question Cancel asks about a draft (form-actions.ts): its heading and buttons inside the box. */
  .leave h2 {
    margin-top: 0;
  }
  .leave .actions {
    margin-bottom: 0;
  }
  /* A short status beside a text (a state, a deadline): dark on light grey, or white on red when
     late; each text/background pair at least 4.5:1. */
  .tag {
    display: inline-block;
    padding: 0.15rem 0.6rem;
    font-weight: 700;
    border: 2px solid #505a5f;
    border-radius: 2px;
    background: #f3f2f1;
    color: #1a1a1a;
  }
  .tag.late {
    background: ${token.error};
    border-color: ${token.error};
    color: #fff;
  }
  /* A value and its tag on one line (a date and "3 days left"), wrapping on a narrow screen. */
  .with-tag {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  /* The ways back below a page or a form, one a line. */
  ul.back-links {
    list-style: none;
    padding: 0;
    margin: 2rem 0 0;
  }
  ul.back-links li + li {
    margin-top: 0.5rem;
  }
  /* Label and value side by side; label above value on a narrow screen. A page that wants them
     roomier or tighter sets the --facts-* properties on its list rather than writing them again. */
  dl.facts {
    display: grid;
    grid-template-columns: minmax(var(--facts-label-min, 9rem), var(--facts-label-max, 14rem)) 1fr;
    margin: var(--facts-margin, 0.5rem 0 1rem);
    max-width: var(--facts-max-width, 45rem);
    border-top: 1px solid var(--facts-rule, ${token.borderLight});
  }
  dl.facts dt,
  dl.facts dd {
    margin: 0;
    padding: var(--facts-padding, 0.6rem) 0;
    border-bottom: 1px solid ${token.borderLight};
    overflow-wrap: anywhere;
  }
  dl.facts dt {
    font-weight: 600;
    padding-right: 1rem;
  }
  .pre-line {
    white-space: pre-line;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: 0;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    border: 0;
    white-space: nowrap;
  }
  @media (max-width: 40rem) {
    dl.facts {
      grid-template-columns: 1fr;
    }
    dl.facts dt {
      border-bottom: none;
      padding-bottom: 0;
    }
    dl.facts dd {
      padding-top: var(--facts-stacked-gap, 0.25rem);
    }
  }
  /* Printing: black on white, nothing to click, no box split across pages. The shell hides its own
     header, navigation and footer. */
  @media print {
    :host {
      color: #000;
      background: #fff;
      font-size: 11pt;
    }
    .button,
    button,
    .actions,
    ul.back-links,
    .no-print {
      display: none !important;
    }
    a {
      color: #000;
      text-decoration: none;
    }
    .muted,
    .caption,
    .hint {
      color: #000;
    }
    .notice {
      border-left-color: #000;
      background: #fff;
    }
    .tag {
      background: #fff !important;
      color: #000 !important;
      border-color: #000 !important;
    }
    dl.facts dt,
    dl.facts dd {
      border-bottom-color: #000;
    }
    section,
    .row,
    .card {
      break-inside: avoid;
    }
    h1,
    h2,
    h3 {
      break-after: avoid;
    }
  }
`;
