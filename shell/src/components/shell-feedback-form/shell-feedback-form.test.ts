import { expect, fixture, html } from '@open-wc/testing';
import { LOCALES, LocaleTopic, portalBus } from '@portal/shared-contracts';
import { defineFeedbackForm } from './define.js';
import type { ShellFeedbackForm } from './shell-feedback-form.js';

defineFeedbackForm();

interface Sent {
  readonly url: string;
  readonly body: Record<string, unknown>;
}

const realFetch = window.fetch;

/** The backend, answered by the test; every request recorded. */
function backend(answer: (sent: Sent) => Response): Sent[] {
  const sent: Sent[] = [];
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request = { url: String(input), body: JSON.parse(String(init.body)) as Record<string, unknown> };
    sent.push(request);
    return answer(request);
  };
  return sent;
}

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const RECEIPT = { reference: 'SP-2026-00007', receivedAt: '2026-12-08T10:00:00.000Z', answerBy: '2026-12-22' };

async function render(from?: string): Promise<ShellFeedbackForm> {
  return fixture<ShellFeedbackForm>(html`<shell-feedback-form .from=${from}></shell-feedback-form>`);
}

const root = (el: ShellFeedbackForm) => el.shadowRoot!;
const control = <T extends HTMLElement>(el: ShellFeedbackForm, id: string) => root(el).querySelector<T>(`#${id}`)!;

async function type(el: ShellFeedbackForm, id: string, value: string): Promise<void> {
  const field = control<HTMLInputElement | HTMLTextAreaElement>(el, id);
  field.value = value;
  field.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function send(el: ShellFeedbackForm): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  // The submit handler awaits the fake backend and then renders.
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
  }
}

describe('shell-feedback-form', () => {
  beforeEach(() => portalBus.publish(LocaleTopic, { locale: 'fi' }));
  afterEach(() => {
    window.fetch = realFetch;
  });

  describe('accessibility', () => {
    for (const locale of LOCALES) {
      it(`the form, its errors and its receipt are accessible in ${locale}`, async () => {
        portalBus.publish(LocaleTopic, { locale });
        const el = await render('/profile');
        await expect(el).to.be.accessible();
        await send(el);
        await expect(el).to.be.accessible();
        backend(() => json(RECEIPT, 201));
        await type(el, 'message', 'Painike ei näy suurennettuna.');
        await send(el);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('properties', () => {
    it('guesses the page from where the person came, and never over what they typed', async () => {
      const el = await render('/job-search/change');
      expect(control<HTMLInputElement>(el, 'page').value).to.equal('/job-search/change');
      await type(el, 'page', '/profile');
      el.from = '/plan';
      await el.updateComplete;
      expect(control<HTMLInputElement>(el, 'page').value).to.equal('/profile');
    });

    it('labels every control, with its hint read with it', async () => {
      const el = await render();
      for (const id of ['message', 'page', 'email']) {
        const field = control(el, id);
        expect(root(el).querySelector(`label[for=${id}]`), id).to.exist;
        expect(field.getAttribute('aria-describedby')).to.equal(`${id}-hint`);
      }
      expect(control(el, 'email').getAttribute('autocomplete')).to.equal('email');
    });
  });

  describe('events', () => {
    it('an empty message is named beside the field and in the summary, which takes the focus; nothing is sent and the address typed is kept', async () => {
      const sent = backend(() => json(RECEIPT, 201));
      const el = await render();
      await type(el, 'email', 'not an address');
      await send(el);
      expect(sent).to.have.length(0);
      const summary = root(el).querySelector<HTMLElement>('.error-summary')!;
      expect(root(el).activeElement).to.equal(summary);
      // The address is the server's to judge (see the next test's page): the form says at once only what it can.
      expect([...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#message']);
      expect(control(el, 'message').getAttribute('aria-invalid')).to.equal('true');
      expect(control(el, 'message').getAttribute('aria-describedby')).to.equal('message-hint message-error');
      expect(root(el).querySelector('#message-error')!.textContent).to.equal('Kirjoita palautteesi.');
      expect(control<HTMLInputElement>(el, 'email').value, 'what was typed is kept').to.equal('not an address');
      summary.querySelector<HTMLAnchorElement>('a[href="#message"]')!.click();
      expect(root(el).activeElement).to.equal(control(el, 'message'));
    });

    it('sends the message, the page and the address in the page language; the receipt takes the focus', async () => {
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      const sent = backend(() => json(RECEIPT, 201));
      const el = await render('/profile');
      await type(el, 'message', '  Kontrasten är för svag.  ');
      await type(el, 'email', 'sven@example.fi');
      await send(el);
      expect(sent).to.deep.equal([
        {
          url: '/api/accessibility-feedback',
          body: { message: 'Kontrasten är för svag.', page: '/profile', email: 'sven@example.fi', language: 'sv' },
        },
      ]);
      const heading = root(el).querySelector('#receipt-heading')!;
      expect(root(el).activeElement).to.equal(heading);
      expect(root(el).textContent).to.contain('Referensnummer: SP-2026-00007');
      expect(root(el).textContent).to.contain('Vi svarar senast 22.12.2026.');
    });

    it('the server’s field errors are shown like its own, and a failure keeps what was typed', async () => {
      const el = await render();
      backend(() =>
        json(
          {
            error: {
              code: 'validation-failed',
              message: 'x',
              details: [
                { path: 'page', message: 'page.invalid' },
                { path: 'email', message: 'email.invalid' },
              ],
            },
          },
          400,
        ),
      );
      await type(el, 'message', 'Teksti');
      await type(el, 'page', '/x');
      await send(el);
      expect(root(el).querySelector('#page-error')!.textContent).to.contain('Sivun on oltava tämän palvelun sivu');
      expect(root(el).querySelector('#email-error')!.textContent).to.contain('Tarkista sähköpostiosoite');
      expect(root(el).activeElement, 'the summary takes the focus').to.equal(root(el).querySelector('.error-summary'));
      backend(() => json({ error: { code: 'internal', message: 'x' } }, 503));
      await send(el);
      expect(root(el).querySelector('.failure')!.textContent).to.contain('Kirjoittamasi teksti on tallessa');
      expect(control<HTMLTextAreaElement>(el, 'message').value).to.equal('Teksti');
      backend(() => json({ error: { code: 'too-many-requests', message: 'x' } }, 429));
      await send(el);
      expect(root(el).querySelector('.failure')!.textContent).to.contain('paljon palautetta');
    });
  });
});
