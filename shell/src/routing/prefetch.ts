// Prefetch (issue 22): an area's module is fetched while the person points at or focuses a link to
// it (the navigation, a front-page item, a link inside a module), so that the click finds it loaded
// or on its way. Only an area the link would open now: a signed-out person pointing at an area that
// needs sign-in fetches nothing. And on the signed-in front page, once the browser is idle, the
// modules of the areas whose current items ask the person to act: those they are most likely to
// open next. Its own chunk, loaded at the first pointing or focusing, or when those areas are known
// (bootstrap.ts), so the signed-out front page's first load does not carry it.
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

/** Areas whose module was asked for ahead: each is fetched once, however often it is pointed at. */
const started = new Set<string>();

function prefetchArea(entry: RegistryEntry, entries: readonly RegistryEntry[]): void {
  if (entry.implementation.kind !== 'federated' || started.has(entry.area)) return;
  started.add(entry.area);
  import('./area-lifecycles.js')
    .then(({ prefetchModule }) => prefetchModule(entry, () => watchModules(entries)))
    // Nothing is lost: the click loads the module with its own attempts and notice.
    .catch(() => started.delete(entry.area));
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
  const onTarget = (path: readonly EventTarget[]): void => {
    const entry = areaOfLink(path, entries, currentView);
    if (entry) prefetchArea(entry, entries);
  };
  const onIntent = (event: Event): void => onTarget(event.composedPath());
  document.addEventListener('pointerover', onIntent, { passive: true });
  document.addEventListener('focusin', onIntent);
  onTarget(first);
}

/** At most this many areas are fetched ahead while idle: what the person is likely to open, not everything. */
export const IDLE_PREFETCH_MAX = 3;

/** The areas worth fetching ahead, most waiting tasks first, only those the person can open now. */
export function likelyAreas(
  attention: ReadonlyMap<string, number>,
  entries: readonly RegistryEntry[],
  currentView: (path: string) => View,
): RegistryEntry[] {
  return [...attention]
    .filter(([, count]) => count > 0)
    .sort(([, a], [, b]) => b - a)
    .flatMap(([area]) => entries.filter((entry) => entry.area === area))
    .filter((entry) => {
      const view = currentView(entry.route);
      return view.kind === 'area' && view.area === entry.area;
    })
    .slice(0, IDLE_PREFETCH_MAX);
}

type Idle = (run: () => void) => void;

/** When the browser has nothing else to do (requestIdleCallback; a timeout where it is missing, as in Safari). */
const whenIdle: Idle = (run) =>
  typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(run, { timeout: 5_000 }) : setTimeout(run, 2_000);

/**
 * The signed-in front page, once idle: the modules of the areas with tasks waiting. Not when the
 * person asked to save data, and not if they left the front page meanwhile.
 */
export function prefetchWhenIdle(
  attention: ReadonlyMap<string, number>,
  entries: readonly RegistryEntry[],
  currentView: (path: string) => View,
  idle: Idle = whenIdle,
): void {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData) return;
  idle(() => {
    if (window.location.pathname !== '/') return;
    for (const entry of likelyAreas(attention, entries, currentView)) prefetchArea(entry, entries);
  });
}
