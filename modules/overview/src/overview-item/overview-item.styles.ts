import { css } from 'lit';
import { token } from '@portal/ui-kit/styles';

// A card: a grey edge, the accent's for an item that asks for action, red days once the deadline passed.
export const styles = css`
  article {
    border: 1px solid ${token.borderLight};
    border-left: 6px solid ${token.border};
    border-radius: 4px;
    padding: 0.75rem 1rem;
  }
  article.action {
    border-left-color: ${token.primary};
  }
  .kind {
    font-size: 0.9rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: ${token.textMuted};
    margin: 0;
  }
  h3 {
    font-size: 1.15rem;
    margin: 0.25rem 0;
  }
  p {
    margin: 0.25rem 0;
  }
  .due {
    font-weight: 600;
  }
  .due.passed {
    color: ${token.error};
  }
`;
