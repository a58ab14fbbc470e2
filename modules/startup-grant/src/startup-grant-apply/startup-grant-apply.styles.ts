import { css } from 'lit';
import { token } from '@portal/ui-kit/styles';

// The task list after GOV.UK's: each part a row with its state as a tag in words (never colour
// alone), wrapping under the name at 320 px; the calculations' totals as a small definition list
// beside the amounts; the balance said in words, with a border when it does not balance.
export const styles = css`
  .intro,
  .progress,
  ul.task-list,
  .totals,
  .balance {
    max-width: 45rem;
  }
  ul.task-list {
    list-style: none;
    margin: 0 0 1.5rem;
    padding: 0;
    border-top: 1px solid ${token.borderLight};
  }
  li.task {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.25rem 1rem;
    padding: 0.75rem 0;
    border-bottom: 1px solid ${token.borderLight};
  }
  li.task .field-error {
    flex-basis: 100%;
    margin: 0;
  }
  li.task.has-error {
    border-left: 4px solid ${token.error};
    padding-left: 0.75rem;
  }
  .task-link {
    font-size: 1.1rem;
    text-align: left;
  }
  fieldset.amounts {
    border: 0;
    margin: 1rem 0;
    padding: 0;
  }
  fieldset.amounts legend {
    font-weight: 700;
    font-size: 1.15rem;
    margin-bottom: 0.5rem;
  }
  dl.totals {
    margin: 1rem 0;
  }
  dl.totals div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  dl.totals dt {
    font-weight: 700;
  }
  dl.totals dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .balance.unbalanced {
    border-left: 4px solid ${token.error};
    padding-left: 0.75rem;
  }
  ul.plain {
    margin: 0;
    padding-left: 1.25rem;
  }
  ul.file-list {
    margin: 0.5rem 0 0;
    padding-left: 1.25rem;
  }
  ul.file-list li {
    overflow-wrap: anywhere;
  }
  .back-links {
    list-style: none;
    padding: 0;
  }
`;
