import { css } from 'lit';

// The kit's base styles draw headings, links, buttons and notices; the front page adds its spacing
// and the list of items, one card a row.
export const styles = css`
  h1 {
    margin-bottom: 0.5rem;
  }
  h2 {
    margin-bottom: 1rem;
  }
  ul {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.75rem;
  }
`;
