import { css } from 'lit';
import { token } from '@portal/ui-kit/styles';

// An application's page: the three steps as a line that wraps into a column at 320 px, the step
// reached bold with a marker (not colour alone), and the confirmation of withdrawing framed.
export const styles = css`
  ol.steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    list-style: none;
    margin: 1rem 0;
    padding: 0;
    max-width: 45rem;
  }
  .step {
    flex: 1 1 9rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid ${token.borderLight};
    color: ${token.textMuted};
  }
  .step.done {
    border-color: ${token.border};
    color: ${token.text};
  }
  .step.current {
    border-color: ${token.primary};
    background: ${token.infoBg};
    color: ${token.text};
    font-weight: 700;
  }
  .step.done::before {
    content: '✓ ';
  }
  .step.current::before {
    content: '● ';
  }
  .state-text,
  .withdraw-section {
    max-width: 43rem;
  }
  .confirm {
    border: 2px solid ${token.primary};
    padding: 0.75rem 1rem;
  }
  .confirm h3:focus {
    outline: 3px solid ${token.focus};
    outline-offset: 2px;
  }
  @media print {
    .withdraw-section {
      display: none;
    }
  }
`;
