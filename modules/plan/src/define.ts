import { defineElement } from '@portal/shared-contracts';
import { PlanAccept } from './plan-accept/plan-accept.js';
import { PlanApp } from './plan-app/plan-app.js';
import { PlanJobSearch } from './plan-job-search/plan-job-search.js';
import { PlanOwnProposals } from './plan-own-proposals/plan-own-proposals.js';
import { PlanPropose } from './plan-propose/plan-propose.js';
import { PlanTask } from './plan-task/plan-task.js';

export { PLAN_ELEMENTS } from './pages.js';

/**
 * Defines every element of the area at once, from statically imported classes: for tests and for
 * pages that want them all. The federated entry (app.ts) defines only the root, and the root loads
 * the other chunks when they are needed (pages.ts).
 */
export function definePlanElements(): void {
  defineElement('plan-app', PlanApp);
  defineElement('plan-accept', PlanAccept);
  defineElement('plan-task', PlanTask);
  defineElement('plan-job-search', PlanJobSearch);
  defineElement('plan-own-proposals', PlanOwnProposals);
  defineElement('plan-propose', PlanPropose);
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-app': PlanApp;
    'plan-accept': PlanAccept;
    'plan-task': PlanTask;
    'plan-job-search': PlanJobSearch;
    'plan-own-proposals': PlanOwnProposals;
    'plan-propose': PlanPropose;
  }
}
