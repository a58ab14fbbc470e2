import { css } from 'lit';
import { token } from '@portal/ui-kit/styles';

// The own proposal page: text at reading width, each task row the kit's entry box (it reflows at
// 320 px), the office's comments on a returned proposal set apart by a border and a heading (not by
// colour alone). Every text/background pair at least 4.5:1.
export const styles = css`
  .intro,
  .waiting,
  .next,
  .returned {
    max-width: 45rem;
  }
  h2 {
    hyphens: auto;
  }
  .returned {
    border-left: 6px solid ${token.primary};
    padding: 0.25rem 1rem;
    margin: 0 0 1.5rem;
    background: ${token.infoBg};
  }
  .returned h2,
  .returned h3 {
    margin-top: 0.5rem;
  }
  .returned .actions {
    margin: 0.5rem 0;
  }
  .task-summary {
    display: block;
    overflow-wrap: anywhere;
  }
  section.next {
    margin-top: 1.5rem;
  }
`;
