import { css } from 'lit';
import { baseStyles } from '../shared.styles.js';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
    section {
      max-width: 60rem;
      line-height: 1.45;
      overflow-wrap: break-word;
    }
    .title {
      font-weight: 700;
      font-size: 1.1rem;
      margin: 0 0 0.25rem;
    }
    p {
      margin: 0 0 0.5rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1.5rem;
      margin: 0.5rem 0 0;
    }
    .notice.error {
      margin: 0.5rem 0 0;
    }
  `,
];
