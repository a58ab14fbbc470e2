import { css } from 'lit';
import { baseStyles, visuallyHidden } from '../shared.styles.js';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
    }
    header {
      background: var(--portal-color-header, #003479);
      color: #fff;
    }
    header a:focus-visible,
    header button:focus-visible {
      outline-color: #fff;
    }
    .bar,
    nav ul {
      box-sizing: border-box;
    }
    .bar {
      max-width: var(--portal-max-width, 72rem);
      margin: 0 auto;
      padding: 0.75rem 1rem;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.75rem;
    }
    .brand {
      color: #fff;
      text-decoration: none;
      display: flex;
      flex-direction: column;
    }
    .brand .name {
      font-size: 1.5rem;
      font-weight: 700;
    }
    .brand .owner {
      font-size: 0.95rem;
    }
    /* From the brand to the edge, at least a button high: its box stays put when the session's
       items appear in it (issue 22: layout shift). */
    .tools {
      flex: 1 1 auto;
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      align-items: center;
      gap: 0.75rem;
      min-height: 3rem;
    }
    .person {
      font-weight: 600;
    }
    .button {
      border-color: #fff;
      background: #fff;
      color: var(--portal-color-header, #003479);
    }
    .button.secondary {
      background: transparent;
      color: #fff;
    }
    nav {
      background: var(--portal-color-nav, #e8eef7);
      color: var(--portal-color-text, #1a1a1a);
    }
    nav ul {
      list-style: none;
      margin: 0 auto;
      padding: 0 1rem;
      max-width: var(--portal-max-width, 72rem);
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.875rem;
    }
    /* Signed in, until the marks of tasks waiting are known (see shell-header.ts). */
    nav ul.waiting {
      visibility: hidden;
    }
    nav a {
      display: inline-block;
      padding: 0.75rem 0;
      color: var(--portal-color-text, #1a1a1a);
      text-decoration: none;
      font-weight: 600;
      border-bottom: 4px solid transparent;
    }
    nav a:hover {
      text-decoration: underline;
    }
    nav a[aria-current='page'] {
      border-bottom-color: var(--portal-color-header, #003479);
    }
    nav a:focus-visible {
      outline-color: var(--portal-color-focus, #0a58ca);
    }
    /* The count of tasks waiting: dark on white, 4.5:1 or more on the nav and the menu button. */
    .mark {
      display: inline-block;
      min-width: 1.5em;
      padding: 0 0.35em;
      margin-left: 0.25em;
      box-sizing: border-box;
      border-radius: 0.75em;
      background: var(--portal-color-error, #b00020);
      color: #fff;
      font-size: 0.85em;
      line-height: 1.5;
      text-align: center;
    }
    .visually-hidden {
      ${visuallyHidden}
    }
    .menu-toggle {
      display: none;
      font: inherit;
      font-weight: 600;
      min-height: 44px;
      width: 100%;
      text-align: left;
      padding: 0.5rem 1rem;
      background: none;
      border: 0;
      color: inherit;
      cursor: pointer;
    }
    /*
     * The navigation behind its menu button up to 1 100 px. Wider, the nine areas' links take two
     * rows up to 92 rem and one row above it (portal.css widens the page to 90 rem there), the same
     * in every language, so the header's height does not depend on what arrives after the first
     * paint (issue 22: layout shift). Keep in step with portal.css's --portal-header-height;
     * e2e/tests/layout-shift.test.ts checks the rows in Swedish, the longest names.
     */
    @media (max-width: 68.75rem) {
      .menu-toggle {
        display: block;
      }
      nav ul {
        display: none;
        flex-direction: column;
        padding-bottom: 0.5rem;
      }
      nav ul.open {
        display: flex;
      }
      .brand .name {
        font-size: 1.125rem;
      }
      /*
       * On a phone the header was 270 of 640 px: every item on a row of its own. Two rows here: the
       * name and the language, then who is signed in and signing out (the tools' box steps aside
       * so its items take the grid's cells). Three columns, so that neither button's width narrows
       * the name above the other.
       */
      .bar {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto auto;
        gap: 0.5rem 0.75rem;
        padding: 0.5rem 1rem;
      }
      .tools {
        display: contents;
      }
      .brand {
        grid-column: 1 / 3;
      }
      .brand .owner {
        font-size: 0.85rem;
      }
      shell-language-menu {
        grid-column: 3;
        grid-row: 1;
        justify-self: end;
      }
      .person {
        grid-column: 1;
        font-size: 0.9rem;
        overflow-wrap: anywhere;
      }
      .tools .button {
        grid-column: 2 / 4;
        justify-self: end;
      }
    }
  `,
];
