import { css } from 'lit';
import { baseStyles, visuallyHidden } from '../shared.styles.js';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
    .visually-hidden {
      ${visuallyHidden}
    }
    /* Above the page's own content: a warning colour band, readable at 320 px (words wrap). */
    ul {
      list-style: none;
      margin: 0 0 1rem;
      padding: 0;
    }
    li {
      margin: 0 0 0.5rem;
      padding: 0.5rem 0.75rem;
      border-left: 4px solid var(--portal-color-warning, #8a5a00);
      background: var(--portal-color-warning-background, #fff6e0);
      overflow-wrap: anywhere;
      max-width: 60rem;
    }
    p {
      margin: 0.25rem 0;
      line-height: 1.4;
    }
    .in-place {
      max-width: 40rem;
      overflow-wrap: anywhere;
    }
  `,
];
