import { css } from 'lit';

// The area's front page: the reports waiting on top, then every offer. One column at any width; a
// row's tags wrap under its text on a phone.
export const styles = css`
  .intro {
    color: var(--portal-color-text-muted, #4a4a4a);
  }
  ul.tasks,
  ul.offers {
    list-style: none;
    margin: 0;
    padding: 0;
    max-width: 45rem;
  }
  .task {
    border-left: 6px solid var(--portal-color-info, #0a58ca);
    background: var(--portal-color-info-bg, #eef4fc);
    padding: 0.75rem 1rem;
    margin-bottom: 0.75rem;
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
    hyphens: auto;
  }
  ul.offers > li {
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--portal-color-border-light, #d0d0d0);
  }
  ul.offers > li:first-child {
    border-top: 1px solid var(--portal-color-border-light, #d0d0d0);
  }
  ul.offers h3 {
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
