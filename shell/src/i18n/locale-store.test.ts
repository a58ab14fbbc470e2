import { expect } from '@open-wc/testing';
import { initialLocale } from './locale-store.js';

/** A device's storage, as a map, with what was written to it. */
function storage(initial: Record<string, string> = {}): Pick<Storage, 'getItem' | 'setItem'> & { readonly saved: Map<string, string> } {
  const saved = new Map(Object.entries(initial));
  return { saved, getItem: (key) => saved.get(key) ?? null, setItem: (key, value) => void saved.set(key, value) };
}

const page = (query = '') => new URL(`${window.location.origin}/profile${query}#top`);

describe('initialLocale', () => {
  let address: string;
  beforeEach(() => {
    address = window.location.href;
  });
  afterEach(() => {
    window.history.replaceState(window.history.state, '', address);
  });

  it('takes ?lang= first, remembers it on this device and takes it out of the address', () => {
    window.history.replaceState(window.history.state, '', '/profile?lang=sv&tab=2#top');
    const device = storage({ 'portal.locale': 'en' });
    const url = new URL(window.location.href);
    expect(initialLocale({ url, storage: device, languages: ['en-GB'] })).to.equal('sv');
    expect(device.saved.get('portal.locale')).to.equal('sv');
    expect(window.location.pathname + window.location.search + window.location.hash).to.equal('/profile?tab=2#top');
  });

  it('ignores a ?lang= the portal does not have, and leaves the address as it is', () => {
    window.history.replaceState(window.history.state, '', '/profile?lang=de');
    const device = storage();
    expect(initialLocale({ url: new URL(window.location.href), storage: device, languages: ['sv-FI'] })).to.equal('sv');
    expect(device.saved.size).to.equal(0);
    expect(window.location.search).to.equal('?lang=de');
  });

  it('then the choice made earlier on this device', () => {
    expect(initialLocale({ url: page(), storage: storage({ 'portal.locale': 'en' }), languages: ['sv-FI', 'fi'] })).to.equal('en');
    expect(initialLocale({ url: page(), storage: storage({ 'portal.locale': 'xx' }), languages: ['sv'] })).to.equal('sv');
  });

  it('then the first of the browser’s languages the portal has, by its primary subtag', () => {
    expect(initialLocale({ url: page(), storage: storage(), languages: ['de-DE', 'EN-us', 'sv'] })).to.equal('en');
    expect(initialLocale({ url: page(), storage: storage(), languages: ['sv-FI'] })).to.equal('sv');
    expect(initialLocale({ url: page(), storage: storage(), languages: ['fi-FI', 'en'] })).to.equal('fi');
  });

  it('else Finnish', () => {
    expect(initialLocale({ url: page(), storage: storage(), languages: ['de', 'nb-NO'] })).to.equal('fi');
    expect(initialLocale({ url: page(), storage: storage(), languages: [] })).to.equal('fi');
  });
});
