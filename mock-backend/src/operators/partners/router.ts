// GET /partners: the documentation for partner sites (a municipality, an unemployment fund, a
// school) that embed a module's element in their own pages. Generated on every request from the
// registry (which areas are embeddable now, which elements, whether they need sign-in) and from the
// custom-elements.json each module's embed build writes from its components' JSDoc (attributes,
// events, CSS custom properties and parts), so it always describes the version partners get.
// In fi/sv/en by `?lang=` or Accept-Language; server-rendered, every value escaped, no script.
import { Router, type Request } from 'express';
import { LOCALES, type Locale } from '@portal/shared-contracts';
import { CUSTOM_ELEMENTS_MANIFEST, PARTNERS_PATH, stableEmbedPath } from '@portal/shared-contracts/embed';
import type { Database } from '../../storage/storage.js';
import { embeddableAreas, implementationUrl, readImplementationFile, type EmbeddableArea, type EmbedFilesOptions } from './service.js';
import { html, renderPage, STYLESHEET, type SafeHtml } from '../../platform/html.js';
import { localeFrom } from '../../platform/i18n.js';

export const PARTNERS_STYLESHEET_PATH = `${PARTNERS_PATH}/partners.css`;

const MESSAGES = {
  fi: {
    docTitle: 'Palvelut kumppanien sivuille – Työmarkkinatori',
    heading: 'Palvelut kumppanien sivuille',
    brand: 'Työmarkkinatori',
    tagline: 'kumppaneille',
    languages: 'Kieli',
    intro:
      'Kunta, työttömyyskassa, oppilaitos tai muu kumppani voi näyttää Työmarkkinatorin palvelun omalla sivullaan: yksi script-tagi ja palvelun elementti. Palvelu toimii sivullasi ilman Työmarkkinatorin sivupohjaa eikä muuta sivusi osoitetta, selaushistoriaa tai tyylejä.',
    howHeading: 'Näin lisäät palvelun sivullesi',
    step1: 'Lisää sivulle script-tagi. Yksi riittää, vaikka sivulla olisi useita elementtejä; toinen kopio ei haittaa.',
    step2:
      'Lisää elementti kohtaan, jossa palvelun pitää näkyä. Kieli tulee elementin lang-attribuutista (fi, sv tai en), muuten sivun kielestä.',
    step3:
      'Jos sivusi haluaa tietää, mitä käyttäjä teki, kuuntele elementin tapahtumia (DOM-tapahtumat). Palvelu ei käytä globaaleja muuttujia.',
    servicesHeading: 'Upotettavat palvelut',
    none: 'Upotettavia palveluja ei ole tällä hetkellä.',
    snippet: 'Lisää sivullesi:',
    listen: 'Tapahtuman kuunteleminen:',
    version: 'Versio',
    needsSignIn: 'Vaatii kirjautumisen. Toisen sivuston sivulla sen paikalla näkyy ilmoitus ja linkki Työmarkkinatoriin.',
    noSignIn: 'Ei vaadi kirjautumista.',
    inEnglish: 'Elementtien kuvaukset ovat englanniksi.',
    notDocumented: 'Tästä elementistä ei ole kuvausta.',
    machineReadable: 'Koneluettava kuvaus (custom-elements.json)',
    attributes: 'Attribuutit',
    events: 'Tapahtumat',
    cssProperties: 'CSS-muuttujat',
    cssParts: 'CSS-osat (::part)',
    slots: 'Paikat (slot)',
    name: 'Nimi',
    type: 'Tyyppi',
    default: 'Oletus',
    description: 'Kuvaus',
    noneOf: 'Ei ole.',
    technicalHeading: 'Tekniset tiedot',
    stable:
      'Osoite seuraa Työmarkkinatorin julkaisuja: uusi versio näkyy sivullasi muutamassa minuutissa ilman muutoksia sivuusi. Sen lataamat tiedostot ovat versiokohtaisia eivätkä koskaan muutu.',
    headers:
      'Tiedostot lähetetään otsakkeilla Access-Control-Allow-Origin: * ja Cross-Origin-Resource-Policy: cross-origin, joten ne latautuvat mille tahansa sivustolle. Evästeitä tai muita tunnisteita ei lähetetä eikä hyväksytä.',
    csp: 'Jos sivullasi on sisällön suojauskäytäntö (Content-Security-Policy), salli tämä osoite kohdassa script-src:',
    trustedTypes: 'Jos käytäntösi vaatii Trusted Types -käytännöt, salli käytäntö lit-html.',
    notice:
      'Kirjautumista vaativan elementin paikalla näkyvän ilmoituksen ulkoasua voi muokata CSS-muuttujilla --portal-embed-notice-color, --portal-embed-notice-background, --portal-embed-notice-accent, --portal-embed-link-color ja --portal-embed-font-family sekä osilla ::part(notice), ::part(message) ja ::part(link).',
  },
  sv: {
    docTitle: 'Tjänster för partnerwebbplatser – Jobbmarknad Finland',
    heading: 'Tjänster för partnerwebbplatser',
    brand: 'Jobbmarknad Finland',
    tagline: 'för partner',
    languages: 'Språk',
    intro:
      'En kommun, en arbetslöshetskassa, en läroanstalt eller en annan partner kan visa en tjänst från Jobbmarknad Finland på sin egen webbsida: en script-tagg och tjänstens element. Tjänsten fungerar på din sida utan Jobbmarknad Finlands sidmall och ändrar inte sidans adress, webbhistorik eller stilar.',
    howHeading: 'Så lägger du till tjänsten på din sida',
    step1: 'Lägg till script-taggen på sidan. En räcker även om sidan har flera element; en andra kopia skadar inte.',
    step2:
      'Placera elementet där tjänsten ska synas. Språket kommer från elementets lang-attribut (fi, sv eller en), annars från sidans språk.',
    step3:
      'Om din sida vill veta vad användaren gjorde, lyssna på elementets händelser (DOM-händelser). Tjänsten använder inga globala variabler.',
    servicesHeading: 'Tjänster som kan bäddas in',
    none: 'Det finns inga tjänster att bädda in just nu.',
    snippet: 'Lägg till på din sida:',
    listen: 'Så lyssnar du på en händelse:',
    version: 'Version',
    needsSignIn: 'Kräver inloggning. På en annan webbplats visas i stället ett meddelande med en länk till Jobbmarknad Finland.',
    noSignIn: 'Kräver inte inloggning.',
    inEnglish: 'Elementens beskrivningar är på engelska.',
    notDocumented: 'Det här elementet saknar beskrivning.',
    machineReadable: 'Maskinläsbar beskrivning (custom-elements.json)',
    attributes: 'Attribut',
    events: 'Händelser',
    cssProperties: 'CSS-variabler',
    cssParts: 'CSS-delar (::part)',
    slots: 'Platser (slot)',
    name: 'Namn',
    type: 'Typ',
    default: 'Standardvärde',
    description: 'Beskrivning',
    noneOf: 'Inga.',
    technicalHeading: 'Teknisk information',
    stable:
      'Adressen följer Jobbmarknad Finlands publiceringar: en ny version syns på din sida inom några minuter utan att du ändrar något. Filerna den laddar är versionsspecifika och ändras aldrig.',
    headers:
      'Filerna skickas med rubrikerna Access-Control-Allow-Origin: * och Cross-Origin-Resource-Policy: cross-origin, så de kan laddas på vilken webbplats som helst. Inga kakor eller andra inloggningsuppgifter skickas eller godtas.',
    csp: 'Om din sida har en innehållssäkerhetspolicy (Content-Security-Policy), tillåt den här adressen i script-src:',
    trustedTypes: 'Om din policy kräver Trusted Types, tillåt policyn lit-html.',
    notice:
      'Utseendet på meddelandet som visas i stället för ett element som kräver inloggning kan anpassas med CSS-variablerna --portal-embed-notice-color, --portal-embed-notice-background, --portal-embed-notice-accent, --portal-embed-link-color och --portal-embed-font-family samt delarna ::part(notice), ::part(message) och ::part(link).',
  },
  en: {
    docTitle: 'Services for partner sites – Job Market Finland',
    heading: 'Services for partner sites',
    brand: 'Job Market Finland',
    tagline: 'for partners',
    languages: 'Language',
    intro:
      'A municipality, an unemployment fund, a school or another partner can show a Job Market Finland service on its own page: one script tag and the service’s element. The service works on your page without the Job Market Finland page template and does not change your page’s address, browsing history or styles.',
    howHeading: 'How to add a service to your page',
    step1: 'Add the script tag to the page. One is enough however many elements the page has; a second copy does no harm.',
    step2:
      'Put the element where the service should appear. Its language comes from the element’s lang attribute (fi, sv or en), otherwise from the page’s.',
    step3:
      'If your page wants to know what the user did, listen to the element’s events (DOM events). The service uses no global variables.',
    servicesHeading: 'Services you can embed',
    none: 'There are no services to embed at the moment.',
    snippet: 'Add to your page:',
    listen: 'Listening to an event:',
    version: 'Version',
    needsSignIn: 'Needs sign-in. On another site, a notice with a link to Job Market Finland is shown in its place.',
    noSignIn: 'Needs no sign-in.',
    inEnglish: 'The elements’ descriptions are in English.',
    notDocumented: 'This element has no description.',
    machineReadable: 'Machine-readable description (custom-elements.json)',
    attributes: 'Attributes',
    events: 'Events',
    cssProperties: 'CSS custom properties',
    cssParts: 'CSS parts (::part)',
    slots: 'Slots',
    name: 'Name',
    type: 'Type',
    default: 'Default',
    description: 'Description',
    noneOf: 'None.',
    technicalHeading: 'Technical details',
    stable:
      'The address follows Job Market Finland’s releases: a new version reaches your page within minutes, with no change on your side. The files it loads are specific to a version and never change.',
    headers:
      'The files are sent with Access-Control-Allow-Origin: * and Cross-Origin-Resource-Policy: cross-origin, so any site can load them. No cookies or other credentials are sent or accepted.',
    csp: 'If your page has a Content-Security-Policy, allow this origin in script-src:',
    trustedTypes: 'If your policy requires Trusted Types, allow the policy lit-html.',
    notice:
      'The notice shown in place of an element that needs sign-in can be styled with the CSS custom properties --portal-embed-notice-color, --portal-embed-notice-background, --portal-embed-notice-accent, --portal-embed-link-color and --portal-embed-font-family, and the parts ::part(notice), ::part(message) and ::part(link).',
  },
} as const satisfies Record<Locale, Record<string, string>>;

