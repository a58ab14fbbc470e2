import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import {
  CurrentItemsChangedTopic,
  LocaleTopic,
  PageTopic,
  portalBus,
  RouteTopic,
  SessionExpiringTopic,
  SessionTopic,
} from '@portal/shared-contracts';
import type { PlanOverview } from '@portal/shared-contracts/plan';
import { PROPOSAL_TASKS_MAX } from '@portal/shared-contracts/plan-proposals';
import { addDays } from '@portal/ui-kit/page';
import { definePlanElements } from '../define.js';
import type { PlanProposalSentEvent } from '../events.js';
import {
  answerDraft,
  apiError,
  json,
  ownReturnedLatest,
  proposalReceipt,
  restoreFetch,
  stubFetch,
  svenOverview,
  svenReturned,
  svenWithProposals,
  today,
  type FetchCall,
} from '../testing/fixtures.js';
import { $, $$, atPhoneWidth, click, expectNoSidewaysScroll, fiDate, mount, squash, type } from '../testing/helpers.js';
import type { PlanPropose } from './plan-propose.js';
import { DRAFT_KEY } from './proposal-model.js';

definePlanElements();

const DRAFT_URL = `/api/drafts/${DRAFT_KEY}`;
const later = addDays(today, 14);

interface Backend {
  /** `GET /api/plan`: the overview, or an answer of its own (a failure). */
  readonly plans?: PlanOverview | (() => Response);
  readonly draft?: Record<string, unknown>;
  readonly post?: (call: FetchCall) => Response;
}

function backend(o: Backend = {}): FetchCall[] {
  return stubFetch((call) => {
    if (call.url === '/api/plan') return typeof o.plans === 'function' ? o.plans() : json(o.plans ?? svenOverview);
    if (call.method === 'POST' && call.url === '/api/plan/proposals') return o.post ? o.post(call) : apiError('internal-error', 500);
    return answerDraft(call, DRAFT_KEY, o.draft) ?? apiError('not-found', 404);
  });
}

const page = (): Promise<PlanPropose> =>
  mount<PlanPropose>(html`<plan-propose></plan-propose>`, (el) => el.loadState !== 'loading' && el.loadState !== 'idle');

