// The module's federated entry (exposed as "./app"): its single-spa lifecycle and its elements.
import { createElementModule } from '@portal/shared-contracts';
import { defineOverviewElements, OVERVIEW_ELEMENTS } from './define.js';

export default createElementModule({
  rootElement: 'overview-app',
  elements: OVERVIEW_ELEMENTS,
  define: defineOverviewElements,
});
