import { css } from 'lit';
import { baseStyles } from '../shared.styles.js';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
    }
    /* Where the page's heading will be: no margin of its own, so the heading takes its place and
       nothing moves (issue 22: layout shift). */
    .loading {
      margin: 0;
    }
    .lead {
      font-size: 1.2rem;
      max-width: 45rem;
    }
    .columns {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
      gap: 2rem;
      margin-top: 2rem;
    }
    .card {
      border: 1px solid var(--portal-color-border-light, #d0d0d0);
      border-top: 6px solid var(--portal-color-header, #003479);
      padding: 0 1.25rem 1rem;
      border-radius: 4px;
    }
    h2 {
      font-size: 1.35rem;
    }
    .small {
      font-size: 0.95rem;
      color: var(--portal-color-text-muted, #4a4a4a);
    }
    .link {
      font: inherit;
      background: none;
      border: 0;
      padding: 0;
      color: var(--portal-color-link, #0a4fb3);
      text-decoration: underline;
      cursor: pointer;
      min-height: 44px;
    }
    .notice p {
      margin: 0.25rem 0;
    }
  `,
];
