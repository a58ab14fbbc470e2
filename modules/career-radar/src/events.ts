import type { FactorScores } from '@portal/shared-contracts/career-radar';

/**
 * What `career-radar-completed` tells the page. Never who the person is: a partner's page learns
 * only that the self-assessment was finished, of which version and when, and the scores if, and
 * only if, the page asked for them with the `share-result` attribute.
 */
export interface CareerRadarCompletedDetail {
  /** The questionnaire version answered (`QUESTIONNAIRE_VERSION` of the contracts). */
  readonly questionnaireVersion: string;
  /** When the last step was finished, as an ISO 8601 timestamp. */
  readonly completedAt: string;
  /** Factor id → score 1–5 (mean of its statements, two decimals); only with `share-result`. */
  readonly scores?: FactorScores;
}

/**
 * Fired by `<career-radar-app>` when the person finishes the last step and the result is shown.
 * Bubbles and is composed, so it reaches a partner's page through any shadow roots around the
 * element: `element.addEventListener('career-radar-completed', (e) => e.detail.completedAt)`.
 * Nothing is stored anywhere by finishing; saving is a separate, signed-in act.
 */
export class CareerRadarCompletedEvent extends CustomEvent<CareerRadarCompletedDetail> {
  static readonly eventName = 'career-radar-completed';

  constructor(detail: CareerRadarCompletedDetail) {
    super(CareerRadarCompletedEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'career-radar-completed': CareerRadarCompletedEvent;
  }
}
