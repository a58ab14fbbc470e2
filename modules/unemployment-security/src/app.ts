// The module's federated entry (exposed as "./app"): its single-spa lifecycle and its root element.
// The pages below the front page are separate chunks the root loads on demand (pages.ts).
import { createElementModule, defineElement } from '@portal/shared-contracts';
import { UNEMPLOYMENT_SECURITY_ELEMENTS } from './pages.js';
import { UnemploymentSecurityApp } from './unemployment-security-app/unemployment-security-app.js';

export default createElementModule({
  rootElement: 'unemployment-security-app',
  elements: UNEMPLOYMENT_SECURITY_ELEMENTS,
  define: () => defineElement('unemployment-security-app', UnemploymentSecurityApp),
});
