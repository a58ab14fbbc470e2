import { css } from 'lit';
import { token } from '@portal/ui-kit/styles';

// On screen the document is a bordered sheet; on paper it is the page itself: black on white, no
// buttons, the contact's number and address as plain text, no section split across pages (baseStyles'
// print rules do the rest), and a line saying when and where it was printed.
export const styles = css`
  .document {
    border: 1px solid ${token.border};
    padding: 1rem 1.25rem;
    max-width: 43rem;
    margin: 0 0 1.5rem;
  }
  .document .body p {
    max-width: 40rem;
    line-height: 1.5;
  }
  .notice.cancelled {
    border-left-color: #505a5f;
    background: #f3f2f1;
  }
  .print-only {
    display: none;
  }
  @media (max-width: 30rem) {
    .document {
      border: 0;
      padding: 0;
    }
  }
  @media print {
    .document {
      border: 0;
      padding: 0;
      margin: 0;
      max-width: none;
    }
    .notice.cancelled {
      border: 2px solid #000;
      background: #fff;
    }
    .print-only {
      display: block;
      margin-top: 2rem;
      font-size: 9pt;
    }
  }
`;
