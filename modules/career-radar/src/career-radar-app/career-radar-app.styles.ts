import { css } from 'lit';
import { theme } from '../theme.styles.js';

// The self-assessment's own parts: the progress bar, the step's heading with its number, and the
// statements' 1–5 scales. A scale is five real radio buttons in a row, each with its number under
// it and a 44 px target (the whole label), and the meanings of 1 and 5 written at the row's ends;
// at 320 px the ends go above the row so the five choices still fit side by side.

export const styles = css`
  .lead {
    font-size: 1.15em;
  }
  .progress {
    margin: 0 0 1.5em;
    max-width: 30em;
  }
  progress {
    appearance: none;
    display: block;
    width: 100%;
    height: 0.75em;
    border: 1px solid ${theme.border};
    border-radius: ${theme.radius};
    background: ${theme.surface};
    color: ${theme.accent};
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: ${theme.surface};
  }
  progress::-webkit-progress-value {
    background: ${theme.accent};
  }
  progress::-moz-progress-bar {
    background: ${theme.accent};
  }
  .caption {
    display: block;
    font-size: 0.7em;
    font-weight: 400;
    color: ${theme.textMuted};
    margin-bottom: 0.2em;
  }
  .step .heading {
    margin-top: 0;
  }
  .description {
    font-size: 1.05em;
  }
  fieldset.statement {
    border: 0;
    padding: 0;
    margin: 0 0 1.75em;
    min-width: 0;
    max-width: 36em;
  }
  fieldset.statement.has-error {
    border-left: 5px solid ${theme.error};
    padding-left: 0.75em;
  }
  legend.statement-text {
    padding: 0;
    font-weight: 700;
    font-size: 1.1em;
    margin-bottom: 0.5em;
  }
  .scale-ends {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    font-size: 0.9em;
    color: ${theme.textMuted};
    margin-bottom: 0.25em;
  }
  .scale-ends span:last-child {
    text-align: end;
  }
  .options {
    display: grid;
    grid-template-columns: repeat(5, minmax(44px, 1fr));
    gap: 0.25em;
  }
  label.option {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.2em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.35em 0;
    border: 2px solid ${theme.border};
    border-radius: ${theme.radius};
    background: ${theme.surface};
    cursor: pointer;
    position: relative;
  }
  label.option:has(input:checked) {
    border-color: ${theme.accent};
    box-shadow: inset 0 0 0 2px ${theme.accent};
  }
  label.option input {
    appearance: auto;
    margin: 0;
    width: 1.25em;
    height: 1.25em;
    accent-color: ${theme.accent};
    cursor: pointer;
  }
  label.option:has(input:focus-visible) {
    outline: 3px solid ${theme.focus};
    outline-offset: 2px;
  }
  .option-number {
    font-weight: 700;
  }
  /* The earlier saved results to compare with. */
  .saved-list {
    list-style: none;
    padding: 0;
  }
  .saved-list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.4em 0;
    border-bottom: 1px solid ${theme.border};
  }
  .saved-list .date {
    min-width: 12em;
  }
  .save-status:empty {
    display: none;
  }
  @media print {
    .progress,
    form .actions {
      display: none;
    }
  }
`;
