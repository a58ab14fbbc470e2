import { css } from 'lit';

/** Hidden from sight, still read by screen readers: the declarations, for a class or a media query. */
export const visuallyHidden = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

/** Focus ring, buttons and links shared by the shell's components (inside each shadow root). */
export const baseStyles = css`
  :host {
    font: inherit;
    color: var(--portal-color-text, #1a1a1a);
  }
  a {
    color: var(--portal-color-link, #0a4fb3);
  }
  a:focus-visible,
  button:focus-visible,
  h1:focus-visible {
    outline: 3px solid var(--portal-color-focus, #0a58ca);
    outline-offset: 3px;
  }
  h1:focus {
    outline: none;
  }
  h1 {
    font-size: var(--portal-font-size-h1, 2rem);
    line-height: 1.2;
    margin: 0 0 1rem;
  }
  .button {
    display: inline-block;
    font: inherit;
    font-weight: 600;
    padding: 0.6rem 1.2rem;
    min-height: 44px;
    box-sizing: border-box;
    border-radius: 4px;
    border: 2px solid var(--portal-color-primary, #0a58ca);
    background: var(--portal-color-primary, #0a58ca);
    color: #fff;
    cursor: pointer;
    text-decoration: none;
  }
  .button.secondary {
    background: #fff;
    color: var(--portal-color-primary, #0a58ca);
  }
  .notice {
    border-left: 6px solid var(--portal-color-info, #0a58ca);
    background: var(--portal-color-info-bg, #eef4fc);
    padding: 0.75rem 1rem;
    margin: 0 0 1.5rem;
  }
  .notice.error {
    border-left-color: var(--portal-color-error, #b00020);
    background: var(--portal-color-error-bg, #fdf0f2);
  }
`;
