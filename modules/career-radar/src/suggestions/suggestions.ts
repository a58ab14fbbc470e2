import { html, nothing, type TemplateResult } from 'lit';
import { followInternalLink } from '@portal/ui-kit/page';
import { factorOf, suggestionsFor, type FactorId, type FactorScores } from '@portal/shared-contracts/career-radar';
import type { AreaWords } from '../area.js';
import { formatScore } from '../format.js';
import { heading } from '../heading.js';

export interface SuggestionsOptions {
  readonly level: number;
  readonly weak: readonly FactorId[];
  readonly scores: Readonly<Partial<FactorScores>>;
  /** The link target of a portal path (on a partner's page, on the portal's origin). */
  readonly href: (path: string) => string;
}

/** Where the "all strong" text links to. */
const FALLBACK_HREF = 'https://tyomarkkinatori.fi';

/** The weakest factors, each with its suggestions and their links; or a word on strengths. */
export function suggestionsView(words: AreaWords, o: SuggestionsOptions): TemplateResult {
  const locale = words.language;
  const link = (href: string, text: string): TemplateResult => {
    const external = /^https?:/.test(href);
    const target = external ? href : o.href(href);
    // On paper a link is its address: printed after the text, in full even for a portal page.
    const printed = new URL(target, window.location.href).href;
    return external
      ? html`<a href=${target} rel="noopener" data-print-href=${printed}>${text}<span class="visually-hidden"> ${words.t('externalLink')}</span></a>`
      : html`<a href=${target} data-print-href=${printed} @click=${followInternalLink}>${text}</a>`;
  };
  return html`<section class="suggestions" part="suggestions" aria-labelledby="suggestions-heading">
    ${heading(o.level, words.t('suggestionsHeading'), { id: 'suggestions-heading' })}
    ${
      o.weak.length === 0
        ? html`<p>${words.t('noWeakFactors')}</p>
          <p>${link(FALLBACK_HREF, words.t('fallbackLink'))}</p>`
        : html`<p>${words.t('suggestionsIntro')}</p>
          ${o.weak.map((id) => {
            const factor = factorOf(id);
            if (!factor) return nothing;
            const score = o.scores[id];
            return html`<div class="suggestion" data-factor=${id}>
              ${heading(
                Math.min(6, o.level + 1),
                html`${factor.name[locale]}${score === undefined ? nothing : html` <span class="score">${words.t('scoreOf', { score: formatScore(score, locale) })}</span>`}`,
              )}
              <ul>
                ${suggestionsFor(id).map((suggestion) => html`<li><p>${suggestion.text[locale]}</p><p>${link(suggestion.link.href, suggestion.link.text[locale])}</p></li>`)}
              </ul>
            </div>`;
          })}`
    }
  </section>`;
}
