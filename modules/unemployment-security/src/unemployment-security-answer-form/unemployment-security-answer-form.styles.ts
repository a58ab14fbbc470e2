import { css } from 'lit';
import { token } from '@portal/ui-kit/styles';

// The answer form's own touches; the fields, the file list and the receipt are the kit's formStyles.
export const styles = css`
  .subject {
    font-weight: 700;
    margin-bottom: 0.25rem;
  }
  .return-date {
    margin-top: 0;
  }
  .return-date .tag {
    margin-left: 0.5rem;
  }
  .explain {
    max-width: 43rem;
  }
  .explain p {
    line-height: 1.5;
  }
  .files-field h2 {
    margin-top: 0.5rem;
  }
  .checklist-title {
    margin-bottom: 0.25rem;
  }
  blockquote.kept {
    margin: 0 0 1.5rem;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid ${token.borderLight};
    max-width: 40rem;
  }
  ul.sent-files,
  ul.attachments {
    margin: 0;
    padding-left: 1.1rem;
  }
  ul.sent-files li,
  ul.attachments li {
    overflow-wrap: anywhere;
  }
`;
