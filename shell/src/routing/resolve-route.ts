import type { RegistryEntry } from '@portal/shared-contracts';

/** Pages the shell draws itself, at fixed paths. */
export const INFO_PAGES = { '/terms': 'terms', '/privacy': 'privacy', '/accessibility': 'accessibility' } as const;
export type InfoPage = (typeof INFO_PAGES)[keyof typeof INFO_PAGES];

export type SessionState = 'unknown' | 'signed-in' | 'signed-out';

/** What the main region shows for a path. */
export type View =
  | { kind: 'area'; area: string; entry: RegistryEntry }
  | { kind: 'landing' }
  /** `from`: the portal page shown before it (set by routing/route-view.ts), where there was one. */
  | { kind: 'info'; page: InfoPage; from?: string }
  | { kind: 'sign-in-required'; entry: RegistryEntry }
  | { kind: 'loading' }
  | { kind: 'not-found'; path: string };

/** Does an area's route prefix own this path? "/" owns only "/"; "/profile" owns "/profile/…". */
export function routeMatches(route: string, path: string): boolean {
  if (route === '/') return path === '/';
  const prefix = route.endsWith('/') ? route.slice(0, -1) : route;
  return path === prefix || path.startsWith(`${prefix}/`);
}

export function findEntry(entries: readonly RegistryEntry[], path: string): RegistryEntry | undefined {
  // The longest matching prefix wins, so an area may own a sub-path of another.
  return [...entries].sort((a, b) => b.route.length - a.route.length).find((entry) => routeMatches(entry.route, path));
}

export function resolveRoute(path: string, entries: readonly RegistryEntry[], session: SessionState): View {
  const normalized = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  const info = (INFO_PAGES as Record<string, InfoPage | undefined>)[normalized];
  if (info) return { kind: 'info', page: info };
  const entry = findEntry(entries, normalized);
  if (!entry) return normalized === '/' ? { kind: session === 'unknown' ? 'loading' : 'landing' } : { kind: 'not-found', path };
  if (!entry.requiresAuth) return { kind: 'area', area: entry.area, entry };
  if (session === 'unknown') return { kind: 'loading' };
  if (session === 'signed-out') return entry.route === '/' ? { kind: 'landing' } : { kind: 'sign-in-required', entry };
  return { kind: 'area', area: entry.area, entry };
}
