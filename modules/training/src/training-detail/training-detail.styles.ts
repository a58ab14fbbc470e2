import { css } from 'lit';

// A training's page: its description at reading width above the facts.
export const styles = css`
  .description,
  .next {
    max-width: 43rem;
  }
`;
