// The module's federated entry (exposed as "./app"): its single-spa lifecycle and its elements.
import { createElementModule } from '@portal/shared-contracts';
import { defineProfileElements, PROFILE_ELEMENTS } from './define.js';

export default createElementModule({
  rootElement: 'profile-app',
  elements: PROFILE_ELEMENTS,
  define: defineProfileElements,
});
