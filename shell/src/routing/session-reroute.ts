import { triggerAppChange } from 'single-spa';
import { portalBus, SessionTopic } from '@portal/shared-contracts';
import type { SessionState } from './resolve-route.js';

/** A change of session changes which areas may be active: single-spa then judges them again. */
export function rerouteOnSessionChange(initial: SessionState): void {
  let last = initial;
  portalBus.subscribe(SessionTopic, ({ status }) => {
    if (status === last) return;
    last = status;
    void triggerAppChange();
  });
}
