import { defineElement } from '@portal/shared-contracts';
import { UnemploymentSecurityAnswerForm } from './unemployment-security-answer-form/unemployment-security-answer-form.js';
import { UnemploymentSecurityApp } from './unemployment-security-app/unemployment-security-app.js';
import { UnemploymentSecurityEvent } from './unemployment-security-event/unemployment-security-event.js';
import { UnemploymentSecurityRequest } from './unemployment-security-request/unemployment-security-request.js';

export { UNEMPLOYMENT_SECURITY_ELEMENTS } from './pages.js';

/**
 * Defines every element of the area at once, from statically imported classes: for tests and for
 * pages that want them all. The federated entry (app.ts) defines only the root, and the root loads
 * each page's chunk when its route opens (pages.ts).
 */
export function defineUnemploymentSecurityElements(): void {
  defineElement('unemployment-security-app', UnemploymentSecurityApp);
  defineElement('unemployment-security-event', UnemploymentSecurityEvent);
  defineElement('unemployment-security-request', UnemploymentSecurityRequest);
  defineElement('unemployment-security-answer-form', UnemploymentSecurityAnswerForm);
}

declare global {
  interface HTMLElementTagNameMap {
    'unemployment-security-app': UnemploymentSecurityApp;
    'unemployment-security-event': UnemploymentSecurityEvent;
    'unemployment-security-request': UnemploymentSecurityRequest;
    'unemployment-security-answer-form': UnemploymentSecurityAnswerForm;
  }
}
