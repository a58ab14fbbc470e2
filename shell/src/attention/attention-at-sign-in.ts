import { portalBus, SessionTopic, type RegistryEntry } from '@portal/shared-contracts';
import type { View } from '../routing/resolve-route.js';
import type { AreaAttention } from './area-attention.js';

/**
 * The navigation's "tasks waiting" marks matter only to someone signed in: their code is loaded at
 * the first sign-in, so the signed-out front page does not carry them. The same chunk
 * (src/signed-in.ts) brings what a signed-in person's language choice adds (saving it with them,
 * the note on the service language, the notice of upcoming terms of use) and, on the front page, fetches ahead the modules of the
 * areas with tasks waiting: one request for all.
 */
export function watchAttentionFromSignIn(
  entries: readonly RegistryEntry[],
  onChange: (attention: AreaAttention) => void,
  currentView: (path: string) => View,
): void {
  let loaded = false;
  portalBus.subscribe(SessionTopic, ({ status }) => {
    if (status !== 'signed-in' || loaded) return;
    loaded = true;
    void import('../signed-in.js').then(
      ({ watchAttentionAndPrefetch, startLanguageChoice, watchTermsAcknowledgement }) => {
        watchAttentionAndPrefetch(entries, onChange, currentView);
        startLanguageChoice();
        watchTermsAcknowledgement();
      },
      // No marks then, but the navigation must not wait for them (see shell-header).
      () => onChange(new Map()),
    );
  });
}
