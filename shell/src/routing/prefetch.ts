// Prefetch (issue 22): an area's module is fetched while the person points at or focuses a link to
// it (the navigation, a front-page item, a link inside a module), so that the click finds it loaded
// or on its way. Only an area the link would open now: a signed-out person pointing at an area that
// needs sign-in fetches nothing. Its own chunk, loaded at the first pointing or focusing (bootstrap.ts),
// so the signed-out front page's first load does not carry it.
import type { RegistryEntry } from '@portal/shared-contracts';
import { watchModules } from './applications.js';
import { linkOnPath } from './link-interceptor.js';
import type { View } from './resolve-route.js';

/** The area that the link on an event's (composed) path opens now, if any. */
export function areaOfLink(
  path: readonly EventTarget[],
  entries: readonly RegistryEntry[],
  currentView: (path: string) => View,
): RegistryEntry | undefined {
  const anchor = linkOnPath(path);
  if (!anchor?.href) return undefined;
  const url = new URL(anchor.href);
  if (url.origin !== window.location.origin) return undefined;
  const view = currentView(url.pathname);
  return view.kind === 'area' ? entries.find((entry) => entry.area === view.area) : undefined;
}

/**
 * Listens from now on; `first` is the composed path of the event that loaded this chunk (taken while
 * it was dispatched: afterwards an event's path is empty).
 */
export function prefetchOnIntent(
  entries: readonly RegistryEntry[],
  currentView: (path: string) => View,
  first: readonly EventTarget[],
): void {
  const started = new Set<string>();
  const onTarget = (path: readonly EventTarget[]): void => {
    const entry = areaOfLink(path, entries, currentView);
    if (!entry || entry.implementation.kind !== 'federated' || started.has(entry.area)) return;
    started.add(entry.area);
    import('./area-lifecycles.js')
      .then(({ prefetchModule }) => prefetchModule(entry, () => watchModules(entries)))
      // Nothing is lost: the click loads the module with its own attempts and notice.
      .catch(() => started.delete(entry.area));
  };
  const onIntent = (event: Event): void => onTarget(event.composedPath());
  document.addEventListener('pointerover', onIntent, { passive: true });
  document.addEventListener('focusin', onIntent);
  onTarget(first);
}
