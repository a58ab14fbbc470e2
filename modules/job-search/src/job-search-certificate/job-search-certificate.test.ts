import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LocaleTopic, NavigationTopic, PageTopic, portalBus, RouteTopic } from '@portal/shared-contracts';
import { type Certificate } from '@portal/shared-contracts/job-search';
import { defineJobSearchElements } from '../define.js';
import { apiError, certificate, json, protectedHandler, restoreFetch, stubFetch } from '../testing/fixtures.js';
import { JobSearchCertificate } from './job-search-certificate.js';

defineJobSearchElements();

async function certificatePage(answer: () => Response): Promise<JobSearchCertificate> {
  stubFetch((call) => (call.url === '/api/job-search/certificate' ? answer() : apiError('not-found', 404)));
  const el = await fixture<JobSearchCertificate>(html`<job-search-certificate></job-search-certificate>`);
  await waitUntil(() => el.loadState !== 'loading');
  await el.updateComplete;
  return el;
}

const text = (el: JobSearchCertificate): string => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
const rows = (el: JobSearchCertificate): string[][] =>
  [...el.shadowRoot!.querySelectorAll('dt')].map((dt) => [dt.textContent!.trim(), dt.nextElementSibling!.textContent!.trim()]);

describe('job-search-certificate', () => {
  const originalPrint = window.print;
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(RouteTopic, { path: '/job-search/certificate', area: 'job-search' });
  });
  afterEach(() => {
    fixtureCleanup();
    restoreFetch();
    window.print = originalPrint;
  });

  describe('accessibility', () => {
    it('is accessible with a certificate, without valid job seeking and after a failure', async () => {
      await expect(await certificatePage(() => json(certificate))).to.be.accessible();
      await expect(await certificatePage(() => apiError('not-found', 404))).to.be.accessible();
      await expect(await certificatePage(() => apiError('internal-error', 500))).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('shows who, since when, the situation, the handler, when issued and the reference code', async () => {
      const el = await certificatePage(() => json(certificate));
      expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Todistus työnhaun voimassaolosta');
      expect(text(el)).to.contain('Tessa Maria Testilä on ilmoittautunut työnhakijaksi. Työnhaku on voimassa 11.11.2026 alkaen.');
      const found = rows(el);
      expect(found.slice(0, 5)).to.deep.equal([
        ['Nimi', 'Tessa Maria Testilä'],
        ['Henkilötunnus', '010280-952L'],
        ['Voimassa alkaen', '11.11.2026'],
        ['Tilanne', 'Työtön'],
        ['Työnhakua hoitaa', 'Helsingin työllisyyspalvelut, 09 310 12345'],
      ]);
      expect(found[5]![0]).to.equal('Todistus annettu');
      expect(found[5]![1]).to.contain('2026');
      expect(found[6]).to.deep.equal(['Tarkistuskoodi', 'TMT-2026-7Q4K9']);
    });

    it('gives the date of birth when there is no henkilötunnus, and the national line under an address block', async () => {
      const eidas: Certificate = { ...certificate, henkilotunnus: null, handler: protectedHandler };
      const el = await certificatePage(() => json(eidas));
      const found = rows(el);
      expect(found[1]).to.deep.equal(['Syntymäaika', '1.2.1980']);
      expect(found.find(([label]) => label === 'Työnhakua hoitaa')![1]).to.equal(
        'Työllisyyspalvelujen valtakunnallinen palvelunumero, 0295 020 700',
      );
    });

    it('speaks Swedish and English', async () => {
      const el = await certificatePage(() => json(certificate));
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Intyg över att arbetssökandet är i kraft');
      expect(rows(el)[1]).to.deep.equal(['Personbeteckning', '010280-952L']);
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(text(el)).to.contain('The job seeking is valid from 11 November 2026.');
    });

    it('says there is no certificate without valid job seeking, and links to the registration', async () => {
      const el = await certificatePage(() => apiError('not-found', 404));
      expect(el.loadState).to.equal('not-found');
      expect(text(el)).to.contain('Sinulla ei ole voimassa olevaa työnhakua, joten todistusta ei voi tehdä.');
      const register = el.shadowRoot!.querySelector<HTMLAnchorElement>('a.button')!;
      expect(register.getAttribute('href')).to.equal('/job-search/register');
      expect(el.shadowRoot!.querySelector('button.print')).to.equal(null);
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(text(el)).to.contain('You have no valid job seeking, so no certificate can be made.');
    });

    it('offers a retry after a failure', async () => {
      let fail = true;
      const el = await certificatePage(() => (fail ? apiError('internal-error', 500) : json(certificate)));
      expect(el.loadState).to.equal('failed');
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.retry'));
      fail = false;
      el.shadowRoot!.querySelector<HTMLButtonElement>('.retry')!.click();
      await waitUntil(() => el.loadState === 'loaded');
      expect(text(el)).to.contain('TMT-2026-7Q4K9');
    });

    it('has a print stylesheet that hides the buttons and keeps sections whole', async () => {
      await certificatePage(() => json(certificate));
      const print = JobSearchCertificate.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
      expect(print).to.match(/@media print/);
      expect(print).to.match(/break-inside:\s*avoid/);
      expect(print).to.match(/\.button,\s*button,\s*\.actions/);
    });
  });

  describe('events', () => {
    it('prints with the browser when Print is pressed', async () => {
      let printed = 0;
      window.print = () => void printed++;
      const el = await certificatePage(() => json(certificate));
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.print')!.click();
      expect(printed).to.equal(1);
    });

    it('announces its title and asks the shell to go back to the area page', async () => {
      const titles: string[] = [];
      const paths: string[] = [];
      const s1 = portalBus.subscribe(PageTopic, ({ title }) => titles.push(title));
      const s2 = portalBus.subscribe(NavigationTopic, ({ path }) => paths.push(path));
      const el = await certificatePage(() => json(certificate));
      el.shadowRoot!.querySelector<HTMLAnchorElement>('.actions a')!.click();
      s1.unsubscribe();
      s2.unsubscribe();
      expect(titles).to.deep.equal(['Todistus työnhaun voimassaolosta']);
      expect(paths).to.deep.equal(['/job-search']);
    });
  });
});
