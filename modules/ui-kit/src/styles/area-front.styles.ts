import { token } from './tokens.js';
import { css, unsafeCSS, type CSSResult } from 'lit';

// An area's front page: the tasks waiting for the person on top, then the area's items (offers,
// events…) as a list of rows. One column at any width; a row's tags wrap under its text on a phone.

/**
 * The front page's styles for the items' list with this class (`ul.offers`, `ul.events`): the class
 * is the area's own, so its tests and print rules keep speaking of what the list holds.
 */
export function areaFrontStyles(listClass: string): CSSResult {
  const list = unsafeCSS(`ul.${listClass}`);
  return css`
    .intro {
      color: ${token.textMuted};
    }
    ul.tasks,
    ${list} {
      list-style: none;
      margin: 0;
      padding: 0;
      max-width: 45rem;
    }
    .task {
      border-left: 6px solid ${token.info};
      background: ${token.infoBg};
      padding: 0.75rem 1rem;
      margin-bottom: 0.75rem;
    }
    .task.late {
      border-left-color: ${token.error};
      background: ${token.errorBg};
    }
    .task p {
      margin: 0 0 0.5rem;
    }
    .task p:last-child {
      margin-bottom: 0;
    }
    .task-title {
      font-size: 1.15rem;
      font-weight: 700;
      hyphens: auto;
    }
    ${list} > li {
      padding: 0.75rem 0;
      border-bottom: 1px solid ${token.borderLight};
    }
    ${list} > li:first-child {
      border-top: 1px solid ${token.borderLight};
    }
    ${list} h3 {
      margin: 0 0 0.25rem;
      font-size: 1.1rem;
      hyphens: auto;
    }
    .meta,
    .status {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      margin: 0.25rem 0 0;
    }
    .meta .kind {
      font-weight: 600;
    }
    @media print {
      .task {
        background: #fff;
        border-left-color: #000;
      }
    }
  `;
}
