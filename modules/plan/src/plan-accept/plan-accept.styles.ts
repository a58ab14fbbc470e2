import { css } from 'lit';
import { token } from '@portal/ui-kit/styles';

// The acceptance: what it means in a box of its own before the checkbox, at reading width; not printed.
export const styles = css`
  :host {
    display: block;
  }
  section.accept {
    margin-top: 2rem;
    max-width: 45rem;
  }
  .meaning {
    border-left: 6px solid ${token.info};
    background: ${token.infoBg};
    padding: 0.75rem 1rem;
    margin-bottom: 1rem;
  }
    .meaning p {
    margin: 0 0 0.5rem;
  }
  .meaning p:last-child {
    margin-bottom: 0;
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
