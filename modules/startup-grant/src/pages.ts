// The area's pages beyond its front page, each its own chunk, loaded when its route opens: most
// visits only look at the timeline and the payment periods.
import { areaPages } from '@portal/ui-kit/page';

const pages = areaPages('startup-grant-app', {
  'startup-grant-apply': () => import('./startup-grant-apply/startup-grant-apply.js').then((m) => m.StartupGrantApply),
  'startup-grant-supplement': () => import('./startup-grant-supplement/startup-grant-supplement.js').then((m) => m.StartupGrantSupplement),
  'startup-grant-payment': () => import('./startup-grant-payment/startup-grant-payment.js').then((m) => m.StartupGrantPayment),
});

export type PageElement = Parameters<typeof pages.define>[0];

/** Every element of the area: the root and its pages. */
export const STARTUP_GRANT_ELEMENTS = pages.elements;

/** Loads an element's chunk and defines it; a second call, or an element already defined, is a no-op. */
export const definePageElement = pages.define;
