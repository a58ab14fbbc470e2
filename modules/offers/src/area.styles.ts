import { css } from 'lit';
import { token } from '@portal/ui-kit/styles';

// The area's own patterns after the kit's baseStyles: the "waiting for you" state tag and notices
// at reading width. Same rules as the kit: every text/background pair at least 4.5:1, no fixed
// widths, one column at 320 px.
export const areaStyles = css`
  .notice {
    max-width: 43rem;
  }
  /* A job offer still waiting for the person's report: light blue, dark text. */
  .tag.open {
    background: ${token.infoBg};
    border-color: ${token.primary};
    color: ${token.text};
  }
  .apply-link {
    overflow-wrap: anywhere;
  }
`;
