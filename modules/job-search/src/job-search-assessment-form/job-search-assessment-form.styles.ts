import { css } from 'lit';
import { calloutStyles } from '@portal/ui-kit/styles';

// What only the assessment needs on top of the kit's form styles: the deadline box at the top (its
// tag is the kit's), and space between the questions.
export const styles = css`
  :host {
    max-width: 45rem;
  }
  ${calloutStyles('.deadline', '.deadline.late')}
  .deadline {
    max-width: 40rem;
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
  /* The kit's tag (baseStyles), a little slimmer beside the due date's line. */
  .tag {
    padding: 0.1rem 0.6rem;
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
  }
`;
