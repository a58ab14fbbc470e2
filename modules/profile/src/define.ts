import { defineElement } from '@portal/shared-contracts';
import { ProfileApp } from './profile-app/profile-app.js';

export const PROFILE_ELEMENTS = ['profile-app'] as const;

export function defineProfileElements(): void {
  defineElement('profile-app', ProfileApp);
}

declare global {
  interface HTMLElementTagNameMap {
    'profile-app': ProfileApp;
  }
}
