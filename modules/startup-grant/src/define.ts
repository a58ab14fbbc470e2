import { defineElement } from '@portal/shared-contracts';
import { StartupGrantApp } from './startup-grant-app/startup-grant-app.js';
import { StartupGrantApply } from './startup-grant-apply/startup-grant-apply.js';
import { StartupGrantPayment } from './startup-grant-payment/startup-grant-payment.js';
import { StartupGrantSupplement } from './startup-grant-supplement/startup-grant-supplement.js';

export { STARTUP_GRANT_ELEMENTS } from './pages.js';

/**
 * Defines every element of the area at once, from statically imported classes: for tests. The
 * federated entry (app.ts) defines only the root, which loads the others when needed (pages.ts).
 */
export function defineStartupGrantElements(): void {
  defineElement('startup-grant-app', StartupGrantApp);
  defineElement('startup-grant-apply', StartupGrantApply);
  defineElement('startup-grant-supplement', StartupGrantSupplement);
  defineElement('startup-grant-payment', StartupGrantPayment);
}

declare global {
  interface HTMLElementTagNameMap {
    'startup-grant-app': StartupGrantApp;
    'startup-grant-apply': StartupGrantApply;
    'startup-grant-supplement': StartupGrantSupplement;
    'startup-grant-payment': StartupGrantPayment;
  }
}