type Text = (typeof MESSAGES)[Locale];

const LANGUAGE_NAMES: Record<Locale, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };

/** Wider than the identification page's: the tables have four columns. */
const EXTRA_CSS = `
.container { max-width: 56rem; }
h2 { font-size: 1.5rem; margin-top: 2.5rem; }
h3 { font-size: 1.375rem; margin: 2rem 0 0.5rem; }
h4 { font-size: 1.125rem; margin: 1.5rem 0 0.5rem; }
pre { margin: 0 0 1rem; padding: 0.75rem 1rem; background: #f5f5f5; border: 1px solid #767676; border-radius: 4px;
  white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.9375rem; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.table-scroll { overflow-x: auto; margin: 0 0 1.5rem; }
.table-scroll:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 700; padding: 0 0 0.25rem; }
th, td { border: 1px solid #767676; padding: 0.375rem 0.5rem; text-align: left; vertical-align: top; }
/* break-word, not the body's anywhere: a long name wraps only when it must, so columns keep their width. */
table, td, th { overflow-wrap: break-word; }
th { background: #eaf2fa; }
.meta { color: #4d4d4d; }
`;

// ---------------------------------------------------------------------------------------------
// custom-elements.json, read defensively: it is built by a module team's build, and a field of the
// wrong shape must cost a line of documentation, not the page.

