import { css } from 'lit';
import { token } from '@portal/ui-kit/styles';

// The area's own patterns, after the kit's baseStyles (`static styles = [baseStyles, areaStyles, …]`):
// what only this area's pages show (a request's warning, its state tags, a contact) and where its
// pages are narrower than the kit's defaults. Same rules as the kit: every text/background pair at
// least 4.5:1, no fixed widths, one column at 320 px.

/** Warning text, the "open" state tag, a contact's name, notices at reading width. */
export const areaStyles = css`
  .notice {
    max-width: 43rem;
  }
  /* GOV.UK's warning text: a bold sentence behind an exclamation mark; the mark is decoration and
     the hidden "Warning" says it to a screen reader. */
  .warning-text {
    display: grid;
    grid-template-columns: 2.25rem 1fr;
    gap: 0.75rem;
    align-items: start;
    margin: 0 0 1.5rem;
    max-width: 43rem;
  }
  .warning-text .icon {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2.25rem;
    height: 2.25rem;
    border-radius: 50%;
    background: ${token.text};
    color: #fff;
    font-weight: 700;
    font-size: 1.5rem;
    line-height: 1;
  }
  .warning-text p {
    margin: 0.2rem 0 0;
  }
  /* A request still waiting for the person: light blue, dark text. */
  .tag.open {
    background: ${token.infoBg};
    border-color: ${token.primary};
    color: ${token.text};
  }
  .contact-name {
    font-weight: 700;
  }
`;
