import type { TrainingReceipt } from '@portal/shared-contracts/training';
import { areaEvent } from '@portal/ui-kit/page';

/**
 * An application was sent or withdrawn: the area's front page is out of date. The page fires it
 * (bubbling and composed, so it leaves the page's shadow root); the root reads again when the
 * front page is next shown.
 */
export const ApplicationChangedEvent = areaEvent('training-application-changed', (receipt: TrainingReceipt) => ({ receipt }));
export type ApplicationChangedEvent = InstanceType<typeof ApplicationChangedEvent>;

declare global {
  interface HTMLElementEventMap {
    'training-application-changed': ApplicationChangedEvent;
  }
}
