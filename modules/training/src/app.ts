// The module's federated entry (exposed as "./app"): its single-spa lifecycle and its root element.
// The pages below the front page are separate chunks the root loads on demand (pages.ts).
import { createElementModule, defineElement } from '@portal/shared-contracts';
import { TrainingApp } from './training-app/training-app.js';
import { TRAINING_ELEMENTS } from './pages.js';

export default createElementModule({
  rootElement: 'training-app',
  elements: TRAINING_ELEMENTS,
  define: () => defineElement('training-app', TrainingApp),
});
