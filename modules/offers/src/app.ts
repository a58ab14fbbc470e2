// The module's federated entry (exposed as "./app"): its single-spa lifecycle and its root element.
// The offer page is a separate chunk the root loads on demand (pages.ts).
import { createElementModule, defineElement } from '@portal/shared-contracts';
import { OffersApp } from './offers-app/offers-app.js';
import { OFFERS_ELEMENTS } from './pages.js';

export default createElementModule({
  rootElement: 'offers-app',
  elements: OFFERS_ELEMENTS,
  define: () => defineElement('offers-app', OffersApp),
});
