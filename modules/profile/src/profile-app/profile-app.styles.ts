import { css } from 'lit';

// Colours come from the shell's design tokens (custom properties inherit into shadow DOM); the
// fallbacks keep the element readable alone or on a partner page. Contrast of each pair is ≥ 4.5:1.
export const styles = css`
  :host {
    display: block;
    color: var(--portal-color-text, #1a1a1a);
    font: inherit;
  }
  h1 {
    font-size: var(--portal-font-size-h1, 2rem);
    line-height: 1.2;
    margin: 0 0 0.5rem;
  }
  h1:focus {
    outline: none;
  }
  h1:focus-visible {
    outline: 3px solid var(--portal-color-focus, #0a58ca);
    outline-offset: 4px;
  }
  h2 {
    font-size: 1.35rem;
    margin: 2rem 0 0.75rem;
  }
  /* Section headings take focus from the table of contents and after a retry: visible to the
     keyboard, not a box around a heading after a mouse click. */
  h2 {
    scroll-margin-top: 1rem;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--portal-color-focus, #0a58ca);
    outline-offset: 4px;
  }
  h3 {
    font-size: 1.1rem;
    margin: 1.5rem 0 0.5rem;
  }
  a {
    color: var(--portal-color-link, #0a4fb3);
  }
  a:focus-visible {
    outline: 3px solid var(--portal-color-focus, #0a58ca);
    outline-offset: 3px;
  }
  nav.toc {
    margin: 1.5rem 0;
    padding: 0.75rem 1rem;
    border-left: 4px solid var(--portal-color-border-light, #d0d0d0);
  }
  nav.toc h2 {
    font-size: 1rem;
    margin: 0 0 0.5rem;
  }
  nav.toc ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  nav.toc li {
    /* Touch targets of a list of links on a phone. */
    padding: 0.2rem 0;
  }
  .intro,
  .updated {
    color: var(--portal-color-text-muted, #4a4a4a);
    max-width: 45rem;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(10rem, 16rem) 1fr;
    gap: 0;
    margin: 0;
    border-top: 1px solid var(--portal-color-border, #8a8a8a);
  }
  dt,
  dd {
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--portal-color-border-light, #d0d0d0);
    margin: 0;
    overflow-wrap: anywhere;
  }
  dt {
    font-weight: 600;
    padding-right: 1rem;
  }
  .notice {
    border-left: 6px solid var(--portal-color-info, #0a58ca);
    background: var(--portal-color-info-bg, #eef4fc);
    padding: 1rem;
    margin: 1rem 0;
  }
  .notice.error {
    border-left-color: var(--portal-color-error, #b00020);
    background: var(--portal-color-error-bg, #fdf0f2);
  }
  button {
    font: inherit;
    padding: 0.6rem 1.2rem;
    border-radius: 4px;
    border: 2px solid var(--portal-color-primary, #0a58ca);
    background: var(--portal-color-primary, #0a58ca);
    color: #fff;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid var(--portal-color-focus, #0a58ca);
    outline-offset: 3px;
  }
  a.action {
    display: inline-block;
    font-weight: 600;
    padding: 0.6rem 1.2rem;
    min-height: 44px;
    box-sizing: border-box;
    border-radius: 4px;
    background: var(--portal-color-primary, #0a58ca);
    color: #fff;
    text-decoration: none;
  }
  a.action:focus-visible {
    outline: 3px solid var(--portal-color-focus, #0a58ca);
    outline-offset: 3px;
  }
  @media (max-width: 40rem) {
    dl {
      grid-template-columns: 1fr;
    }
    dt {
      border-bottom: none;
      padding-bottom: 0;
    }
    dd {
      padding-top: 0.25rem;
    }
  }
  button.secondary {
    background: #fff;
    color: var(--portal-color-primary, #0a58ca);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    align-items: center;
    margin: 1.5rem 0;
  }
  a.download {
    color: var(--portal-color-link, #0a4fb3);
  }
  a.download:focus-visible {
    outline: 3px solid var(--portal-color-focus, #0a58ca);
    outline-offset: 3px;
  }
  ul.history,
  ul.items {
    list-style: none;
    padding: 0;
    margin: 0;
    border-top: 1px solid var(--portal-color-border-light, #d0d0d0);
  }
  ul.items li {
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--portal-color-border-light, #d0d0d0);
  }
  /* An entry reads as its name and then one fact a line, on a phone as on a desktop. */
  ul.items li > * {
    display: block;
  }
  ul.history li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--portal-color-border-light, #d0d0d0);
  }
  .status {
    font-weight: 600;
  }
  .status.pending {
    color: var(--portal-color-info, #0a58ca);
  }
  .line {
    display: block;
  }
  dd.goals {
    /* The person's own words, with their own line breaks. */
    white-space: pre-line;
  }
  .source {
    color: var(--portal-color-text-muted, #4a4a4a);
    margin: 0 0 0.5rem;
  }
  .to-area {
    margin: 1rem 0 0;
    max-width: 45rem;
  }
  .print-only {
    display: none;
  }
  /* A print of all own data (seed line 15): no buttons or links to act on, no section split across
     pages, and the date it was printed. The shell hides its header and footer when printing. */
  @media print {
    :host {
      color: #000;
      font-size: 11pt;
    }
    button,
    .actions,
    a.action,
    nav.toc,
    .to-area {
      display: none;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
    /* A section taller than a page still splits (browsers must), but then not inside an entry. */
    section,
    li,
    .notice {
      break-inside: avoid;
    }
    h2,
    h3,
    dt {
      break-after: avoid;
    }
    h2 {
      margin-top: 1.25rem;
    }
    .print-only {
      display: block;
      margin-top: 2rem;
    }
  }
`;
