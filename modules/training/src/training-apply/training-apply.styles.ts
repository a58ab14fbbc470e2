import { css } from 'lit';

// The application form: the commitment's text at reading width above its checkbox.
export const styles = css`
  .intro,
  .next {
    max-width: 43rem;
  }
`;
