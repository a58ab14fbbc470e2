import { css } from 'lit';

export const styles = css`
  .choose {
    display: flex;
    flex-wrap: wrap;
    gap: 1em 2em;
    margin: 0 0 1.5em;
  }
  .choose .field {
    flex: 1 1 14em;
    max-width: 25em;
  }
`;
