import { css } from 'lit';

// The area page: the state, the task list, the actions, the handler card and the reports. One
// column at any width; the fact lists are the kit's (label above value under 40rem, 320 px phones).
export const styles = css`
  .intro {
    color: var(--portal-color-text-muted, #4a4a4a);
  }
  /* The kit's tag (baseStyles) is grey, or red when late; valid job seeking is white on green (7:1). */
  .tag.active {
    background: #00703c;
    border-color: #00703c;
    color: #fff;
  }
  .state-text {
    font-size: 1.15rem;
  }
  ul.tasks,
  ul.changes,
  ul.action-list {
    list-style: none;
    margin: 0;
    padding: 0;
    max-width: 45rem;
  }
  .task {
    border-left: 6px solid var(--portal-color-info, #0a58ca);
    background: var(--portal-color-info-bg, #eef4fc);
    padding: 0.75rem 1rem;
  }
  .task.late {
    border-left-color: var(--portal-color-error, #b00020);
    background: var(--portal-color-error-bg, #fdf0f2);
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
    /* Finnish compounds are long ("palvelutarvekysymyksiin"): hyphenate rather than overflow. */
    hyphens: auto;
  }
  ul.action-list li {
    margin-bottom: 1rem;
  }
  ul.action-list p {
    margin: 0.35rem 0 0;
  }
  a.action {
    display: inline-block;
    font-weight: 600;
    padding: 0.6rem 1.2rem;
    min-height: 44px;
    box-sizing: border-box;
    border-radius: 4px;
    border: 2px solid var(--portal-color-primary, #0a58ca);
    background: var(--portal-color-primary, #0a58ca);
    color: #fff;
    text-decoration: none;
    max-width: 100%;
  }
  a.action.secondary {
    background: #fff;
    color: var(--portal-color-primary, #0a58ca);
  }
  a.action:hover {
    text-decoration: underline;
  }
  .card {
    border: 1px solid var(--portal-color-border-light, #d0d0d0);
    padding: 0 1rem 0.5rem;
    margin-top: 2rem;
    max-width: 43rem;
  }
  .card h2 {
    margin-top: 1rem;
  }
  .handler-name {
    font-weight: 700;
    font-size: 1.1rem;
  }
  ul.changes li {
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--portal-color-border-light, #d0d0d0);
  }
  ul.changes li:first-child {
    border-top: 1px solid var(--portal-color-border-light, #d0d0d0);
  }
  .change-line {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  .payer-notice {
    margin: 0.35rem 0 0;
  }
  @media print {
    .task {
      background: #fff;
      border-left-color: #000;
    }
  }
`;
