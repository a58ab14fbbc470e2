import { expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import {
  CurrentItemsChangedTopic,
  IDEMPOTENCY_KEY_HEADER,
  LocaleTopic,
  PageTopic,
  portalBus,
  SessionTopic,
} from '@portal/shared-contracts';
import type { TrainingDetail } from '@portal/shared-contracts/training';
import { defineTrainingElements } from '../define.js';
import type { ApplicationChangedEvent } from '../events.js';
import {
  answerDraft,
  apiError,
  applicationIn,
  customerService,
  detailOf,
  ids,
  json,
  receiptOf,
  restoreFetch,
  stubFetch,
  welding,
  type FetchCall,
} from '../testing/fixtures.js';
import { $, $$, atPhoneWidth, click, expectNoSidewaysScroll, mount, squash, type } from '../testing/helpers.js';
import { draftKeyOf, restoreInput, EMPTY_INPUT } from './application-model.js';
import type { TrainingApply } from './training-apply.js';

defineTrainingElements();

const PREFILL = { education: 'Merkonomi, Helsingin kauppaoppilaitos (2000)', workHistory: 'Myyjä, Kauppa Oy (2001-03–2005-08)' };
const KEY = draftKeyOf(ids.customerService);

interface Backend {
  readonly detail?: TrainingDetail | (() => Response);
  readonly draft?: Record<string, unknown>;
  readonly post?: (call: FetchCall) => Response;
}

function backend(o: Backend = {}): FetchCall[] {
  const detail = o.detail ?? detailOf(customerService, null, PREFILL);
  return stubFetch((call) => {
    if (call.url.startsWith('/api/training/trainings/')) return typeof detail === 'function' ? detail() : json(detail);
    if (call.method === 'POST' && call.url === '/api/training/applications') return o.post ? o.post(call) : apiError('internal-error', 500);
    return answerDraft(call, KEY, o.draft) ?? apiError('not-found', 404);
  });
}

const page = (id: string = ids.customerService): Promise<TrainingApply> =>
  mount<TrainingApply>(
    html`<training-apply .trainingId=${id}></training-apply>`,
    (el) => el.loadState !== 'loading' && el.loadState !== 'idle',
  );

const h1 = (el: TrainingApply): string => squash($(el, 'h1').textContent);
const value = (el: TrainingApply, id: string): string => $<HTMLTextAreaElement>(el, `#${id}`).value;

async function continueOn(el: TrainingApply): Promise<void> {
  $<HTMLButtonElement>(el, 'form#form button[type="submit"]').click();
  await el.updateComplete;
  await el.updateComplete;
}

async function sendIt(el: TrainingApply): Promise<void> {
  $<HTMLButtonElement>(el, 'button.send').click();
  await waitUntil(() => !el.submitting);
  await el.updateComplete;
  await el.updateComplete;
}

async function fillIn(el: TrainingApply): Promise<void> {
  await type(el, 'motivation', 'Haluan tutkinnon asiakaspalvelusta.');
  await type(el, 'availability', 'Heti');
  await click(el, '#commitment');
}

describe('training-apply', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
  });
  afterEach(() => {
    fixtureCleanup();
    restoreFetch();
  });

  describe('accessibility', () => {
    it('is accessible to fill in, with its errors, at the check step and on the receipt', async () => {
      backend({ post: () => json(receiptOf(applicationIn('submitted')), 201) });
      const el = await page();
      await expect(el).to.be.accessible();
      await continueOn(el);
      await expect(el).to.be.accessible();
      await fillIn(el);
      await continueOn(el);
      expect(el.step).to.equal('check');
      await expect(el).to.be.accessible();
      await sendIt(el);
      expect(el.step).to.equal('receipt');
      await expect(el).to.be.accessible();
    });

    it('is accessible already applied, closed and not found', async () => {
      backend({ detail: detailOf(customerService, applicationIn('submitted')) });
      await expect(await page()).to.be.accessible();
      backend({ detail: detailOf(welding) });
      await expect(await page(ids.welding)).to.be.accessible();
      backend({ detail: () => apiError('not-found', 404) });
      await expect(await page()).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('starts from the person’s education and work, for them to check, and shows the commitment in full', async () => {
      backend();
      const el = await page();
      expect(h1(el)).to.equal('Hae koulutukseen');
      expect(value(el, 'education')).to.equal(PREFILL.education);
      expect(value(el, 'workHistory')).to.equal(PREFILL.workHistory);
      expect(squash($(el, '.prefilled').textContent)).to.contain('Tarkista ne');
      const commitment = squash($(el, 'section.commitment').textContent);
      expect(commitment).to.contain('Jättämällä koulutushakemuksen hakija sitoutuu aloittamaan koulutuksen mikäli tulee siihen valituksi.');
      expect(commitment).to.contain('Tällaisena pidetään myös koulutusta, johon henkilö on hakenut oma-aloitteisesti.');
      expect(commitment).to.contain('Joissakin tilanteissa hakemuksen voi perua ilman');
      expect($<HTMLInputElement>(el, '#commitment').checked).to.equal(false);
    });

    it('with nothing in the person’s data the fields start empty, to type', async () => {
      backend({ detail: detailOf(customerService) });
      const el = await page();
      expect([value(el, 'education'), value(el, 'workHistory')]).to.deep.equal(['', '']);
      expect(el.shadowRoot!.querySelector('.prefilled')).to.equal(null);
    });

    it('says beside each field and in a summary what is missing, the commitment among them; what was typed stays', async () => {
      backend();
      const el = await page();
      await type(el, 'motivation', 'Haluan oppia.');
      await continueOn(el);
      expect($$(el, '.error-summary li').map((li) => squash(li.textContent))).to.deep.equal([
        'Kerro, milloin voit aloittaa.',
        'Lue sitoumus ja vahvista se valitsemalla ruutu, ennen kuin lähetät hakemuksen.',
      ]);
      expect(squash($(el, '#commitment-error').textContent)).to.contain('Lue sitoumus');
      expect(value(el, 'motivation')).to.equal('Haluan oppia.');
    });

    it('a draft is restored over the person’s data, never acknowledging the commitment by itself', () => {
      const base = { ...EMPTY_INPUT, education: 'x' };
      expect(restoreInput({ motivation: 'm', commitment: 'yes' }, base)).to.deep.equal({
        values: { ...base, motivation: 'm', commitment: false },
        restored: true,
      });
      expect(restoreInput({}, base).restored).to.equal(false);
      expect(draftKeyOf('ABC')).to.equal('training.apply.abc');
    });

    it('already applied: no form, the way to the application', async () => {
      backend({ detail: detailOf(customerService, applicationIn('in-review')) });
      const el = await page();
      expect(h1(el)).to.equal('Olet jo hakenut tähän koulutukseen');
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
      expect($<HTMLAnchorElement>(el, '.back-links a').getAttribute('href')).to.equal(`/training/applications/${ids.application}`);
    });

    it('closed: no form, and the trainings open now a link away', async () => {
      backend({ detail: detailOf(welding) });
      const el = await page(ids.welding);
      expect(h1(el)).to.equal('Hakuaika on päättynyt');
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
      expect($<HTMLAnchorElement>(el, '.back-links a').getAttribute('href')).to.equal('/training');
    });

    it('fits 320 px', async () => {
      backend();
      const el = await page();
      await atPhoneWidth(el, () => expectNoSidewaysScroll(el));
    });
  });

  describe('events', () => {
    it('sends once with an Idempotency-Key, shows the receipt with its reference, tells the shell and the area', async () => {
      const calls = backend({ post: () => json(receiptOf(applicationIn('submitted')), 201) });
      const changed: string[] = [];
      const subscription = portalBus.subscribe(CurrentItemsChangedTopic, ({ area }) => changed.push(area));
      const el = await page();
      const events: ApplicationChangedEvent[] = [];
      el.addEventListener('training-application-changed', (event) => events.push(event));
      await fillIn(el);
      await continueOn(el);
      expect(squash($(el, 'dl').textContent)).to.contain('Hakemuksen sitoumus Luettu ja hyväksytty');
      expect(squash($(el, 'section.commitment').textContent)).to.contain('sitoutuu aloittamaan koulutuksen');
      await sendIt(el);
      subscription.unsubscribe();
      const posts = calls.filter((c) => c.method === 'POST');
      expect(posts.map((c) => c.body)).to.deep.equal([
        {
          trainingId: ids.customerService,
          motivation: 'Haluan tutkinnon asiakaspalvelusta.',
          education: PREFILL.education,
          workHistory: PREFILL.workHistory,
          availability: 'Heti',
          commitment: true,
        },
      ]);
      expect(posts[0]?.headers[IDEMPOTENCY_KEY_HEADER]).to.match(/^[0-9a-f-]{36}$/);
      expect(h1(el)).to.equal('Hakemus lähetetty');
      expect(squash($(el, '.receipt, [role="status"]').textContent)).to.contain('TK-2026-ABCD2345');
      expect(changed).to.deep.equal(['training']);
      expect(events).to.have.length(1);
      expect(calls.some((c) => c.method === 'DELETE' && c.url === `/api/drafts/${KEY}`)).to.equal(true);
    });

    it('a 409 "already applied" says so with a link to the application, keeping what was typed', async () => {
      backend({
        post: () =>
          apiError('conflict', 409, [
            { path: 'trainingId', message: 'application.exists' },
            { path: 'application', message: ids.application },
          ]),
      });
      const el = await page();
      await fillIn(el);
      await continueOn(el);
      await sendIt(el);
      expect(el.step).to.equal('edit');
      const notice = $(el, '.notice.error');
      expect(squash(notice.textContent)).to.equal('Olet jo hakenut tähän koulutukseen. Katso hakemuksesi');
      expect(notice.querySelector('a')?.getAttribute('href')).to.equal(`/training/applications/${ids.application}`);
      expect(value(el, 'motivation')).to.equal('Haluan tutkinnon asiakaspalvelusta.');
    });

    it('a 409 "closed" says the period ended, with the trainings open now', async () => {
      backend({ post: () => apiError('conflict', 409, [{ path: 'trainingId', message: 'training.closed' }]) });
      const el = await page();
      await fillIn(el);
      await continueOn(el);
      await sendIt(el);
      expect(squash($(el, '.notice.error').textContent)).to.contain('Koulutuksen hakuaika on päättynyt.');
    });

    it('the title follows the step, in the language chosen', async () => {
      const titles: string[] = [];
      const subscription = portalBus.subscribe(PageTopic, ({ title }) => titles.push(title));
      backend();
      const el = await page();
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      subscription.unsubscribe();
      expect(titles.at(-1)).to.equal('Apply for the training');
      expect(squash($(el, 'label[for="motivation"]').textContent)).to.equal('Why are you applying for this training?');
    });
  });
});
