// Server-rendered pages of the mock (the identification page and the sign-in error pages): a tiny
// escaping template and one layout. No inline script or style, so the strict CSP applies unchanged.
import type { Locale } from '@portal/shared-contracts';

const SAFE = Symbol('safe-html');

export interface SafeHtml {
  readonly [SAFE]: true;
  readonly value: string;
}

type Interpolation = SafeHtml | string | number | null | undefined | readonly Interpolation[];

export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

function isSafe(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && SAFE in value;
}

function render(value: Interpolation): string {
  if (value === null || value === undefined) return '';
  if (isSafe(value)) return value.value;
  if (Array.isArray(value)) return value.map((item: Interpolation) => render(item)).join('');
  return escapeHtml(String(value));
}

/** Escapes every interpolated value unless it is already SafeHtml (i.e. built with this tag). */
export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return { [SAFE]: true, value: out };
}

export const STYLESHEET_PATH = '/idp/assets/idp.css';

export interface PageOptions {
  readonly lang: Locale;
  /** The document title (WCAG 2.4.2): what the page is, then whose it is. */
  readonly title: string;
  /** The text of the page's one h1. */
  readonly heading: string;
  /** The banner: the mock IdP looks like Suomi.fi, the portal's own pages say Oma asiointi. */
  readonly brand: { readonly name: string; readonly tagline: string };
  readonly body: SafeHtml;
  /** Extra content above the heading, e.g. the language links. */
  readonly top?: SafeHtml;
  /** The page's stylesheet, when not the IdP's and the portal's own pages' one. */
  readonly stylesheet?: string;
  /** For search engines too (a public documentation page); every other page is noindex. */
  readonly indexed?: boolean;
}

export function renderPage(options: PageOptions): string {
  return `<!doctype html>${
    html`<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${options.indexed === true ? '' : html`<meta name="robots" content="noindex">\n`}<title>${options.title}</title>
<link rel="stylesheet" href="${options.stylesheet ?? STYLESHEET_PATH}">
</head>
<body>
<header class="banner">
<div class="container"><span class="brand">${options.brand.name}</span> <span class="tagline">${options.brand.tagline}</span></div>
</header>
<main class="container" id="main">
${options.top}
<h1>${options.heading}</h1>
${options.body}
</main>
</body>
</html>
`.value
  }`;
}

/**
 * Plain Suomi.fi-like look. Colours meet WCAG AA (body text #1f1f1f and links #003479 on white are
 * above 12:1; the muted #4d4d4d is 8:1); focus is a thick outline with an offset so it shows on every
 * background; everything reflows down to 320 px.
 */
export const STYLESHEET = `
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 100%; -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: "Source Sans Pro", "Segoe UI", system-ui, -apple-system, Roboto, Arial, sans-serif;
  font-size: 1.0625rem; line-height: 1.5; color: #1f1f1f; background: #f5f5f5; overflow-wrap: anywhere; }
.container { max-width: 40rem; margin: 0 auto; padding: 0 1rem; }
.banner { background: #003479; color: #fff; padding: 0.75rem 0; }
.brand { font-weight: 700; font-size: 1.25rem; margin-right: 0.5rem; }
.tagline { font-size: 1rem; }
main { background: #fff; padding-top: 1rem; padding-bottom: 2rem; min-height: 60vh; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0.5rem 0 1rem; color: #1f1f1f; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
p { margin: 0 0 1rem; }
a { color: #003479; text-decoration: underline; text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 0.15em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
:focus-visible { outline: 3px solid #003479; outline-offset: 3px; }
.languages ul { list-style: none; margin: 0 0 0.5rem; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; justify-content: flex-end; }
.languages a[aria-current] { font-weight: 700; text-decoration: none; }
.notice { border-left: 4px solid #003479; background: #eaf2fa; padding: 0.75rem 1rem; margin: 0 0 1.5rem; }
.notice.error { border-left-color: #b00020; background: #fdecee; }
fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
legend { font-weight: 700; font-size: 1.25rem; margin-bottom: 0.5rem; padding: 0; }
.persons { list-style: none; margin: 0 0 1.5rem; padding: 0; display: grid; gap: 0.5rem; }
button { font: inherit; cursor: pointer; }
.person { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.25rem 1rem; width: 100%; min-height: 2.75rem;
  text-align: left; padding: 0.75rem 1rem; color: #1f1f1f; background: #fff; border: 2px solid #003479; border-radius: 4px; }
.person:hover { background: #eaf2fa; }
.person .name { font-weight: 700; }
.person .id { color: #4d4d4d; font-variant-numeric: tabular-nums; }
.secondary { min-height: 2.75rem; padding: 0.625rem 1.25rem; color: #003479; background: #fff; border: 2px solid #003479; border-radius: 4px; font-weight: 700; }
.secondary:hover { background: #eaf2fa; }
.actions { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; }
@media (forced-colors: active) { .person, .secondary { border: 2px solid ButtonText; } }
@media print { .banner { background: none; color: #000; } .languages { display: none; } }
`;
