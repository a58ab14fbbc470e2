import type { OfferReceipt } from '@portal/shared-contracts/offers';
import { areaEvent } from '@portal/ui-kit/page';

/**
 * A report on a job offer was received: the offer's state, and so the area's list and the shell's
 * "tasks waiting" mark, changed on the server. The offer page fires it (bubbling and composed, so it
 * leaves the page's shadow root); the area's root reads the list again when it is next shown.
 */
export const OfferReportedEvent = areaEvent('offers-reported', (receipt: OfferReceipt) => ({ receipt }));
export type OfferReportedEvent = InstanceType<typeof OfferReportedEvent>;

declare global {
  interface HTMLElementEventMap {
    'offers-reported': OfferReportedEvent;
  }
}
