import { css } from 'lit';
import { baseStyles, visuallyHidden } from '../shared.styles.js';

export const styles = [
  baseStyles,
  css`
    :host {
      display: inline-block;
      position: relative;
      /* The toggle sits on the header's dark bar and takes its colour from there. */
      color: inherit;
    }
    .toggle {
      font: inherit;
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      min-height: 44px;
      padding: 0.4rem 0.75rem;
      background: transparent;
      color: inherit;
      border: 2px solid currentColor;
      border-radius: 4px;
      cursor: pointer;
    }
    ul {
      position: absolute;
      right: 0;
      z-index: 10;
      list-style: none;
      margin: 0.25rem 0 0;
      padding: 0.25rem 0;
      min-width: 10rem;
      background: #fff;
      color: var(--portal-color-text, #1a1a1a);
      border: 1px solid var(--portal-color-border, #8a8a8a);
      border-radius: 4px;
      box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
    }
    ul[hidden] {
      display: none;
    }
    li button {
      font: inherit;
      display: block;
      width: 100%;
      text-align: left;
      padding: 0.6rem 1rem;
      min-height: 44px;
      background: none;
      border: 0;
      color: inherit;
      cursor: pointer;
    }
    li button:hover {
      background: var(--portal-color-info-bg, #eef4fc);
    }
    li button[aria-current='true'] {
      font-weight: 700;
    }
    li button[aria-current='true']::before {
      content: '✓ ';
    }
    /*
     * On a phone only the language shows ("English"); "Language:" stays in the button's name for
     * screen readers (the visible words are part of the name, WCAG 2.5.3). The header then has room
     * for the service's name and the signed-in person beside the buttons.
     */
    @media (max-width: 40rem) {
      .prefix {
        ${visuallyHidden}
      }
    }
  `,
];
