import { css } from 'lit';
import { token } from '@portal/ui-kit/styles';

// On screen the certificate is a bordered sheet; on paper it is the page itself: black on white,
// no buttons, links as plain text, no section split across pages (baseStyles' print rules do the
// rest). No fixed widths: at 320 px the label sits above its value.
export const styles = css`
  .certificate {
    border: 1px solid ${token.border};
    padding: 1rem 1.25rem;
    max-width: 43rem;
    margin: 1.5rem 0;
  }
  .certificate h2 {
    font-size: 1.15rem;
    margin: 1.25rem 0 0.5rem;
  }
  .statement {
    font-size: 1.15rem;
    font-weight: 600;
    margin-top: 0;
  }
  /* The kit's facts (baseStyles), tighter, as a certificate sets them. */
  dl.facts {
    --facts-margin: 0;
    --facts-max-width: none;
    --facts-padding: 0.5rem;
    --facts-stacked-gap: 0.15rem;
  }
  .reference {
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
    font-size: 1.1rem;
    letter-spacing: 0.05em;
  }
  .issued-by {
    color: ${token.textMuted};
    font-size: 0.95rem;
  }
  @media print {
    .certificate {
      border: 0;
      padding: 0;
      margin: 0;
    }
    .certificate section {
      break-inside: avoid;
    }
    dt,
    dd {
      border-bottom-color: #000;
    }
    dl {
      border-top-color: #000;
    }
    .issued-by {
      color: #000;
    }
    .intro {
      display: none;
    }
  }
`;
