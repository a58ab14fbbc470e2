import { css } from 'lit';
import { baseStyles } from '../shared.styles.js';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
    }
    article {
      /* A readable line length; on a 320 px screen the column simply fills the width. */
      max-width: 45rem;
      line-height: 1.5;
      /* Finnish compounds such as "asiakastietojärjestelmäkokonaisuuteen" must not overflow. */
      overflow-wrap: break-word;
      hyphens: auto;
    }
    .lead {
      font-size: 1.2rem;
    }
    h2 {
      font-size: 1.35rem;
      line-height: 1.25;
      margin: 2rem 0 0.5rem;
    }
    p {
      margin: 0 0 0.75rem;
    }
    ul {
      margin: 0 0 0.75rem;
      padding-left: 1.5rem;
    }
    li {
      margin: 0.25rem 0;
    }
    ul.notes {
      margin: 0.25rem 0 0.5rem;
      list-style-type: circle;
    }
    .hint {
      font-size: 0.9em;
    }
    .updated {
      margin-top: 2rem;
      color: var(--portal-color-text-muted, #4a4a4a);
    }
    @media print {
      :host {
        color: #000;
      }
      article {
        max-width: none;
        font-size: 11pt;
      }
      h1:focus-visible {
        outline: none;
      }
      h2 {
        break-after: avoid;
      }
      li,
      p {
        break-inside: avoid;
        orphans: 3;
        widows: 3;
      }
      a {
        color: inherit;
      }
      /* On paper a link is only useful with its address. */
      a[href^='http']::after {
        content: ' (' attr(href) ')';
      }
      .hint,
      .updated {
        color: #000;
      }
      /* "Opens in a new window" means nothing on paper. */
      .hint {
        display: none;
      }
    }
  `,
];
