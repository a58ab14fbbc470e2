// The old Oma asiointi look: one server-rendered layout (grey header, tables, fieldsets), built only
// with the escaping `html` tag of src/platform/html.ts. No inline script, style or event handler, so the
// portal's CSP applies unchanged. In embedded mode (inside the portal's iframe) the page drops its
// own header and navigation, loads the bridge script and carries what that script reads as data-
// attributes on <html>.
import type { Locale } from '@portal/shared-contracts';
import { LEGACY_BRIDGE_SCRIPT_PATH, LEGACY_EMBEDDED_PARAM } from '@portal/shared-contracts/legacy-bridge';
import { LOCALES } from '@portal/shared-contracts';
import { dateAtNoon } from '../platform/calendar.js';
import { html, type SafeHtml } from '../platform/html.js';
import { formatDate } from '../platform/i18n.js';
import type { Flash } from './state.js';
import { LANGUAGE_NAMES, LEGACY_TEXT, errorText, type ErrorParams, type LegacyText } from './text.js';

export const LEGACY_PREFIX = '/legacy';
export const LEGACY_STYLESHEET_PATH = `${LEGACY_PREFIX}/assets/legacy.css`;
export type LegacyArea = 'offers' | 'plan';

/** What every page of a request needs to know: language, embedding, and what the bridge reads. */
export interface LegacyContext {
  readonly lang: Locale;
  /** The language came from `?lang=`: links and redirects keep it. */
  readonly explicitLang: boolean;
  readonly embedded: boolean;
  /** The portal's origin (this backend's): the only target and source of bridge messages. */
  readonly portalOrigin: string;
  /** The session's idle expiry after this request extended it; absent when signed out. */
  readonly expiresAt?: string;
  readonly t: LegacyText;
}

export function legacyContext(options: Omit<LegacyContext, 't'>): LegacyContext {
  return { ...options, t: LEGACY_TEXT[options.lang] };
}

/** A legacy URL that keeps embedded mode and an explicitly chosen language. */
export function legacyUrl(ctx: Pick<LegacyContext, 'embedded' | 'explicitLang' | 'lang'>, path: string, lang?: Locale): string {
  const query = new URLSearchParams();
  if (ctx.embedded) query.set(LEGACY_EMBEDDED_PARAM, '1');
  if (lang !== undefined || ctx.explicitLang) query.set('lang', lang ?? ctx.lang);
  const search = query.toString();
  return search === '' ? path : `${path}?${search}`;
}

/** The portal's own URL of a legacy page: the same path below the area's route. */
export function portalPath(area: LegacyArea, subPath: string): string {
  return subPath === '/' ? `/${area}` : `/${area}${subPath}`;
}

export function formatDay(day: string, lang: Locale): string {
  return formatDate(dateAtNoon(day), lang);
}

const CLOCK = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "25.11.2026 klo 21.40", "25.11.2026 kl. 21.40", "25 November 2026 at 21.40": Finnish time. */
export function formatInstant(instant: string | Date, ctx: Pick<LegacyContext, 'lang' | 't'>): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = new Map(CLOCK.formatToParts(date).map((part) => [part.type, part.value]));
  return `${formatDate(date, ctx.lang)} ${ctx.t.at} ${parts.get('hour') ?? ''}.${parts.get('minute') ?? ''}`;
}

/** A field's error, by the id of the control the summary links to. */
export interface FieldError {
  readonly field: string;
  /** The id of the input to focus (the first radio of a group). */
  readonly target: string;
  readonly code: string;
  /** What the message names: the row's number ({n}), the limit ({max}). */
  readonly params?: ErrorParams;
}

/**
 * A table in its own scrolling region: on a phone (and in the portal's frame at 320 px) its columns
 * may be wider than the screen, and then the table scrolls rather than being cut off (WCAG 1.4.10);
 * focusable, so a keyboard can scroll it, and named, so the region says what it holds. Columns off
 * the screen were easy to miss: on narrow screens a line above says the table scrolls sideways (it
 * also describes the region to screen readers), and a shadow marks the edge where more columns are.
 */
export function tableRegion(ctx: LegacyContext, label: string, table: SafeHtml): SafeHtml {
  const hintId = `${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-scroll-hint`;
  return html`<p class="table-hint" id="${hintId}">${ctx.t.tableScrollHint}</p>
<div class="table-scroll" role="region" aria-label="${label}" aria-describedby="${hintId}" tabindex="0">${table}</div>`;
}

export function errorSummary(ctx: LegacyContext, errors: readonly FieldError[]): SafeHtml {
  if (errors.length === 0) return html``;
  // autofocus: the summary takes focus on load without any script (the CSP allows none inline).
  return html`<div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 id="error-summary-title">${ctx.t.errorSummary}</h2>
<ul>${errors.map((error) => html`<li><a href="#${error.target}">${errorText(ctx.t, error.code, error.params)}</a></li>`)}</ul>
</div>`;
}

