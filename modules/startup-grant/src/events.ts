import type { ApplicationReceipt, PaymentReceipt, SupplementReceipt } from '@portal/shared-contracts/startup-grant';
import { areaEvent } from '@portal/ui-kit/page';

/** An application was sent: the root reads the overview again when its front page is next shown. */
export const ApplicationSentEvent = areaEvent('startup-grant-application-sent', (receipt: ApplicationReceipt) => ({ receipt }));
export type ApplicationSentEvent = InstanceType<typeof ApplicationSentEvent>;

/** A supplement request was answered: likewise. */
export const SupplementAnsweredEvent = areaEvent('startup-grant-supplement-answered', (receipt: SupplementReceipt) => ({ receipt }));
export type SupplementAnsweredEvent = InstanceType<typeof SupplementAnsweredEvent>;

/** A payment application was sent: likewise. */
export const PaymentSentEvent = areaEvent('startup-grant-payment-sent', (receipt: PaymentReceipt) => ({ receipt }));
export type PaymentSentEvent = InstanceType<typeof PaymentSentEvent>;

declare global {
  interface HTMLElementEventMap {
    'startup-grant-application-sent': ApplicationSentEvent;
    'startup-grant-supplement-answered': SupplementAnsweredEvent;
    'startup-grant-payment-sent': PaymentSentEvent;
  }
}