interface Documented {
  readonly name: string;
  readonly type?: string;
  readonly default?: string;
  readonly description?: string;
}

export interface ElementDoc {
  readonly summary?: string;
  readonly description?: string;
  readonly attributes: readonly Documented[];
  readonly events: readonly Documented[];
  readonly cssProperties: readonly Documented[];
  readonly cssParts: readonly Documented[];
  readonly slots: readonly Documented[];
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function documented(list: unknown, { privateToo = false } = {}): Documented[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item): Documented[] => {
    const entry = record(item);
    const name = text(entry?.['name']);
    if (!entry || name === undefined) return [];
    if (!privateToo && (entry['privacy'] === 'private' || entry['privacy'] === 'protected')) return [];
    const type = text(record(entry['type'])?.['text']);
    const fallback = text(entry['default']);
    const description = text(entry['description']) ?? text(entry['summary']);
    return [{ name, ...(type ? { type } : {}), ...(fallback ? { default: fallback } : {}), ...(description ? { description } : {}) }];
  });
}

/** Tag name → its documentation, for every custom element the manifest describes. */
export function elementDocs(manifest: unknown): Map<string, ElementDoc> {
  const docs = new Map<string, ElementDoc>();
  const modules = record(manifest)?.['modules'];
  if (!Array.isArray(modules)) return docs;
  for (const module of modules) {
    const declarations = record(module)?.['declarations'];
    if (!Array.isArray(declarations)) continue;
    for (const value of declarations) {
      const declaration = record(value);
      const tag = text(declaration?.['tagName']);
      if (!declaration || declaration['customElement'] !== true || tag === undefined) continue;
      const summary = text(declaration['summary']);
      const description = text(declaration['description']);
      docs.set(tag, {
        ...(summary ? { summary } : {}),
        ...(description ? { description } : {}),
        attributes: documented(declaration['attributes']),
        events: documented(declaration['events']),
        cssProperties: documented(declaration['cssProperties']),
        cssParts: documented(declaration['cssParts']),
        slots: documented(declaration['slots']),
      });
    }
  }
  return docs;
}

