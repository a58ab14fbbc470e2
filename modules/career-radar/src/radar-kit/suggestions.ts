import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@portal/shared-contracts';
import { factorOf, suggestionsFor, type FactorId, type FactorScores } from '@portal/shared-contracts/career-radar';
import { heading } from './radar-element.js';
import { formatScore } from './format.js';

export interface SuggestionsOptions {
  readonly locale: Locale;
  readonly level: number;
  readonly weak: readonly FactorId[];
  readonly scores: Readonly<Partial<FactorScores>>;
  readonly texts: {
    readonly heading: string;
    readonly intro: string;
    readonly none: string;
    readonly scoreOf: (score: string) => string;
    readonly external: string;
  };
  /** The link target of a suggestion (portal paths resolved for a partner's page). */
  readonly href: (path: string) => string;
  /** Click handler of links into the portal. */
  readonly onPortalLink: (event: MouseEvent) => void;
  /** Where the "all strong" text links to. */
  readonly fallbackHref: string;
  readonly fallbackText: string;
}

/** The weakest factors, each with its suggestions and their links; or a word on strengths. */
export function suggestionsView(o: SuggestionsOptions): TemplateResult {
  const link = (href: string, text: string): TemplateResult => {
    const external = /^https?:/.test(href);
    const target = external ? href : o.href(href);
    // On paper a link is its address: printed after the text, in full even for a portal page.
    const printed = new URL(target, window.location.href).href;
    return external
      ? html`<a href=${target} rel="noopener" data-print-href=${printed}>${text}<span class="visually-hidden"> ${o.texts.external}</span></a>`
      : html`<a href=${target} data-print-href=${printed} @click=${o.onPortalLink}>${text}</a>`;
  };
  return html`<section class="suggestions" part="suggestions" aria-labelledby="suggestions-heading">
    ${heading(o.level, o.texts.heading, { id: 'suggestions-heading' })}
    ${o.weak.length === 0
      ? html`<p>${o.texts.none}</p>
          <p>${link(o.fallbackHref, o.fallbackText)}</p>`
      : html`<p>${o.texts.intro}</p>
          ${o.weak.map((id) => {
            const factor = factorOf(id);
            if (!factor) return nothing;
            const score = o.scores[id];
            return html`<div class="suggestion" data-factor=${id}>
              ${heading(
                Math.min(6, o.level + 1),
                html`${factor.name[o.locale]}${score === undefined ? nothing : html` <span class="score">${o.texts.scoreOf(formatScore(score, o.locale))}</span>`}`,
              )}
              <ul>
                ${suggestionsFor(id).map((suggestion) => html`<li><p>${suggestion.text[o.locale]}</p><p>${link(suggestion.link.href, suggestion.link.text[o.locale])}</p></li>`)}
              </ul>
            </div>`;
          })}`}
  </section>`;
}
