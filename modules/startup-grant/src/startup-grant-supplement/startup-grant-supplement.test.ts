import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LocaleTopic, portalBus, SessionTopic } from '@portal/shared-contracts';
import type { StartupGrantOverview, SupplementReceipt } from '@portal/shared-contracts/startup-grant';
import { defineStartupGrantElements } from '../define.js';
import type { SupplementAnsweredEvent } from '../events.js';
import {
  answerDraft,
  apiError,
  extension,
  file,
  ids,
  json,
  openSupplement,
  restoreFetch,
  stubFetch,
  yrjoOverview,
  type FetchCall,
} from '../testing/fixtures.js';
import { $, $$, atPhoneWidth, click, expectNoSidewaysScroll, mount, squash, type } from '../testing/helpers.js';
import type { StartupGrantSupplement } from './startup-grant-supplement.js';

defineStartupGrantElements();

const DRAFT_KEY = `startup-grant.supplement-${ids.supplement}`;

function backend(
  o: { overview?: StartupGrantOverview; draft?: Record<string, unknown>; post?: (call: FetchCall) => Response } = {},
): FetchCall[] {
  return stubFetch((call) => {
    if (call.url === '/api/startup-grant') return json(o.overview ?? yrjoOverview);
    if (call.method === 'POST' && call.url.endsWith('/answer')) return o.post ? o.post(call) : apiError('internal-error', 500);
    return answerDraft(call, DRAFT_KEY, o.draft) ?? apiError('not-found', 404);
  });
}

const page = (id: string = ids.supplement): Promise<StartupGrantSupplement> =>
  mount<StartupGrantSupplement>(
    html`<startup-grant-supplement .supplementId=${id}></startup-grant-supplement>`,
    (el) => el.loadState !== 'loading' && el.loadState !== 'idle',
  );

const h1 = (el: StartupGrantSupplement): string => squash($(el, 'h1').textContent);

describe('startup-grant-supplement', () => {
  beforeEach(() => {
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Yrjö Yrittäjä' } });
    portalBus.publish(LocaleTopic, { locale: 'fi' });
  });
  afterEach(() => {
    restoreFetch();
    fixtureCleanup();
  });

  describe('accessibility', () => {
    it('the request and the form pass axe, and fit 320 px', async () => {
      backend();
      const el = await page();
      await expect(el).to.be.accessible();
      await atPhoneWidth(el, () => expectNoSidewaysScroll(el));
      expect(squash($(el, '.request').textContent)).to.contain('päivitetty kannattavuuslaskelma');
    });
  });

  describe('properties', () => {
    it('a passed deadline is said in words: the answer is still taken, marked late', async () => {
      const late = { ...openSupplement, deadline: '2020-01-01', daysLeft: -5 };
      backend({ overview: { ...yrjoOverview, applications: [{ ...extension, supplements: [late] }] } });
      const el = await page();
      expect(squash($(el, '.late-note').textContent)).to.contain('merkitään myöhästyneeksi');
      expect($$(el, 'textarea')).to.have.length(1);
    });

    it('an answered request is shown as answered, without a form', async () => {
      const answered = { ...openSupplement, answer: { text: 'x', answeredAt: new Date().toISOString(), late: false, attachments: [] } };
      backend({ overview: { ...yrjoOverview, applications: [{ ...extension, state: 'in-processing', supplements: [answered] }] } });
      const el = await page();
      expect($$(el, 'textarea')).to.have.length(0);
      expect(squash($(el, '.notice').textContent)).to.contain('Olet jo vastannut');
    });

    it("someone else's or an unknown request is not found", async () => {
      backend();
      const el = await page('6b1e0f0a-0000-4c51-9a55-0a1f6b3c9999');
      expect(el.loadState).to.equal('not-found');
    });

    it('the text is required; what was typed is kept', async () => {
      backend();
      const el = await page();
      await click(el, 'button[type="submit"]');
      expect(squash($(el, '.error-summary').textContent)).to.contain('Täytä kohta "Vastauksesi"');
    });

    it('a restored draft brings back the text and its files', async () => {
      backend({ draft: { text: 'Puolivalmis', attachmentIds: [file.id] }, overview: { ...yrjoOverview, pendingAttachments: [file] } });
      const el = await page();
      expect($<HTMLTextAreaElement>(el, '#text').value).to.equal('Puolivalmis');
      expect(squash($(el, 'li.file.done').textContent)).to.contain('verovelkatodistus.pdf');
    });
  });

  describe('events', () => {
    it('sends the text and the files with a key, and fires startup-grant-supplement-answered', async () => {
      const receipt: SupplementReceipt = {
        supplement: {
          ...openSupplement,
          answer: { text: 'Liitteenä.', answeredAt: new Date().toISOString(), late: false, attachments: [file] },
        },
        applicationState: 'in-processing',
        receivedAt: new Date().toISOString(),
      };
      const calls = backend({
        draft: { text: '', attachmentIds: [file.id] },
        overview: { ...yrjoOverview, pendingAttachments: [file] },
        post: () => json(receipt, 201),
      });
      const el = await page();
      await type(el, 'text', 'Liitteenä.');
      await click(el, 'button[type="submit"]');
      expect(h1(el)).to.equal('Tarkista täydennys');
      let fired: SupplementAnsweredEvent | undefined;
      el.addEventListener('startup-grant-supplement-answered', (event) => (fired = event));
      $<HTMLButtonElement>(el, 'form button[type="submit"]').click();
      await waitUntil(() => fired !== undefined);
      const post = calls.find((c) => c.method === 'POST');
      expect(post?.url).to.equal(`/api/startup-grant/supplements/${ids.supplement}/answer`);
      expect(post?.body).to.deep.equal({ text: 'Liitteenä.', attachmentIds: [file.id] });
      await el.updateComplete;
      expect(h1(el)).to.equal('Täydennys on lähetetty');
    });
  });
});
