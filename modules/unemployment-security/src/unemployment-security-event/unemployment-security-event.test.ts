import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LocaleTopic, NavigationTopic, PageTopic, portalBus, RouteTopic } from '@portal/shared-contracts';
import { defineUnemploymentSecurityElements } from '../define.js';
import {
  apiError,
  cancelledStatement,
  ids,
  json,
  openRequest,
  paymentNotice,
  restoreFetch,
  statement,
  stubFetch,
} from '../testing/fixtures.js';
import { $, $$, asPrinted, atPhoneWidth, expectNoSidewaysScroll, squash, text } from '../testing/helpers.js';
import type { UnemploymentSecurityEvent } from './unemployment-security-event.js';

defineUnemploymentSecurityElements();

async function eventPage(id: string, answer: () => Response): Promise<UnemploymentSecurityEvent> {
  stubFetch((call) => (call.url === `/api/unemployment-security/events/${id}` ? answer() : apiError('not-found', 404)));
  const el = await fixture<UnemploymentSecurityEvent>(html`<unemployment-security-event event-id=${id}></unemployment-security-event>`);
  await waitUntil(() => el.loadState !== 'loading');
  await el.updateComplete;
  return el;
}

/** The fact list as label → value pairs. */
const facts = (el: HTMLElement): string[][] =>
  $$(el, '.document dl.facts dt').map((dt) => [squash(dt.textContent), squash(dt.nextElementSibling?.textContent)]);

