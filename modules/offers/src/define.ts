import { defineElement } from '@portal/shared-contracts';
import { OffersApp } from './offers-app/offers-app.js';
import { OffersOffer } from './offers-offer/offers-offer.js';

export { OFFERS_ELEMENTS } from './pages.js';

/**
 * Defines every element of the area at once, from statically imported classes: for tests and for
 * pages that want them all. The federated entry (app.ts) defines only the root, and the root loads
 * the offer page's chunk when its route opens (pages.ts).
 */
export function defineOffersElements(): void {
  defineElement('offers-app', OffersApp);
  defineElement('offers-offer', OffersOffer);
}

declare global {
  interface HTMLElementTagNameMap {
    'offers-app': OffersApp;
    'offers-offer': OffersOffer;
  }
}
