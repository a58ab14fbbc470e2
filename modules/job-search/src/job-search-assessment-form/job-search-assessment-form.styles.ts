import { css } from 'lit';

// What only the assessment needs on top of the kit's form styles: the deadline box at the top and
// its tag (the area page's tag colours: each text/background pair at least 4.5:1), and space between
// the questions.
export const styles = css`
  :host {
    max-width: 45rem;
  }
  .deadline {
    border-left: 6px solid var(--portal-color-info, #0a58ca);
    background: var(--portal-color-info-bg, #eef4fc);
    padding: 0.75rem 1rem;
    margin: 0 0 1.5rem;
    max-width: 40rem;
  }
  .deadline.late {
    border-left-color: var(--portal-color-error, #b00020);
    background: var(--portal-color-error-bg, #fdf0f2);
  }
  .deadline p {
    margin: 0;
  }
  .deadline p + p {
    margin-top: 0.5rem;
  }
  .due-date {
    font-weight: 700;
    margin-right: 0.5rem;
  }
  .tag {
    display: inline-block;
    padding: 0.1rem 0.6rem;
    font-weight: 700;
    border: 2px solid #505a5f;
    border-radius: 2px;
    background: #f3f2f1;
    color: #1a1a1a;
  }
  .tag.late {
    background: var(--portal-color-error, #b00020);
    border-color: var(--portal-color-error, #b00020);
    color: #fff;
  }
  .questions > fieldset,
  .questions > .field {
    margin-bottom: 2rem;
  }
  .completed-at {
    font-size: 1.15rem;
    font-weight: 700;
  }
  @media print {
    .deadline {
      border-left-color: #000;
      background: #fff;
    }
    .tag {
      background: #fff !important;
      color: #000 !important;
      border-color: #000 !important;
    }
  }
`;
