import { css } from 'lit';

// The task page: the task's facts and one small report form, at reading width, one column at any width.
export const styles = css`
  .task-description {
    font-weight: 700;
    max-width: 45rem;
    overflow-wrap: anywhere;
  }
  .not-reportable,
  .next,
  section.kept {
    max-width: 45rem;
  }
  .overdue-note {
    font-weight: 600;
  }
`;
