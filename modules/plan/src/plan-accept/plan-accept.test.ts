import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LocaleTopic, portalBus, SessionTopic } from '@portal/shared-contracts';
import { definePlanElements } from '../define.js';
import { acceptReceipt, apiError, ids, json, proposedPlan, restoreFetch, stubFetch, type FetchCall } from '../testing/fixtures.js';
import { $, atPhoneWidth, expectNoSidewaysScroll, squash } from '../testing/helpers.js';
import type { PlanAcceptedEvent } from '../events.js';
import type { PlanAccept } from './plan-accept.js';

definePlanElements();

async function form(): Promise<PlanAccept> {
  const el = await fixture<PlanAccept>(html`<plan-accept .plan=${proposedPlan}></plan-accept>`);
  await el.updateComplete;
  return el;
}

async function press(el: PlanAccept): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await el.updateComplete;
  await waitUntil(() => !el.submitting);
  await el.updateComplete;
}

const posts = (calls: FetchCall[]): FetchCall[] => calls.filter((c) => c.method === 'POST');

describe('plan-accept', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
  });
  afterEach(() => {
    fixtureCleanup();
    restoreFetch();
  });

  describe('accessibility', () => {
    it('is accessible before sending, with the error and after a failed send', async () => {
      stubFetch(() => apiError('internal-error', 500));
      const el = await form();
      await expect(el).to.be.accessible();
      await press(el);
      expect(el.shadowRoot!.querySelector('.error-summary')).to.exist;
      await expect(el).to.be.accessible();
      $<HTMLInputElement>(el, '#confirm').click();
      await press(el);
      expect(el.failed).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('says what accepting means in full, in each language', async () => {
      const el = await form();
      expect(squash($(el, '.meaning').textContent)).to.contain(
        'Jos et noudata suunnitelmaa ilman pätevää syytä, se voi vaikuttaa työttömyysetuuteesi.',
      );
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(squash($(el, '.meaning').textContent)).to.contain(
        'Om du inte följer planen utan giltig orsak kan det påverka din arbetslöshetsförmån.',
      );
      expect(squash($(el, 'button[type="submit"]').textContent)).to.equal('Godkänn planen');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(squash($(el, '.meaning').textContent)).to.contain(
        'If you do not follow the plan without a valid reason, it may affect your unemployment benefit.',
      );
      expect(squash($(el, 'label[for="confirm"]').textContent)).to.equal(
        'I have read the plan and understand what I commit to by accepting it.',
      );
    });

    it('fits a 320 px screen', async () => {
      const el = await form();
      await press(el);
      await atPhoneWidth(el, () => expectNoSidewaysScroll(el));
    });
  });

  describe('events', () => {
    it('fires plan-accepted with the receipt once confirmed, and sends nothing before', async () => {
      const receipt = acceptReceipt();
      const calls = stubFetch(() => json(receipt, 201));
      const el = await form();
      await press(el);
      expect(posts(calls)).to.have.length(0);
      $<HTMLInputElement>(el, '#confirm').click();
      await el.updateComplete;
      const accepted = oneEvent(el, 'plan-accepted') as unknown as Promise<PlanAcceptedEvent>;
      await press(el);
      const event = await accepted;
      expect(event.receipt).to.deep.equal(receipt);
      expect(posts(calls)[0]!.body).to.deep.equal({ planId: ids.tessaPlan, basedOn: proposedPlan.updatedAt });
      expect(posts(calls)[0]!.headers['idempotency-key']).to.be.a('string');
    });

    it('fires plan-accept-conflict on a 409 and on a 404', async () => {
      for (const answer of [apiError('conflict', 409), apiError('not-found', 404)]) {
        stubFetch(() => answer);
        const el = await form();
        $<HTMLInputElement>(el, '#confirm').click();
        await el.updateComplete;
        const refused = oneEvent(el, 'plan-accept-conflict');
        await press(el);
        await refused;
        expect(el.failed).to.equal(false);
        fixtureCleanup();
      }
    });
  });
});
