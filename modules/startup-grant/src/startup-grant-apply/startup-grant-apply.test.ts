import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LocaleTopic, portalBus, SessionTopic } from '@portal/shared-contracts';
import type { ApplicationReceipt } from '@portal/shared-contracts/startup-grant';
import { defineStartupGrantElements } from '../define.js';
import type { ApplicationSentEvent } from '../events.js';
import { answerDraft, apiError, emptyOverview, file, granted, json, restoreFetch, stubFetch, type FetchCall } from '../testing/fixtures.js';
import { $, $$, atPhoneWidth, click, expectNoSidewaysScroll, mount, squash, type } from '../testing/helpers.js';
import { DRAFT_KEY, EMPTY_INPUT, restoreInput } from './application-model.js';
import type { StartupGrantApply } from './startup-grant-apply.js';

defineStartupGrantElements();

interface Backend {
  readonly draft?: Record<string, unknown>;
  readonly post?: (call: FetchCall) => Response;
}

function backend(o: Backend = {}): FetchCall[] {
  return stubFetch((call) => {
    if (call.url === '/api/startup-grant') return json({ ...emptyOverview, pendingAttachments: [file] });
    if (call.method === 'POST' && call.url === '/api/startup-grant/applications')
      return o.post ? o.post(call) : apiError('internal-error', 500);
    return answerDraft(call, DRAFT_KEY, o.draft) ?? apiError('not-found', 404);
  });
}

const form = (): Promise<StartupGrantApply> =>
  mount<StartupGrantApply>(
    html`<startup-grant-apply></startup-grant-apply>`,
    (el) => el.loadState === 'loaded' || el.loadState === 'failed',
  );

const h1 = (el: StartupGrantApply): string => squash($(el, 'h1').textContent);
const statusOf = (el: StartupGrantApply, section: string): string => squash($(el, `#sections-${section}-status`).textContent);

/** A draft with every part filled in and marked completed. */
const complete = {
  ...EMPTY_INPUT,
  business: { name: 'Leipomo', businessId: '', form: 'sole-trader', field: 'Leipomo', startDate: '2030-01-01', workingTime: 'full-time' },
  plan: { idea: 'Leipää', customers: 'Naapurit', competence: 'Leipuri' },
  profitability: { sales: '5 000', costs: { purchases: '1 000', premises: '', vehicle: '', insurance: '', marketing: '', other: '' } },
  financing: { investments: { machinery: '2 000', premises: '', stock: '', other: '' }, financing: { own: '2 000', loan: '', other: '' } },
  earlier: { hasEarlier: 'no', description: '' },
  attachments: { attachmentIds: [file.id] },
  completed: ['business', 'plan', 'profitability', 'financing', 'earlier', 'attachments'],
};

