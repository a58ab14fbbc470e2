import { css } from 'lit';

export const styles = css`
    :host {
      display: block;
    }
    article {
      border: 1px solid var(--portal-color-border-light, #d0d0d0);
      border-left: 6px solid var(--portal-color-border, #8a8a8a);
      border-radius: 4px;
      padding: 0.75rem 1rem;
    }
    article.action {
      border-left-color: var(--portal-color-primary, #0a58ca);
    }
    .kind {
      font-size: 0.9rem;
      font-weight: 600;
      text-transform: uppercase;
      letter-spacing: 0.03em;
      color: var(--portal-color-text-muted, #4a4a4a);
      margin: 0;
    }
    h3 {
      font-size: 1.15rem;
      margin: 0.25rem 0;
    }
    a {
      color: var(--portal-color-link, #0a4fb3);
    }
    a:focus-visible {
      outline: 3px solid var(--portal-color-focus, #0a58ca);
      outline-offset: 3px;
    }
    p {
      margin: 0.25rem 0;
    }
    .due {
      font-weight: 600;
    }
    .due.passed {
      color: var(--portal-color-error, #b00020);
    }
  `;
