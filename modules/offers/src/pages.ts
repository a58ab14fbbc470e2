// The area's page below its front page, its own chunk, loaded when its route is opened: the list is
// what most visits need, and the offer page carries the report forms.
import { areaPages } from '@portal/ui-kit/page';

const pages = areaPages('offers-app', {
  'offers-offer': () => import('./offers-offer/offers-offer.js').then((m) => m.OffersOffer),
});

export type PageElement = Parameters<typeof pages.define>[0];

/** Every element of the area: the root and its pages. */
export const OFFERS_ELEMENTS = pages.elements;

/** Loads a page's chunk and defines its element; a second call, or an element already defined, is a no-op. */
export const definePageElement = pages.define;
