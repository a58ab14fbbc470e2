import { css } from 'lit';
import { token } from '@portal/ui-kit/styles';

// The own proposals: each at reading width, the office's comments set apart by a border and a
// heading (not by colour alone), the proposed tasks as a plain list that reflows at 320 px.
export const styles = css`
  section.own-proposals {
    margin-top: 1.5rem;
    max-width: 45rem;
  }
  .lead {
    max-width: 45rem;
  }
  h3,
  h4 {
    hyphens: auto;
  }
  .own-proposal {
    margin-top: 1rem;
    padding-top: 0.5rem;
    border-top: 1px solid ${token.borderLight};
  }
  .office-comments {
    border-left: 6px solid ${token.primary};
    padding: 0.25rem 1rem;
    margin: 0.5rem 0 1rem;
    background: ${token.infoBg};
  }
  .office-comments h4 {
    margin-top: 0.5rem;
  }
  ul.proposal-tasks {
    padding-left: 1.25rem;
  }
  ul.proposal-tasks li + li {
    margin-top: 0.5rem;
  }
  ul.proposal-tasks .task-description,
  ul.proposal-tasks .target-date {
    display: block;
    overflow-wrap: anywhere;
  }
`;
