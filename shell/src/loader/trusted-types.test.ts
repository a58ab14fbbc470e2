import { expect } from '@open-wc/testing';
import { registryEntry } from '../testing/registry-fixtures.js';
import { allowedScriptOrigins } from './trusted-types.js';

describe('trusted-types', () => {
  it('allows the portal origin and the origins of modules in the registry, nothing else', () => {
    const entries = [
      registryEntry('profile', '/profile'),
      registryEntry('radar', '/radar', {
        implementation: {
          kind: 'federated',
          remoteName: 'portal_radar',
          version: '1.2.0',
          manifestUrl: 'https://cdn.example.fi/radar/1.2.0/mf-manifest.json',
          exposes: './app',
        },
      }),
    ];
    expect([...allowedScriptOrigins(entries, 'http://localhost:8080/profile')]).to.deep.equal([
      'http://localhost:8080',
      'https://cdn.example.fi',
    ]);
  });
});
