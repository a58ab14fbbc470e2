import { css } from 'lit';
import { token } from '@portal/ui-kit/styles';

// The obligation page: the period's facts and its applications as a list of boxes (they reflow at
// 320 px; no table to scroll), a late one marked by its tag in words (never colour alone), one form
// at reading width. Every text/background pair at least 4.5:1.
export const styles = css`
  .lead,
  .due-text,
  .none,
  .earlier-intro,
  .next {
    max-width: 45rem;
  }
  .due-text {
    font-size: 1.125rem;
    font-weight: 700;
  }
  section.current,
  section.report,
  section.earlier,
  section.counts {
    margin-top: 1.5rem;
  }
  .earlier-period {
    margin-top: 1rem;
    padding-top: 0.5rem;
    border-top: 1px solid ${token.borderLight};
  }
  ul.applications {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
    max-width: 45rem;
  }
  li.application {
    border: 1px solid ${token.borderLight};
    border-left: 6px solid ${token.borderLight};
    padding: 0.5rem 1rem;
    margin-bottom: 0.75rem;
  }
  li.application.late {
    border-left-color: ${token.error};
  }
  li.application dl.facts {
    --facts-margin: 0.25rem 0;
    --facts-label-min: 7rem;
    --facts-label-max: 10rem;
    --facts-padding: 0.35rem;
  }
  .late-warning {
    font-weight: 700;
  }
  .inset.late {
    border-left-color: ${token.error};
  }
`;
