import { css } from 'lit';
import { token } from '@portal/ui-kit/styles';

// The start-up grant's front page: reading width, the timeline as a list with a line beside it (no
// table to scroll at 320 px), each period as a box. State is always said in words, never by colour
// alone. Printed: black on white, without the links to act.
export const styles = css`
  .intro,
  .lead,
  section {
    max-width: 45rem;
  }
  section {
    margin-top: 1.5rem;
  }
  .todo {
    border-left: 6px solid ${token.primary};
    padding: 0.5rem 1rem;
  }
  .todo ul {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }
  .todo li + li {
    margin-top: 0.5rem;
  }
  article.application {
    border: 1px solid ${token.borderLight};
    padding: 0.75rem 1rem;
    margin-bottom: 1rem;
  }
  article.application h3 {
    margin-top: 0;
    hyphens: auto;
  }
  ol.timeline {
    list-style: none;
    margin: 0.5rem 0;
    padding: 0 0 0 1rem;
    border-left: 3px solid ${token.borderLight};
  }
  ol.timeline li {
    margin: 0 0 0.5rem;
  }
  .when {
    display: block;
    color: ${token.textMuted};
    font-size: 0.95rem;
  }
  .supplement {
    background: ${token.infoBg};
    padding: 0.5rem 0.75rem;
    margin: 0.5rem 0;
  }
  .supplement p {
    margin: 0.25rem 0;
    overflow-wrap: anywhere;
  }
  ul.periods {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li.period {
    border: 1px solid ${token.borderLight};
    border-left: 6px solid ${token.borderLight};
    padding: 0.5rem 1rem;
    margin-bottom: 0.75rem;
  }
  li.period.open {
    border-left-color: ${token.primary};
  }
  dl.facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0;
  }
  dl.facts dt {
    font-weight: 700;
  }
  dl.facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 30rem) {
    dl.facts {
      grid-template-columns: 1fr;
    }
    dl.facts dd {
      margin-bottom: 0.5rem;
    }
  }
  @media print {
    .intro,
    .apply,
    .act {
      display: none !important;
    }
  }
`;
