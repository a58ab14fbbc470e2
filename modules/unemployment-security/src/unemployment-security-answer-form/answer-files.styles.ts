import { css } from 'lit';
import { token } from '@portal/ui-kit/styles';

// The answer form's own patterns, after the kit's formStyles (`[baseStyles, areaStyles, formStyles,
// areaFormStyles, …]`), in a module apart from areaStyles: the front page and the event and request
// pages carry none of this. Where this form is wider or roomier than the kit's defaults (one long
// answer and a list of files rather than many short fields), it says so here.

/**
 * The file input and its list of files with their progress, what the request asks to attach, a
 * hint of several paragraphs, and the form's measure.
 */
export const areaFormStyles = css`
  form {
    max-width: 43rem;
  }
  .field {
    margin-bottom: 1.5rem;
  }
  label.heading-label {
    font-size: 1.15rem;
  }
  .hint {
    max-width: 43rem;
  }
  .hint p {
    margin: 0 0 0.35rem;
  }
  .input {
    max-width: 40rem;
  }
  /* The file input is the real one, over its label drawn as a button: a click or a tap anywhere on
     the button reaches the input itself, the keyboard focuses it, and its accessible name is the
     label. What the person sees is in the page's language, not the browser's ("Choose Files / No
     file chosen" on a Finnish page); the chosen files are listed below instead. */
  .file-picker {
    position: relative;
    display: inline-block;
    max-width: 100%;
    margin-top: 0.25rem;
  }
  .file-picker .file-button {
    display: inline-block;
    box-sizing: border-box;
    max-width: 100%;
    min-height: 44px;
    margin: 0;
    padding: 0.6rem 1.2rem;
    border: 2px solid ${token.primary};
    border-radius: 4px;
    background: #fff;
    color: ${token.primary};
    font-weight: 600;
    line-height: 1.25;
  }
  .file-picker input[type='file'] {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    padding: 0;
    opacity: 0;
    cursor: pointer;
    font-size: 0;
  }
  .file-picker:hover .file-button {
    text-decoration: underline;
  }
  .file-picker:focus-within .file-button {
    outline: 3px solid ${token.focus};
    outline-offset: 3px;
  }
  .has-error .file-picker .file-button {
    border-color: ${token.error};
  }
  /* What the request asks to attach, beside the file input. */
  .checklist {
    margin: 0 0 1rem;
    padding-left: 1.25rem;
  }
  .checklist li {
    margin-bottom: 0.25rem;
  }
  ul.files {
    list-style: none;
    margin: 1rem 0 0;
    padding: 0;
    max-width: 40rem;
  }
  ul.files > li {
    border: 1px solid ${token.borderLight};
    border-left: 5px solid ${token.borderLight};
    padding: 0.6rem 0.75rem;
    margin-bottom: 0.75rem;
  }
  ul.files > li.done {
    border-left-color: #00703c;
  }
  ul.files > li.refused,
  ul.files > li.failed {
    border-left-color: ${token.error};
  }
  .file-name {
    font-weight: 700;
    overflow-wrap: anywhere;
    margin: 0;
  }
  .file-status {
    margin: 0.35rem 0 0;
  }
  .file-status.ok {
    color: #00703c;
    font-weight: 600;
  }
  .file-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    margin-top: 0.5rem;
  }
  progress {
    display: block;
    width: 100%;
    max-width: 30rem;
    height: 1rem;
    margin-top: 0.35rem;
    accent-color: ${token.primary};
  }
  dl.summary .row {
    grid-template-columns: minmax(8rem, 12rem) 1fr auto;
  }
  .panel {
    max-width: 43rem;
  }
  @media (max-width: 40rem) {
    dl.summary .row {
      grid-template-columns: 1fr;
    }
  }
  @media print {
    form,
    .file-actions {
      display: none;
    }
  }
`;
