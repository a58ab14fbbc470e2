import { css } from 'lit';

// What ending needs on top of the kit's form styles: the box on the check step that says plainly
// what ending means (GOV.UK's inset text, with a heading and a list), the payer note on the receipt,
// and the date input's width (as in the change form).
export const styles = css`
  :host {
    max-width: 45rem;
  }
  .inset {
    border-left: 6px solid #505a5f;
    padding: 0.25rem 1rem 0.5rem;
    margin: 0 0 1.5rem;
    max-width: 40rem;
  }
  .inset h2 {
    margin: 0.5rem 0;
    font-size: 1.2rem;
  }
  .inset p {
    margin: 0;
  }
  .inset p + p {
    margin-top: 0.5rem;
  }
  .inset ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .inset li + li {
    margin-top: 0.5rem;
  }
  .input.date {
    max-width: 12rem;
  }
  .last-day {
    font-size: 1.15rem;
    font-weight: 700;
  }
  @media print {
    .inset {
      border-left-color: #000;
    }
  }
`;
