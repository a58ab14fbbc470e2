import { css } from 'lit';
import { token } from '@portal/ui-kit/styles';

// The request quoted at reading width, the late note bordered and in words; files wrap at 320 px.
export const styles = css`
  .request,
  .late-note {
    max-width: 45rem;
  }
  .request {
    background: ${token.infoBg};
    padding: 0.75rem 1rem;
    margin-bottom: 1rem;
  }
  .request p {
    overflow-wrap: anywhere;
  }
  .late-note {
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
  .back-links {
    list-style: none;
    padding: 0;
  }
`;
