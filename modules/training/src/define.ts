import { defineElement } from '@portal/shared-contracts';
import { TrainingApp } from './training-app/training-app.js';
import { TrainingApplicationPage } from './training-application/training-application.js';
import { TrainingApply } from './training-apply/training-apply.js';
import { TrainingDetail } from './training-detail/training-detail.js';

export { TRAINING_ELEMENTS } from './pages.js';

/**
 * Defines every element of the area at once, from statically imported classes: for tests and for
 * pages that want them all. The federated entry (app.ts) defines only the root, and the root loads
 * each page's chunk when its route opens (pages.ts).
 */
export function defineTrainingElements(): void {
  defineElement('training-app', TrainingApp);
  defineElement('training-detail', TrainingDetail);
  defineElement('training-apply', TrainingApply);
  defineElement('training-application', TrainingApplicationPage);
}

declare global {
  interface HTMLElementTagNameMap {
    'training-app': TrainingApp;
    'training-detail': TrainingDetail;
    'training-apply': TrainingApply;
    'training-application': TrainingApplicationPage;
  }
}
