import { defineElement } from '@portal/shared-contracts';
import { OverviewApp } from './overview-app/overview-app.js';
import { OverviewItem } from './overview-item/overview-item.js';

export const OVERVIEW_ELEMENTS = ['overview-app', 'overview-item'] as const;

export function defineOverviewElements(): void {
  defineElement('overview-app', OverviewApp);
  defineElement('overview-item', OverviewItem);
}

declare global {
  interface HTMLElementTagNameMap {
    'overview-app': OverviewApp;
    'overview-item': OverviewItem;
  }
}
