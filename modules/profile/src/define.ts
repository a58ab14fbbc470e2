import { defineElement } from '@portal/shared-contracts';
import { ProfileApp } from './profile-app/profile-app.js';
import { ProfileChangeForm } from './profile-change-form/profile-change-form.js';

export { PROFILE_ELEMENTS } from './pages.js';

/**
 * Defines every element of the area at once, from statically imported classes: for tests and for
 * pages that want them all. The federated entry (app.ts) defines only the root, and the root loads
 * the change report's chunk when its route opens (pages.ts).
 */
export function defineProfileElements(): void {
  defineElement('profile-app', ProfileApp);
  defineElement('profile-change-form', ProfileChangeForm);
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-app': ProfileApp;
    'profile-change-form': ProfileChangeForm;
  }
}
