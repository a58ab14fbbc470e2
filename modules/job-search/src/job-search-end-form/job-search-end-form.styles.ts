import { css } from 'lit';

// What ending needs on top of the kit's form styles: the box on the check step that says plainly
// what ending means (the kit's inset text, with a heading and a list, so a little less space above),
// and the last day on the receipt.
export const styles = css`
  :host {
    max-width: 45rem;
  }
  .inset {
    padding: 0.25rem 1rem 0.5rem;
  }
  .inset h2 {
    margin: 0.5rem 0;
    font-size: 1.2rem;
  }
  .inset ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .inset li + li {
    margin-top: 0.5rem;
  }
  .last-day {
    font-size: 1.15rem;
    font-weight: 700;
  }
`;
