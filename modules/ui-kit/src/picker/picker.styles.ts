import { css } from 'lit';
import { token } from '../styles/tokens.js';

// The picker's styles, added by a form that has one (`static styles = [baseStyles, formStyles,
// pickerStyles]`). The list opens in the page's flow, under the input, not over what follows: at
// 320 px nothing is covered and nothing scrolls sideways; long lists scroll inside themselves.
export const pickerStyles = css`
  .picker .chips {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0 0 0.5rem;
    padding: 0;
  }
  .picker .chip {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 44px;
    max-width: 100%;
    padding: 0.25rem 0.75rem;
    border: 2px solid ${token.primary};
    border-radius: 1.5rem;
    background: ${token.infoBg};
    color: ${token.text};
    cursor: pointer;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .picker .chip:hover {
    background: #fff;
  }
  .picker .chip:focus-visible {
    outline: 3px solid ${token.focus};
    outline-offset: 2px;
  }
  .picker .chip-x {
    font-size: 1.25rem;
    line-height: 1;
  }
  .picker .listbox {
    list-style: none;
    margin: 0;
    padding: 0;
    max-width: 30rem;
    max-height: 18rem;
    overflow-y: auto;
    border: 2px solid ${token.text};
    border-top: 0;
    background: #fff;
  }
  .picker .listbox[hidden] {
    display: none;
  }
  .picker [role='option'] {
    min-height: 44px;
    box-sizing: border-box;
    padding: 0.6rem 0.75rem;
    border-bottom: 1px solid ${token.borderLight};
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .picker [role='option'][aria-selected='true']::after {
    content: ' ✓';
  }
  .picker [role='option'].active,
  .picker [role='option']:hover {
    background: ${token.primary};
    color: #fff;
  }
`;
