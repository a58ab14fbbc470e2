import type { RegistryEntry } from '@portal/shared-contracts';

/** A registry entry for tests: a federated area at `route`, with names per language. */
export function registryEntry(area: string, route: string, overrides: Partial<RegistryEntry> = {}): RegistryEntry {
  return {
    area,
    route,
    names: { fi: `${area} fi`, sv: `${area} sv`, en: `${area} en` },
    navOrder: 0,
    requiresAuth: true,
    implementation: {
      kind: 'federated',
      remoteName: `portal_${area.replaceAll('-', '_')}`,
      version: '1.0.0',
      manifestUrl: `/modules/${area}/mf-manifest.json`,
      exposes: './app',
    },
    currentItemsUrl: null,
    ...overrides,
  };
}

export const overviewEntry = registryEntry('overview', '/', { names: { fi: 'Etusivu', sv: 'Startsida', en: 'Front page' } });
export const profileEntry = registryEntry('profile', '/profile', {
  names: { fi: 'Omat tiedot', sv: 'Mina uppgifter', en: 'My details' },
  navOrder: 1,
});
