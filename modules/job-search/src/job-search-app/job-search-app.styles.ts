import { css } from 'lit';
import { token } from '@portal/ui-kit/styles';

// The area page on top of the kit's front page (areaFrontStyles: the intro, the task list, the list
// of reports): the state, the actions (links drawn as the kit's buttons) and the handler card. One
// column at any width; the fact lists are the kit's (label above value under 40rem, 320 px phones).
export const styles = css`
  /* The kit's tag (baseStyles) is grey, or red when late; valid job seeking is white on green (7:1). */
  .tag.active {
    background: #00703c;
    border-color: #00703c;
    color: #fff;
  }
  .state-text {
    font-size: 1.15rem;
  }
  ul.action-list {
    list-style: none;
    margin: 0;
    padding: 0;
    max-width: 45rem;
  }
  ul.action-list li {
    margin-bottom: 1rem;
  }
  ul.action-list p {
    margin: 0.35rem 0 0;
  }
  .card {
    border: 1px solid ${token.borderLight};
    padding: 0 1rem 0.5rem;
    margin-top: 2rem;
    max-width: 43rem;
  }
  .card h2 {
    margin-top: 1rem;
  }
  .handler-name {
    font-weight: 700;
    font-size: 1.1rem;
  }
  .change-line {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  .payer-notice {
    margin: 0.35rem 0 0;
  }
`;
