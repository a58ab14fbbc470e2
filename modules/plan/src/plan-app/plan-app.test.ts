import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { CurrentItemsChangedTopic, LocaleTopic, portalBus, RouteTopic, SessionTopic } from '@portal/shared-contracts';
import type { PlanOverview } from '@portal/shared-contracts/plan';
import { addDays } from '@portal/ui-kit/page';
import { definePlanElements } from '../define.js';
import { PlanProposalSentEvent } from '../events.js';
import type { PlanAccept } from '../plan-accept/plan-accept.js';
import {
  acceptedPlan,
  acceptReceipt,
  apiError,
  ids,
  json,
  noPlans,
  proposalReceipt,
  proposedPlan,
  restoreFetch,
  stubFetch,
  svenOverview,
  svenReturned,
  svenWithProposals,
  tessaOverview,
  today,
  type FetchCall,
} from '../testing/fixtures.js';
import { $, $$, asPrinted, atPhoneWidth, expectNoSidewaysScroll, fiDate, root, squash, text } from '../testing/helpers.js';
import { routeOf, type PlanApp } from './plan-app.js';

definePlanElements();

interface Backend {
  /** The plans' GET: the first answer, then `later` for every further GET (a refresh after a 409). */
  readonly plans: PlanOverview | (() => Response);
  readonly later?: PlanOverview;
  readonly post?: (call: FetchCall) => Response;
}

function backend(o: Backend): FetchCall[] {
  let gets = 0;
  return stubFetch((call) => {
    if (call.method === 'POST') return o.post ? o.post(call) : apiError('internal-error', 500);
    if (call.url === '/api/plan') {
      gets += 1;
      if (gets > 1 && o.later) return json(o.later);
      return typeof o.plans === 'function' ? o.plans() : json(o.plans);
    }
    return apiError('not-found', 404);
  });
}

async function app(o: Backend, path = '/plan'): Promise<{ el: PlanApp; calls: FetchCall[] }> {
  portalBus.publish(RouteTopic, { path, area: 'plan' });
  const calls = backend(o);
  const el = await fixture<PlanApp>(html`<plan-app></plan-app>`);
  if (routeOf(path, '/plan').page === 'front') await waitUntil(() => el.loadState === 'loaded' || el.loadState === 'failed');
  await el.updateComplete;
  return { el, calls };
}

/** The acceptance section inside the page, once its element is defined and drawn. */
async function acceptance(el: PlanApp): Promise<PlanAccept> {
  await waitUntil(() => root(el).querySelector('plan-accept')?.shadowRoot?.querySelector('form'));
  return $<PlanAccept>(el, 'plan-accept');
}

async function pressAccept(accept: PlanAccept): Promise<void> {
  $<HTMLButtonElement>(accept, 'button[type="submit"]').click();
  await accept.updateComplete;
  await waitUntil(() => !accept.submitting);
  await accept.updateComplete;
}

/** The own proposals' section inside the page, once its element is defined and drawn. */
async function ownProposals(el: PlanApp): Promise<HTMLElement> {
  await waitUntil(() => root(el).querySelector('plan-own-proposals')?.shadowRoot?.querySelector('section'));
  return root(el).querySelector('plan-own-proposals')!.shadowRoot!.querySelector<HTMLElement>('section.own-proposals')!;
}

const posts = (calls: FetchCall[]): FetchCall[] => calls.filter((c) => c.method === 'POST');
const taskItem = (el: PlanApp, id: string): HTMLElement => $(el, `li.task[data-id="${id}"]`);

