// The operators' page, server-rendered in fi / sv / en like the partners' page: no script, every
// value escaped, a chart as inline SVG with its numbers also in words (the chart is for the eye).
import { LOCALES, type Locale } from '@portal/shared-contracts';
import type { Rollout } from '@portal/shared-contracts/registry-admin';
import { html, renderPage, STYLESHEET, type SafeHtml } from '../../platform/html.js';
import type { RegistryChangeRow } from '../modules/versions-store.js';
import { CHART_HOURS, type AreaStatus, type Overview, type VersionErrors } from './service.js';
import { MESSAGES, t, type Key } from './messages.js';

export const OPERATORS_PATH = '/operators';
export const OPERATORS_STYLESHEET_PATH = `${OPERATORS_PATH}/operators.css`;

const LANGUAGE_NAMES: Record<Locale, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };

const TIME_FORMATS: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

function when(locale: Locale, at: Date): string {
  return new Intl.DateTimeFormat(TIME_FORMATS[locale], { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(at);
}

function languageLinks(locale: Locale, label: string): SafeHtml {
  return html`<nav class="languages" aria-label="${label}">
<ul>
${LOCALES.map(
  (other) =>
    html`<li><a href="${OPERATORS_PATH}?lang=${other}" lang="${other}" hreflang="${other}"${other === locale ? html` aria-current="page"` : ''}>${LANGUAGE_NAMES[other]}</a></li>\n`,
)}</ul>
</nav>`;
}

/** The sign-in form; after a refusal, the error summary and the message next to the field (the token is not kept: it is a secret). */
export function renderSignIn(locale: Locale, error?: 'tokenWrong' | 'tokenMissing'): string {
  const message = error ? t(locale, error) : undefined;
  return renderPage({
    lang: locale,
    title: `${message ? `${t(locale, 'errorSummary')} ` : ''}${t(locale, 'signInTitle')}`,
    heading: t(locale, 'signInHeading'),
    brand: { name: t(locale, 'brand'), tagline: t(locale, 'tagline') },
    stylesheet: OPERATORS_STYLESHEET_PATH,
    top: languageLinks(locale, t(locale, 'languages')),
    body: html`${
      message
        ? html`<div class="notice error" role="alert"><h2 class="summary-title">${t(locale, 'errorSummary')}</h2><p><a href="#token">${message}</a></p></div>`
        : ''
    }
<p>${t(locale, 'signInIntro')}</p>
<form method="post" action="${OPERATORS_PATH}/sign-in?lang=${locale}" class="sign-in">
<label for="token">${t(locale, 'tokenLabel')}</label>
${message ? html`<p class="field-error" id="token-error">${message}</p>` : ''}
<input id="token" name="token" type="password" autocomplete="current-password" required${message ? html` aria-invalid="true" aria-describedby="token-error"` : ''}>
<p><button type="submit" class="primary">${t(locale, 'signIn')}</button></p>
</form>`,
  });
}

function rolloutText(locale: Locale, area: AreaStatus): string {
  if (area.version === null) return t(locale, 'onlyLegacy');
  if (area.legacyUrl === null) return t(locale, 'noLegacy');
  const rollout: Rollout = area.rollout;
  switch (rollout.mode) {
    case 'percentage':
      return t(locale, 'rollout.percentage', { percentage: rollout.percentage });
    case 'persons':
      return t(locale, 'rollout.persons', { persons: rollout.persons.join(', ') });
    default:
      return t(locale, `rollout.${rollout.mode}`);
  }
}

function changeText(change: RegistryChangeRow): string {
  if (change.rolloutAfter) {
    const rollout = change.rolloutAfter;
    return rollout.mode === 'percentage'
      ? `${rollout.percentage} %`
      : rollout.mode === 'persons'
        ? rollout.persons.join(', ')
        : rollout.mode;
  }
  if (change.legacyAfter !== undefined && change.legacyAfter !== null) return change.legacyAfter.url;
  const from = change.before?.version;
  const to = change.after?.version;
  return from && to ? `${from} → ${to}` : (to ?? from ?? '');
}

function actionLabel(locale: Locale, action: string): string {
  const key = `action.${action}`;
  return key in MESSAGES[locale] ? t(locale, key as Key) : action;
}

/** A bar per hour, scaled to the version's busiest hour; hidden from assistive tech, which gets the caption. */
function chart(errors: VersionErrors): SafeHtml {
  const max = Math.max(1, ...errors.hours);
  const width = 4;
  const gap = 1;
  const height = 32;
  return html`<svg class="chart" viewBox="0 0 ${CHART_HOURS * (width + gap)} ${height}" width="${CHART_HOURS * (width + gap) * 2}" height="${height * 1.5}" aria-hidden="true" focusable="false">
<line class="axis" x1="0" y1="${height - 0.5}" x2="${CHART_HOURS * (width + gap)}" y2="${height - 0.5}"></line>
${errors.hours.map((count, hour) => {
  const barHeight = count === 0 ? 0 : Math.max(2, Math.round((count / max) * (height - 2)));
  return html`<rect class="bar" x="${hour * (width + gap)}" y="${height - 1 - barHeight}" width="${width}" height="${barHeight}"></rect>`;
})}
</svg>`;
}

function areaSection(locale: Locale, area: AreaStatus): SafeHtml {
  const id = `area-${area.area}`;
  return html`<section class="area" aria-labelledby="${id}">
<h2 id="${id}">${area.names[locale]}</h2>
<dl class="facts">
<dt>${t(locale, 'served')}</dt>
<dd>${area.version !== null ? html`<span class="line">${t(locale, 'module', { version: area.version })}</span>` : ''}${area.legacyUrl !== null ? html`<span class="line">${t(locale, 'legacyPages', { url: area.legacyUrl })}</span>` : ''}</dd>
<dt>${t(locale, 'rollout')}</dt>
<dd class="rollout">${rolloutText(locale, area)}</dd>
<dt>${t(locale, 'signedInNow')}</dt>
<dd class="split">${t(locale, 'split', { module: area.signedIn.module, legacy: area.signedIn.legacy })}</dd>
</dl>
<h3>${t(locale, 'changes')}</h3>
${
  area.changes.length === 0
    ? html`<p>${t(locale, 'noChanges')}</p>`
    : html`<ol class="changes">${area.changes.map(
        (change) =>
          html`<li><span class="when">${when(locale, change.changedAt)}</span> <strong>${actionLabel(locale, change.action)}</strong> ${changeText(change)} <span class="actor">(${change.actor})</span></li>`,
      )}</ol>`
}
${
  area.errors.length > 0
    ? html`<h3>${t(locale, 'errors')}</h3>
<ul class="errors">${area.errors.map(
        (errors) =>
          html`<li data-version="${errors.version}">${chart(errors)}<span class="caption">${t(locale, 'errorsCaption', {
            version: errors.version,
            current: errors.current ? t(locale, 'currentMark') : '',
            total: errors.total,
            last: errors.hours.at(-1) ?? 0,
          })}</span></li>`,
      )}</ul>`
    : ''
}
${
  area.rollbackTo !== null
    ? html`<form method="post" action="${OPERATORS_PATH}/areas/${area.area}/rollback?lang=${locale}" class="rollback">
<button type="submit" class="secondary">${t(locale, 'rollBack', { version: area.rollbackTo })}</button>
</form>`
    : ''
}
</section>`;
}

function servedShort(locale: Locale, area: AreaStatus): string {
  if (area.version === null) return t(locale, 'served.legacy');
  return t(locale, area.legacyUrl === null ? 'served.module' : 'served.both', { version: area.version });
}

/** One row per area, linking to its section: the whole migration on one screen. */
function glance(locale: Locale, overview: Overview): SafeHtml {
  const caption = t(locale, 'glance');
  return html`<div class="table-scroll" role="region" aria-label="${caption}" tabindex="0"><table class="glance">
<caption>${caption}</caption>
<thead><tr><th scope="col">${t(locale, 'glanceArea')}</th><th scope="col">${t(locale, 'glanceServed')}</th><th scope="col">${t(locale, 'rollout')}</th><th scope="col">${t(locale, 'glanceErrors')}</th></tr></thead>
<tbody>
${overview.areas.map(
  (area) =>
    html`<tr><th scope="row"><a href="#area-${area.area}">${area.names[locale]}</a></th><td>${servedShort(locale, area)}</td><td>${rolloutText(locale, area)}</td><td class="number">${area.errors.reduce((sum, errors) => sum + errors.total, 0)}</td></tr>
`,
)}</tbody>
</table></div>`;
}

export interface Outcome {
  readonly ok: boolean;
  readonly text: string;
}

export function outcomeText(locale: Locale, outcome: { area: string; version?: string; message?: string }): Outcome {
  return outcome.version !== undefined
    ? { ok: true, text: t(locale, 'rolledBack', { area: outcome.area, version: outcome.version }) }
    : { ok: false, text: t(locale, 'rollbackFailed', { area: outcome.area, message: outcome.message ?? '' }) };
}

export function renderOverview(locale: Locale, operator: string, overview: Overview, outcome?: Outcome): string {
  return renderPage({
    lang: locale,
    title: t(locale, 'title'),
    heading: t(locale, 'heading'),
    brand: { name: t(locale, 'brand'), tagline: t(locale, 'tagline') },
    stylesheet: OPERATORS_STYLESHEET_PATH,
    top: html`${languageLinks(locale, t(locale, 'languages'))}
<form method="post" action="${OPERATORS_PATH}/sign-out?lang=${locale}" class="operator">
<span>${t(locale, 'signedInAs', { operator })}</span> <button type="submit" class="secondary">${t(locale, 'signOut')}</button>
</form>`,
    body: html`${outcome ? html`<div class="notice${outcome.ok ? '' : ' error'}" role="status"><p>${outcome.text}</p></div>` : ''}
<p>${t(locale, 'intro')}</p>
${glance(locale, overview)}
<p class="meta">${t(locale, 'chartFrom', { time: overview.since.toISOString().slice(0, 16).replace('T', ' ') })}</p>
${overview.areas.map((area) => areaSection(locale, area))}`,
  });
}

/** The shared look, wider for the page's lists, with the chart's colours (bars #003479 on white: 12:1). */
export const OPERATORS_CSS = `${STYLESHEET}
.container { max-width: 60rem; }
.operator { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; justify-content: flex-end; margin: 0 0 0.5rem; }
.area { border-top: 1px solid #c7c7c7; margin-top: 1.5rem; }
.facts { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: 0.25rem 1rem; margin: 0 0 1rem; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; }
.line { display: block; }
@media (max-width: 40rem) { .facts { grid-template-columns: 1fr; } .facts dd { margin-bottom: 0.5rem; } }
h3 { font-size: 1.0625rem; margin: 1rem 0 0.5rem; }
.changes, .errors { margin: 0 0 1rem; padding-left: 1.25rem; }
.errors { list-style: none; padding: 0; }
.errors li { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; align-items: center; margin-bottom: 0.5rem; }
.chart { max-width: 100%; height: auto; }
.chart .bar { fill: #003479; }
.chart .axis { stroke: #4d4d4d; stroke-width: 1; }
.when, .actor, .meta { color: #4d4d4d; }
.table-scroll { overflow-x: auto; margin: 0 0 1rem; }
table.glance { border-collapse: collapse; width: 100%; min-width: 36rem; }
.glance caption { text-align: left; font-weight: 700; font-size: 1.25rem; margin-bottom: 0.5rem; }
.glance th, .glance td { text-align: left; vertical-align: top; padding: 0.375rem 0.5rem; border-bottom: 1px solid #c7c7c7; }
.glance .number { text-align: right; font-variant-numeric: tabular-nums; }
label { display: block; font-weight: 700; margin-bottom: 0.25rem; }
input[type="password"] { font: inherit; width: 100%; max-width: 24rem; min-height: 2.75rem; padding: 0.5rem; border: 2px solid #4d4d4d; border-radius: 4px; }
input[aria-invalid="true"] { border-color: #b00020; }
.field-error { color: #b00020; font-weight: 700; margin: 0 0 0.25rem; }
.summary-title { font-size: 1.0625rem; margin: 0 0 0.25rem; }
.primary { min-height: 2.75rem; padding: 0.625rem 1.25rem; color: #fff; background: #003479; border: 2px solid #003479; border-radius: 4px; font-weight: 700; margin-top: 1rem; }
.primary:hover { background: #002557; }
.notice.error a { color: #b00020; }
@media (forced-colors: active) { .chart .bar { fill: CanvasText; } .primary { border: 2px solid ButtonText; } }
`;
