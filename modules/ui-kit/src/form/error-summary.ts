import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@portal/shared-contracts';
import { fieldId, focusField, orderedErrors, type FieldErrors } from './form-errors.js';
import { uiText } from '../i18n/kit.messages.js';

export interface ErrorSummaryOptions {
  readonly errors: FieldErrors;
  /** The paths in the order the fields appear on the page. */
  readonly order: readonly string[];
  readonly locale: Locale;
  /** The form's render root: the links move focus inside it. */
  readonly root: ParentNode;
  /** The heading; by default the kit's "There is a problem". */
  readonly heading?: string;
  /** The text of one error in the person's language (the area's words for its codes). */
  readonly text: (code: string, path: string) => string;
}

/**
 * The error summary at the top of a form (GOV.UK): a heading and a link to each field in error.
 * It is `role="alert"` and focusable (`tabindex="-1"`, class `error-summary`): the form moves focus
 * to it when a submit fails (FormFlowController.goTo(step, 'summary')).
 */
export function errorSummary(o: ErrorSummaryOptions): TemplateResult | typeof nothing {
  const entries = orderedErrors(o.errors, o.order);
  if (entries.length === 0) return nothing;
  return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">${o.heading ?? uiText(o.locale, 'errorSummary')}</h2>
    <ul>
      ${entries.map(
        ({ path, code }) => html`<li>
          <a
            href="#${fieldId(path)}"
            @click=${(event: Event) => {
              // A fragment link does not reach into shadow DOM: move focus by hand.
              event.preventDefault();
              focusField(o.root, path);
            }}
            >${o.text(code, path)}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}
