import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { CurrentItemsChangedTopic, IDEMPOTENCY_KEY_HEADER, LocaleTopic, portalBus, SessionTopic } from '@portal/shared-contracts';
import type { TrainingApplication } from '@portal/shared-contracts/training';
import { defineTrainingElements } from '../define.js';
import type { ApplicationChangedEvent } from '../events.js';
import { apiError, applicationIn, ids, json, receiptOf, restoreFetch, stubFetch, type FetchCall } from '../testing/fixtures.js';
import { $, $$, atPhoneWidth, click, expectNoSidewaysScroll, mount, squash } from '../testing/helpers.js';
import { stepOf, type TrainingApplicationPage } from './training-application.js';

defineTrainingElements();

const URL = `/api/training/applications/${ids.application}`;

function backend(application: TrainingApplication | (() => Response), withdraw?: (call: FetchCall) => Response): FetchCall[] {
  return stubFetch((call) => {
    if (call.url === URL) return typeof application === 'function' ? application() : json(application);
    if (call.method === 'POST' && call.url === `${URL}/withdraw`) return withdraw ? withdraw(call) : apiError('internal-error', 500);
    return apiError('not-found', 404);
  });
}

const page = (): Promise<TrainingApplicationPage> =>
  mount<TrainingApplicationPage>(
    html`<training-application .applicationId=${ids.application}></training-application>`,
    (el) => el.loadState !== 'loading' && el.loadState !== 'idle',
  );

const focused = (el: TrainingApplicationPage): Element | null => el.shadowRoot!.activeElement;

describe('training-application', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
  });
  afterEach(() => {
    fixtureCleanup();
    restoreFetch();
  });

  describe('accessibility', () => {
    it('is accessible received, asking to confirm withdrawing, selected, withdrawn and not found', async () => {
      backend(applicationIn('submitted'));
      const el = await page();
      await expect(el).to.be.accessible();
      await click(el, 'button.withdraw');
      await expect(el).to.be.accessible();
      backend(applicationIn('selected'));
      await expect(await page()).to.be.accessible();
      backend(applicationIn('withdrawn'));
      await expect(await page()).to.be.accessible();
      backend(() => apiError('not-found', 404));
      await expect(await page()).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('each state on the three steps as the issue words them', () => {
      expect(
        ['submitted', 'in-review', 'interview', 'selected', 'reserve', 'rejected', 'withdrawn'].map((s) => stepOf(s as never)),
      ).to.deep.equal(['received', 'selection', 'selection', 'decision', 'decision', 'decision', 'received']);
    });

    it('shows the training, the state, the reference, the steps reached and the answers', async () => {
      backend(applicationIn('interview'));
      const el = await page();
      expect(squash($(el, 'h1').textContent)).to.equal('Hakemus: Asiakaspalvelun ammattitutkinto');
      expect(squash($(el, 'dd.state').textContent)).to.equal('Valinnassa');
      expect(squash($(el, 'dd.reference').textContent)).to.equal('TK-2026-ABCD2345');
      expect($$(el, 'ol.steps li').map((li) => [li.className.split(' ')[1], squash(li.textContent)])).to.deep.equal([
        ['done', 'Vastaanotettu'],
        ['current', 'Valinnassa'],
        ['todo', 'Valittu tai ei valittu'],
      ]);
      expect($(el, 'ol.steps li.current').getAttribute('aria-current')).to.equal('step');
      expect(squash($(el, 'section[aria-labelledby="answers-heading"]').textContent)).to.contain('Työhistoria Ei työhistoriaa');
    });

    it('after a decision: no withdrawing here, and what refusing can mean', async () => {
      backend(applicationIn('selected'));
      const el = await page();
      expect(el.shadowRoot!.querySelector('button.withdraw')).to.equal(null);
      expect(squash($(el, '.withdraw-section').textContent)).to.contain('kieltäytyminen koulutuksesta ilman pätevää syytä');
    });

    it('fits 320 px, the steps one under another', async () => {
      backend(applicationIn('in-review'));
      const el = await page();
      await atPhoneWidth(el, () => expectNoSidewaysScroll(el));
    });
  });

  describe('events', () => {
    it('withdrawing asks first, says what it means; "do not withdraw" sends nothing and returns focus', async () => {
      const calls = backend(applicationIn('submitted'));
      const el = await page();
      await click(el, 'button.withdraw');
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('confirm-heading');
      expect(squash($(el, '.confirm').textContent)).to.contain('Perumista ei voi jälkikäteen peruuttaa');
      expect(squash($(el, '.confirm').textContent)).to.contain('Joissakin tilanteissa hakemuksen voi perua ilman');
      await click(el, 'button.keep');
      await el.updateComplete;
      expect(focused(el)?.classList.contains('withdraw')).to.equal(true);
      expect(calls.filter((c) => c.method === 'POST')).to.deep.equal([]);
    });

    it('confirmed: sent once with a key kept across a retry, then withdrawn, said and announced', async () => {
      let attempt = 0;
      const calls = backend(applicationIn('submitted'), () => {
        attempt += 1;
        return attempt === 1 ? apiError('internal-error', 500) : json(receiptOf(applicationIn('withdrawn')));
      });
      const changed: string[] = [];
      const subscription = portalBus.subscribe(CurrentItemsChangedTopic, ({ area }) => changed.push(area));
      const el = await page();
      const events: ApplicationChangedEvent[] = [];
      el.addEventListener('training-application-changed', (event) => events.push(event));
      await click(el, 'button.withdraw');
      await click(el, 'button.confirm-withdraw');
      await waitUntil(() => el.withdrawal === 'failed');
      expect(squash($(el, '.confirm .notice').textContent)).to.contain('Mitään ei muuttunut');
      await click(el, 'button.confirm-withdraw');
      await waitUntil(() => el.withdrawal === 'done');
      await el.updateComplete;
      subscription.unsubscribe();
      const posts = calls.filter((c) => c.method === 'POST');
      expect(posts.map((c) => c.body)).to.deep.equal([{ confirmed: true }, { confirmed: true }]);
      expect(posts[0]?.headers[IDEMPOTENCY_KEY_HEADER]).to.equal(posts[1]?.headers[IDEMPOTENCY_KEY_HEADER]);
      expect(squash($(el, '.withdrawn-notice').textContent)).to.equal('Hakemuksesi on peruttu.');
      expect(squash($(el, 'dd.state').textContent)).to.equal('Peruttu');
      expect(el.shadowRoot!.querySelector('.withdraw-section')).to.equal(null);
      expect(changed).to.deep.equal(['training']);
      expect(events.map((e) => e.receipt.application.state)).to.deep.equal(['withdrawn']);
    });

    it('a 409 (decided meanwhile) reads the application again and shows where it stands', async () => {
      let reads = 0;
      backend(
        () => {
          reads += 1;
          return json(applicationIn(reads === 1 ? 'interview' : 'selected'));
        },
        () => apiError('conflict', 409, [{ path: 'application', message: 'application.not-withdrawable' }]),
      );
      const el = await page();
      await click(el, 'button.withdraw');
      await click(el, 'button.confirm-withdraw');
      await waitUntil(() => reads === 2 && el.loadState === 'loaded');
      await el.updateComplete;
      expect(squash($(el, 'dd.state').textContent)).to.equal('Valittu');
      expect(el.shadowRoot!.querySelector('button.withdraw')).to.equal(null);
    });
  });
});
