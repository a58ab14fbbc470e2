import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LocaleTopic, PageTopic, portalBus, SessionTopic } from '@portal/shared-contracts';
import { json, tessaProfile } from '../testing/fixtures.js';
import { defineProfileElements } from '../define.js';
import type { ProfileApp } from './profile-app.js';

defineProfileElements();

const tessa = tessaProfile;

/** Answers /api/profile with the given response (and the change history); returns the calls made. */
function stubFetch(respond: () => Response | Promise<Response>, history: () => Response = () => json({ items: [] })): string[] {
  const calls: string[] = [];
  window.fetch = async (input: RequestInfo | URL) => {
    calls.push(String(input));
    return String(input) === '/api/profile/changes' ? history() : respond();
  };
  return calls;
}


const originalFetch = window.fetch;

describe('profile-app', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
  });
  afterEach(() => {
    window.fetch = originalFetch;
  });

  describe('accessibility', () => {
    it('is accessible with data', async () => {
      stubFetch(() => json(tessa));
      const el = await fixture<ProfileApp>(html`<profile-app></profile-app>`);
      await waitUntil(() => el.state === 'loaded');
      await expect(el).to.be.accessible();
    });

    it('is accessible when loading failed', async () => {
      stubFetch(() => json({ error: { code: 'internal-error', message: 'x' } }, 500));
      const el = await fixture<ProfileApp>(html`<profile-app></profile-app>`);
      await waitUntil(() => el.state === 'failed');
      await expect(el).to.be.accessible();
    });
  });

  describe('rendering', () => {
    it('shows the basic data from the API', async () => {
      const calls = stubFetch(() => json(tessa));
      const el = await fixture<ProfileApp>(html`<profile-app></profile-app>`);
      await waitUntil(() => el.state === 'loaded');
      const text = el.shadowRoot!.textContent ?? '';
      expect(calls[0]).to.equal('/api/profile');
      expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Omat tiedot');
      expect(text).to.contain('010280-952L');
      expect(text).to.contain('Mannerheimintie 1 A 2');
      expect(text).to.contain('tessa.testila@example.fi');
      expect(text).to.contain('1.2.1980');
    });

    it('switches language without reloading', async () => {
      stubFetch(() => json(tessa));
      const el = await fixture<ProfileApp>(html`<profile-app></profile-app>`);
      await waitUntil(() => el.state === 'loaded');
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Mina uppgifter');
      expect(el.shadowRoot!.textContent).to.contain('Helsingfors');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('My details');
      expect(el.shadowRoot!.textContent).to.contain('1 February 1980');
    });

    it('hides a protected address and says why', async () => {
      stubFetch(() => json({ ...tessa, address: null, addressProtected: true }));
      const el = await fixture<ProfileApp>(html`<profile-app></profile-app>`);
      await waitUntil(() => el.state === 'loaded');
      expect(el.shadowRoot!.textContent).to.contain('turvakiellon alainen');
      expect(el.shadowRoot!.textContent).not.to.contain('Mannerheimintie');
    });

    it('offers a retry after a failure and then shows the data', async () => {
      let fail = true;
      stubFetch(() => (fail ? json({ error: { code: 'internal-error', message: 'x' } }, 503) : json(tessa)));
      const el = await fixture<ProfileApp>(html`<profile-app></profile-app>`);
      await waitUntil(() => el.state === 'failed');
      const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('button.retry')!;
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      fail = false;
      retry.click();
      await waitUntil(() => el.state === 'loaded');
      expect(el.shadowRoot!.textContent).to.contain('010280-952L');
    });

    it('refuses data that does not fit the contract instead of rendering it', async () => {
      stubFetch(() => json({ ...tessa, preferredLanguage: 'de' }));
      const el = await fixture<ProfileApp>(html`<profile-app></profile-app>`);
      await waitUntil(() => el.state === 'failed');
      expect(el.shadowRoot!.textContent).not.to.contain('010280-952L');
    });
  });

  describe('own data', () => {
    it('lists reported changes with their status, and offers print and a JSON download', async () => {
      stubFetch(
        () => json(tessa),
        () =>
          json({
            items: [
              { id: 'c2', receivedAt: '2026-11-20T10:00:00.000Z', effectiveDate: '2026-12-01', changed: ['address'], status: 'pending' },
              { id: 'c1', receivedAt: '2026-11-01T10:00:00.000Z', effectiveDate: '2026-11-01', changed: ['phone', 'email'], status: 'applied' },
            ],
          }),
      );
      const el = await fixture<ProfileApp>(html`<profile-app></profile-app>`);
      await waitUntil(() => Array.isArray(el.history));
      await el.updateComplete;
      const rows = [...el.shadowRoot!.querySelectorAll('ul.history li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(rows).to.deep.equal([
        'osoite Vastaanotettu 20.11.2026, voimassa 1.12.2026 alkaen Tulee voimaan myöhemmin',
        'puhelinnumero, sähköposti Vastaanotettu 1.11.2026, voimassa 1.11.2026 alkaen Voimassa',
      ]);
      const download = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.download')!;
      expect(download.getAttribute('href')).to.equal('/api/profile/export');
      expect(download.hasAttribute('download')).to.equal(true);
      expect(el.shadowRoot!.querySelector('button.secondary')!.textContent!.trim()).to.equal('Tulosta tiedot');
      await expect(el).to.be.accessible();
    });

    it('keeps a failing history in its own section', async () => {
      stubFetch(() => json(tessa), () => json({ error: { code: 'internal-error', message: 'x' } }, 500));
      const el = await fixture<ProfileApp>(html`<profile-app></profile-app>`);
      await waitUntil(() => el.history === 'failed');
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Muutoshistoriaa ei saatu haettua');
      expect(el.shadowRoot!.textContent).to.contain('010280-952L');
    });
  });

  describe('events', () => {
    it('announces its page title on the bus, again after a language change', async () => {
      const titles: string[] = [];
      const subscription = portalBus.subscribe(PageTopic, ({ area, title }) => titles.push(`${area}:${title}`));
      stubFetch(() => json(tessa));
      const el = await fixture<ProfileApp>(html`<profile-app></profile-app>`);
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      subscription.unsubscribe();
      expect(titles).to.deep.equal(['profile:Omat tiedot', 'profile:My details']);
    });
  });
});
