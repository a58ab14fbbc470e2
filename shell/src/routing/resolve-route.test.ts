import { expect } from '@open-wc/testing';
import { registryEntry } from '../testing/registry-fixtures.js';
import { findEntry, resolveRoute, routeMatches } from './resolve-route.js';

const entry = (area: string, route: string, requiresAuth = true) => registryEntry(area, route, { requiresAuth });

const entries = [entry('overview', '/'), entry('profile', '/profile'), entry('career-radar', '/career-radar', false)];

describe('resolve-route', () => {
  it('matches "/" only exactly and other routes by prefix segment', () => {
    expect(routeMatches('/', '/')).to.equal(true);
    expect(routeMatches('/', '/profile')).to.equal(false);
    expect(routeMatches('/profile', '/profile')).to.equal(true);
    expect(routeMatches('/profile', '/profile/print')).to.equal(true);
    expect(routeMatches('/profile', '/profiles')).to.equal(false);
  });

  it('picks the longest matching route', () => {
    const nested = [...entries, entry('profile-print', '/profile/print')];
    expect(findEntry(nested, '/profile/print/x')?.area).to.equal('profile-print');
    expect(findEntry(nested, '/profile/other')?.area).to.equal('profile');
  });

  it('shows an area to a signed-in person', () => {
    expect(resolveRoute('/profile', entries, 'signed-in')).to.include({ kind: 'area', area: 'profile' });
    expect(resolveRoute('/', entries, 'signed-in')).to.include({ kind: 'area', area: 'overview' });
  });

  it('asks a signed-out person to sign in, and shows the landing page at "/"', () => {
    expect(resolveRoute('/profile/x', entries, 'signed-out').kind).to.equal('sign-in-required');
    expect(resolveRoute('/', entries, 'signed-out').kind).to.equal('landing');
  });

  it('opens areas that need no sign-in to everyone', () => {
    expect(resolveRoute('/career-radar', entries, 'signed-out')).to.include({ kind: 'area', area: 'career-radar' });
  });

  it('waits while the session is unknown', () => {
    expect(resolveRoute('/profile', entries, 'unknown').kind).to.equal('loading');
  });

  it('gives the info pages and a not-found page', () => {
    expect(resolveRoute('/terms', entries, 'signed-out')).to.deep.equal({ kind: 'info', page: 'terms' });
    expect(resolveRoute('/accessibility/', entries, 'signed-in')).to.deep.equal({ kind: 'info', page: 'accessibility' });
    expect(resolveRoute('/no-such-page', entries, 'signed-in')).to.deep.equal({ kind: 'not-found', path: '/no-such-page' });
  });

  it('shows the landing page at "/" even with an empty registry', () => {
    expect(resolveRoute('/', [], 'signed-out').kind).to.equal('landing');
    expect(resolveRoute('/profile', [], 'signed-in').kind).to.equal('not-found');
  });
});
