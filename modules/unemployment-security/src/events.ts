import type { AnswerReceipt } from '@portal/shared-contracts/unemployment-security';
import { areaEvent } from '@portal/ui-kit/page';

/**
 * An answer or a supplement was received: the request's state, and so the area's event list, its
 * tasks and the shell's "tasks waiting" mark, changed on the server. The answer form fires it
 * (bubbling and composed, so it leaves the form's shadow root); the area's root reads the list
 * again and publishes `current-items.changed@1` for the shell and the overview.
 */
export const AnswerSentEvent = areaEvent('unemployment-security-answer-sent', (requestId: string, receipt: AnswerReceipt) => ({
  requestId,
  receipt,
}));
export type AnswerSentEvent = InstanceType<typeof AnswerSentEvent>;

declare global {
  interface HTMLElementEventMap {
    'unemployment-security-answer-sent': AnswerSentEvent;
  }
}
