import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LocaleTopic, portalBus, SessionTopic } from '@portal/shared-contracts';
import type { PaymentReceipt, StartupGrantOverview } from '@portal/shared-contracts/startup-grant';
import { defineStartupGrantElements } from '../define.js';
import type { PaymentSentEvent } from '../events.js';
import {
  answerDraft,
  apiError,
  ids,
  json,
  lapsedPeriod,
  readyPeriod,
  restoreFetch,
  stubFetch,
  upcomingPeriod,
  yrjoOverview,
  type FetchCall,
} from '../testing/fixtures.js';
import { $, $$, atPhoneWidth, click, expectNoSidewaysScroll, mount, squash } from '../testing/helpers.js';
import type { StartupGrantPayment } from './startup-grant-payment.js';

defineStartupGrantElements();

function backend(o: { overview?: StartupGrantOverview; post?: (call: FetchCall) => Response } = {}): FetchCall[] {
  return stubFetch((call) => {
    if (call.url === '/api/startup-grant') return json(o.overview ?? yrjoOverview);
    if (call.method === 'POST' && call.url === '/api/startup-grant/payments')
      return o.post ? o.post(call) : apiError('internal-error', 500);
    return answerDraft(call, 'startup-grant.payment', undefined) ?? apiError('not-found', 404);
  });
}

const page = (id: string): Promise<StartupGrantPayment> =>
  mount<StartupGrantPayment>(
    html`<startup-grant-payment .periodId=${id}></startup-grant-payment>`,
    (el) => el.loadState !== 'loading' && el.loadState !== 'idle',
  );

const h1 = (el: StartupGrantPayment): string => squash($(el, 'h1').textContent);

describe('startup-grant-payment', () => {
  beforeEach(() => {
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Yrjö Yrittäjä' } });
    portalBus.publish(LocaleTopic, { locale: 'fi' });
  });
  afterEach(() => {
    restoreFetch();
    fixtureCleanup();
  });

  describe('accessibility', () => {
    it('the ready period, a lapsed one and the first with its tax card pass axe, and fit 320 px', async () => {
      const first = { ...readyPeriod, needsTaxCard: true };
      backend({ overview: { ...yrjoOverview, periods: [first, lapsedPeriod] } });
      for (const id of [ids.periodReady, ids.periodLapsed]) {
        const el = await page(id);
        await expect(el).to.be.accessible();
        await atPhoneWidth(el, () => expectNoSidewaysScroll(el));
      }
    });
  });

  describe('properties', () => {
    it('a lapsed period says why and what can still be done, with no form', async () => {
      backend();
      const el = await page(ids.periodLapsed);
      expect(squash($(el, '.lapsed').textContent)).to.contain('ota yhteyttä TE-toimistoon');
      expect($$(el, 'form')).to.have.length(0);
      expect($(el, '.back-links a').getAttribute('href')).to.equal('/startup-grant');
    });

    it('a period not ended says when it can be applied for', async () => {
      backend();
      const el = await page(upcomingPeriod.id);
      expect(squash($(el, 'p').textContent)).to.contain('voit hakea maksua kauden päätyttyä');
    });

    it("the grant's first payment application asks for the tax card", async () => {
      backend({ overview: { ...yrjoOverview, periods: [{ ...readyPeriod, needsTaxCard: true }] } });
      const el = await page(ids.periodReady);
      await click(el, 'button[type="submit"]');
      expect(squash($(el, '.error-summary').textContent)).to.contain('Liitä verokortti');
    });

    it('speaks English, dates the English way', async () => {
      backend();
      portalBus.publish(LocaleTopic, { locale: 'en' });
      const el = await page(ids.periodReady);
      expect(h1(el)).to.equal('Apply for a start-up grant payment');
    });
  });

  describe('events', () => {
    it('sends the period with a key and fires startup-grant-payment-sent', async () => {
      const receipt: PaymentReceipt = {
        period: {
          ...readyPeriod,
          status: 'applied',
          payment: { id: ids.payment, state: 'submitted', submittedAt: new Date().toISOString(), paymentDate: null, taxCard: null },
        },
        receivedAt: new Date().toISOString(),
      };
      const calls = backend({ post: () => json(receipt, 201) });
      const el = await page(ids.periodReady);
      await click(el, 'button[type="submit"]');
      expect(h1(el)).to.equal('Tarkista maksatushakemus');
      let fired: PaymentSentEvent | undefined;
      el.addEventListener('startup-grant-payment-sent', (event) => (fired = event));
      $<HTMLButtonElement>(el, 'form button[type="submit"]').click();
      await waitUntil(() => fired !== undefined);
      expect(calls.find((c) => c.method === 'POST')?.body).to.deep.equal({ periodId: ids.periodReady });
      await el.updateComplete;
      expect(h1(el)).to.equal('Maksatushakemus on lähetetty');
    });
  });
});
