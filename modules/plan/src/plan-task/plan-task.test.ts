import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  CurrentItemsChangedTopic,
  LocaleTopic,
  PageTopic,
  portalBus,
  RouteTopic,
  SessionExpiringTopic,
  SessionTopic,
} from '@portal/shared-contracts';
import { TASK_REPORT_MAX, type PlanOverview } from '@portal/shared-contracts/plan';
import { definePlanElements } from '../define.js';
import {
  acceptedPlan,
  apiError,
  ids,
  json,
  reportReceipt,
  restoreFetch,
  stubFetch,
  svenOverview,
  tessaOverview,
  type FetchCall,
} from '../testing/fixtures.js';
import { $, atPhoneWidth, click, expectNoSidewaysScroll, squash, text, type } from '../testing/helpers.js';
import { draftKeyOf } from './report-model.js';
import type { PlanTask } from './plan-task.js';

definePlanElements();

const draftUrl = (id: string): string => `/api/drafts/${draftKeyOf(id)}`;

interface Backend {
  readonly plans?: PlanOverview;
  /** The plans' GET after the first (a refresh after a 409). */
  readonly later?: PlanOverview;
  readonly draft?: Record<string, unknown>;
  readonly post?: (call: FetchCall) => Response;
}

function backend(o: Backend = {}): FetchCall[] {
  let gets = 0;
  return stubFetch((call) => {
    if (call.url === '/api/plan') {
      gets += 1;
      return json(gets > 1 && o.later ? o.later : (o.plans ?? svenOverview));
    }
    if (call.method === 'POST' && call.url.startsWith('/api/plan/tasks/')) return o.post ? o.post(call) : apiError('internal-error', 500);
    if (call.url.startsWith('/api/drafts/')) {
      if (call.method === 'GET')
        return o.draft
          ? json({ key: 'plan.task-x', data: o.draft, savedAt: '2026-11-20T10:00:00.000Z' })
          : new Response(null, { status: 204 });
      if (call.method === 'PUT')
        return json({ key: 'plan.task-x', data: (call.body as { data: unknown }).data, savedAt: new Date().toISOString() });
      return new Response(null, { status: 204 });
    }
    return apiError('not-found', 404);
  });
}

