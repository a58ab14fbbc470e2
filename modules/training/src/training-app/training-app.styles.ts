import { css } from 'lit';
import { areaFrontStyles, token } from '@portal/ui-kit/styles';

// The front page: the applications, then the catalogue (the kit's front page layout for both lists)
// with its filters: side by side where there is room, one under another at 320 px.
export const styles = [
  areaFrontStyles('trainings'),
  areaFrontStyles('applications'),
  css`
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1.25rem;
      align-items: flex-end;
      max-width: 45rem;
      margin: 0 0 1rem;
    }
    .filter {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      flex: 1 1 12rem;
      min-width: 0;
    }
    .filter.check {
      flex-direction: row;
      align-items: center;
      flex: 1 1 100%;
    }
    .filter label {
      font-weight: 600;
    }
    .filter input[type='search'],
    .filter select {
      font: inherit;
      padding: 0.5rem;
      border: 2px solid ${token.text};
      border-radius: 0;
      background: #fff;
      color: ${token.text};
      max-width: 100%;
    }
    .filter input[type='checkbox'] {
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
    }
    .filter input:focus-visible,
    .filter select:focus-visible {
      outline: 3px solid ${token.focus};
      outline-offset: 2px;
    }
  `,
];