/** The message beside a field, or nothing. Its id is what the control's aria-describedby names. */
export function fieldError(ctx: LegacyContext, errors: readonly FieldError[], field: string): SafeHtml {
  const error = errors.find((item) => item.field === field);
  return error
    ? html`<p class="field-error" id="${field}-error"><span class="visually-hidden">! </span>${errorText(ctx.t, error.code, error.params)}</p>`
    : html``;
}

export function describedBy(errors: readonly FieldError[], field: string, hint?: string): string | undefined {
  const ids = [hint, errors.some((item) => item.field === field) ? `${field}-error` : undefined].filter(
    (id): id is string => id !== undefined,
  );
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** One radio button with its label around it, as every legacy form draws a choice. */
export function radio(name: string, value: string, label: string, checked: boolean, described: string | undefined): SafeHtml {
  return html`<label class="choice" for="${name}-${value}"><input type="radio" id="${name}-${value}" name="${name}" value="${value}"${checked ? html` checked` : html``}${
    described !== undefined ? html` aria-describedby="${described}"` : html``
  }> ${label}</label>`;
}

export interface LegacyPage {
  readonly ctx: LegacyContext;
  readonly area: LegacyArea;
  /** The page's path below the area's legacy root: `/`, `/<id>`, `/tasks/<id>`. */
  readonly subPath: string;
  /** The page's one h1, and the first part of its title. */
  readonly heading: string;
  readonly body: SafeHtml;
  readonly flash?: Flash | undefined;
  readonly errors?: readonly FieldError[];
  /** A notice above the content (a conflict). */
  readonly notice?: string | undefined;
}

function header(page: LegacyPage): SafeHtml {
  const { ctx } = page;
  const navLink = (area: LegacyArea) =>
    html`<li><a href="${legacyUrl(ctx, `${LEGACY_PREFIX}/${area}`)}"${area === page.area ? html` aria-current="page"` : html``}>${ctx.t.nav[area]}</a></li>`;
  const path = `${LEGACY_PREFIX}/${page.area}${page.subPath === '/' ? '' : page.subPath}`;
  return html`<header class="legacy-header">
<div class="legacy-bar"><span class="legacy-service">${ctx.t.service}</span>
<nav class="languages" aria-label="${ctx.t.languages}"><ul>${LOCALES.map(
    (lang) =>
      html`<li><a href="${legacyUrl(ctx, path, lang)}" lang="${lang}"${lang === ctx.lang ? html` aria-current="true"` : html``}>${LANGUAGE_NAMES[lang]}</a></li>`,
  )}</ul></nav></div>
<nav class="legacy-nav" aria-label="${ctx.t.navLabel}"><ul>${navLink('offers')}${navLink('plan')}</ul></nav>
</header>`;
}

export function renderLegacyPage(page: LegacyPage): string {
  const { ctx } = page;
  const errors = page.errors ?? [];
  const flash = page.flash
    ? html`<p class="flash" role="status">${ctx.t.flash[page.flash.kind]} ${formatInstant(page.flash.receivedAt, ctx)}</p>`
    : html``;
  return `<!doctype html>\n${
    html`<html lang="${ctx.lang}" data-legacy-area="${page.area}" data-legacy-path="${page.subPath}" data-legacy-title="${page.heading}" data-portal-origin="${ctx.portalOrigin}"${
      ctx.expiresAt !== undefined ? html` data-session-expires="${ctx.expiresAt}"` : html``
    }${ctx.embedded ? html` data-legacy-embedded="1"` : html``} data-ended-title="${ctx.t.ended.title}" data-ended-text="${ctx.t.ended.text}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${errors.length > 0 ? '! ' : ''}${page.heading} – ${ctx.t.titleSuffix}</title>
<link rel="stylesheet" href="${LEGACY_STYLESHEET_PATH}">
${ctx.embedded ? html`<script src="${LEGACY_BRIDGE_SCRIPT_PATH}" defer></script>` : html``}
</head>
<body class="${ctx.embedded ? 'embedded' : 'standalone'}">
${ctx.embedded ? html`` : header(page)}
<main id="main" class="legacy-main">
<h1>${page.heading}</h1>
${flash}
${errorSummary(ctx, errors)}
${page.notice !== undefined ? html`<p class="notice" role="alert">${page.notice}</p>` : html``}
${page.body}
</main>
</body>
</html>
`.value
  }`;
}

/**
 * Old Oma asiointi: a grey bar, Verdana, bordered tables and fieldsets; tidy, and AA contrast
 * (#222 on white, links #0b4f9c at 8:1, errors #a30000 at 8:1). Focus is a thick outline.
 */
export const LEGACY_STYLESHEET = `
html { font-size: 100%; }
body { margin: 0; font-family: Verdana, Geneva, Tahoma, sans-serif; font-size: 0.875rem; line-height: 1.5; color: #222; background: #e9e9e9; }
body.embedded { background: #fff; }
a { color: #0b4f9c; }
a:visited { color: #5a2a82; }
:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.legacy-header { background: #6f6f6f; color: #fff; border-bottom: 4px solid #4a4a4a; }
.legacy-bar { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.25rem 1rem; max-width: 60rem; margin: 0 auto; padding: 0.5rem 1rem; }
.legacy-service { font-weight: bold; font-size: 1.125rem; }
.legacy-header a, .legacy-header a:visited { color: #fff; }
.legacy-header :focus-visible { outline-color: #fff; }
.legacy-header ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
.legacy-nav { background: #d4d4d4; }
.legacy-nav ul { max-width: 60rem; margin: 0 auto; padding: 0.25rem 1rem; }
.legacy-nav a, .legacy-nav a:visited { color: #222; font-weight: bold; text-decoration: none; display: inline-block; padding: 0.25rem 0.5rem; }
.legacy-nav a[aria-current] { background: #fff; border: 1px solid #8a8a8a; border-bottom: 0; }
.legacy-nav a:hover { text-decoration: underline; }
.languages a[aria-current] { font-weight: bold; text-decoration: none; }
.legacy-main { max-width: 60rem; margin: 0 auto; padding: 1rem; background: #fff; min-height: 20rem; }
body.embedded .legacy-main { max-width: none; padding: 0.5rem; min-height: 0; }
h1 { font-size: 1.375rem; margin: 0 0 0.75rem; color: #333; border-bottom: 1px solid #bbb; padding-bottom: 0.25rem; }
h2 { font-size: 1.0625rem; margin: 1.25rem 0 0.5rem; color: #333; }
table { border-collapse: collapse; width: 100%; margin: 0; }
/* Scroll shadows: the white covers move with the content (local), the shadows stay at the edges. */
.table-scroll { overflow-x: auto; margin: 0 0 1rem; background: linear-gradient(to right, #fff 30%, rgb(255 255 255 / 0)) left / 2rem 100% no-repeat local, linear-gradient(to left, #fff 30%, rgb(255 255 255 / 0)) right / 2rem 100% no-repeat local, radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.3), rgb(0 0 0 / 0)) left / 0.75rem 100% no-repeat scroll, radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.3), rgb(0 0 0 / 0)) right / 0.75rem 100% no-repeat scroll; }
.table-hint { color: #555; font-size: 0.875rem; margin: 0 0 0.25rem; }
@media (min-width: 48rem) { .table-hint { display: none; } }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
th, td { border: 1px solid #a8a8a8; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #dcdcdc; }
tbody tr:nth-child(even) { background: #f4f4f4; }
dl.details { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.25rem 1rem; margin: 0 0 1rem; padding: 0.5rem; border: 1px solid #a8a8a8; background: #f7f7f7; }
dl.details dt { font-weight: bold; }
dl.details dd { margin: 0; white-space: pre-line; }
fieldset { border: 1px solid #8a8a8a; margin: 0 0 1rem; padding: 0.5rem 1rem 0.75rem; background: #fafafa; }
legend { font-weight: bold; padding: 0 0.25rem; }
.choice { display: block; margin: 0.25rem 0; }
.field { margin: 0 0 1rem; }
.field label { display: block; font-weight: bold; margin-bottom: 0.25rem; }
.hint { color: #555; margin: 0 0 0.25rem; }
textarea { font: inherit; width: 100%; max-width: 40rem; min-height: 6rem; border: 1px solid #6f6f6f; padding: 0.25rem; box-sizing: border-box; }
input[type="radio"] { width: 1.125rem; height: 1.125rem; vertical-align: -0.2rem; margin-right: 0.375rem; }
button { font: inherit; font-weight: bold; color: #222; background: linear-gradient(#fdfdfd, #d9d9d9); border: 1px solid #6f6f6f; border-radius: 3px; padding: 0.375rem 1rem; cursor: pointer; min-height: 2.25rem; }
button:hover { background: #d9d9d9; }
.flash { border: 1px solid #2e6b2e; background: #e6f2e6; color: #1d451d; padding: 0.5rem 0.75rem; margin: 0 0 1rem; font-weight: bold; }
.notice { border: 1px solid #8a6d00; background: #fff7d6; padding: 0.5rem 0.75rem; margin: 0 0 1rem; }
.error-summary { border: 2px solid #a30000; background: #fff0f0; padding: 0.5rem 1rem; margin: 0 0 1rem; }
.error-summary h2 { margin: 0 0 0.25rem; color: #a30000; }
.error-summary ul { margin: 0; padding-left: 1.25rem; }
.error-summary a { color: #a30000; font-weight: bold; }
.field-error { color: #a30000; font-weight: bold; margin: 0 0 0.25rem; }
.error-field textarea { border: 2px solid #a30000; }
.actions { margin: 1rem 0; }
@media (max-width: 40rem) { dl.details { grid-template-columns: 1fr; } table { font-size: 0.8125rem; } }
@media (forced-colors: active) { button { border: 1px solid ButtonText; } }
`;
