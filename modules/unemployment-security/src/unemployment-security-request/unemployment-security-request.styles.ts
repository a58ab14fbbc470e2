import { css } from 'lit';
import { token } from '@portal/ui-kit/styles';

// The request page: its state and the way to answer on top, then what is asked, the contact and the
// answers sent. File names and long words wrap; nothing is wider than the screen.
export const styles = css`
  .next {
    font-size: 1.05rem;
  }
  .return-date .tag {
    margin-left: 0.5rem;
  }
  ul.required {
    padding-left: 1.25rem;
    max-width: 43rem;
  }
  ul.answers {
    list-style: none;
    margin: 0;
    padding: 0;
    max-width: 45rem;
  }
  ul.answers > li {
    border-top: 1px solid ${token.borderLight};
    padding: 0.25rem 0 0.75rem;
  }
  ul.answers h3 {
    margin-top: 0.75rem;
  }
  .received {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  blockquote.text {
    margin: 0.5rem 0;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid ${token.borderLight};
    max-width: 40rem;
  }
  .attachments-label {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  ul.attachments {
    margin: 0;
    padding-left: 1.25rem;
  }
  ul.attachments li {
    margin-bottom: 0.35rem;
    overflow-wrap: anywhere;
  }
  ul.attachments a {
    display: inline-block;
    min-height: 24px;
  }
  @media print {
    .back {
      display: none;
    }
    blockquote.text {
      border-left-color: #000;
    }
  }
`;
