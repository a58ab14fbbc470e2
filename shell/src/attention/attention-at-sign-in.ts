import { portalBus, SessionTopic, type RegistryEntry } from '@portal/shared-contracts';
import type { AreaAttention } from './area-attention.js';

/**
 * The navigation's "tasks waiting" marks matter only to someone signed in: their code is loaded at
 * the first sign-in, so the signed-out front page does not carry them.
 */
export function watchAttentionFromSignIn(entries: readonly RegistryEntry[], onChange: (attention: AreaAttention) => void): void {
  let loaded = false;
  portalBus.subscribe(SessionTopic, ({ status }) => {
    if (status !== 'signed-in' || loaded) return;
    loaded = true;
    void import('./area-attention.js').then(({ watchAttention }) => watchAttention(entries, onChange));
  });
}