async function page(id: string): Promise<PlanTask> {
  const el = await fixture<PlanTask>(html`<plan-task .taskId=${id}></plan-task>`);
  await waitUntil(() => el.loadState !== 'loading' && el.loadState !== 'idle', undefined, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const posts = (calls: FetchCall[]): FetchCall[] => calls.filter((c) => c.method === 'POST');
const h1 = (el: PlanTask): string => $(el, 'h1').textContent ?? '';
const focused = (el: PlanTask): Element | null => el.shadowRoot!.activeElement;

async function continueOn(el: PlanTask): Promise<void> {
  $<HTMLButtonElement>(el, 'form#form button[type="submit"]').click();
  await el.updateComplete;
  await el.updateComplete;
}

async function sendReport(el: PlanTask): Promise<void> {
  $<HTMLButtonElement>(el, 'button.send').click();
  await waitUntil(() => !el.submitting);
  await el.updateComplete;
  await el.updateComplete;
}

describe('plan-task', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Sven Testsson' } });
    portalBus.publish(RouteTopic, { path: `/plan/tasks/${ids.overdue}`, area: 'plan' });
  });
  afterEach(() => {
    fixtureCleanup();
    restoreFetch();
  });

  describe('accessibility', () => {
    it('is accessible on each step: the task, errors, check and receipt', async () => {
      backend({ post: () => json(reportReceipt(acceptedPlan, ids.overdue, 'not-done', 'Sairastuin.'), 201) });
      const el = await page(ids.overdue);
      await expect(el).to.be.accessible();
      await click(el, 'input[value="not-done"]');
      await continueOn(el);
      expect(el.shadowRoot!.querySelector('.error-summary')).to.exist;
      await expect(el).to.be.accessible();
      await type(el, 'text', 'Sairastuin.');
      await continueOn(el);
      expect(el.step).to.equal('check');
      await expect(el).to.be.accessible();
      await sendReport(el);
      expect(el.step).to.equal('receipt');
      await expect(el).to.be.accessible();
    });

    it('is accessible for a reported task, a task of a plan not in force and not found', async () => {
      backend();
      await expect(await page(ids.reported)).to.be.accessible();
      fixtureCleanup();
      backend({ plans: tessaOverview });
      await expect(await page(ids.tessaTask)).to.be.accessible();
      fixtureCleanup();
      backend();
      await expect(await page('0e000000-0000-4000-8000-00000000dead')).to.be.accessible();
    });
  });

  describe('reporting', () => {
    it('shows the task, overdue in words, and asks whether it was done; the label follows the choice', async () => {
      backend();
      const el = await page(ids.overdue);
      expect(h1(el)).to.equal('Ilmoita tehtävän toteutumisesta');
      expect($(el, '.task-description').textContent).to.equal('Varaa aika ammatillisen kuntoutuksen kartoitukseen.');
      expect(squash($(el, 'dl.facts').textContent)).to.contain('Suunnitelma Työllistymissuunnitelma, voimassa, hyväksytty');
      expect(squash($(el, 'dl.facts').textContent)).to.contain('Tila ! Myöhässä Määräaika on mennyt.');
      expect(squash($(el, 'legend').textContent)).to.equal('Teitkö tehtävän?');
      expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
      await click(el, 'input[value="done"]');
      expect($(el, 'label[for="text"]').textContent).to.equal('Miten teit sen?');
      await type(el, 'text', 'Varasin ajan.');
      await click(el, 'input[value="not-done"]');
      expect($(el, 'label[for="text"]').textContent).to.equal('Miksi tehtävä jäi tekemättä?');
      // What was typed stays when the choice changes.
      expect($<HTMLTextAreaElement>(el, '#text').value).to.equal('Varasin ajan.');
    });

    it('reports "done": check, send with an Idempotency-Key, receipt, and tells the shell and the area', async () => {
      const calls = backend({ post: () => json(reportReceipt(acceptedPlan, ids.overdue, 'done', 'Varasin ajan puhelimella.'), 201) });
      const el = await page(ids.overdue);
      const titles: string[] = [];
      const areas: string[] = [];
      const s1 = portalBus.subscribe(PageTopic, ({ title }) => titles.push(title));
      const s2 = portalBus.subscribe(CurrentItemsChangedTopic, ({ area }) => areas.push(area));
      await click(el, 'input[value="done"]');
      await type(el, 'text', '  Varasin ajan puhelimella.  ');
      await continueOn(el);
      expect(h1(el)).to.equal('Tarkista ilmoituksesi');
      expect(focused(el)).to.equal($(el, 'h1'));
      expect(squash($(el, 'dl.summary').textContent)).to.contain('Toteutuminen Kyllä, tein tehtävän');
      expect(squash($(el, 'dl.summary').textContent)).to.contain('Miten teit sen Varasin ajan puhelimella.');
      const key = el.idempotencyKey;
      const reported = oneEvent(el, 'plan-task-reported');
      await sendReport(el);
      await reported;
      s1.unsubscribe();
      s2.unsubscribe();
      expect(posts(calls)).to.have.length(1);
      expect(posts(calls)[0]!.url).to.equal(`/api/plan/tasks/${ids.overdue}/report`);
      expect(posts(calls)[0]!.body).to.deep.equal({ outcome: 'done', text: 'Varasin ajan puhelimella.' });
      expect(posts(calls)[0]!.headers['idempotency-key']).to.equal(key);
      expect(h1(el)).to.equal('Ilmoitus on vastaanotettu');
      expect($(el, '.panel').textContent).to.contain('Vastaanotettu 25. marraskuuta 2026 klo 12.00');
      expect(text(el)).to.contain('Ilmoituksesi näkyy suunnitelmassa tehtävän kohdalla.');
      expect(areas).to.deep.equal(['plan']);
      expect(titles).to.deep.equal(['Tarkista ilmoituksesi', 'Ilmoitus on vastaanotettu']);
      // The draft is discarded with the receipt.
      expect(calls.some((c) => c.method === 'DELETE' && c.url === draftUrl(ids.overdue))).to.equal(true);
    });

    it('requires the reason for "not done": summary focused, the error naming the field beside it, the choice and text kept', async () => {
      const calls = backend();
      const el = await page(ids.overdue);
      await click(el, 'input[value="not-done"]');
      await type(el, 'text', '   ');
      await continueOn(el);
      expect(el.step).to.equal('edit');
      expect(posts(calls)).to.have.length(0);
      expect(focused(el)).to.equal($(el, '.error-summary'));
      const message = 'Kerro kohdassa "Miksi tehtävä jäi tekemättä?", miksi et tehnyt tehtävää.';
      expect(squash($(el, '.error-summary').textContent)).to.equal(`Korjaa seuraavat kohdat ${message}`);
      expect(squash($(el, '#text-error').textContent)).to.equal(`Virhe: ${message}`);
      expect($(el, '#text').getAttribute('aria-invalid')).to.equal('true');
      expect($<HTMLInputElement>(el, 'input[value="not-done"]').checked).to.equal(true);
      expect($<HTMLTextAreaElement>(el, '#text').value).to.equal('   ');
      $<HTMLAnchorElement>(el, '.error-summary a').click();
      expect(focused(el)).to.equal($(el, '#text'));
    });

    it('requires a choice, "how" for done, and refuses text over the limit, keeping what was typed', async () => {
      backend();
      const el = await page(ids.open);
      await continueOn(el);
      expect(squash($(el, '.error-summary').textContent)).to.contain('Valitse, teitkö tehtävän.');
      await click(el, 'input[value="done"]');
      await continueOn(el);
      expect(squash($(el, '#text-error').textContent)).to.contain('Kerro kohdassa "Miten teit sen?", miten teit tehtävän.');
      await type(el, 'text', 'x'.repeat(TASK_REPORT_MAX + 1));
      await continueOn(el);
      expect(squash($(el, '.error-summary').textContent)).to.contain('Ilmoituksessa voi olla enintään 2 000 merkkiä.');
      expect($<HTMLTextAreaElement>(el, '#text').value).to.have.length(TASK_REPORT_MAX + 1);
    });

    it("shows the server's error beside the field and keeps what was typed", async () => {
      backend({ post: () => apiError('validation-failed', 400, [{ path: 'text', message: 'reason.required' }]) });
      const el = await page(ids.overdue);
      await click(el, 'input[value="not-done"]');
      await type(el, 'text', 'Syy.');
      await continueOn(el);
      await sendReport(el);
      expect(el.step).to.equal('edit');
      expect(squash($(el, '#text-error').textContent)).to.contain('miksi et tehnyt tehtävää');
      expect($<HTMLTextAreaElement>(el, '#text').value).to.equal('Syy.');
    });

    it('on a 409 says the task was reported meanwhile, shows it as it is now and what was typed', async () => {
      const now = reportReceipt(acceptedPlan, ids.overdue, 'done', 'Ilmoitettu toisessa välilehdessä.').plan;
      backend({
        later: { current: now, earlier: [], ownProposals: [] },
        post: () => apiError('conflict', 409, [{ path: 'text', message: 'state.conflict' }]),
      });
      const el = await page(ids.overdue);
      await click(el, 'input[value="not-done"]');
      await type(el, 'text', 'Olin sairaana.');
      await continueOn(el);
      await sendReport(el);
      expect(el.step).to.equal('edit');
      expect(squash($(el, '.notice').textContent)).to.contain('Tehtävästä ei voi enää ilmoittaa');
      expect(focused(el)).to.equal($(el, '.notice'));
      expect(el.shadowRoot!.querySelector('form#form')).to.equal(null);
      expect(squash($(el, 'dl.facts').textContent)).to.contain('Oma ilmoitus Ilmoitettu toisessa välilehdessä.');
      expect(squash($(el, 'section.kept').textContent)).to.contain('Miksi se jäi tekemättä Olin sairaana.');
      await expect(el).to.be.accessible();
    });
  });

  describe('tasks that cannot be reported', () => {
    it('says a reported task has been reported, with the report, and offers no form', async () => {
      backend();
      const el = await page(ids.reported);
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
      expect($(el, '.not-reportable').textContent).to.contain('Olet jo ilmoittanut tämän tehtävän toteutumisesta.');
      expect(squash($(el, 'dl.facts').textContent)).to.contain('Toteutuminen Tehty Oma ilmoitus Kävin Otaniemen rekrytointipäivässä.');
    });

    it('says a task of a plan not in force cannot be reported', async () => {
      backend({ plans: tessaOverview });
      const el = await page(ids.tessaTask);
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
      expect($(el, '.not-reportable').textContent).to.contain('koska sen suunnitelma ei ole voimassa');
    });

    it('says a task that is not there was not found', async () => {
      backend();
      const el = await page('0e000000-0000-4000-8000-00000000dead');
      expect(el.loadState).to.equal('not-found');
      expect(h1(el)).to.equal('Tehtävää ei löytynyt');
      expect($<HTMLAnchorElement>(el, 'ul.back-links a').getAttribute('href')).to.equal('/plan');
    });
  });

  describe('draft', () => {
    it('restores the draft with a notice, and saves typing when the session is about to end', async () => {
      const calls = backend({ draft: { outcome: 'not-done', text: 'Aiemmin kirjoitettu syy.' } });
      const el = await page(ids.overdue);
      expect($<HTMLInputElement>(el, 'input[value="not-done"]').checked).to.equal(true);
      expect($<HTMLTextAreaElement>(el, '#text').value).to.equal('Aiemmin kirjoitettu syy.');
      expect($(el, '.notice[role="status"]').textContent).to.contain('Palautimme tiedot');
      await type(el, 'text', 'Aiemmin kirjoitettu syy. Ja lisää.');
      portalBus.publish(SessionExpiringTopic, { expiresAt: new Date(Date.now() + 60_000).toISOString() });
      await waitUntil(() => calls.some((c) => c.method === 'PUT'));
      const put = calls.find((c) => c.method === 'PUT')!;
      expect(put.url).to.equal(draftUrl(ids.overdue));
      expect(put.body).to.deep.equal({ data: { outcome: 'not-done', text: 'Aiemmin kirjoitettu syy. Ja lisää.' } });
    });

    it('saves what was typed when the person leaves the page', async () => {
      const calls = backend();
      const el = await page(ids.overdue);
      await click(el, 'input[value="done"]');
      await type(el, 'text', 'Kesken.');
      el.remove();
      await waitUntil(() => calls.some((c) => c.method === 'PUT'));
      expect(calls.find((c) => c.method === 'PUT')!.body).to.deep.equal({ data: { outcome: 'done', text: 'Kesken.' } });
    });

    it('keys drafts as the drafts API requires', () => {
      expect(draftKeyOf(ids.overdue)).to.equal(`plan.task-${ids.overdue}`);
      expect(draftKeyOf('A_B')).to.equal('plan.task-a-b');
    });
  });

  it('fits a 320 px screen without sideways scrolling', async () => {
    backend();
    const el = await page(ids.overdue);
    await click(el, 'input[value="not-done"]');
    await atPhoneWidth(el, () => expectNoSidewaysScroll(el));
  });
});