describe('startup-grant-apply', () => {
  beforeEach(() => {
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Yrjö Yrittäjä' } });
    portalBus.publish(LocaleTopic, { locale: 'fi' });
  });
  afterEach(() => {
    restoreFetch();
    fixtureCleanup();
  });

  describe('accessibility', () => {
    it('the task list passes axe: each part a button with its state in words', async () => {
      backend();
      const el = await form();
      await expect(el).to.be.accessible();
      expect($$(el, 'li.task')).to.have.length(6);
      expect(statusOf(el, 'business')).to.equal('Ei aloitettu');
      expect($(el, '#sections-business').getAttribute('aria-describedby')).to.equal('sections-business-status');
    });

    it('each part passes axe, and fits 320 px', async () => {
      backend();
      const el = await form();
      for (const section of ['business', 'plan', 'profitability', 'financing', 'earlier', 'attachments']) {
        await click(el, `#sections-${section}`);
        await expect(el).to.be.accessible();
        await atPhoneWidth(el, () => expectNoSidewaysScroll(el));
        await click(el, '.save-later');
      }
    });
  });

  describe('properties', () => {
    it('a part opens with its name as the h1; typing makes it in progress, and the draft keeps it', async () => {
      const calls = backend();
      const el = await form();
      await click(el, '#sections-business');
      expect(h1(el)).to.equal('Yritys');
      await type(el, 'sections-business-name', 'Leipomo');
      await click(el, '.save-later');
      expect(statusOf(el, 'business')).to.equal('Kesken');
      await waitUntil(() => calls.some((c) => c.method === 'PUT'), 'the draft saved', { timeout: 4000 });
      const saved = calls.filter((c) => c.method === 'PUT').at(-1)?.body as { data: { business: { name: string } } };
      expect(saved.data.business.name).to.equal('Leipomo');
    });

    it('marking a part completed checks it: the errors beside the fields and in the summary, nothing typed lost', async () => {
      backend();
      const el = await form();
      await click(el, '#sections-business');
      await type(el, 'sections-business-name', 'Leipomo');
      await type(el, 'sections-business-businessId', '1234567-8');
      await click(el, 'button[type="submit"]');
      const summary = squash($(el, '.error-summary').textContent);
      expect(summary).to.contain('Tarkista Y-tunnus');
      expect(summary).to.contain('Täytä kohta "Toimiala"');
      expect($<HTMLInputElement>(el, '#sections-business-name').value).to.equal('Leipomo');
      expect($(el, '#sections-business-businessId').getAttribute('aria-invalid')).to.equal('true');
    });

    it('the profitability result is computed as the person types, in their language; a bad amount is said', async () => {
      backend();
      const el = await form();
      await click(el, '#sections-profitability');
      await type(el, 'sections-profitability-sales', '4 500');
      await type(el, 'sections-profitability-costs-purchases', '1 234,50');
      expect(squash($(el, '.result').textContent)).to.equal('3 265,50 €');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      await type(el, 'sections-profitability-sales', '4,500');
      await type(el, 'sections-profitability-costs-purchases', '1,234.50');
      expect(squash($(el, '.result').textContent)).to.equal('€3,265.50');
      await type(el, 'sections-profitability-costs-other', '12,34');
      await click(el, 'button[type="submit"]');
      expect(squash($(el, '.error-summary').textContent)).to.contain('Give an amount of euros in "Other costs"');
    });

    it('the financing says whether it balances as the person types, and is not completed until it does', async () => {
      backend();
      const el = await form();
      await click(el, '#sections-financing');
      await type(el, 'sections-financing-investments-machinery', '2 000');
      await type(el, 'sections-financing-financing-own', '1 500');
      expect(squash($(el, '.balance').textContent)).to.equal('Rahoitusta puuttuu 500,00 €.');
      await click(el, 'button[type="submit"]');
      expect(squash($(el, '.error-summary').textContent)).to.contain('Rahoituksen pitää kattaa hankinnat');
      await type(el, 'sections-financing-financing-loan', '500');
      expect(squash($(el, '.balance').textContent)).to.equal('Rahoitus kattaa hankinnat.');
      await click(el, 'button[type="submit"]');
      expect(statusOf(el, 'financing')).to.equal('Valmis');
    });

    it('a restored draft: its parts, states and files, and a notice saying so', async () => {
      backend({ draft: { ...complete, completed: ['business'] } });
      const el = await form();
      expect(squash($(el, '.notice').textContent)).to.contain('Palautimme tiedot');
      expect(statusOf(el, 'business')).to.equal('Valmis');
      expect(statusOf(el, 'plan')).to.equal('Kesken');
      await click(el, '#sections-attachments');
      expect(squash($(el, 'li.file.done').textContent)).to.contain('verovelkatodistus.pdf');
    });

    it('check answers with parts incomplete names each, linked to its part', async () => {
      backend({ draft: { ...complete, completed: ['business', 'plan'] } });
      const el = await form();
      await click(el, 'button[type="submit"]');
      const links = $$<HTMLAnchorElement>(el, '.error-summary a').map((a) => a.getAttribute('href'));
      expect(links).to.include('#sections-profitability');
      expect(h1(el)).to.equal('Starttirahahakemus');
    });

    it('restoreInput keeps what has the right shape and nothing else', () => {
      const { values, restored } = restoreInput({
        business: { name: 'X', form: 3 },
        completed: ['plan', 'bogus'],
        attachments: { attachmentIds: [1, 'a'] },
      });
      expect(restored).to.equal(true);
      expect(values.business.name).to.equal('X');
      expect(values.business.form).to.equal('');
      expect(values.completed).to.deep.equal(['plan']);
      expect(values.attachments.attachmentIds).to.deep.equal(['a']);
      expect(restoreInput({}).restored).to.equal(false);
    });
  });

  describe('events', () => {
    it('sends a complete application in cents, with its key, and fires startup-grant-application-sent', async () => {
      const receipt: ApplicationReceipt = { application: granted, receivedAt: new Date().toISOString() };
      const calls = backend({ draft: complete, post: () => json(receipt, 201) });
      const el = await form();
      await click(el, 'button[type="submit"]');
      expect(h1(el)).to.equal('Tarkista hakemuksesi');
      await expect(el).to.be.accessible();
      let fired: ApplicationSentEvent | undefined;
      el.addEventListener('startup-grant-application-sent', (event) => (fired = event));
      $<HTMLButtonElement>(el, 'form button[type="submit"]').click();
      await waitUntil(() => fired !== undefined);
      const post = calls.find((c) => c.method === 'POST');
      const body = post?.body as { sections: { profitability: { sales: number }; attachments: { attachmentIds: string[] } } };
      expect(body.sections.profitability.sales).to.equal(500000);
      expect(body.sections.attachments.attachmentIds).to.deep.equal([file.id]);
      expect(post?.headers['idempotency-key']).to.be.a('string');
      await el.updateComplete;
      expect(h1(el)).to.equal('Hakemuksesi on lähetetty');
    });

    it("a server's 400 naming a part brings the task list back with it in the summary", async () => {
      backend({
        draft: complete,
        post: () => apiError('validation-failed', 400, [{ path: 'sections.plan', message: 'section.incomplete' }]),
      });
      const el = await form();
      await click(el, 'button[type="submit"]');
      $<HTMLButtonElement>(el, 'form button[type="submit"]').click();
      await waitUntil(() => el.shadowRoot?.querySelector('.error-summary'));
      expect(squash($(el, '.error-summary').textContent)).to.contain('Täytä osa "Liiketoimintasuunnitelma"');
    });
  });
});
