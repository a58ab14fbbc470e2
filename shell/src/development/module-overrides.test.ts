import { expect, fixture, html } from '@open-wc/testing';
import { LocaleTopic, MODULE_OVERRIDE_COOKIE, portalBus } from '@portal/shared-contracts';
import { registryEntry } from '../testing/registry-fixtures.js';
import { activeOverrides, clearUrl, overridesFromCookie, showModuleOverrides } from './module-overrides.js';

const LOCAL = 'http://localhost:4301/mf-manifest.json';
const cookieOf = (value: string) => `other=1; ${MODULE_OVERRIDE_COOKIE}=${encodeURIComponent(value)}; last=2`;
const COOKIE = cookieOf(`job-search=${encodeURIComponent(LOCAL)}&profile=${encodeURIComponent('http://127.0.0.1:4303/mf-manifest.json')}`);

const overridden = registryEntry('job-search', '/job-search', {
  implementation: { kind: 'federated', remoteName: 'portal_job_search', version: '0.0.0-dev', manifestUrl: LOCAL, exposes: './app' },
});
// The cookie names profile too, but the registry did not apply it (a backend in production mode).
const entries = [registryEntry('overview', '/'), registryEntry('profile', '/profile'), overridden];

class FakeEvents {
  static made: FakeEvents[] = [];
  readonly listeners = new Map<string, () => void>();
  closed = false;
  constructor(readonly url: string) {
    FakeEvents.made.push(this);
  }
  addEventListener(type: string, listener: () => void): void {
    this.listeners.set(type, listener);
  }
  close(): void {
    this.closed = true;
  }
}

describe('development: module overrides', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    FakeEvents.made = [];
  });

  it('reads the cookie and believes only what the registry applied', () => {
    expect([...overridesFromCookie(COOKIE)].map(([area]) => area)).to.deep.equal(['job-search', 'profile']);
    expect(overridesFromCookie('other=1')).to.have.property('size', 0);
    expect(overridesFromCookie(`${MODULE_OVERRIDE_COOKIE}=%E0%A4%A`)).to.have.property('size', 0);
    expect(activeOverrides(entries, COOKIE)).to.deep.equal([{ area: 'job-search', manifestUrl: LOCAL, origin: 'http://localhost:4301' }]);
    expect(activeOverrides(entries, 'other=1')).to.deep.equal([]);
  });

  it('clears through the backend, keeping the page and its query', () => {
    expect(clearUrl('job-search', { pathname: '/job-search/change', search: '?step=2' })).to.equal(
      '/job-search/change?step=2&module-override=job-search%3D',
    );
  });

  describe('the banner', () => {
    it('says which module comes from where, in the current language, and clears it', async () => {
      const root = await fixture<HTMLDivElement>(html`<div><a href="#main">skip</a></div>`);
      const visited: string[] = [];
      const stop = showModuleOverrides(entries, {
        cookie: COOKIE,
        after: root.querySelector('a')!,
        navigate: (url) => visited.push(url),
        reload: () => undefined,
        events: (url) => new FakeEvents(url),
      });
      const banner = root.querySelector('aside.dev-override')!;
      expect(banner.previousElementSibling?.tagName).to.equal('A', 'the skip link stays first');
      expect(banner.getAttribute('aria-label')).to.equal('Kehitystila');
      expect(banner.textContent).to.contain('Moduuli job-search haetaan osoitteesta http://localhost:4301 (kehitysaikainen ohitus).');
      expect(banner.textContent).not.to.contain('profile');
      await expect(root).to.be.accessible();

      portalBus.publish(LocaleTopic, { locale: 'en' });
      expect(banner.textContent).to.contain('Module job-search is served from http://localhost:4301 (development override).');
      banner.querySelector('button')!.click();
      expect(visited).to.have.length(1);
      expect(visited[0]).to.contain('module-override=job-search%3D');
      stop();
      expect(root.querySelector('aside')).to.equal(null);
    });

    it('reloads the page when the local build changes, and stops listening when removed', async () => {
      const root = await fixture<HTMLDivElement>(html`<div><a href="#main">skip</a></div>`);
      let reloads = 0;
      const stop = showModuleOverrides(entries, {
        cookie: COOKIE,
        after: root.querySelector('a')!,
        reload: () => reloads++,
        events: (url) => new FakeEvents(url),
      });
      expect(FakeEvents.made.map((source) => source.url)).to.deep.equal(['http://localhost:4301/__portal_dev/events']);
      FakeEvents.made[0]?.listeners.get('reload')?.();
      expect(reloads).to.equal(1);
      stop();
      expect(FakeEvents.made[0]?.closed).to.equal(true);
    });

    it('shows nothing when no override was applied', async () => {
      const root = await fixture<HTMLDivElement>(html`<div><a href="#main">skip</a></div>`);
      showModuleOverrides([registryEntry('profile', '/profile')], {
        cookie: COOKIE,
        after: root.querySelector('a')!,
        events: (url) => new FakeEvents(url),
      });
      expect(root.querySelector('aside')).to.equal(null);
      expect(FakeEvents.made).to.deep.equal([]);
    });
  });
});
