// The area's parts beyond its front page, each its own chunk, loaded when needed: the task report,
// the job-search obligation and the person's own proposal when their routes open; the acceptance form only when the plan
// shown is a proposal, and the person's own proposals only when there are some (most visits look
// at a plan in force and nothing else).
import { areaPages } from '@portal/ui-kit/page';

const pages = areaPages('plan-app', {
  'plan-task': () => import('./plan-task/plan-task.js').then((m) => m.PlanTask),
  'plan-accept': () => import('./plan-accept/plan-accept.js').then((m) => m.PlanAccept),
  'plan-job-search': () => import('./plan-job-search/plan-job-search.js').then((m) => m.PlanJobSearch),
  'plan-own-proposals': () => import('./plan-own-proposals/plan-own-proposals.js').then((m) => m.PlanOwnProposals),
  'plan-propose': () => import('./plan-propose/plan-propose.js').then((m) => m.PlanPropose),
});

export type PageElement = Parameters<typeof pages.define>[0];

/** Every element of the area: the root and its pages. */
export const PLAN_ELEMENTS = pages.elements;

/** Loads an element's chunk and defines it; a second call, or an element already defined, is a no-op. */
export const definePageElement = pages.define;
