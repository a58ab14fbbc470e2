import { css } from 'lit';
import { token } from '@portal/ui-kit/styles';

// The area's own patterns after the kit's baseStyles: the application state's tag and the
// commitment's box. Same rules as the kit: every text/background pair at least 4.5:1, no fixed
// widths, one column at 320 px.
export const areaStyles = css`
  .notice {
    max-width: 43rem;
  }
  /* An application still in the office's hands: light blue, dark text. */
  .tag.open {
    background: ${token.infoBg};
    border-color: ${token.primary};
    color: ${token.text};
  }
  .commitment {
    max-width: 43rem;
    border-left: 4px solid ${token.primary};
    padding-left: 1rem;
  }
`;
