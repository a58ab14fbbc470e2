// The module's federated entry (exposed as "./app"): its single-spa lifecycle and its root element.
// The task report and the acceptance form are separate chunks the root loads on demand (pages.ts).
import { createElementModule, defineElement } from '@portal/shared-contracts';
import { PlanApp } from './plan-app/plan-app.js';
import { PLAN_ELEMENTS } from './pages.js';

export default createElementModule({
  rootElement: 'plan-app',
  elements: PLAN_ELEMENTS,
  define: () => defineElement('plan-app', PlanApp),
});