describe('plan-app', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
  });
  afterEach(() => {
    fixtureCleanup();
    restoreFetch();
  });

  describe('accessibility', () => {
    it('is accessible with a proposal to accept, with a plan in force and history, and with no plan', async () => {
      const tessa = (await app({ plans: tessaOverview })).el;
      await acceptance(tessa);
      await expect(tessa).to.be.accessible();
      fixtureCleanup();
      await expect((await app({ plans: svenOverview })).el).to.be.accessible();
      fixtureCleanup();
      await expect((await app({ plans: noPlans })).el).to.be.accessible();
    });

    it('is accessible when loading failed, on the not-found page and signed out', async () => {
      const { el } = await app({ plans: () => apiError('internal-error', 500) });
      expect(el.loadState).to.equal('failed');
      await expect(el).to.be.accessible();
      portalBus.publish(RouteTopic, { path: '/plan/a/b', area: 'plan' });
      await el.updateComplete;
      expect($(el, 'h1').textContent).to.equal('Sivua ei löytynyt');
      await expect(el).to.be.accessible();
      portalBus.publish(SessionTopic, { status: 'signed-out' });
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('a proposal', () => {
    it('shows the proposal in full: type, state, who made it and when, validity, contents, obligation, tasks', async () => {
      const { el } = await app({ plans: tessaOverview });
      expect($(el, 'h1').textContent).to.equal('Suunnitelma');
      expect($(el, '#current-heading').textContent).to.equal('Työllistymissuunnitelma');
      expect(text(el)).to.contain('Työllisyysalueesi on ehdottanut sinulle tätä suunnitelmaa.');
      expect(squash($(el, 'section.current > dl.facts').textContent)).to.equal(
        'Tila Ehdotettu, odottaa hyväksyntääsi Laatija Työllisyysalue Ehdotettu 23.11.2026 Voimassa 23.11.2026–21.2.2027',
      );
      const body = text(el);
      expect(body).to.contain('Työnhaun tavoitteet Löytää kokoaikainen työ myynnin tai asiakaspalvelun tehtävistä pääkaupunkiseudulta.');
      expect(body).to.contain('Mitä teet työllistyäksesi Haen aktiivisesti avoimia työpaikkoja ja päivitän ansioluetteloni.');
      expect(body).to.contain('Sovitut palvelut Työnhakuvalmennus');
      expect(body).to.contain('Yhteydenpito Asiantuntija soittaa sinulle kerran kuukaudessa.');
      expect($(el, '.obligation').textContent).to.equal('Haet 4 työmahdollisuutta jokaisen kalenterikuukauden aikana.');
      expect(squash(taskItem(el, ids.tessaTask).textContent)).to.equal(
        `Päivitä ansioluettelosi Työmarkkinatorille. Määräaika ${fiDate(addDays(today, 14))} Tila Avoin`,
      );
      // A proposal's task is reported once the plan is in force, not before.
      expect(root(el).querySelector('.report-link')).to.equal(null);
    });

    it('requires the acknowledgement: the meaning shown in full before the button, the error beside the checkbox and in the summary', async () => {
      const { el, calls } = await app({ plans: tessaOverview });
      const accept = await acceptance(el);
      expect(squash($(accept, '.meaning').textContent)).to.contain(
        'Hyväksymällä suunnitelman sitoudut tekemään siihen kirjatut tehtävät ja hakemaan työtä sovitulla tavalla. Jos et noudata suunnitelmaa ilman pätevää syytä, se voi vaikuttaa työttömyysetuuteesi.',
      );
      // The meaning comes before the button in reading order.
      const meaning = $(accept, '.meaning');
      const button = $(accept, 'button[type="submit"]');
      expect(meaning.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect($(accept, 'label[for="confirm"]').textContent).to.equal(
        'Olen lukenut suunnitelman ja ymmärrän, mihin sitoudun hyväksymällä sen.',
      );
      await pressAccept(accept);
      expect(posts(calls)).to.have.length(0);
      expect(accept.shadowRoot!.activeElement).to.equal($(accept, '.error-summary'));
      const message = 'Vahvista, että olet lukenut suunnitelman ja ymmärrät, mihin sitoudut hyväksymällä sen.';
      expect(squash($(accept, '.error-summary').textContent)).to.equal(`Korjaa seuraavat kohdat ${message}`);
      expect(squash($(accept, '#confirm-error').textContent)).to.equal(`Virhe: ${message}`);
      expect($(accept, '#confirm').getAttribute('aria-invalid')).to.equal('true');
      expect($(accept, '#confirm').getAttribute('aria-describedby')).to.equal('meaning confirm-error');
      await expect(el).to.be.accessible();
    });

    it('accepts with basedOn and an Idempotency-Key, shows the receipt and the plan in force, and tells the shell', async () => {
      const receipt = acceptReceipt();
      const { el, calls } = await app({
        plans: tessaOverview,
        later: { current: receipt.plan, earlier: [], ownProposals: [] },
        post: () => json(receipt, 201),
      });
      const areas: string[] = [];
      const subscription = portalBus.subscribe(CurrentItemsChangedTopic, ({ area }) => areas.push(area));
      const accept = await acceptance(el);
      const key = accept.idempotencyKey;
      $<HTMLInputElement>(accept, '#confirm').click();
      await pressAccept(accept);
      await waitUntil(() => root(el).querySelector('.outcome'));
      await el.updateComplete;
      subscription.unsubscribe();
      expect(posts(calls)).to.have.length(1);
      expect(posts(calls)[0]!.url).to.equal('/api/plan/accept');
      expect(posts(calls)[0]!.body).to.deep.equal({ planId: ids.tessaPlan, basedOn: proposedPlan.updatedAt });
      expect(posts(calls)[0]!.headers['idempotency-key']).to.equal(key);
      expect(squash($(el, '.outcome').textContent)).to.contain('Hyväksyit suunnitelman. Vastaanotettu 25. marraskuuta 2026 klo 12.00.');
      expect(root(el).activeElement).to.equal($(el, '.outcome'));
      expect(squash($(el, 'section.current > dl.facts').textContent)).to.contain('Tila Voimassa, hyväksytty');
      expect(squash($(el, 'section.current > dl.facts').textContent)).to.contain('Hyväksytty 25. marraskuuta 2026 klo 12.00');
      expect(root(el).querySelector('plan-accept')).to.equal(null);
      // The task of the plan now in force can be reported.
      expect($<HTMLAnchorElement>(el, `li.task[data-id="${ids.tessaTask}"] a`).getAttribute('href')).to.equal(
        `/plan/tasks/${ids.tessaTask}`,
      );
      expect(areas).to.deep.equal(['plan']);
      await expect(el).to.be.accessible();
      // The receipt belongs to this visit: gone after a visit to a task and back.
      portalBus.publish(RouteTopic, { path: `/plan/tasks/${ids.tessaTask}`, area: 'plan' });
      await el.updateComplete;
      portalBus.publish(RouteTopic, { path: '/plan', area: 'plan' });
      await el.updateComplete;
      expect(root(el).querySelector('.outcome')).to.equal(null);
    });

    it('on a 409 says the plan changed or was accepted meanwhile, and shows the plan as it is now', async () => {
      const changed = {
        ...proposedPlan,
        updatedAt: '2026-11-24T08:00:00.000Z',
        goals: { fi: 'Uusi tavoite.', sv: 'Nytt mål.', en: 'A new goal.' },
      };
      const { el, calls } = await app({
        plans: tessaOverview,
        later: { current: changed, earlier: [], ownProposals: [] },
        post: () => apiError('conflict', 409),
      });
      const accept = await acceptance(el);
      $<HTMLInputElement>(accept, '#confirm').click();
      await pressAccept(accept);
      await waitUntil(() => root(el).querySelector('.outcome-wrap .notice'));
      await el.updateComplete;
      expect(posts(calls)).to.have.length(1);
      expect(squash($(el, '.outcome-wrap .notice').textContent)).to.contain(
        'Suunnitelmaa ei hyväksytty, koska se oli muuttunut sillä välin tai se oli jo hyväksytty',
      );
      expect(root(el).activeElement).to.equal($(el, '.outcome-wrap .notice'));
      expect(text(el)).to.contain('Uusi tavoite.');
      // The changed proposal is to be read and confirmed again.
      await accept.updateComplete;
      expect($<HTMLInputElement>(accept, '#confirm').checked).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('keeps the key for a retry after a failed send', async () => {
      let fail = true;
      const receipt = acceptReceipt();
      const { el, calls } = await app({ plans: tessaOverview, post: () => (fail ? apiError('internal-error', 500) : json(receipt, 201)) });
      const accept = await acceptance(el);
      $<HTMLInputElement>(accept, '#confirm').click();
      await pressAccept(accept);
      expect(squash($(accept, '.notice').textContent)).to.contain('Hyväksyminen ei onnistunut.');
      expect(accept.shadowRoot!.activeElement).to.equal($(accept, '.notice'));
      fail = false;
      $<HTMLButtonElement>(accept, '.notice .retry').click();
      await waitUntil(() => root(el).querySelector('.outcome'));
      expect(posts(calls)).to.have.length(2);
      expect(posts(calls)[1]!.headers['idempotency-key']).to.equal(posts(calls)[0]!.headers['idempotency-key']);
    });
  });

  describe('a plan in force', () => {
    it('marks an overdue task in words, shows reported ones with the outcome and the report, and links the open ones', async () => {
      const { el } = await app({ plans: svenOverview });
      expect(squash($(el, 'section.current > dl.facts').textContent)).to.contain('Tila Voimassa, hyväksytty');
      expect($(el, '.obligation').textContent).to.equal('Sinulla ei ole työnhakuvelvollisuutta.');
      expect(text(el)).to.contain('Sovitut palvelut Ei sovittuja palveluja.');
      const overdue = taskItem(el, ids.overdue);
      expect(overdue.classList.contains('overdue')).to.equal(true);
      expect(squash(overdue.querySelector('.tag')!.textContent)).to.equal('! Myöhässä');
      expect(squash(overdue.textContent)).to.contain(`Määräaika ${fiDate(addDays(today, -3))} Tila ! Myöhässä Määräaika on mennyt.`);
      const reported = squash(taskItem(el, ids.reported).textContent);
      expect(reported).to.contain(
        'Tila Ilmoitettu Toteutuminen Tehty Oma ilmoitus Kävin Otaniemen rekrytointipäivässä. Ilmoitettu 16. marraskuuta 2026',
      );
      expect(taskItem(el, ids.reported).querySelector('a')).to.equal(null);
      const links = $$<HTMLAnchorElement>(el, 'section.current .report-link a');
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([`/plan/tasks/${ids.overdue}`, `/plan/tasks/${ids.open}`]);
      expect(squash(links[0]!.textContent)).to.equal('Ilmoita toteutumisesta: Varaa aika ammatillisen kuntoutuksen kartoitukseen.');
    });

    it('links the job-search obligation page beside the obligation, in each language', async () => {
      const { el } = await app({ plans: svenOverview });
      const link = $<HTMLAnchorElement>(el, 'section.current .obligation-link a');
      expect(link.getAttribute('href')).to.equal('/plan/job-search');
      expect(link.textContent).to.equal('Ilmoita hakemasi työpaikat');
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(link.textContent).to.equal('Anmäl de jobb du har sökt');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(link.textContent).to.equal('Report the jobs you have applied for');
      expect(root(el).querySelector('.earlier-plan .obligation-link')).to.equal(null);
    });

    it('shows the earlier plans with their tasks and what was reported, with nothing to report', async () => {
      const { el } = await app({ plans: svenOverview });
      expect($(el, '#earlier-heading').textContent).to.equal('Aiemmat suunnitelmat');
      const earlier = $(el, `article.earlier-plan[data-id="${ids.svenEarlier}"]`);
      expect(squash(earlier.querySelector('h3')!.textContent)).to.equal('Aktivointisuunnitelma, voimassa 2.9.2026–25.10.2026');
      expect(squash(earlier.textContent)).to.contain('Tila Korvattu uudella');
      expect(squash(earlier.textContent)).to.contain('Toteutuminen Ei tehty Oma ilmoitus Olin sairaana.');
      expect(earlier.querySelector('a')).to.equal(null);
    });

    it('speaks Swedish', async () => {
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      const { el } = await app({ plans: svenOverview });
      expect($(el, 'h1').textContent).to.equal('Plan');
      expect($(el, '#current-heading').textContent).to.equal('Sysselsättningsplan');
      expect(squash(taskItem(el, ids.overdue).querySelector('.tag')!.textContent)).to.equal('! Försenad');
    });

    it('fits a 320 px screen without sideways scrolling', async () => {
      const { el } = await app({ plans: svenOverview });
      await atPhoneWidth(el, () => expectNoSidewaysScroll(el));
    });

    it('prints without its buttons and report links, each task in one piece', async () => {
      const { el } = await app({ plans: svenOverview });
      let called = 0;
      const print = window.print;
      window.print = () => void (called += 1);
      try {
        $<HTMLButtonElement>(el, 'button.print').click();
      } finally {
        window.print = print;
      }
      expect(called).to.equal(1);
      const restore = await asPrinted(el);
      try {
        const style = (selector: string) => getComputedStyle($(el, selector));
        expect(style('button.print').display).to.equal('none');
        expect(style('.report-link').display).to.equal('none');
        expect(style('li.task').breakInside).to.equal('avoid');
        expect(style('section.current').display).not.to.equal('none');
      } finally {
        await restore();
      }
    });
  });

  it('does not link the obligation page for a proposal (not in force)', async () => {
    const { el } = await app({ plans: tessaOverview });
    expect(root(el).querySelector('.obligation-link')).to.equal(null);
  });

  describe('own proposals', () => {
    it('shows them in a section of their own: state, goal, tasks, the message, and the comments on a returned one', async () => {
      const { el } = await app({ plans: svenWithProposals });
      const section = await ownProposals(el);
      await expect(el).to.be.accessible();
      expect(squash(section.querySelector('h2')!.textContent)).to.equal('Omat ehdotuksesi');
      const [submitted, returned] = [...section.querySelectorAll<HTMLElement>('article.own-proposal')];
      expect(squash(submitted!.querySelector('h3')!.textContent)).to.equal('Ehdotuksesi 20.11.2026');
      const submittedText = squash(submitted!.textContent);
      expect(submittedText).to.contain('Tila Lähetetty');
      expect(submittedText).to.contain('Työllisyysalueesi käsittelee ehdotustasi.');
      expect(submittedText).to.contain('Työnhaun tavoitteet Haluan kouluttautua hitsaajaksi.');
      expect(submittedText).to.contain('Ehdottamasi tehtävät Selvitä hitsauskurssit. Tavoitepäivä 31.12.2026');
      expect(submittedText).to.contain('Viestisi työllisyysalueelle Voisimmeko puhua tästä seuraavassa tapaamisessa?');
      expect(submitted!.querySelector('.office-comments')).to.equal(null);
      const returnedText = squash(returned!.textContent);
      expect(returnedText).to.contain('Tila Palautettu');
      expect(squash(returned!.querySelector('.office-comments')!.textContent)).to.equal(
        'Asiantuntijan kommentit Lisää ehdotukseen, milloin aloitat kurssin.',
      );
      expect(returnedText).to.not.contain('Viestisi työllisyysalueelle');
      // Nothing of a proposal is a task of the plan to report.
      expect(section.querySelector('a, button')).to.equal(null);
    });

    it('speaks Swedish and fits a 320 px screen', async () => {
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      const { el } = await app({ plans: svenWithProposals });
      const section = await ownProposals(el);
      expect(squash(section.querySelector('h2')!.textContent)).to.equal('Dina egna förslag');
      expect(squash(section.textContent)).to.contain('Expertens kommentarer');
      await atPhoneWidth(el, () => expectNoSidewaysScroll(el));
    });

    it('has no section without own proposals', async () => {
      const { el } = await app({ plans: svenOverview });
      expect(root(el).querySelector('plan-own-proposals')).to.equal(null);
    });
  });

  describe('own proposal links', () => {
    const proposeLink = (el: PlanApp): HTMLAnchorElement | null => root(el).querySelector<HTMLAnchorElement>('p.propose a');

    it('links the own proposal page beside the acceptance, by the plan in force and with no plan, in each language', async () => {
      const tessa = (await app({ plans: tessaOverview })).el;
      await acceptance(tessa);
      // Below the office's proposal and its acceptance: the other answer to it.
      const link = $<HTMLAnchorElement>(tessa, 'section.current > plan-accept + p.propose a');
      expect(squash(link.textContent)).to.equal('Laadi oma suunnitelmaehdotus');
      expect(link.getAttribute('href')).to.equal('/plan/proposal');
      expect(squash($(tessa, 'p.propose').textContent)).to.contain('voit hyväksymisen sijaan laatia oman ehdotuksen.');
      await expect(tessa).to.be.accessible();
      fixtureCleanup();

      portalBus.publish(LocaleTopic, { locale: 'sv' });
      const sven = (await app({ plans: svenOverview })).el;
      expect(squash($(sven, 'section.current p.propose a').textContent)).to.equal('Gör ett eget planförslag');
      fixtureCleanup();

      portalBus.publish(LocaleTopic, { locale: 'en' });
      const none = (await app({ plans: noPlans })).el;
      expect(squash(proposeLink(none)!.textContent)).to.equal('Draft your own plan proposal');
      expect(proposeLink(none)!.getAttribute('href')).to.equal('/plan/proposal');
    });

    it('offers no link while an own proposal waits, and a new proposal from a returned one', async () => {
      const waiting = (await app({ plans: svenWithProposals })).el;
      await ownProposals(waiting);
      expect(proposeLink(waiting)).to.equal(null);
      fixtureCleanup();
      const returned = (await app({ plans: svenReturned })).el;
      const section = await ownProposals(returned);
      const link = section.querySelector<HTMLAnchorElement>('article.returned .new-proposal a')!;
      expect(squash(link.textContent)).to.equal('Laadi uusi ehdotus');
      expect(link.getAttribute('href')).to.equal('/plan/proposal');
      expect(proposeLink(returned)).to.not.equal(null);
      await expect(returned).to.be.accessible();
    });

    it('reads the plans again once an own proposal was sent', async () => {
      const { el, calls } = await app({ plans: svenOverview, later: svenWithProposals });
      portalBus.publish(RouteTopic, { path: '/plan/proposal', area: 'plan' });
      await waitUntil(() => root(el).querySelector('plan-propose'));
      const propose = $(el, 'plan-propose');
      propose.dispatchEvent(
        new PlanProposalSentEvent(proposalReceipt({ goal: 'Hitsaajaksi', tasks: [{ description: 'Kurssi', targetDate: today }] })),
      );
      portalBus.publish(RouteTopic, { path: '/plan', area: 'plan' });
      await waitUntil(() => el.loadState === 'loaded' && el.plans?.ownProposals.length === 2);
      await el.updateComplete;
      expect(calls.filter((c) => c.url === '/api/plan').length).to.be.at.least(2);
      expect(proposeLink(el)).to.equal(null);
    });
  });

  describe('no plan', () => {
    it('says there is no plan', async () => {
      const { el } = await app({ plans: noPlans });
      expect($(el, '.empty').textContent).to.contain('Sinulla ei ole voimassa olevaa suunnitelmaa eikä hyväksyttävää ehdotusta.');
      expect(root(el).querySelector('section.current')).to.equal(null);
      expect(root(el).querySelector('section.earlier')).to.equal(null);
    });
  });

  describe('routing', () => {
    it('draws the task page at /plan/tasks/<id>, the URL of the legacy page', async () => {
      const { el } = await app({ plans: svenOverview }, `/plan/tasks/${ids.overdue}`);
      await waitUntil(() => root(el).querySelector('plan-task'));
      expect($<HTMLElement & { taskId: string }>(el, 'plan-task').taskId).to.equal(ids.overdue);
      expect(routeOf('/plan', '/plan').page).to.equal('front');
      expect(routeOf(`/plan/tasks/${ids.open}`, '/plan')).to.deep.equal({ page: 'task', id: ids.open });
      expect(routeOf('/plan/tasks', '/plan').page).to.equal('not-found');
    });

    it('draws the job-search obligation page at /plan/job-search, the URL of the legacy page', async () => {
      const { el } = await app({ plans: svenOverview }, '/plan/job-search');
      await waitUntil(() => root(el).querySelector('plan-job-search'));
      expect(routeOf('/plan/job-search', '/plan')).to.deep.equal({ page: 'jobSearch' });
      expect(routeOf('/plan/job-search/x', '/plan').page).to.equal('not-found');
    });

    it('draws the own proposal page at /plan/proposal', async () => {
      const { el } = await app({ plans: svenOverview }, '/plan/proposal');
      await waitUntil(() => root(el).querySelector('plan-propose')?.shadowRoot?.querySelector('h1'));
      expect(routeOf('/plan/proposal', '/plan')).to.deep.equal({ page: 'proposal' });
      await expect(el).to.be.accessible();
    });
  });

  it('reads the plan in force from the server with its own GET', async () => {
    const { calls } = await app({ plans: { current: acceptedPlan, earlier: [], ownProposals: [] } });
    expect(calls.filter((c) => c.method === 'GET').map((c) => c.url)).to.deep.equal(['/api/plan']);
  });
});
