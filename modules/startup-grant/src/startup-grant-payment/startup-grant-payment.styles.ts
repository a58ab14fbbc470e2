import { css } from 'lit';
import { token } from '@portal/ui-kit/styles';

// The period as facts at reading width, a lapsed period said in words with a border; files wrap at 320 px.
export const styles = css`
  .period-facts,
  .lapsed {
    max-width: 45rem;
  }
  .period-facts {
    background: ${token.infoBg};
    padding: 0.75rem 1rem;
    margin-bottom: 1rem;
  }
  .period-facts p {
    overflow-wrap: anywhere;
  }
  .lapsed {
    border-left: 4px solid ${token.error};
    padding-left: 0.75rem;
  }
  ul.file-list,
  ul.plain {
    margin: 0.5rem 0 0;
    padding-left: 1.25rem;
  }
  ul.file-list li {
    overflow-wrap: anywhere;
  }
  dl.facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
  }
  dl.facts dt {
    font-weight: 700;
  }
  dl.facts dd {
    margin: 0;
  }
  .back-links {
    list-style: none;
    padding: 0;
  }
`;
