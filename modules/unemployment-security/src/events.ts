import type { AnswerReceipt } from '@portal/shared-contracts/unemployment-security';

/**
 * An answer or a supplement was received: the request's state, and so the area's event list, its
 * tasks and the shell's "tasks waiting" mark, changed on the server. The answer form fires it
 * (bubbling and composed, so it leaves the form's shadow root); the area's root reads the list
 * again and publishes `current-items.changed@1` for the shell and the overview.
 */
export class AnswerSentEvent extends Event {
  static readonly eventName = 'unemployment-security-answer-sent';

  constructor(
    readonly requestId: string,
    readonly receipt: AnswerReceipt,
  ) {
    super(AnswerSentEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'unemployment-security-answer-sent': AnswerSentEvent;
  }
}
