// The area's page below its front page, its own chunk, loaded when its route is opened: the list is
// what most visits need, and the offer page carries the report forms.
import { defineElement } from '@portal/shared-contracts';

const PAGE_LOADERS = {
  'offers-offer': () => import('./offers-offer/offers-offer.js').then((m) => m.OffersOffer),
} as const satisfies Record<string, () => Promise<CustomElementConstructor>>;

export type PageElement = keyof typeof PAGE_LOADERS;

/** Every element of the area: the root and its pages. */
export const OFFERS_ELEMENTS = ['offers-app', ...(Object.keys(PAGE_LOADERS) as PageElement[])] as const;

/** Loads a page's chunk and defines its element; a second call, or an element already defined, is a no-op. */
export async function definePageElement(tag: PageElement): Promise<void> {
  if (customElements.get(tag)) return;
  defineElement(tag, await PAGE_LOADERS[tag]());
}
