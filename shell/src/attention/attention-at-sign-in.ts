import { portalBus, SessionTopic, type RegistryEntry } from '@portal/shared-contracts';
import type { AreaAttention } from './area-attention.js';

/**
 * The navigation's "tasks waiting" marks matter only to someone signed in: their code is loaded at
 * the first sign-in, so the signed-out front page does not carry them. The same chunk
 * (src/signed-in.ts) brings what a signed-in person's language choice adds (saving it with them,
 * the note on the service language): one request for both.
 */
export function watchAttentionFromSignIn(entries: readonly RegistryEntry[], onChange: (attention: AreaAttention) => void): void {
  let loaded = false;
  portalBus.subscribe(SessionTopic, ({ status }) => {
    if (status !== 'signed-in' || loaded) return;
    loaded = true;
    void import('../signed-in.js').then(({ watchAttention, startLanguageChoice }) => {
      watchAttention(entries, onChange);
      startLanguageChoice();
    });
  });
}