async function readDocs(db: Database, entry: EmbeddableArea, options: EmbedFilesOptions): Promise<Map<string, ElementDoc>> {
  try {
    const bytes = await readImplementationFile(db, entry.area, entry.implementation, CUSTOM_ELEMENTS_MANIFEST, options);
    if (bytes === undefined) return new Map();
    return elementDocs(JSON.parse(bytes.toString('utf8')));
  } catch {
    // Not built with the embed configuration, or unreadable: the elements are listed without details.
    return new Map();
  }
}

// ---------------------------------------------------------------------------------------------
// The page

/** The language of the page: `?lang=` first, then the browser's preferences, then Finnish. */
export function partnersLocale(req: Request): Locale {
  if (typeof req.query['lang'] === 'string') return localeFrom(req.query['lang']);
  const accepted = req.acceptsLanguages(...LOCALES);
  return typeof accepted === 'string' ? localeFrom(accepted) : 'fi';
}

function table(label: string, tag: string, rows: readonly Documented[], columns: readonly ('type' | 'default')[], t: Text): SafeHtml {
  if (rows.length === 0) return html`<p><strong>${label}:</strong> ${t.noneOf}</p>`;
  // The tag in the caption: a screen reader's list of tables tells one element's from another's.
  // In its own scrolling region: on a phone the four columns may be wider than the screen, and then
  // the table scrolls, not the page (WCAG 1.4.10); focusable so a keyboard can scroll it.
  return html`<div class="table-scroll" role="region" aria-label="${label}: ${tag}" tabindex="0"><table>
<caption>${label}: ${tag}</caption>
<thead><tr><th scope="col">${t.name}</th>${columns.map((column) => html`<th scope="col">${t[column]}</th>`)}<th scope="col">${t.description}</th></tr></thead>
<tbody>
${rows.map(
  (
    row,
  ) => html`<tr><th scope="row"><code>${row.name}</code></th>${columns.map((column) => html`<td>${row[column] ? html`<code>${row[column]}</code>` : ''}</td>`)}<td lang="en">${row.description ?? ''}</td></tr>
`,
)}</tbody>
</table></div>`;
}

function elementSection(item: { element: string; requiresAuth: boolean }, doc: ElementDoc | undefined, t: Text): SafeHtml {
  const tag = `<${item.element}>`;
  const details = doc
    ? html`${doc.summary ? html`<p lang="en">${doc.summary}</p>` : ''}${doc.description && doc.description !== doc.summary ? html`<p lang="en">${doc.description}</p>` : ''}
${table(t.attributes, tag, doc.attributes, ['type', 'default'], t)}
${table(t.events, tag, doc.events, ['type'], t)}
${table(t.cssProperties, tag, doc.cssProperties, ['default'], t)}
${table(t.cssParts, tag, doc.cssParts, [], t)}
${doc.slots.length > 0 ? table(t.slots, tag, doc.slots, [], t) : ''}`
    : html`<p>${t.notDocumented}</p>`;
  return html`<section aria-labelledby="element-${item.element}">
<h4 id="element-${item.element}"><code>${tag}</code></h4>
<p>${item.requiresAuth ? t.needsSignIn : t.noSignIn}</p>
${details}
</section>`;
}

