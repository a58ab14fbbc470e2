import { css } from 'lit';
import { theme } from '../theme.styles.js';

// The suggestions for the weakest factors, as both elements show them under the chart.

export const suggestionsStyles = css`
  .suggestions ul {
    list-style: none;
    padding: 0;
  }
  .suggestions li {
    border-left: 4px solid ${theme.accent};
    padding: 0.25em 0 0.25em 1em;
    margin: 0 0 1em;
  }
  .suggestions li p {
    margin: 0 0 0.4em;
  }
  .suggestion .score {
    font-weight: 400;
    white-space: nowrap;
  }
  @media print {
    .suggestions li {
      border-left-color: #000;
    }
  }
`;
