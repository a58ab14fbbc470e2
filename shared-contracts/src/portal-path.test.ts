import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { isPortalPath, normalisePortalPath } from './portal-path.js';

describe('paths that stay on the portal', () => {
  it('accepts the portal’s own paths, with query and fragment', () => {
    for (const path of ['/', '/profile', '/job-search/changes/3?tab=a#top', '/offers/%C3%A4']) assert.ok(isPortalPath(path), path);
    assert.equal(normalisePortalPath('/a/./b/../c?x=1#y'), '/a/c?x=1#y');
  });

  it('refuses every path a browser would read as another host, now or after one more hop', () => {
    const tricks = [
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/.//evil.example',
      '/a/..//evil.example',
      '/%2e//evil.example',
      '/%2E%2E//evil.example',
      'https://evil.example',
      'evil.example',
      '',
      '/ /x',
      `/${'a'.repeat(3000)}`,
    ];
    for (const trick of tricks) {
      assert.equal(isPortalPath(trick), false, JSON.stringify(trick));
      assert.equal(normalisePortalPath(trick), undefined, JSON.stringify(trick));
    }
  });
});
