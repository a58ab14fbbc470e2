import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { defineElement, LocaleTopic, portalBus, SessionTopic } from '@portal/shared-contracts';
import { showAcknowledgementNotice } from './define.js';
import { ShellTermsNotice } from './shell-terms-notice.js';

const VERSION = {
  version: '15.1.2027',
  effectiveFrom: '2099-01-15',
  effectiveUntil: null,
  summary: {
    fi: 'Käyttöehtoihin lisätään kohta liitteistä.',
    sv: 'Ett avsnitt om bilagor läggs till i användarvillkoren.',
    en: 'A section on attachments is added to the terms.',
  },
};

const TODAY = '2026-12-08';
const realFetch = window.fetch;
interface Sent {
  readonly url: string;
  readonly method: string;
  readonly body: unknown;
}
function backend(answer: (sent: Sent) => Response): Sent[] {
  const sent: Sent[] = [];
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request = {
      url: String(input),
      method: init.method ?? 'GET',
      body: init.body ? (JSON.parse(String(init.body)) as unknown) : null,
    };
    sent.push(request);
    return answer(request);
  };
  return sent;
}
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

defineElement('shell-terms-notice', ShellTermsNotice);

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

/** The signed-in notice, at the top of a main region as the shell puts it. */
async function signedInNotice(): Promise<{ main: HTMLElement; notice: ShellTermsNotice }> {
  const main = await fixture<HTMLElement>(html`<main tabindex="-1"><h1>Omat tiedot</h1></main>`);
  expect(showAcknowledgementNotice({ version: VERSION, acknowledgedAt: null }, main, TODAY)).to.equal(true);
  const notice = main.querySelector('shell-terms-notice')!;
  await notice.updateComplete;
  return { main, notice };
}

describe('shell-terms-notice', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  describe('accessibility', () => {
    it('the announcement is an accessible region named by its title, in fi/sv/en', async () => {
      const el = await fixture<ShellTermsNotice>(html`<shell-terms-notice .version=${VERSION}></shell-terms-notice>`);
      for (const locale of ['fi', 'sv', 'en'] as const) {
        portalBus.publish(LocaleTopic, { locale });
        await el.updateComplete;
        await expect(el).to.be.accessible();
        const section = el.shadowRoot!.querySelector('section')!;
        const title = el.shadowRoot!.getElementById(section.getAttribute('aria-labelledby')!)!;
        expect(title.textContent).to.match(/15/);
      }
    });

    it('the signed-in notice with its button is accessible, and so is its failure message', async () => {
      const { notice } = await signedInNotice();
      await expect(notice).to.be.accessible();
      backend(() => json({ error: { code: 'internal-error', message: 'x' } }, 500));
      notice.shadowRoot!.querySelector('button')!.click();
      await waitUntil(() => notice.failed, 'the failure shows');
      await expect(notice).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('announces the day the new terms take effect and what changes, with a link to them, dates per language; without `acknowledge`, no button', async () => {
      const el = await fixture<ShellTermsNotice>(html`<shell-terms-notice .version=${VERSION}></shell-terms-notice>`);
      expect(text(el)).to.equal('Käyttöehdot muuttuvat 15.1.2099 Käyttöehtoihin lisätään kohta liitteistä. Lue uudet käyttöehdot');
      expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/terms?version=15.1.2027');
      expect(el.shadowRoot!.querySelector('button'), 'only announced, nothing to dismiss').to.equal(null);
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(text(el)).to.equal(
        'Användarvillkoren ändras 15.1.2099 Ett avsnitt om bilagor läggs till i användarvillkoren. Läs de nya användarvillkoren',
      );
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(text(el)).to.equal(
        'The terms of use change on 15 January 2099 A section on attachments is added to the terms. Read the new terms of use',
      );
    });

    it('signed in: shown only for an upcoming version the person has not acknowledged', async () => {
      const main = await fixture<HTMLElement>(html`<main></main>`);
      expect(showAcknowledgementNotice({ version: VERSION, acknowledgedAt: '2026-12-08T10:00:00.000Z' }, main, TODAY)).to.equal(false);
      expect(showAcknowledgementNotice({ version: null, acknowledgedAt: null }, main, TODAY)).to.equal(false);
      // On the day it takes effect it is no longer upcoming.
      expect(showAcknowledgementNotice({ version: VERSION, acknowledgedAt: null }, main, '2099-01-15')).to.equal(false);
      expect(main.querySelector('shell-terms-notice')).to.equal(null);
    });

    it('signed in: gone when the person signs out on this page', async () => {
      const { notice } = await signedInNotice();
      expect(notice.shadowRoot!.querySelector('section')).to.exist;
      portalBus.publish(SessionTopic, { status: 'signed-out' });
      await notice.updateComplete;
      expect(notice.shadowRoot!.querySelector('section')).to.equal(null);
    });
  });

  describe('events', () => {
    it('records the acknowledgement of the version, then goes and moves the focus to the main region', async () => {
      const sent = backend(() => json({ version: '15.1.2027', acknowledgedAt: '2026-12-08T10:00:00.000Z' }, 201));
      const { main, notice } = await signedInNotice();
      const button = notice.shadowRoot!.querySelector('button')!;
      expect(button.textContent!.trim()).to.equal('Selvä, olen lukenut tiedotteen');
      button.focus();
      const gone = oneEvent(notice, 'shell-terms-acknowledged');
      button.click();
      await gone;
      expect(sent).to.deep.equal([{ url: '/api/terms/acknowledgements', method: 'POST', body: { version: '15.1.2027' } }]);
      expect(notice.isConnected).to.equal(false);
      expect(document.activeElement).to.equal(main);
    });

    it('keeps the notice and says so when the acknowledgement fails; a second press tries again', async () => {
      let fail = true;
      const sent = backend(() =>
        fail ? new Response('', { status: 503 }) : json({ version: '15.1.2027', acknowledgedAt: '2026-12-08T10:00:00.000Z' }, 200),
      );
      const { notice } = await signedInNotice();
      notice.shadowRoot!.querySelector('button')!.click();
      await waitUntil(() => notice.failed, 'the failure shows');
      await notice.updateComplete;
      expect(notice.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal(
        'Kuittausta ei saatu tallennettua. Yritä uudelleen.',
      );
      expect(notice.isConnected).to.equal(true);
      fail = false;
      notice.shadowRoot!.querySelector('button')!.click();
      await waitUntil(() => !notice.isConnected, 'the notice goes');
      expect(sent.length).to.equal(2);
    });
  });
});
