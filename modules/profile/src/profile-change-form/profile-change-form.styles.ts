import { css } from 'lit';

// The kit's base and form styles draw the form (GOV.UK's patterns); this is what the report adds.
export const styles = css`
  /* One column of questions, at a readable measure, check step and receipt too. */
  :host {
    max-width: 40rem;
  }
  /* A date and a postal code: room for the browser's date parts and picker, not a whole line. */
  .input.short {
    max-width: 12rem;
  }
`;
