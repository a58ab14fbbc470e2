// The area's pages below its front page, each its own chunk, loaded when its route is opened: the
// catalogue is what most visits need; the application form and the application's page come later.
import { areaPages } from '@portal/ui-kit/page';

const pages = areaPages('training-app', {
  'training-detail': () => import('./training-detail/training-detail.js').then((m) => m.TrainingDetail),
  'training-apply': () => import('./training-apply/training-apply.js').then((m) => m.TrainingApply),
  'training-application': () => import('./training-application/training-application.js').then((m) => m.TrainingApplicationPage),
});

export type PageElement = Parameters<typeof pages.define>[0];

/** Every element of the area: the root and its pages. */
export const TRAINING_ELEMENTS = pages.elements;

/** Loads a page's chunk and defines its element; a second call, or an element already defined, is a no-op. */
export const definePageElement = pages.define;
