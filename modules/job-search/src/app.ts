// The module's federated entry (exposed as "./app"): its single-spa lifecycle and its elements.
import { createElementModule } from '@portal/shared-contracts';
import { defineJobSearchElements, JOB_SEARCH_ELEMENTS } from './define.js';

export default createElementModule({
  rootElement: 'job-search-app',
  elements: JOB_SEARCH_ELEMENTS,
  define: defineJobSearchElements,
});
