import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { LocaleTopic, PageTopic, portalBus, SessionTopic } from '@portal/shared-contracts';
import { apiError, json, restoreFetch } from '@portal/ui-kit/testing';
import { endedJobSearch, tessaJobSearch, tessaProfile, turvaJobSearch, ullaJobSearch, yrjoStartupGrant } from '../testing/fixtures.js';
import { asPrinted, pageWith, root, rows, stubFetch, text, valueOf } from '../testing/helpers.js';
import { defineProfileElements } from '../define.js';
import type { ProfileApp } from './profile-app.js';

defineProfileElements();

const tessa = tessaProfile;

describe('profile-app', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
  });
  afterEach(restoreFetch);

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

    it('shows an address abroad with its country named in the page language', async () => {
      const oslo = { street: 'Storgata 1', postalCode: '0155', postOffice: 'Oslo', country: 'NO' };
      stubFetch(() => json({ ...tessa, address: oslo, homeMunicipality: null }));
      const el = await fixture<ProfileApp>(html`<profile-app></profile-app>`);
      await waitUntil(() => el.state === 'loaded');
      await el.updateComplete;
      // The address's lines, as the <br>s between them show it.
      const lines = (label: string) => {
        const dt = [...root(el).querySelectorAll('#contact ~ dl dt')].find((node) => text(node) === label)!;
        return (dt.nextElementSibling as HTMLElement).innerText.split('\n').map((line) => line.trim());
      };
      expect(lines('Osoite')).to.deep.equal(['Storgata 1', '0155 Oslo', 'Norja']);
      await expect(el).to.be.accessible();
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(lines('Adress')).to.deep.equal(['Storgata 1', '0155 Oslo', 'Norge']);
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(lines('Address')).to.deep.equal(['Storgata 1', '0155 Oslo', 'Norway']);
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
              {
                id: 'c1',
                receivedAt: '2026-11-01T10:00:00.000Z',
                effectiveDate: '2026-11-01',
                changed: ['phone', 'email'],
                status: 'applied',
              },
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

    it('shows and prints the labour-market training applications, each with its state and reference', async () => {
      const training = {
        id: '8c1e0f0a-0000-4c51-9a55-0a1f6b3c7001',
        name: { fi: 'Logistiikan perusteet', sv: 'Grunderna i logistik', en: 'Logistics basics' },
        provider: 'Testiopisto Oy',
        place: null,
        language: 'fi',
        startDate: '2026-11-10',
        endDate: '2027-02-08',
        applyFrom: '2026-08-26',
        applyBy: '2026-10-25',
        forWhom: { fi: 'a', sv: 'b', en: 'c' },
        description: { fi: 'a', sv: 'b', en: 'c' },
        open: false,
      };
      const application = {
        id: '8c1e0f0a-0000-4c51-9a55-0a1f6b3c7101',
        reference: 'TK-2026-000101',
        training,
        state: 'selected',
        motivation: 'x',
        education: 'x',
        workHistory: '',
        availability: 'x',
        submittedAt: '2026-09-25T09:00:00.000Z',
        stateChangedAt: '2026-10-20T09:00:00.000Z',
        withdrawable: false,
      };
      stubFetch(() => json(tessa), undefined, { training: () => json({ trainings: [training], applications: [application] }) });
      const el = await fixture<ProfileApp>(html`<profile-app></profile-app>`);
      await waitUntil(() => Array.isArray(el.trainingApplications) && el.state === 'loaded');
      await el.updateComplete;
      expect(text(root(el).querySelector('#training'))).to.equal('Työvoimakoulutushakemukset');
      expect(rows(el, 'nav.toc li')).to.include('Työvoimakoulutushakemukset');
      expect(valueOf(el, 'training', 'Hakemuksen tila')).to.equal('Valittu');
      expect(valueOf(el, 'training', 'Viite')).to.equal('TK-2026-000101');
      expect(valueOf(el, 'training', 'Ajankohta')).to.equal('10.11.2026–8.2.2027');
      await expect(el).to.be.accessible();
    });

    it('shows and prints the start-up grant: each application with its business, state and decision, and its payment periods', async () => {
      stubFetch(() => json(tessa), undefined, { startupGrant: () => json(yrjoStartupGrant) });
      const el = await fixture<ProfileApp>(html`<profile-app></profile-app>`);
      await waitUntil(() => typeof el.startupGrant === 'object' && el.state === 'loaded');
      await el.updateComplete;
      expect(text(root(el).querySelector('#startup-grant'))).to.equal('Starttiraha');
      expect(rows(el, 'nav.toc li')).to.include('Starttiraha');
      const section = root(el).querySelector('#startup-grant')!.closest('section')!;
      expect([...section.querySelectorAll('h3')].map((node) => text(node))).to.deep.equal([
        'Starttirahan jatkohakemus: Yrjön Koodipaja',
        'Starttirahahakemus: Yrjön Koodipaja',
      ]);
      const [extension, granted] = [...section.querySelectorAll('dl')].map((dl) =>
        Object.fromEntries([...dl.querySelectorAll('dt')].map((dt) => [text(dt), text(dt.nextElementSibling)])),
      );
      expect(extension).to.deep.include({ 'Y-tunnus': 'Ei vielä', 'Hakemuksen tila': 'Käsittelyssä' });
      expect(extension).not.to.have.property('Myönnetty ajalle');
      expect(granted).to.deep.include({
        'Y-tunnus': '1572860-0',
        'Hakemuksen tila': 'Myönnetty',
        'Päätös tehty': '1.7.2026',
        'Myönnetty ajalle': '1.8.2026–30.9.2026',
      });
      // Only the granted application has periods; each says where it stands, a paid one its date.
      expect(section.querySelectorAll('ul.periods')).to.have.length(1);
      expect(rows(el, '#startup-grant ~ ul.periods li')).to.deep.equal([
        '1.8.2026–31.8.2026 Maksettu Maksupäivä 20.9.2026',
        '1.9.2026–30.9.2026 Maksuhakemus haettavissa',
      ]);
      await expect(el).to.be.accessible();
    });

    it('says the start-up grant in Swedish and English too', async () => {
      stubFetch(() => json(tessa), undefined, { startupGrant: () => json(yrjoStartupGrant) });
      const el = await fixture<ProfileApp>(html`<profile-app></profile-app>`);
      await waitUntil(() => typeof el.startupGrant === 'object' && el.state === 'loaded');
      for (const [language, heading, paid] of [
        ['sv', 'Startpeng', 'Betald Betalningsdag 20.9.2026'],
        ['en', 'Start-up grant', 'Paid Payment date 20 September 2026'],
      ] as const) {
        portalBus.publish(LocaleTopic, { locale: language });
        await el.updateComplete;
        expect(text(root(el).querySelector('#startup-grant'))).to.equal(heading);
        expect(rows(el, '#startup-grant ~ ul.periods li')[0]).to.contain(paid);
      }
      portalBus.publish(LocaleTopic, { locale: 'fi' });
    });

    it('has no start-up grant section without applications, and keeps a failure to read it in its own', async () => {
      stubFetch(() => json(tessa));
      const none = await fixture<ProfileApp>(html`<profile-app></profile-app>`);
      await waitUntil(() => typeof none.startupGrant === 'object' && none.state === 'loaded');
      await none.updateComplete;
      expect(root(none).querySelector('#startup-grant')).to.equal(null);
      expect(rows(none, 'nav.toc li')).not.to.include('Starttiraha');
      stubFetch(() => json(tessa), undefined, { startupGrant: () => apiError('internal-error', 500) });
      const failed = await fixture<ProfileApp>(html`<profile-app></profile-app>`);
      await waitUntil(() => failed.startupGrant === 'failed' && failed.state === 'loaded');
      await failed.updateComplete;
      expect(text(root(failed).querySelector('#startup-grant')?.closest('section'))).to.contain(
        'Starttirahatietojasi ei juuri nyt saatu haettua',
      );
      expect(root(failed).textContent).to.contain('010280-952L');
    });

    it('has no training section without applications, and keeps a failure to read them in its own', async () => {
      stubFetch(() => json(tessa));
      const none = await fixture<ProfileApp>(html`<profile-app></profile-app>`);
      await waitUntil(() => Array.isArray(none.trainingApplications) && none.state === 'loaded');
      await none.updateComplete;
      expect(root(none).querySelector('#training')).to.equal(null);
      stubFetch(() => json(tessa), undefined, { training: () => apiError('internal-error', 500) });
      const failed = await fixture<ProfileApp>(html`<profile-app></profile-app>`);
      await waitUntil(() => failed.trainingApplications === 'failed' && failed.state === 'loaded');
      await failed.updateComplete;
      expect(text(root(failed).querySelector('#training')?.closest('section'))).to.contain(
        'Koulutushakemuksiasi ei juuri nyt saatu haettua',
      );
      expect(root(failed).textContent).to.contain('010280-952L');
    });

    it('keeps a failing history in its own section', async () => {
      stubFetch(
        () => json(tessa),
        () => json({ error: { code: 'internal-error', message: 'x' } }, 500),
      );
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
  describe('job seeking', () => {
    it('shows an active job seeker: validity, status, handler, benefit, assessment, reports and earlier periods', async () => {
      const { el } = await pageWith(() => json(tessaJobSearch));
      expect(valueOf(el, 'job-seeking', 'Voimassaolo')).to.equal('Voimassa 11.11.2026 alkaen.');
      expect(valueOf(el, 'job-seeking', 'Tilanteesi työnhakijana')).to.equal('Työtön');
      const handler = valueOf(el, 'job-seeking', 'Asiointipaikka')!;
      expect(handler).to.contain('Helsingin työllisyyspalvelut');
      expect(handler).to.contain('Työpajankatu 8, 00580 Helsinki');
      expect(handler).to.contain('Palveluajat: ma–pe 9–16');
      expect(root(el).querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:0931036000');
      expect(root(el).querySelector('a[href^="mailto:"]')!.textContent).to.equal('tyollisyyspalvelut@example.fi');
      expect(valueOf(el, 'job-seeking', 'Työttömyysetuus')).to.equal('Olet hakenut työttömyysetuutta.');
      expect(valueOf(el, 'job-seeking', 'Etuuden maksaja')).to.equal('Erityisalojen työttömyyskassa');
      expect(valueOf(el, 'job-seeking', 'Palvelutarvekysymykset')).to.equal('Vastaamatta. Määräaika 27.11.2026.');
      expect(rows(el, 'ul.changes li')).to.deep.equal([
        'Työn aloittaminen 1.12.2026–15.12.2026 Vastaanotettu 20.11.2026 Tieto lähti etuuden maksajalle (Erityisalojen työttömyyskassa) 20.11.2026.',
        'Sairaus 12.11.2026 alkaen Vastaanotettu 13.11.2026 Tästä ei lähtenyt tietoa etuuden maksajalle.',
      ]);
      expect(rows(el, 'ul.periods li')).to.deep.equal(['1.3.2024–31.8.2024 Työtön Syy: Työllistyminen.']);
      // Doing things happens in the job-search area: a real link, which the shell turns into navigation.
      const link = root(el).querySelector<HTMLAnchorElement>('.to-area a')!;
      expect(link.getAttribute('href')).to.equal('/job-search');
      expect(link.textContent).to.equal('Siirry työnhakuun');
      await expect(el).to.be.accessible();
    });

    it('shows education, work history, the work sought and own goals, with municipality names', async () => {
      const { el, calls } = await pageWith(() => json(tessaJobSearch));
      await waitUntil(() => el.municipalities !== undefined);
      await el.updateComplete;
      expect(text(root(el).querySelector('#education-work')!.closest('section')!.querySelector('.source'))).to.equal(
        'Ilmoitit nämä tiedot, kun ilmoittauduit työnhakijaksi 11.11.2026.',
      );
      expect(rows(el, 'ul.education li')).to.deep.equal([
        'Merkonomi Ammatillinen koulutus, Helsingin kauppaoppilaitos valmistunut 2000',
        'Tradenomi Alempi korkeakoulututkinto, Haaga-Helia opinnot kesken',
      ]);
      expect(rows(el, 'ul.work li')).to.deep.equal(['Myyjä Kauppa Oy 3.2019–2.2024', 'Toimistosihteeri Toimisto Oy 9.2024 alkaen, jatkuu']);
      expect(valueOf(el, 'sought-work', 'Ammatit ja tehtävät')).to.equal('Myyjä, Asiakaspalvelija');
      expect(valueOf(el, 'sought-work', 'Alueet')).to.equal('Helsinki, Espoo');
      expect(valueOf(el, 'sought-work', 'Työaika')).to.equal('Koko- tai osa-aikatyö');
      expect(valueOf(el, 'sought-work', 'Omat tavoitteet')).to.equal(
        'Haluan kokoaikatyön asiakaspalvelusta. Opiskelen samalla tradenomiksi.',
      );
      // Espoo is not the home municipality, so the names came from the reference data, once.
      expect(calls.filter((url) => url === '/api/job-search/reference')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('shows the municipality code when the reference data cannot be had', async () => {
      const { el } = await pageWith(
        () => json(tessaJobSearch),
        () => apiError('internal-error', 500),
      );
      await waitUntil(() => valueOf(el, 'sought-work', 'Alueet') === 'Helsinki, 049');
    });

    it('has a table of contents whose links move focus to the sections, without touching the address', async () => {
      const { el } = await pageWith(() => json(tessaJobSearch));
      const toc = root(el).querySelector('nav.toc')!;
      expect(text(toc.querySelector('h2'))).to.equal('Tällä sivulla');
      const links = [...toc.querySelectorAll('a')];
      expect(links.map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
        ['#basic', 'Perustiedot'],
        ['#contact', 'Yhteystiedot'],
        ['#history', 'Ilmoittamasi muutokset'],
        ['#job-seeking', 'Työnhaku'],
        ['#education-work', 'Koulutus ja työhistoria'],
        ['#sought-work', 'Haettu työ ja omat tavoitteet'],
      ]);
      const address = window.location.href;
      links[4]!.click();
      expect(root(el).activeElement).to.equal(root(el).querySelector('h2#education-work'));
      expect(window.location.href).to.equal(address);
      // Every heading the contents name exists.
      for (const a of links) expect(root(el).querySelector(a.getAttribute('href')!), a.getAttribute('href')!).to.exist;
    });

    it('tells a person who has never registered how to register, with no empty sections', async () => {
      const { el, calls } = await pageWith(() => json(ullaJobSearch));
      const section = root(el).querySelector('#job-seeking')!.closest('section')!;
      expect(text(section)).to.contain('Et ole ilmoittautunut työnhakijaksi.');
      expect(text(section)).to.contain('tallennetaan, kun ilmoittaudut työnhakijaksi');
      expect(section.querySelector('dl')).to.equal(null);
      const link = section.querySelector<HTMLAnchorElement>('.to-area a')!;
      expect(link.getAttribute('href')).to.equal('/job-search');
      expect(link.textContent).to.equal('Ilmoittaudu työnhakijaksi');
      expect(root(el).querySelector('#education-work')).to.equal(null);
      expect(root(el).querySelector('#sought-work')).to.equal(null);
      expect(root(el).querySelector('a[href="#education-work"]')).to.equal(null);
      expect(calls).not.to.include('/api/job-search/reference');
      await expect(el).to.be.accessible();
    });

    it('says the handler is not shown under an address block, and gives the service line', async () => {
      const { el, calls } = await pageWith(() => json(turvaJobSearch));
      const handler = valueOf(el, 'job-seeking', 'Asiointipaikka')!;
      expect(handler).to.equal(
        'Asiointipaikkaasi ei näytetä, koska osoitteesi on turvakiellon alainen. Palvelua saat täältä: Työllisyyspalvelujen valtakunnallinen palvelunumero, 0295 025 500',
      );
      expect(root(el).querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:0295025500');
      expect(valueOf(el, 'job-seeking', 'Työttömyysetuus')).to.equal('Et hae etkä saa työttömyysetuutta.');
      expect(valueOf(el, 'job-seeking', 'Etuuden maksaja')).to.equal(undefined);
      expect(valueOf(el, 'job-seeking', 'Palvelutarvekysymykset')).to.equal('Vastattu. Vastasit 10.9.2026. Määräaika 15.9.2026.');
      expect(text(root(el).querySelector('ul.changes'))).to.equal('');
      expect(text(root(el).querySelector('#job-seeking')!.closest('section'))).to.contain(
        'Et ole ilmoittanut muutoksia tällä työnhakujaksolla.',
      );
      expect(text(root(el).querySelector('#education-work')!.closest('section'))).to.contain('Et ole ilmoittanut koulutusta.');
      expect(valueOf(el, 'sought-work', 'Omat tavoitteet')).to.equal('Ei ilmoitettu');
      // The only region is the home municipality: its name is known without the reference data.
      expect(valueOf(el, 'sought-work', 'Alueet')).to.equal('Helsinki');
      expect(calls).not.to.include('/api/job-search/reference');
      await expect(el).to.be.accessible();
    });

    it('shows an ended job seeking with its reason and offers to register again', async () => {
      const { el } = await pageWith(() => json(endedJobSearch));
      expect(valueOf(el, 'job-seeking', 'Voimassaolo')).to.equal('Päättyi 30.11.2026. Syy: Työllistyminen.');
      expect(valueOf(el, 'job-seeking', 'Tilanteesi työnhakijana')).to.equal('Työssä avoimilla työmarkkinoilla');
      expect(root(el).querySelector('.to-area a')!.textContent).to.equal('Ilmoittaudu uudelleen työnhakijaksi');
      await expect(el).to.be.accessible();
    });

    it('shows the basic data while the job seeking is slow, and the job seeking when it comes', async () => {
      let answer: (response: Response) => void = () => undefined;
      stubFetch(() => json(tessa), undefined, { jobSearch: () => new Promise<Response>((resolve) => (answer = resolve)) });
      const el = await fixture<ProfileApp>(html`<profile-app></profile-app>`);
      await waitUntil(() => el.state === 'loaded');
      await el.updateComplete;
      expect(text(root(el))).to.contain('010280-952L');
      const section = () => root(el).querySelector('#job-seeking')!.closest('section')!;
      expect(text(section().querySelector('[role="status"]'))).to.equal('Ladataan työnhaun tietoja…');
      await expect(el).to.be.accessible();
      answer(json(tessaJobSearch));
      await waitUntil(() => el.jobSearch !== undefined);
      await el.updateComplete;
      expect(valueOf(el, 'job-seeking', 'Voimassaolo')).to.equal('Voimassa 11.11.2026 alkaen.');
    });

    it('gives up on a job-search request that hangs, and offers a retry', async () => {
      // Like the browser's fetch, the stub gives up when the request's signal aborts.
      const hanging = (init?: RequestInit) =>
        new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('timed out', 'TimeoutError'))),
        );
      stubFetch(() => json(tessa), undefined, { jobSearch: hanging });
      const el = await fixture<ProfileApp>(html`<profile-app .jobSearchTimeoutMs=${200}></profile-app>`);
      await waitUntil(() => el.jobSearch === 'failed', 'the request timed out', { timeout: 5000 });
      await el.updateComplete;
      expect(text(root(el))).to.contain('010280-952L');
      expect(root(el).querySelector('button.retry-job-search')).to.exist;
    });

    it('keeps a failing job-search request in its own sections with a retry, the basic data still shown', async () => {
      let fail = true;
      const { el } = await pageWith(() => (fail ? apiError('internal-error', 503) : json(tessaJobSearch)));
      expect(el.jobSearch).to.equal('failed');
      expect(text(root(el))).to.contain('010280-952L');
      expect(text(root(el))).to.contain('Mannerheimintie 1 A 2');
      const section = root(el).querySelector('#job-seeking')!.closest('section')!;
      expect(text(section.querySelector('.notice.error p'))).to.equal(
        'Työnhaun tietoja ei saatu haettua juuri nyt. Muut tietosi näkyvät silti.',
      );
      // The page's own failure notice is for the basic data; this one does not take focus by itself.
      expect(root(el).activeElement).to.equal(null);
      expect(root(el).querySelector('#education-work')).to.equal(null);
      await expect(el).to.be.accessible();

      // A retry that fails again puts focus on the new retry button (the old one went away).
      section.querySelector<HTMLButtonElement>('button.retry-job-search')!.click();
      await waitUntil(() => el.jobSearch === 'failed' && root(el).activeElement?.classList.contains('retry-job-search') === true);
      expect(root(el).activeElement!.getAttribute('aria-describedby')).to.equal('job-search-failed');

      fail = false;
      root(el).querySelector<HTMLButtonElement>('button.retry-job-search')!.click();
      await waitUntil(() => el.jobSearch !== undefined && el.jobSearch !== 'failed');
      await el.updateComplete;
      expect(valueOf(el, 'job-seeking', 'Voimassaolo')).to.equal('Voimassa 11.11.2026 alkaen.');
      expect(root(el).querySelector('#education-work')).to.exist;
      expect(root(el).activeElement).to.equal(root(el).querySelector('h2#job-seeking'));
      await expect(el).to.be.accessible();
    });

    it('switches the job seeking to Swedish and English without reloading', async () => {
      const { el, calls } = await pageWith(() => json(tessaJobSearch));
      await waitUntil(() => el.municipalities !== undefined);
      const fetched = calls.length;
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(text(root(el).querySelector('h2#job-seeking'))).to.equal('Arbetssökande');
      expect(valueOf(el, 'job-seeking', 'Giltighet')).to.equal('Giltigt från 11.11.2026.');
      expect(valueOf(el, 'job-seeking', 'Din situation som arbetssökande')).to.equal('Arbetslös');
      expect(valueOf(el, 'job-seeking', 'Serviceställe')).to.contain('Helsingfors sysselsättningstjänster');
      expect(valueOf(el, 'job-seeking', 'Frågor om servicebehov')).to.equal('Ännu inte besvarade. Tidsfrist 27.11.2026.');
      expect(rows(el, 'ul.changes li')[0]).to.equal(
        'Började arbeta 1.12.2026–15.12.2026 Mottagen 20.11.2026 Uppgiften skickades till förmånens utbetalare (Arbetslöshetskassan för specialbranscher) 20.11.2026.',
      );
      expect(rows(el, 'ul.education li')[0]).to.equal('Merkonomi Yrkesutbildning, Helsingin kauppaoppilaitos utexaminerad 2000');
      expect(valueOf(el, 'sought-work', 'Områden')).to.equal('Helsingfors, Esbo');
      expect(valueOf(el, 'sought-work', 'Arbetstid')).to.equal('Heltids- eller deltidsarbete');
      expect(text(root(el).querySelector('nav.toc h2'))).to.equal('På den här sidan');
      await expect(el).to.be.accessible();

      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(text(root(el).querySelector('h2#job-seeking'))).to.equal('Job seeking');
      expect(valueOf(el, 'job-seeking', 'Validity')).to.equal('Valid since 11 November 2026.');
      expect(rows(el, 'ul.periods li')).to.deep.equal(['1 March 2024 – 31 August 2024 Unemployed Reason: Found work.']);
      expect(rows(el, 'ul.work li')).to.deep.equal([
        'Myyjä Kauppa Oy March 2019 – February 2024',
        'Toimistosihteeri Toimisto Oy since September 2024, continuing',
      ]);
      expect(text(root(el).querySelector('.to-area a'))).to.equal('Go to Job seeking');
      await expect(el).to.be.accessible();
      // A language is a rendering matter: nothing was fetched again.
      expect(calls.length).to.equal(fetched);
    });

    it('prints all sections without contents, links to act on or buttons, and keeps entries whole', async () => {
      const { el } = await pageWith(() => json(tessaJobSearch));
      const restore = await asPrinted(el);
      try {
        const style = (selector: string) => getComputedStyle(root(el).querySelector(selector)!);
        expect(style('nav.toc').display).to.equal('none');
        expect(style('.to-area').display).to.equal('none');
        expect(style('button.secondary').display).to.equal('none');
        expect(style('.print-only').display).to.equal('block');
        for (const id of ['basic', 'job-seeking', 'education-work', 'sought-work']) {
          const section = root(el).querySelector(`#${id}`)!.closest('section')!;
          expect(getComputedStyle(section).display, id).not.to.equal('none');
          expect(getComputedStyle(section).breakInside, id).to.equal('avoid');
        }
        expect(style('h2#job-seeking').breakAfter).to.equal('avoid');
        expect(style('#job-seeking ~ h3').breakAfter).to.equal('avoid');
        expect(style('ul.changes li').breakInside).to.equal('avoid');
      } finally {
        await restore();
      }
    });

    it('fits a 320 px wide phone screen without sideways scrolling', async () => {
      const { el } = await pageWith(() => json(tessaJobSearch));
      await setViewport({ width: 320, height: 640 });
      try {
        await el.updateComplete;
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        for (const section of root(el).querySelectorAll('section'))
          expect(section.scrollWidth, section.querySelector('h2')!.id).to.be.at.most(section.clientWidth);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});
