import { html, nothing, type TemplateResult } from 'lit';
import { followInternalLink, type LocaleController, type UiMessageKey } from '@portal/ui-kit/page';
import type { AreaMessageKey } from '../../area.js';
import type { MessageKey } from '../job-search-app.messages.js';

/** What the front page's sections are drawn with: the page's words and dates, and where the area lives. */
export interface FrontPage {
  readonly i18n: LocaleController<MessageKey | AreaMessageKey | UiMessageKey>;
  readonly basePath: string;
}

/** A link to one of the area's pages, which the shell opens without reloading. */
export function pageLink(page: FrontPage, path: string, text: string, className = ''): TemplateResult {
  return html`<a class=${className || nothing} href="${page.basePath}${path}" @click=${followInternalLink}>${text}</a>`;
}
