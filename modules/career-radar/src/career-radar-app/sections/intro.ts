import { html, nothing, type TemplateResult } from 'lit';
import { followInternalLink } from '@portal/ui-kit/page';
import { statementIds } from '@portal/shared-contracts/career-radar';
import type { AppWords } from '../career-radar-app.messages.js';

const STATEMENT_COUNT = statementIds().length;

export interface IntroOptions {
  readonly mainHeading: TemplateResult;
  readonly signedIn: boolean;
  /** The link to the saved results (in the portal only; a partner's page has no results page). */
  readonly savedResultsHref: string | undefined;
  readonly onStart: () => void;
}

/** What the self-assessment is, what becomes of the answers, and the button to start. */
export function introView(words: AppWords, o: IntroOptions): TemplateResult {
  return html`
    ${o.mainHeading}
    <p class="lead">${words.t('intro')}</p>
    <p>${words.t('howItWorks', { count: STATEMENT_COUNT })}</p>
    ${
      o.signedIn
        ? html`<p>${words.t('privacySignedIn')}</p>
          ${
            o.savedResultsHref !== undefined
              ? html`<p class="no-print">
                <a href=${o.savedResultsHref} @click=${followInternalLink}>${words.t('savedResultsLink')}</a>
              </p>`
              : nothing
          }`
        : html`<p>${words.t('privacySignedOut')}</p>
          <p>${words.t('signInToSave')}</p>`
    }
    <div class="actions">
      <button type="button" class="start" part="button" @click=${o.onStart}>${words.t('start')}</button>
    </div>
  `;
}
