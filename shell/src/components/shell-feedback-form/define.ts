import { defineElement } from '@portal/shared-contracts';
import { ShellFeedbackForm } from './shell-feedback-form.js';

/** Registered when the accessibility statement is shown (shell-info-page), the only page that has the form. */
export function defineFeedbackForm(): void {
  defineElement('shell-feedback-form', ShellFeedbackForm);
}

declare global {
  interface HTMLElementTagNameMap {
    'shell-feedback-form': ShellFeedbackForm;
  }
}
