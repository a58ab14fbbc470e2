import { defineElement } from '@portal/shared-contracts';
import { ShellMaintenanceNotice } from './shell-maintenance-notice.js';

/** Registered by the maintenance chunk (src/maintenance/), only when a break is announced or going on. */
export function defineMaintenanceNotice(): void {
  defineElement('shell-maintenance-notice', ShellMaintenanceNotice);
}

declare global {
  interface HTMLElementTagNameMap {
    'shell-maintenance-notice': ShellMaintenanceNotice;
  }
}
