import { defineElement } from '@portal/shared-contracts';
import { CareerRadarApp } from './career-radar-app/career-radar-app.js';
import { CareerRadarResults } from './career-radar-results/career-radar-results.js';

/** Every element of the area, for the federated entry, tests and any page that embeds them. */
export const CAREER_RADAR_ELEMENTS = ['career-radar-app', 'career-radar-results'] as const;

/** Defines the area's elements once each (a second evaluation of the module is a no-op). */
export function defineCareerRadarElements(): void {
  defineElement('career-radar-app', CareerRadarApp);
  defineElement('career-radar-results', CareerRadarResults);
}

export { CareerRadarApp, CareerRadarResults };
export { CareerRadarCompletedEvent, type CareerRadarCompletedDetail } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'career-radar-app': CareerRadarApp;
    'career-radar-results': CareerRadarResults;
  }
}
