// The module's federated entry (exposed as "./app"): its single-spa lifecycle and its root element.
// The change report is a separate chunk the root loads on demand (pages.ts).
import { createElementModule, defineElement } from '@portal/shared-contracts';
import { ProfileApp } from './profile-app/profile-app.js';
import { PROFILE_ELEMENTS } from './pages.js';

export default createElementModule({
  rootElement: 'profile-app',
  elements: PROFILE_ELEMENTS,
  define: () => defineElement('profile-app', ProfileApp),
});
