// What only a signed-in person needs, as one chunk the shell loads at the first sign-in
// (attention/attention-at-sign-in.ts): one request, and nothing of it on the signed-out front page.
import type { RegistryEntry } from '@portal/shared-contracts';
import { watchAttention, type AreaAttention } from './attention/area-attention.js';
import type { View } from './routing/resolve-route.js';

export { startLanguageChoice } from './session/language-choice.js';
export { watchTermsAcknowledgement } from './components/shell-terms-notice/watch.js';

/**
 * The navigation's marks (`onChange`), and on the front page the modules of the areas with tasks
 * waiting fetched once the browser is idle (routing/prefetch.ts): both from the same reads.
 */
export function watchAttentionAndPrefetch(
  entries: readonly RegistryEntry[],
  onChange: (attention: AreaAttention) => void,
  currentView: (path: string) => View,
): () => void {
  return watchAttention(entries, (attention) => {
    onChange(attention);
    if (window.location.pathname === '/' && attention.size > 0) {
      void import('./routing/prefetch.js')
        .then(({ prefetchWhenIdle }) => prefetchWhenIdle(attention, entries, currentView))
        .catch(() => undefined);
    }
  });
}
