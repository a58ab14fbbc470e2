import { css } from 'lit';

// What only the reports of changes and ending need on top of the kit's form styles: the inset that
// says what goes to the benefit payer (and what the person must still do), and the date input's
// width. The end form uses these too.
export const styles = css`
  :host {
    max-width: 45rem;
  }
  /* GOV.UK's inset text: information to notice before sending, not a warning that something is wrong. */
  .inset {
    border-left: 6px solid #505a5f;
    padding: 0.5rem 1rem;
    margin: 0 0 1.5rem;
    max-width: 40rem;
  }
  .inset p {
    margin: 0;
  }
  .inset p + p {
    margin-top: 0.5rem;
  }
  /* Wide enough for the browser's day, month and year parts and its picker button; never wider than the screen. */
  .input.date {
    max-width: 12rem;
  }
  @media print {
    .inset {
      border-left-color: #000;
    }
  }
`;
