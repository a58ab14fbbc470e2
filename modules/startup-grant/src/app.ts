// The module's federated entry (exposed as "./app"): its single-spa lifecycle and its root element.
// The application form, the supplement answer and the payment application are separate chunks the
// root loads when their routes open (pages.ts).
import { createElementModule, defineElement } from '@portal/shared-contracts';
import { StartupGrantApp } from './startup-grant-app/startup-grant-app.js';
import { STARTUP_GRANT_ELEMENTS } from './pages.js';

export default createElementModule({
  rootElement: 'startup-grant-app',
  elements: STARTUP_GRANT_ELEMENTS,
  define: () => defineElement('startup-grant-app', StartupGrantApp),
});