const posts = (calls: FetchCall[]): FetchCall[] => calls.filter((c) => c.method === 'POST');
const h1 = (el: PlanPropose): string => squash($(el, 'h1').textContent);
const focused = (el: PlanPropose): Element | null => el.shadowRoot!.activeElement;
const value = (el: PlanPropose, id: string): string => $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`).value;
const legends = (el: PlanPropose): string[] => $$(el, 'fieldset.entry > legend').map((legend) => squash(legend.textContent));

async function continueOn(el: PlanPropose): Promise<void> {
  $<HTMLButtonElement>(el, 'form#form button[type="submit"]').click();
  await el.updateComplete;
  await el.updateComplete;
}

async function sendIt(el: PlanPropose): Promise<void> {
  $<HTMLButtonElement>(el, 'button.send').click();
  await waitUntil(() => !el.submitting);
  await el.updateComplete;
  await el.updateComplete;
}

/** A proposal of two tasks typed in. */
async function fillIn(el: PlanPropose): Promise<void> {
  await type(el, 'goal', 'Haluan työllistyä hitsaajaksi.');
  await type(el, 'tasks-0-description', 'Selvitän hitsauskurssit.');
  await type(el, 'tasks-0-targetDate', today);
  await click(el, '#tasks-add');
  await type(el, 'tasks-1-description', 'Haen kurssille.');
  await type(el, 'tasks-1-targetDate', later);
  await type(el, 'message', 'Voimmeko puhua tästä?');
}

const sent = {
  goal: 'Haluan työllistyä hitsaajaksi.',
  tasks: [
    { description: 'Selvitän hitsauskurssit.', targetDate: today },
    { description: 'Haen kurssille.', targetDate: later },
  ],
  message: 'Voimmeko puhua tästä?',
};

describe('plan-propose', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Sven Testsson' } });
    portalBus.publish(RouteTopic, { path: '/plan/proposal', area: 'plan' });
  });
  afterEach(() => {
    fixtureCleanup();
    restoreFetch();
  });

  describe('accessibility', () => {
    it('is accessible while a proposal waits, and when loading failed (with a retry, focused)', async () => {
      backend({ plans: svenWithProposals });
      const waiting = await page();
      expect(waiting.shadowRoot!.querySelector('form')).to.equal(null);
      await expect(waiting).to.be.accessible();
      fixtureCleanup();
      backend({ plans: () => apiError('internal-error', 500) });
      const failed = await page();
      expect(failed.loadState).to.equal('failed');
      await waitUntil(() => focused(failed) === $(failed, '.retry'));
      await expect(failed).to.be.accessible();
    });
  });

  describe('the form', () => {
    it('speaks Finnish, Swedish and English: title, rows, buttons', async () => {
      backend();
      const el = await page();
      expect(h1(el)).to.equal('Laadi oma suunnitelmaehdotus');
      expect(legends(el)).to.deep.equal(['Tehtävä 1']);
      expect(squash($(el, 'label[for="goal"]').textContent)).to.equal('Tavoitteesi');
      expect(squash($(el, 'label[for="message"]').textContent)).to.equal('Viesti asiantuntijalle (vapaaehtoinen)');
      expect(squash($(el, '#tasks-add').textContent)).to.equal('Lisää tehtävä');
      expect($(el, '#tasks-0-targetDate').getAttribute('min')).to.equal(today);
      await expect(el).to.be.accessible();

      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(h1(el)).to.equal('Gör ett eget planförslag');
      expect(legends(el)).to.deep.equal(['Uppgift 1']);
      expect(squash($(el, '#tasks-add').textContent)).to.equal('Lägg till en uppgift');

      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(h1(el)).to.equal('Draft your own plan proposal');
      expect(squash($(el, 'label[for="goal"]').textContent)).to.equal('Your goal');
      expect(squash($(el, '#tasks-add').textContent)).to.equal('Add a task');
    });

    it('adds rows with focus on the new one, removes them with focus on the previous, up to the most allowed', async () => {
      backend();
      const el = await page();
      // The only row cannot be removed.
      expect($$(el, 'button.remove')).to.have.length(0);
      await click(el, '#tasks-add');
      expect(legends(el)).to.deep.equal(['Tehtävä 1', 'Tehtävä 2']);
      expect(focused(el)).to.equal($(el, '#tasks-1-description'));
      expect($$(el, 'button.remove').map((b) => squash(b.textContent))).to.deep.equal(['Poista tehtävä 1', 'Poista tehtävä 2']);
      await type(el, 'tasks-1-description', 'Toinen');
      await click(el, '#tasks-add');
      await type(el, 'tasks-2-description', 'Kolmas');

      // The middle row goes: focus on the row above it, the last row moves up, said politely.
      await click(el, 'fieldset#tasks-1 button.remove');
      await el.updateComplete;
      expect(legends(el)).to.deep.equal(['Tehtävä 1', 'Tehtävä 2']);
      expect(value(el, 'tasks-1-description')).to.equal('Kolmas');
      expect(focused(el)).to.equal($(el, '#tasks-0-description'));
      expect(squash($(el, '.live').textContent)).to.equal('Tehtävä 2 poistettiin.');

      // The first row goes: focus on the row now first.
      await click(el, 'fieldset#tasks-0 button.remove');
      await el.updateComplete;
      expect(value(el, 'tasks-0-description')).to.equal('Kolmas');
      expect(focused(el)).to.equal($(el, '#tasks-0-description'));
      expect($$(el, 'button.remove')).to.have.length(0);

      for (let i = 1; i < PROPOSAL_TASKS_MAX; i++) await click(el, '#tasks-add');
      expect(legends(el)).to.have.length(PROPOSAL_TASKS_MAX);
      expect(el.shadowRoot!.querySelector('#tasks-add')).to.equal(null);
      expect(squash($(el, '.at-max').textContent)).to.equal(
        'Olet lisännyt enimmäismäärän, 10 tehtävää. Jos haluat lisätä uuden, poista ensin jokin tehtävä.',
      );
      expect(focused(el)).to.equal($(el, `#tasks-${PROPOSAL_TASKS_MAX - 1}-description`));
      await expect(el).to.be.accessible();
    });

    it('requires the goal and each row: errors beside the fields and in the summary, whose links find the right row after a removal', async () => {
      const calls = backend();
      const el = await page();
      await continueOn(el);
      expect(el.step).to.equal('edit');
      expect(focused(el)).to.equal($(el, '.error-summary'));
      expect(squash($(el, '.error-summary').textContent)).to.equal(
        'Korjaa seuraavat kohdat Kirjoita tavoitteesi kohtaan "Tavoitteesi". Kirjoita tehtävän 1 kohtaan "Mitä teet?", mitä aiot tehdä. Anna tehtävän 1 tavoitepäivä.',
      );
      expect(squash($(el, '#goal-error').textContent)).to.equal('Virhe: Kirjoita tavoitteesi kohtaan "Tavoitteesi".');
      expect($(el, '#tasks-0-targetDate').getAttribute('aria-describedby')).to.contain('tasks-0-targetDate-error');
      await expect(el).to.be.accessible();

      // Row 1 is right now; row 2 lacks its description and row 3 has a day already past.
      await type(el, 'goal', 'Hitsaajaksi');
      await type(el, 'tasks-0-description', 'Ensimmäinen');
      await type(el, 'tasks-0-targetDate', today);
      await click(el, '#tasks-add');
      await type(el, 'tasks-1-targetDate', later);
      await click(el, '#tasks-add');
      await type(el, 'tasks-2-description', 'Kolmas');
      await type(el, 'tasks-2-targetDate', addDays(today, -1));
      await continueOn(el);
      expect(posts(calls)).to.have.length(0);
      const links = $$<HTMLAnchorElement>(el, '.error-summary a');
      expect(links.map((a) => squash(a.textContent))).to.deep.equal([
        'Kirjoita tehtävän 2 kohtaan "Mitä teet?", mitä aiot tehdä.',
        'Tehtävän 3 tavoitepäivä ei voi olla menneisyydessä.',
      ]);
      links[1]!.click();
      expect(focused(el)).to.equal($(el, '#tasks-2-targetDate'));
      // What was typed is kept.
      expect(value(el, 'tasks-2-description')).to.equal('Kolmas');

      // Row 2 goes: row 3's error moves up with it, and its link leads to the row now second.
      await click(el, 'fieldset#tasks-1 button.remove');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#tasks-2-targetDate')).to.equal(null);
      expect(squash($(el, '#tasks-1-targetDate-error').textContent)).to.equal('Virhe: Tehtävän 2 tavoitepäivä ei voi olla menneisyydessä.');
      expect(el.shadowRoot!.querySelector('#tasks-1-description-error')).to.equal(null);
      const link = $<HTMLAnchorElement>(el, '.error-summary a');
      expect(squash(link.textContent)).to.equal('Tehtävän 2 tavoitepäivä ei voi olla menneisyydessä.');
      link.click();
      expect(focused(el)).to.equal($(el, '#tasks-1-targetDate'));
    });
  });

  describe('draft', () => {
    it('restores the draft with a notice, and saves what is typed (on the session-expiry warning at once)', async () => {
      const calls = backend({ draft: { goal: 'Aiempi tavoite', tasks: [{ description: 'Kurssi', targetDate: later }, 'x'], message: '' } });
      const el = await page();
      expect(value(el, 'goal')).to.equal('Aiempi tavoite');
      expect(legends(el)).to.deep.equal(['Tehtävä 1']);
      expect(value(el, 'tasks-0-targetDate')).to.equal(later);
      expect(squash($(el, '.notice[role="status"]').textContent)).to.contain('Palautimme tiedot');
      await expect(el).to.be.accessible();
      await type(el, 'message', 'Soitatteko?');
      portalBus.publish(SessionExpiringTopic, { expiresAt: new Date(Date.now() + 60_000).toISOString() });
      await waitUntil(() => calls.some((c) => c.method === 'PUT'));
      const put = calls.find((c) => c.method === 'PUT')!;
      expect(put.url).to.equal(DRAFT_URL);
      expect(put.body).to.deep.equal({
        data: { goal: 'Aiempi tavoite', tasks: [{ description: 'Kurssi', targetDate: later }], message: 'Soitatteko?' },
      });
    });
  });

  describe('sending', () => {
    it('checks, then sends once with an Idempotency-Key kept for a retry; the receipt, the draft gone, the plan page told', async () => {
      let answer = (): Response => apiError('internal-error', 503);
      const calls = backend({ post: () => answer() });
      const el = await page();
      const titles: string[] = [];
      const areas: string[] = [];
      const events: PlanProposalSentEvent[] = [];
      const s1 = portalBus.subscribe(PageTopic, ({ title }) => titles.push(title));
      const s2 = portalBus.subscribe(CurrentItemsChangedTopic, ({ area }) => areas.push(area));
      el.addEventListener('plan-proposal-sent', (event) => events.push(event));
      await fillIn(el);
      await type(el, 'goal', `  ${sent.goal}  `);
      await continueOn(el);
      expect(h1(el)).to.equal('Tarkista ehdotuksesi');
      expect(focused(el)).to.equal($(el, 'h1'));
      const summary = squash($(el, 'dl.summary').textContent);
      expect(summary).to.contain(`Tavoitteesi ${sent.goal}`);
      expect(summary).to.contain(`Tehtävä 1 Selvitän hitsauskurssit. Tavoitepäivä ${fiDate(today)}`);
      expect(summary).to.contain(`Tehtävä 2 Haen kurssille. Tavoitepäivä ${fiDate(later)}`);
      expect(summary).to.contain('Viesti asiantuntijalle Voimmeko puhua tästä?');
      await expect(el).to.be.accessible();

      // Change goes back to the row's field.
      $$<HTMLButtonElement>(el, 'dl.summary button.link')[2]!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.step).to.equal('edit');
      expect(focused(el)).to.equal($(el, '#tasks-1-description'));
      await continueOn(el);

      // A double click sends once; a failure keeps the key for the retry.
      const key = el.idempotencyKey;
      const send = $<HTMLButtonElement>(el, 'button.send');
      send.click();
      send.click();
      await waitUntil(() => !el.submitting);
      await el.updateComplete;
      expect(posts(calls)).to.have.length(1);
      expect(squash($(el, '.notice').textContent)).to.contain('Lähettäminen ei onnistunut');
      answer = () => json(proposalReceipt(sent), 201);
      $<HTMLButtonElement>(el, '.notice .retry').click();
      await waitUntil(() => el.step === 'receipt');
      await el.updateComplete;
      s1.unsubscribe();
      s2.unsubscribe();
      expect(posts(calls)).to.have.length(2);
      for (const post of posts(calls)) {
        expect(post.body).to.deep.equal(sent);
        expect(post.headers['idempotency-key']).to.equal(key);
      }

      expect(h1(el)).to.equal('Ehdotuksesi on lähetetty');
      expect(squash($(el, '.panel').textContent)).to.equal('Vastaanotettu 25. marraskuuta 2026 klo 12.00');
      expect(squash($(el, 'section.next').textContent)).to.contain(
        'Asiantuntija käsittelee ehdotuksesi ja vastaa sinulle tässä palvelussa.',
      );
      expect($<HTMLAnchorElement>(el, 'ul.back-links a').getAttribute('href')).to.equal('/plan');
      expect(calls.some((c) => c.method === 'DELETE' && c.url === DRAFT_URL)).to.equal(true);
      expect(areas).to.deep.equal(['plan']);
      expect(events.map((event) => event.receipt.plan.state)).to.deep.equal(['submitted']);
      expect(titles).to.deep.equal([
        'Tarkista ehdotuksesi',
        'Laadi oma suunnitelmaehdotus',
        'Tarkista ehdotuksesi',
        'Ehdotuksesi on lähetetty',
      ]);
      await expect(el).to.be.accessible();
    });

    it("puts the server's 400 beside the right row's field, and keeps what was typed", async () => {
      backend({ post: () => apiError('validation-failed', 400, [{ path: 'tasks.1.targetDate', message: 'task.target-date.past' }]) });
      const el = await page();
      await fillIn(el);
      await continueOn(el);
      await sendIt(el);
      expect(el.step).to.equal('edit');
      expect(focused(el)).to.equal($(el, '.error-summary'));
      expect(squash($(el, '#tasks-1-targetDate-error').textContent)).to.equal('Virhe: Tehtävän 2 tavoitepäivä ei voi olla menneisyydessä.');
      expect($(el, '#tasks-1-targetDate').getAttribute('aria-invalid')).to.equal('true');
      expect(value(el, 'goal')).to.equal(sent.goal);
      expect(value(el, 'tasks-0-description')).to.equal(sent.tasks[0]!.description);
      expect(value(el, 'tasks-1-targetDate')).to.equal(later);
      expect(value(el, 'message')).to.equal(sent.message);
      $<HTMLAnchorElement>(el, '.error-summary a').click();
      expect(focused(el)).to.equal($(el, '#tasks-1-targetDate'));
      await expect(el).to.be.accessible();
    });

    it('on a 409 says plainly that an earlier proposal is still with the adviser, links the plan page and keeps what was typed', async () => {
      backend({ post: () => apiError('conflict', 409, [{ path: 'goal', message: 'proposal.pending' }]) });
      const el = await page();
      await fillIn(el);
      await continueOn(el);
      await sendIt(el);
      expect(el.step).to.equal('edit');
      const notice = $(el, '.notice');
      expect(focused(el)).to.equal(notice);
      expect(squash(notice.textContent)).to.contain('aiempi ehdotuksesi on vielä asiantuntijan käsiteltävänä');
      expect(notice.querySelector('a')!.getAttribute('href')).to.equal('/plan');
      expect(value(el, 'goal')).to.equal(sent.goal);
      expect(value(el, 'tasks-1-description')).to.equal(sent.tasks[1]!.description);
      await expect(el).to.be.accessible();
    });
  });

  describe('own proposals before', () => {
    it('says a proposal already waits for the office instead of showing the form', async () => {
      const calls = backend({ plans: svenWithProposals, draft: { goal: 'Jotain' } });
      const el = await page();
      expect(squash($(el, 'section.waiting').textContent)).to.equal(
        'Aiempi ehdotuksesi odottaa vielä käsittelyä Lähetit ehdotuksen 20.11.2026. Asiantuntija käsittelee sen ja vastaa sinulle tässä palvelussa. Voit laatia uuden ehdotuksen, kun olet saanut vastauksen.',
      );
      expect(el.shadowRoot!.querySelector('textarea, input')).to.equal(null);
      expect($<HTMLAnchorElement>(el, 'ul.back-links a').getAttribute('href')).to.equal('/plan');
      // The draft is kept for later, not overwritten.
      expect(calls.some((c) => c.method === 'PUT' || c.method === 'DELETE')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('starts from a returned proposal, with the office’s comments and a way to start empty; a draft wins over it', async () => {
      backend({ plans: svenReturned });
      const el = await page();
      const returned = squash($(el, 'section.returned').textContent);
      expect(returned).to.contain('Edellinen ehdotuksesi palautettiin');
      expect(returned).to.contain('Lomakkeessa on valmiina sen tiedot');
      expect(returned).to.contain('Asiantuntijan kommentit Lisää ehdotukseen, milloin aloitat kurssin.');
      expect(value(el, 'goal')).to.equal(ownReturnedLatest.goals.fi);
      expect(legends(el)).to.deep.equal(['Tehtävä 1', 'Tehtävä 2']);
      expect(value(el, 'tasks-0-targetDate')).to.equal(ownReturnedLatest.tasks[0]!.deadline);
      // A target date already past is left empty: the server would refuse it.
      expect(value(el, 'tasks-1-description')).to.equal('Hae hitsauskurssille.');
      expect(value(el, 'tasks-1-targetDate')).to.equal('');
      expect(value(el, 'message')).to.equal('Kurssi alkaa keväällä.');
      await expect(el).to.be.accessible();
      await click(el, 'button.start-empty');
      expect(value(el, 'goal')).to.equal('');
      expect(legends(el)).to.deep.equal(['Tehtävä 1']);
      expect(focused(el)).to.equal($(el, '#goal'));
      expect(squash($(el, 'section.returned').textContent)).to.not.contain('Lomakkeessa on valmiina');

      fixtureCleanup();
      backend({ plans: svenReturned, draft: { goal: 'Luonnoksen tavoite', tasks: [] } });
      const drafted = await page();
      expect(value(drafted, 'goal')).to.equal('Luonnoksen tavoite');
      expect(legends(drafted)).to.deep.equal(['Tehtävä 1']);
      expect(squash($(drafted, '.notice').textContent)).to.contain('Palautimme tiedot');
      expect(squash($(drafted, 'section.returned').textContent)).to.contain('Lisää ehdotukseen, milloin aloitat kurssin.');
    });
  });

  it('fits a 320 px screen without sideways scrolling', async () => {
    backend({ plans: svenReturned });
    const el = await page();
    await continueOn(el);
    await atPhoneWidth(el, () => expectNoSidewaysScroll(el));
  });
});
