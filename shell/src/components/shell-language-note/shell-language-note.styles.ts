import { css } from 'lit';
import { baseStyles } from '../shared.styles.js';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
    }
    /* Small and quiet: information beside the choice just made, not an alert. */
    p {
      margin: 0 0 1rem;
      padding: 0.5rem 0.75rem;
      border-left: 4px solid var(--portal-color-primary, #0a58ca);
      background: var(--portal-color-info-background, #eef4fc);
      font-size: 0.95rem;
      line-height: 1.4;
      max-width: 60rem;
    }
  `,
];
