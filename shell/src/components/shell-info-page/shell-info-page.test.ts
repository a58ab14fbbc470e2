import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LOCALES, LocaleTopic, portalBus, type Locale } from '@portal/shared-contracts';
import { defineInfoPageElement, defineShellElements } from '../../define.js';
import { INFO_PAGES, type InfoPage } from '../../routing/resolve-route.js';
import { infoPageContent, type StaticInfoPage } from './shell-info-page.content.js';
import type { ShellInfoPage } from './shell-info-page.js';

defineShellElements();
await defineInfoPageElement();

const PAGES: readonly InfoPage[] = Object.values(INFO_PAGES);
const STATIC_PAGES: readonly StaticInfoPage[] = PAGES.filter((page): page is StaticInfoPage => page !== 'terms');

// The terms come from the backend (GET /api/terms, /api/terms/versions/:version): answered here.
const textOf = (heading: string, entry: string, privacy: string, lead?: string) => ({
  ...(lead ? { lead } : {}),
  sections: [
    { heading, paragraphs: [entry], list: ['TLS V1.2', { text: 'Koulutus', notes: ['sitoutuu aloittamaan koulutuksen'] }] },
    {
      heading: 'Tietosuoja',
      links: [
        { href: '/privacy', text: privacy, newWindow: true },
        { href: 'https://tietosuoja.fi/', text: 'tietosuoja.fi' },
      ],
    },
  ],
});
const SUMMARY = { fi: 'Muutos.', sv: 'Ändring.', en: 'Change.' };
const VERSIONS = {
  '1.1.2020': { effectiveFrom: '2020-01-01', effectiveUntil: '2023-03-14', status: 'earlier' },
  '15.3.2023': { effectiveFrom: '2023-03-15', effectiveUntil: '2027-01-14', status: 'current' },
  '15.1.2027': { effectiveFrom: '2027-01-15', effectiveUntil: null, status: 'upcoming' },
} as const;
const listed = (version: keyof typeof VERSIONS) => ({ version, summary: SUMMARY, ...VERSIONS[version], status: undefined });
const TERMS_LIST = { current: listed('15.3.2023'), upcoming: [listed('15.1.2027')], earlier: [listed('1.1.2020')] };
const versionBody = (version: keyof typeof VERSIONS) => ({
  version,
  summary: SUMMARY,
  ...VERSIONS[version],
  text: {
    fi: textOf(
      'Käyttöehdot',
      `Nämä käyttöehdot tulevat voimaan ${version}. Muutoksista tiedotetaan tässä palvelussa ennen niiden voimaantuloa.`,
      'Tietosuojaseloste',
    ),
    sv: textOf('Användarvillkor', `Dessa användarvillkor träder i kraft ${version}.`, 'Dataskyddsbeskrivning'),
    en: textOf('Terms of use', `These terms of use take effect on ${version}.`, 'Privacy statement', 'Lead.'),
  },
});

const realFetch = window.fetch;
let termsRequests: string[] = [];
let termsDown = false;
function answerTerms(): void {
  window.fetch = async (input: RequestInfo | URL) => {
    const url = String(input);
    termsRequests.push(url);
    const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    if (termsDown) return new Response('{}', { status: 503 });
    if (url === '/api/terms') return json(TERMS_LIST);
    const version = decodeURIComponent(url.replace('/api/terms/versions/', '')) as keyof typeof VERSIONS;
    if (url.startsWith('/api/terms/versions/') && version in VERSIONS) return json(versionBody(version));
    return new Response('{"error":{"code":"not-found","message":"x"}}', { status: 404 });
  };
}

async function render(page: InfoPage): Promise<ShellInfoPage> {
  const el = await fixture<ShellInfoPage>(html`<shell-info-page page=${page}></shell-info-page>`);
  if (page === 'terms') {
    await waitUntil(() => el.terms !== 'loading', 'the terms load');
    await el.updateComplete;
  }
  return el;
}

const heading = (el: ShellInfoPage) => el.shadowRoot!.querySelector('h1')!;
const text = (el: ShellInfoPage) => el.shadowRoot!.textContent ?? '';