describe('unemployment-security-event', () => {
  const originalPrint = window.print;
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(RouteTopic, { path: `/unemployment-security/events/${ids.statement}`, area: 'unemployment-security' });
  });
  afterEach(() => {
    fixtureCleanup();
    restoreFetch();
    window.print = originalPrint;
  });

  describe('accessibility', () => {
    it('is accessible with a statement, a cancelled one, a payment notice, not found and after a failure', async () => {
      await expect(await eventPage(ids.statement, () => json(statement))).to.be.accessible();
      await expect(await eventPage(ids.cancelled, () => json(cancelledStatement))).to.be.accessible();
      await expect(await eventPage(ids.notice, () => json(paymentNotice))).to.be.accessible();
      await expect(await eventPage(ids.statement, () => apiError('not-found', 404))).to.be.accessible();
      await expect(await eventPage(ids.statement, () => apiError('internal-error', 500))).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('shows a statement in full: kind, subject, dates, payer, provisions, text and who issued it', async () => {
      const el = await eventPage(ids.statement, () => json(statement));
      expect($(el, '.caption').textContent).to.equal('Työvoimapoliittinen lausunto');
      expect($(el, 'h1').textContent).to.equal('Oikeus työttömyysetuuteen');
      expect(facts(el)).to.deep.equal([
        ['Annettu', '1.10.2026'],
        ['Etuuden maksaja', 'Kela'],
        ['Vaikuttaa alkaen', '1.10.2026'],
        ['Perusteena olevat säännökset', 'Työttömyysturvalaki 1290/2002, 2 luku 1 §'],
        ['Puhelin', '09 310 12345'],
        ['Sähköposti', 'tyollisyyspalvelut@example.fi'],
      ]);
      expect($$(el, '.body p').map((p) => p.textContent)).to.deep.equal([
        'Sinulla on oikeus työttömyysetuuteen 1.10.2026 alkaen.',
        'Lausunto sitoo etuuden maksajaa.',
      ]);
      const contact = $(el, '.contact');
      expect(contact.querySelector('h2')!.textContent).to.equal('Lisätietoja antaa');
      expect(contact.querySelector('.contact-name')!.textContent).to.equal('Helsingin työllisyyspalvelut, Maija Virtanen');
      expect(contact.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:0931012345');
      expect(contact.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:tyollisyyspalvelut@example.fi');
      expect(el.shadowRoot!.querySelector('.notice.cancelled')).to.equal(null);
    });

    it('says first that a cancelled statement is cancelled, when and why', async () => {
      const el = await eventPage(ids.cancelled, () => json(cancelledStatement));
      expect(squash($(el, '.notice.cancelled').textContent)).to.equal(
        'Tämä lausunto on peruttu 20.9.2026. Se ei ole enää voimassa. Perumisen syy: Lausunto annettiin virheellisin tiedoin.',
      );
      // No effect date: no row for it.
      expect(facts(el).map(([label]) => label)).not.to.include('Vaikuttaa alkaen');
    });

    it('shows a payment notice with its kind, training, provider and dates', async () => {
      const el = await eventPage(ids.notice, () => json(paymentNotice));
      expect($(el, '.caption').textContent).to.equal('Maksatusilmoitus');
      expect(facts(el).slice(0, 7)).to.deep.equal([
        ['Ilmoituksen laji', 'Koulutuksen alkaminen'],
        ['Koulutus', 'Ohjelmistokehittäjän koulutus'],
        ['Koulutuksen järjestäjä', 'Koulutus Oy'],
        ['Alkamispäivä', '2.11.2026'],
        ['Päättymispäivä', '30.4.2027'],
        ['Etuuden maksaja', 'Kela'],
        ['Annettu', '20.10.2026'],
      ]);
      expect(el.shadowRoot?.querySelector('.training-link'), 'no catalogue training, no link').to.equal(null);
    });

    it('links a notice about a training of the catalogue to the training’s page', async () => {
      const trainingId = '8c1e0f0a-0000-4c51-9a55-0a1f6b3c7001';
      const el = await eventPage(ids.notice, () => json({ ...paymentNotice, trainingId }));
      const link = $(el, '.training-link a') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal(`/training/${trainingId}`);
      expect(link.textContent?.trim()).to.equal('Katso koulutus ja hakemuksesi: Ohjelmistokehittäjän koulutus');
    });

    it('prints with the browser’s print, with a line on paper saying when it was printed', async () => {
      let printed = 0;
      window.print = () => {
        printed += 1;
      };
      const el = await eventPage(ids.statement, () => json(statement));
      const line = $(el, '.print-only');
      // On screen the line is hidden; the print stylesheet shows it.
      expect(getComputedStyle(line).display).to.equal('none');
      expect(line.textContent).to.match(/^Tulostettu Oma asiointi -palvelusta .*2026 klo \d{1,2}\.\d{2}\.$/);
      $<HTMLButtonElement>(el, 'button.print').click();
      await waitUntil(() => printed === 1);
      expect($(el, 'button.print').textContent).to.equal('Tulosta');
    });

    it('prints every fact, the text and the contact, without buttons, and keeps sections whole', async () => {
      const el = await eventPage(ids.cancelled, () => json(cancelledStatement));
      const restore = await asPrinted(el);
      try {
        const style = (selector: string): CSSStyleDeclaration => getComputedStyle($(el, selector));
        expect(style('button.print').display).to.equal('none');
        expect(style('.actions').display).to.equal('none');
        expect(style('.print-only').display).to.equal('block');
        for (const selector of ['h1', '.caption', '.notice.cancelled', 'dl.facts', '.body', '.contact', '.contact a[href^="tel:"]']) {
          expect(style(selector).display, selector).not.to.equal('none');
        }
        expect(style('.body').breakInside).to.equal('avoid');
        expect(style('.contact').breakInside).to.equal('avoid');
        expect(style('h2').breakAfter).to.equal('avoid');
        // Black on white: a printer without colour loses nothing.
        expect(style('.contact a').color).to.equal('rgb(0, 0, 0)');
      } finally {
        await restore();
      }
    });

    it('fits a 320 px wide phone screen without sideways scrolling', async () => {
      const el = await eventPage(ids.notice, () => json(paymentNotice));
      await atPhoneWidth(el, () => expectNoSidewaysScroll(el));
    });

    it('shows a request for clarification’s own page for its id', async () => {
      const el = await eventPage(ids.open, () => json(openRequest));
      const request = $(el, 'unemployment-security-request') as HTMLElement & { requestId: string; updateComplete: Promise<boolean> };
      expect(request.requestId).to.equal(ids.open);
      await request.updateComplete;
      expect(request.shadowRoot!.querySelector('h1')!.textContent).to.equal('Työsuhteen päättyminen');
    });

    it('says when the event is not found, and offers a retry after a failure', async () => {
      const missing = await eventPage(ids.statement, () => apiError('not-found', 404));
      expect($(missing, 'h1').textContent).to.equal('Tapahtumaa ei löytynyt');
      expect($(missing, 'a').getAttribute('href')).to.equal('/unemployment-security');
      let fail = true;
      const el = await eventPage(ids.statement, () => (fail ? apiError('internal-error', 500) : json(statement)));
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.retry'));
      fail = false;
      $<HTMLButtonElement>(el, '.retry').click();
      await waitUntil(() => el.loadState === 'loaded');
      await el.updateComplete;
      expect($(el, 'h1').textContent).to.equal('Oikeus työttömyysetuuteen');
    });

    it('speaks Swedish and English', async () => {
      const el = await eventPage(ids.cancelled, () => json(cancelledStatement));
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect($(el, '.caption').textContent).to.equal('Arbetskraftspolitiskt utlåtande');
      expect($(el, 'h1').textContent).to.equal('Karenstid');
      expect(text(el)).to.contain('Det här utlåtandet har återkallats 20.9.2026.');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(text(el)).to.contain('This statement was cancelled on 20 September 2026.');
      expect($(el, 'button.print').textContent).to.equal('Print');
    });
  });

  describe('events', () => {
    it('announces the event’s title with its kind, and again in another language', async () => {
      const titles: string[] = [];
      const subscription = portalBus.subscribe(PageTopic, ({ title }) => titles.push(title));
      const el = await eventPage(ids.statement, () => json(statement));
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      subscription.unsubscribe();
      expect(titles.slice(-2)).to.deep.equal([
        'Oikeus työttömyysetuuteen – Työvoimapoliittinen lausunto',
        'Right to unemployment benefit – Labour-policy statement',
      ]);
    });

    it('goes back to the area through the shell', async () => {
      const paths: string[] = [];
      const subscription = portalBus.subscribe(NavigationTopic, ({ path }) => paths.push(path));
      const el = await eventPage(ids.statement, () => json(statement));
      $<HTMLAnchorElement>(el, '.actions a').click();
      subscription.unsubscribe();
      expect(paths).to.deep.equal(['/unemployment-security']);
    });
  });
});
