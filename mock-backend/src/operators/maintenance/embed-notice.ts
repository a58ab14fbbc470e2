// What a partner's page gets at the stable /embed/<area>/embed.js while a maintenance break keeps
// the area out of use: instead of the import of the module's elements, a small module that defines
// the same tags as the break's notice (the operator's message and when the break ends, in the
// element's language), so an embedded element says what the portal's own pages say. Built with DOM
// calls only (no innerHTML: nothing for a partner's Trusted Types to refuse), like the sign-in notice.
import type { PublicMaintenance } from '@portal/shared-contracts/maintenance';
import type { EmbeddableArea } from '../partners/service.js';

/** The words around the message and the end, in each language ({end}: the date and time in Finland). */
const WORDS = {
  fi: 'Palvelussa on huoltokatko. Se on taas käytettävissä {end}.',
  sv: 'Tjänsten har ett serviceavbrott. Den är tillgänglig igen {end}.',
  en: 'The service is in a maintenance break. It will be available again on {end}.',
};

/** The notice's code; `DATA` is replaced by the break's data as JSON. */
const NOTICE_SCRIPT = `const data = DATA;
const words = WORDS;
const intl = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const css = ':host{display:block!important}.notice{margin:0;padding:1rem 1.25rem;line-height:1.5;font-family:var(--portal-embed-font-family,inherit);color:var(--portal-embed-notice-color,#1f1f1f);background:var(--portal-embed-notice-background,#fff6e0);border-left:4px solid var(--portal-embed-notice-accent,#8a5a00)}p{margin:0 0 .5rem}';
function localeOf(element) {
  const tag = (element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? '').slice(0, 2).toLowerCase();
  return tag in words ? tag : 'fi';
}
class MaintenanceNotice extends HTMLElement {
  connectedCallback() {
    const locale = localeOf(this);
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    const end = new Intl.DateTimeFormat(intl[locale], { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(new Date(data.endsAt));
    const notice = document.createElement('div');
    notice.className = 'notice';
    notice.setAttribute('part', 'notice');
    notice.setAttribute('role', 'status');
    notice.lang = locale;
    const heading = document.createElement('p');
    heading.textContent = words[locale].replace('{end}', end);
    const message = document.createElement('p');
    message.textContent = data.message[locale];
    notice.append(heading, message);
    root.replaceChildren(notice);
  }
}
for (const tag of data.tags) if (!customElements.get(tag)) customElements.define(tag, class extends MaintenanceNotice {});
`;

/** The stable address's module during a break: the area's embeddable tags defined as the break's notice. */
export function maintenanceEmbedModule(entry: EmbeddableArea, item: PublicMaintenance): string {
  const data = {
    tags: (entry.implementation.embeddable ?? []).map((element) => element.element),
    endsAt: item.endsAt,
    message: item.message,
  };
  // JSON is a JavaScript expression; `<` escaped all the same, so no text of it reads as markup anywhere.
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
  return [
    `// Job Market Finland (Työmarkkinatori): "${entry.area}" is in a maintenance break until ${item.endsAt}; its elements show this notice meanwhile.`,
    NOTICE_SCRIPT.replace('DATA', json(data)).replace('WORDS', json(WORDS)),
  ].join('\n');
}