describe('shell-info-page', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    termsRequests = [];
    termsDown = false;
    answerTerms();
    window.history.replaceState(null, '', '/terms');
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

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
        const sections = page === 'terms' ? versionBody('15.3.2023').text.fi.sections.length + 1 : infoPageContent[page].fi.sections.length;
        expect(el.shadowRoot!.querySelectorAll('h2').length, 'a heading per section (and the versions of the terms)').to.equal(sections);
      }
    });

    it('follows a change of the page property', async () => {
      const el = await render('terms');
      el.page = 'privacy';
      await el.updateComplete;
      expect(heading(el).textContent).to.equal('Tietosuojaseloste');
    });

    it('shows the terms in effect, when they took effect, and links every version with its days', async () => {
      const el = await render('terms');
      expect(termsRequests).to.deep.equal(['/api/terms', '/api/terms/versions/15.3.2023']);
      expect(text(el)).to.contain('Voimassa 15.3.2023 alkaen.');
      expect(text(el)).to.contain('Muutoksista tiedotetaan tässä palvelussa ennen niiden voimaantuloa');
      expect(text(el)).to.contain('TLS V1.2');
      const nav = el.shadowRoot!.querySelector('nav')!;
      expect(nav.querySelector('h2')!.textContent).to.equal('Käyttöehtojen versiot');
      const items = [...nav.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items).to.deep.equal([
        'Käyttöehdot 15.1.2027, tulevat voimaan 15.1.2027',
        'Käyttöehdot 15.3.2023, voimassa 15.3.2023 alkaen',
        'Käyttöehdot 1.1.2020, voimassa 1.1.2020–14.3.2023',
      ]);
      const links = [...nav.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['/terms?version=15.1.2027', '/terms', '/terms?version=1.1.2020']);
      expect(links.map((a) => a.getAttribute('aria-current'))).to.deep.equal([null, 'page', null]);
    });

    it('shows an upcoming version asked for in the address, saying when it takes effect, and follows a navigation', async () => {
      window.history.replaceState(null, '', '/terms?version=15.1.2027');
      const el = await render('terms');
      expect(text(el)).to.contain('Nämä käyttöehdot tulevat voimaan 15.1.2027. Siihen asti ovat voimassa nykyiset käyttöehdot.');
      expect(el.shadowRoot!.querySelector('p.notice a[href="/terms"]')!.textContent).to.equal('Voimassa olevat käyttöehdot');
      expect(el.shadowRoot!.querySelector('nav a[aria-current="page"]')!.getAttribute('href')).to.equal('/terms?version=15.1.2027');
      // A link to an earlier version: only the query changes, and the page follows.
      window.history.pushState(null, '', '/terms?version=1.1.2020');
      window.dispatchEvent(new PopStateEvent('popstate'));
      await waitUntil(() => text(el).includes('olivat voimassa 1.1.2020–14.3.2023'), 'the earlier version shows');
    });

    it('says so when the asked version does not exist, and shows the one in effect', async () => {
      window.history.replaceState(null, '', '/terms?version=9.9.1999');
      const el = await render('terms');
      expect(text(el)).to.contain('Käyttöehtojen versiota 9.9.1999 ei ole.');
      expect(text(el)).to.contain('Voimassa 15.3.2023 alkaen.');
    });

    it('says so when the terms cannot be loaded, keeping its heading', async () => {
      termsDown = true;
      const el = await render('terms');
      expect(heading(el).textContent).to.equal('Käyttöehdot');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Käyttöehtoja ei saatu ladattua');
      await expect(el).to.be.accessible();
    });

    it('keeps the notes under their bullets in the terms', async () => {
      const el = await render('terms');
      const notes = [...el.shadowRoot!.querySelectorAll('ul.notes li')].map((li) => li.textContent ?? '');
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
      expect(text(el)).to.contain('träder i kraft 15.3.2023');
      expect(text(el)).to.contain('Gäller från och med 15.3.2023.');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(heading(el).textContent).to.equal('Terms of use');
      expect(text(el)).to.contain('take effect on 15.3.2023');
      expect(text(el)).to.contain('In effect from 15 March 2023.');
      expect(termsRequests.length, 'the text of every language came at once').to.equal(2);
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
    for (const page of STATIC_PAGES) {
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
