import { css } from 'lit';

// The offer page: its facts, how to apply, and one small report form. One column at any width.
export const styles = css`
  section.report {
    margin-top: 2rem;
    max-width: 45rem;
  }
  .how-to-apply {
    max-width: 45rem;
  }
`;
