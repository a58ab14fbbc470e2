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
  ul.history {
    list-style: none;
    padding: 0;
    margin: 0;
    border-top: 1px solid var(--portal-color-border-light, #d0d0d0);
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
    a.action {
      display: none;
    }
    section {
      break-inside: avoid;
    }
    h2 {
      break-after: avoid;
    }
    .print-only {
      display: block;
      margin-top: 2rem;
    }
  }
`;
