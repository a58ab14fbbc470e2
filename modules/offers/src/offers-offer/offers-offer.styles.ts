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
  .status-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  ul.back-links {
    list-style: none;
    padding: 0;
    margin: 2rem 0 0;
  }
  ul.back-links li + li {
    margin-top: 0.5rem;
  }
`;
