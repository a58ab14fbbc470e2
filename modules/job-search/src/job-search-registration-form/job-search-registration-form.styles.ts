import { css } from 'lit';

// What only the registration needs on top of the kit's form styles: the "starts today" box and
// the add buttons' spacing. Everything else (fields, entries, summary, panel, print) is the kit's.
export const styles = css`
  :host {
    max-width: 45rem;
  }
  .starts {
    border-left: 6px solid #00703c;
    padding: 0.5rem 1rem;
    margin: 0 0 1.5rem;
  }
  .starts p {
    margin: 0;
  }
  .starts-today {
    font-size: 1.15rem;
    font-weight: 700;
  }
  .starts .hint {
    margin-top: 0.25rem;
  }
  .button.add {
    margin-top: 0.25rem;
  }
  fieldset.occupations {
    margin-bottom: 1.75rem;
  }
  @media print {
    .starts {
      border-left-color: #000;
    }
  }
`;
