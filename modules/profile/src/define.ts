import { defineElement } from '@portal/shared-contracts';
import { ProfileApp } from './profile-app/profile-app.js';
import { ProfileChangeForm } from './profile-change-form/profile-change-form.js';

export const PROFILE_ELEMENTS = ['profile-app', 'profile-change-form'] as const;

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