function areaSection(entry: EmbeddableArea, docs: Map<string, ElementDoc>, origin: string, locale: Locale, t: Text): SafeHtml {
  const elements = entry.implementation.embeddable ?? [];
  const example = elements.find((item) => !item.requiresAuth) ?? elements[0];
  const scriptUrl = `${origin}${stableEmbedPath(entry.area)}`;
  const snippet = `<script type="module" src="${scriptUrl}"></script>\n${example ? `<${example.element} lang="${locale}"></${example.element}>` : ''}`;
  const event = example ? docs.get(example.element)?.events[0] : undefined;
  const listener =
    example && event
      ? `document.querySelector('${example.element}').addEventListener('${event.name}', (event) => {\n  console.log(event.detail);\n});`
      : undefined;
  const manifestUrl = implementationUrl(entry.implementation, CUSTOM_ELEMENTS_MANIFEST);
  return html`<section aria-labelledby="area-${entry.area}">
<h3 id="area-${entry.area}">${entry.names[locale]}</h3>
<p class="meta">${t.version} ${entry.implementation.version}</p>
<p>${t.snippet}</p>
<pre><code>${snippet}</code></pre>
${listener ? html`<p>${t.listen}</p>\n<pre><code>${listener}</code></pre>` : ''}
${docs.size > 0 ? html`<p>${t.inEnglish} <a href="${manifestUrl}">${t.machineReadable}</a></p>` : ''}
${elements.map((item) => html`${elementSection(item, docs.get(item.element), t)}\n`)}</section>`;
}

/** The page's own origin as the browser used it (behind TRUST_PROXY, as the proxy says), for the snippets. */
function requestOrigin(req: Request): string {
  const host = req.get('host');
  return host && /^[a-z0-9.:[\]-]+$/i.test(host) ? `${req.protocol}://${host}` : '';
}

export function renderPartnersPage(options: {
  readonly locale: Locale;
  readonly origin: string;
  readonly areas: readonly { readonly entry: EmbeddableArea; readonly docs: Map<string, ElementDoc> }[];
}): string {
  const { locale, origin, areas } = options;
  const t = MESSAGES[locale];
  return renderPage({
    lang: locale,
    title: t.docTitle,
    heading: t.heading,
    brand: { name: t.brand, tagline: t.tagline },
    stylesheet: PARTNERS_STYLESHEET_PATH,
    indexed: true,
    top: html`<nav class="languages" aria-label="${t.languages}">
<ul>
${LOCALES.map(
  (other) =>
    html`<li><a href="${PARTNERS_PATH}?lang=${other}" lang="${other}" hreflang="${other}"${other === locale ? html` aria-current="page"` : ''}>${LANGUAGE_NAMES[other]}</a></li>\n`,
)}</ul>
</nav>`,
    body: html`<p>${t.intro}</p>
<h2>${t.howHeading}</h2>
<ol>
<li>${t.step1}</li>
<li>${t.step2}</li>
<li>${t.step3}</li>
</ol>
<h2>${t.servicesHeading}</h2>
${areas.length === 0 ? html`<p>${t.none}</p>` : areas.map(({ entry, docs }) => areaSection(entry, docs, origin, locale, t))}
<h2>${t.technicalHeading}</h2>
<p>${t.stable}</p>
<p>${t.headers}</p>
<p>${t.csp}${origin ? html` <code>${origin}</code>.` : ''} ${t.trustedTypes}</p>
<p>${t.notice}</p>`,
  });
}

export function partnersRouter(db: Database, options: EmbedFilesOptions): Router {
  const router = Router();
  router.get(PARTNERS_STYLESHEET_PATH, (_req, res) => {
    res.set('Cache-Control', 'public, max-age=3600');
    res.type('text/css').send(`${STYLESHEET}${EXTRA_CSS}`);
  });
  router.get(PARTNERS_PATH, async (req, res) => {
    const locale = partnersLocale(req);
    const entries = await embeddableAreas(db);
    const areas = await Promise.all(entries.map(async (entry) => ({ entry, docs: await readDocs(db, entry, options) })));
    res.vary('Accept-Language');
    res.set('Cache-Control', 'no-cache');
    res.set('Content-Language', locale);
    res.type('html').send(renderPartnersPage({ locale, origin: requestOrigin(req), areas }));
  });
  return router;
}
