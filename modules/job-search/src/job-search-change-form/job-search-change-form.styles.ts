import { css } from 'lit';

// The change report needs nothing on top of the kit's form styles (the payer's inset and the date
// input are the kit's) but the width of its column.
export const styles = css`
  :host {
    max-width: 45rem;
  }
`;
