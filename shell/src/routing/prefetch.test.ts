import { expect, fixture, html } from '@open-wc/testing';
import { registryEntry } from '../testing/registry-fixtures.js';
import { areaOfLink, IDLE_PREFETCH_MAX, likelyAreas } from './prefetch.js';
import { resolveRoute } from './resolve-route.js';

const entries = [
  registryEntry('profile', '/profile', { requiresAuth: true }),
  registryEntry('career-radar', '/career-radar', { requiresAuth: false }),
];

/** The composed path of a pointerover on `target`, as the prefetch listener sees it. */
function pathOf(target: Element): EventTarget[] {
  let path: EventTarget[] = [];
  const listen = (event: Event) => (path = event.composedPath());
  document.addEventListener('pointerover', listen);
  target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  document.removeEventListener('pointerover', listen);
  return path;
}

describe('prefetch: the area a pointed-at link opens', () => {
  it('finds the area of a link, also inside a shadow root, only where the person can open it now', async () => {
    const host = await fixture<HTMLElement>(html`<div><a href="/career-radar">Työelämätutka</a><a href="/profile/change">Muuta</a></div>`);
    const shadowHost = document.createElement('div');
    host.append(shadowHost);
    shadowHost.attachShadow({ mode: 'open' }).innerHTML = '<a href="/profile"><span>Omat tiedot</span></a>';
    const [radar, change] = host.querySelectorAll('a');
    const inner = shadowHost.shadowRoot!.querySelector('span')!;

    const signedIn = (path: string) => resolveRoute(path, entries, 'signed-in');
    const signedOut = (path: string) => resolveRoute(path, entries, 'signed-out');
    expect(areaOfLink(pathOf(inner), entries, signedIn)?.area).to.equal('profile');
    expect(areaOfLink(pathOf(change!), entries, signedIn)?.area).to.equal('profile');
    expect(areaOfLink(pathOf(radar!), entries, signedOut)?.area).to.equal('career-radar');
    expect(areaOfLink(pathOf(inner), entries, signedOut), 'needs sign-in').to.equal(undefined);
    await expect(host).to.be.accessible();
  });

  it('ignores other sites, server paths and what is not a link', async () => {
    const host = await fixture<HTMLElement>(
      html`<div><a href="https://example.org/profile">muualla</a><a href="/api/profile">api</a><p>teksti</p></div>`,
    );
    const signedIn = (path: string) => resolveRoute(path, entries, 'signed-in');
    const [elsewhere, api] = host.querySelectorAll('a');
    expect(areaOfLink(pathOf(elsewhere!), entries, signedIn)).to.equal(undefined);
    expect(areaOfLink(pathOf(api!), entries, signedIn)).to.equal(undefined);
    expect(areaOfLink(pathOf(host.querySelector('p')!), entries, signedIn)).to.equal(undefined);
  });
});

describe('prefetch when idle: the areas the person is likely to open', () => {
  const areas = [
    registryEntry('profile', '/profile', { requiresAuth: true }),
    registryEntry('offers', '/offers', { requiresAuth: true }),
    registryEntry('plan', '/plan', { requiresAuth: true }),
    registryEntry('job-search', '/job-search', { requiresAuth: true }),
    registryEntry('career-radar', '/career-radar', { requiresAuth: false }),
  ];
  const signedIn = (path: string) => resolveRoute(path, areas, 'signed-in');
  const signedOut = (path: string) => resolveRoute(path, areas, 'signed-out');

  it('takes the areas with tasks waiting, most first, at most a few', () => {
    const attention = new Map([
      ['plan', 1],
      ['offers', 3],
      ['job-search', 2],
      ['profile', 1],
      ['career-radar', 0],
    ]);
    const likely = likelyAreas(attention, areas, signedIn).map((entry) => entry.area);
    expect(likely).to.have.length(IDLE_PREFETCH_MAX);
    expect(likely.slice(0, 2)).to.deep.equal(['offers', 'job-search']);
    expect(likely).not.to.include('career-radar');
  });

  it('leaves out areas the person cannot open now and areas the registry does not know', () => {
    const attention = new Map([
      ['profile', 2],
      ['gone', 5],
      ['career-radar', 1],
    ]);
    expect(likelyAreas(attention, areas, signedOut).map((entry) => entry.area)).to.deep.equal(['career-radar']);
    expect(likelyAreas(new Map(), areas, signedIn)).to.deep.equal([]);
  });
});
