import { css } from 'lit';
import { token } from '@portal/ui-kit/styles';

// The kit's base styles draw headings, links, buttons, notices and print basics; this is the
// details page's own: its table of contents, its label/value lists, the lists of entries and
// the print of all own data. Contrast of each colour pair is ≥ 4.5:1.
export const styles = css`
  h1 {
    margin-bottom: 0.5rem;
  }
  h3 {
    font-size: 1.1rem;
    margin: 1.5rem 0 0.5rem;
  }
  /* Section headings take focus from the table of contents and after a retry: visible to the
     keyboard, not a box around a heading after a mouse click. */
  h2 {
    scroll-margin-top: 1rem;
  }
  h2:focus {
    outline: none;
  }
  h1:focus-visible,
  h2:focus-visible {
    outline: 3px solid ${token.focus};
    outline-offset: 4px;
  }
  nav.toc {
    margin: 1.5rem 0;
    padding: 0.75rem 1rem;
    border-left: 4px solid ${token.borderLight};
  }
  nav.toc h2 {
    font-size: 1rem;
    margin: 0 0 0.5rem;
  }
  nav.toc ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  nav.toc li {
    /* Touch targets of a list of links on a phone. */
    padding: 0.2rem 0;
  }
  .intro,
  .updated {
    color: ${token.textMuted};
  }
  /* The kit's facts (baseStyles), roomier: the person's own data is the page. */
  dl.facts {
    --facts-label-min: 10rem;
    --facts-label-max: 16rem;
    --facts-margin: 0;
    --facts-max-width: none;
    --facts-rule: ${token.border};
    --facts-padding: 0.75rem;
  }
  .actions {
    gap: 0.75rem 1.5rem;
  }
  ul.history,
  ul.items {
    list-style: none;
    padding: 0;
    margin: 0;
    border-top: 1px solid ${token.borderLight};
  }
  ul.items li {
    padding: 0.75rem 0;
    border-bottom: 1px solid ${token.borderLight};
  }
  /* An entry reads as its name and then one fact a line, on a phone as on a desktop. */
  ul.items li > * {
    display: block;
  }
  ul.history li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    padding: 0.75rem 0;
    border-bottom: 1px solid ${token.borderLight};
  }
  .status {
    font-weight: 600;
  }
  .status.pending {
    color: ${token.info};
  }
  .line {
    display: block;
  }
  dd.goals {
    /* The person's own words, with their own line breaks. */
    white-space: pre-line;
  }
  .source {
    color: ${token.textMuted};
    margin: 0 0 0.5rem;
  }
  .to-area {
    margin: 1rem 0 0;
  }
  .print-only {
    display: none;
  }
  /* A print of all own data (seed line 15): no contents or links to act on (the kit hides buttons),
     no entry split across pages, and the date it was printed. The shell hides its header and footer. */
  @media print {
    nav.toc,
    .to-area {
      display: none;
    }
    /* A section taller than a page still splits (browsers must), but then not inside an entry. */
    li,
    .notice {
      break-inside: avoid;
    }
    dt {
      break-after: avoid;
    }
    h2 {
      margin-top: 1.25rem;
    }
    .print-only {
      display: block;
      margin-top: 2rem;
    }
  }
`;
