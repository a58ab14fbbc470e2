import { expect, fixture, html } from '@open-wc/testing';
import { LOCALES, LocaleTopic, portalBus, type Locale } from '@portal/shared-contracts';
import { defineInfoPageElement, defineShellElements } from '../../define.js';
import { INFO_PAGES, type InfoPage } from '../../routing/resolve-route.js';
import { infoPageContent } from './shell-info-page.content.js';
import type { ShellInfoPage } from './shell-info-page.js';

defineShellElements();
await defineInfoPageElement();

const PAGES: readonly InfoPage[] = Object.values(INFO_PAGES);

async function render(page: InfoPage): Promise<ShellInfoPage> {
  return fixture<ShellInfoPage>(html`<shell-info-page page=${page}></shell-info-page>`);
}

const heading = (el: ShellInfoPage) => el.shadowRoot!.querySelector('h1')!;
const text = (el: ShellInfoPage) => el.shadowRoot!.textContent ?? '';

describe('shell-info-page', () => {
  beforeEach(() => portalBus.publish(LocaleTopic, { locale: 'fi' }));

  describe('accessibility', () => {
    for (const page of PAGES) {
      for (const locale of LOCALES) {
        it(`${page} is accessible in ${locale}`, async () => {
          portalBus.publish(LocaleTopic, { locale });
          await expect(await render(page)).to.be.accessible();
        });
      }
    }
  });

  describe('properties', () => {
    it('titles each page with the heading the document title uses, focusable for the shell', async () => {
      const titles: Record<InfoPage, string> = {
        terms: 'Käyttöehdot',
        privacy: 'Tietosuojaseloste',
        accessibility: 'Saavutettavuusseloste',
      };
      for (const page of PAGES) {
        const el = await render(page);
        const h1 = heading(el);
        expect(h1.textContent).to.equal(titles[page]);
        expect(h1.getAttribute('tabindex')).to.equal('-1');
        // The h1 is the first heading, so focusing it starts the reader at the top.
        expect(el.shadowRoot!.querySelector('h1, h2')).to.equal(h1);
        expect(el.shadowRoot!.querySelectorAll('h2').length).to.equal(infoPageContent[page].fi.sections.length);
      }
    });

    it('follows a change of the page property', async () => {
      const el = await render('terms');
      el.page = 'privacy';
      await el.updateComplete;
      expect(heading(el).textContent).to.equal('Tietosuojaseloste');
    });

    it('states when the terms took effect and that changes are announced beforehand', async () => {
      const el = await render('terms');
      expect(text(el)).to.contain('tulevat voimaan 15.03.2023');
      expect(text(el)).to.contain('Muutoksista tiedotetaan tässä palvelussa ennen niiden voimaantuloa');
      expect(text(el)).to.contain('TLS V1.2');
    });

    it('keeps the notes under their bullets in the terms', async () => {
      const el = await render('terms');
      const notes = [...el.shadowRoot!.querySelectorAll('ul.notes li')].map((li) => li.textContent ?? '');
      expect(notes.some((note) => note.includes('velvollisuutta ilmoittaa muutoksista itse'))).to.equal(true);
      expect(notes.some((note) => note.includes('sitoutuu aloittamaan koulutuksen'))).to.equal(true);
    });

    it('links the privacy statement from the terms in its own window, announced in the link text', async () => {
      const el = await render('terms');
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="/privacy"]')!;
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.contain('noopener');
      expect(link.textContent).to.contain('avautuu uuteen ikkunaan');
    });

    it('opens external links in the same window', async () => {
      for (const page of PAGES) {
        const el = await render(page);
        for (const link of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')) {
          expect(link.target, link.href).to.equal('');
        }
      }
    });

    it('fits a 320 px wide screen without sideways scrolling', async () => {
      for (const page of PAGES) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: 320px"><shell-info-page page=${page}></shell-info-page></div>`,
        );
        const article = wrapper.querySelector('shell-info-page')!.shadowRoot!.querySelector('article')!;
        expect(article.scrollWidth, page).to.be.at.most(320);
      }
    });

    it('switches language live without a new element', async () => {
      const el = await render('terms');
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(heading(el).textContent).to.equal('Användarvillkor');
      expect(text(el)).to.contain('träder i kraft 15.03.2023');
      expect(text(el)).to.contain('Uppdaterad 15.3.2023');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(heading(el).textContent).to.equal('Terms of use');
      expect(text(el)).to.contain('take effect on 15.03.2023');
      expect(text(el)).to.contain('Last updated 15 March 2023');
    });

    it('names the privacy contact as the demo example and the Data Protection Ombudsman', async () => {
      const el = await render('privacy');
      expect(text(el)).to.contain('tietosuoja@example.fi');
      expect(text(el)).to.contain('esittelyversio');
      expect(el.shadowRoot!.querySelector('a[href="https://tietosuoja.fi/"]')).to.exist;
    });

    it('names the feedback channel and the supervisory authority of the accessibility statement', async () => {
      const expected: Record<Locale, string[]> = {
        fi: ['alla olevalla lomakkeella', 'kahden viikon', 'Traficom', '1.1.2025', 'tarkistettu viimeksi 8.12.2026'],
        sv: ['formuläret nedan', 'två veckor', 'Traficom', '1.1.2025', 'granskades senast 8.12.2026'],
        en: ['the form below', 'two weeks', 'Traficom', '1 January 2025', 'last reviewed on 8 December 2026'],
      };
      const el = await render('accessibility');
      for (const locale of LOCALES) {
        portalBus.publish(LocaleTopic, { locale });
        await el.updateComplete;
        for (const part of [...expected[locale], 'saavutettavuus@traficom.fi', '029 534 5000', '306/2019', 'WCAG 2.1']) {
          expect(text(el), `${locale}: ${part}`).to.contain(part);
        }
        expect(text(el), 'the supervisor before 2025 is no longer the contact').not.to.contain('saavutettavuus@avi.fi');
        expect(el.shadowRoot!.querySelector('a[href="https://www.saavutettavuusvaatimukset.fi/"]')).to.exist;
        // The feedback form sits in the feedback section, after its words.
        const form = el.shadowRoot!.querySelector('shell-feedback-form');
        expect(form?.closest('section')?.querySelector('h2')?.textContent).to.match(/Palaute|Respons|Feedback/);
      }
    });

    it('hands the feedback form the page the person came from', async () => {
      const el = await fixture<ShellInfoPage>(html`<shell-info-page page="accessibility" .from=${'/job-search'}></shell-info-page>`);
      expect(el.shadowRoot!.querySelector('shell-feedback-form')!.from).to.equal('/job-search');
      const terms = await render('terms');
      expect(terms.shadowRoot!.querySelector('shell-feedback-form'), 'only the accessibility statement has it').to.equal(null);
    });
  });

  it('has the same number of sections, list items and links in every language of every page', () => {
    // A forgotten or half-translated section shows up as a count that differs from Finnish.
    for (const page of PAGES) {
      const shape = (locale: Locale) =>
        infoPageContent[page][locale].sections.map((section) => ({
          paragraphs: section.paragraphs?.length ?? 0,
          list: section.list?.map((item) => (typeof item === 'string' ? 0 : item.notes.length)) ?? [],
          links: section.links?.map((link) => link.href) ?? [],
        }));
      for (const locale of LOCALES) {
        expect(infoPageContent[page][locale].sections.length, `${page}/${locale}`).to.equal(infoPageContent[page].fi.sections.length);
        expect(shape(locale), `${page}/${locale}`).to.deep.equal(shape('fi'));
        expect(infoPageContent[page][locale].updated, `${page}/${locale}`).to.equal(infoPageContent[page].fi.updated);
      }
    }
  });
});
