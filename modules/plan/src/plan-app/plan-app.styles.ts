import { css } from 'lit';
import { token } from '@portal/ui-kit/styles';

// The plan page: the plan at reading width, its tasks as a list of boxes (they reflow at 320 px; no
// table to scroll), an overdue task marked by a border, its tag and a sentence (never colour alone).
// Every text/background pair at least 4.5:1. Printed: black on white, no buttons or report links.
export const styles = css`
  .heading-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    max-width: 45rem;
  }
  .intro {
    color: ${token.textMuted};
    max-width: 45rem;
  }
  .lead,
  .empty,
  .notice,
  .obligation {
    max-width: 45rem;
  }
  section.current,
  section.earlier {
    margin-top: 1.5rem;
  }
  .earlier-plan {
    margin-top: 1rem;
    padding-top: 0.5rem;
    border-top: 1px solid ${token.borderLight};
  }
  h3,
  h4 {
    hyphens: auto;
  }
  ul.tasks {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
    max-width: 45rem;
  }
  li.task {
    border: 1px solid ${token.borderLight};
    border-left: 6px solid ${token.borderLight};
    padding: 0.75rem 1rem;
    margin-bottom: 0.75rem;
  }
  li.task.overdue {
    border-left-color: ${token.error};
    background: ${token.errorBg};
  }
  li.task.open {
    border-left-color: ${token.info};
  }
  .task-description {
    font-weight: 700;
    margin: 0 0 0.25rem;
    overflow-wrap: anywhere;
  }
  li.task dl.facts {
    --facts-margin: 0.25rem 0 0.5rem;
    --facts-label-min: 7rem;
    --facts-label-max: 10rem;
    --facts-padding: 0.35rem;
  }
  .report-link {
    margin: 0;
  }
  .overdue-note {
    font-weight: 600;
  }
  .tag.open {
    background: ${token.infoBg};
    border-color: ${token.primary};
    color: ${token.text};
  }
  .outcome {
    background: #00703c;
    color: #fff;
    padding: 1rem 1.25rem;
    margin: 1rem 0 1.5rem;
    max-width: 45rem;
  }
  .outcome p {
    margin: 0;
  }
  .outcome p + p {
    margin-top: 0.5rem;
  }
  .outcome .panel-heading {
    font-size: 1.25rem;
    font-weight: 700;
  }
  .outcome:focus {
    outline: 3px solid ${token.focus};
    outline-offset: 2px;
  }
  @media print {
    .intro,
    .report-link,
    .obligation-link,
    .print {
      display: none !important;
    }
    li.task,
    .earlier-plan {
      break-inside: avoid;
    }
    li.task,
    li.task.overdue,
    li.task.open {
      background: #fff;
      border-color: #000;
    }
    .outcome {
      background: #fff;
      color: #000;
      border: 1px solid #000;
    }
  }
`;
