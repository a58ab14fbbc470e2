import { css } from 'lit';

// The portal's design tokens, each written once: the shell defines the custom properties for the
// page (shell/public/portal.css), and they inherit into every shadow root. The fallback after each
// is what an element shows alone or on a partner page that sets none: the same values, so it stays
// readable (every text/background pair at least 4.5:1). Use them in `css` as `${token.primary}`;
// an element that offers its own custom property wraps one: `var(--career-radar-accent, ${token.primary})`.

export const token = {
  primary: css`var(--portal-color-primary, #0a58ca)`,
  focus: css`var(--portal-color-focus, #0a58ca)`,
  link: css`var(--portal-color-link, #0a4fb3)`,
  text: css`var(--portal-color-text, #1a1a1a)`,
  textMuted: css`var(--portal-color-text-muted, #4a4a4a)`,
  border: css`var(--portal-color-border, #8a8a8a)`,
  borderLight: css`var(--portal-color-border-light, #d0d0d0)`,
  error: css`var(--portal-color-error, #b00020)`,
  errorBg: css`var(--portal-color-error-bg, #fdf0f2)`,
  info: css`var(--portal-color-info, #0a58ca)`,
  infoBg: css`var(--portal-color-info-bg, #eef4fc)`,
  header: css`var(--portal-color-header, #003479)`,
  nav: css`var(--portal-color-nav, #e8eef7)`,
  footer: css`var(--portal-color-footer, #f2f2f2)`,
  fontSizeH1: css`var(--portal-font-size-h1, 2rem)`,
  maxWidth: css`var(--portal-max-width, 72rem)`,
} as const;
