import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LocaleTopic, portalBus, SessionExpiringTopic, validate } from '@portal/shared-contracts';
import { AssessmentSchema, JOB_SEARCH_PATHS, JobSearchReceiptSchema, type Assessment } from '@portal/shared-contracts/job-search';
import { defineJobSearchElements } from '../define.js';
import type { JobSearchChangedEvent } from '../events.js';
import { addDays } from '@portal/ui-kit/page';
import { activeWithAssessment, activeWithReports, apiError, json, restoreFetch, type FetchCall } from '../testing/fixtures.js';
import {
  assessmentQuestions,
  assessmentReceipt,
  completedAssessment,
  openAssessment,
  overdueAssessment,
} from '../testing/fixtures-forms.js';
import {
  $,
  click,
  fiDate,
  mount,
  posts,
  root,
  sendFromCheck,
  setUpFormTests,
  sharedFormTests,
  stubFormBackend,
  submit,
  text,
  toCheck,
  today,
  type,
  type BackendOptions,
} from '../testing/form-test-helpers.js';
import { restoreAnswers, validateAnswers } from './assessment-model.js';
import { DRAFT_KEY, type JobSearchAssessmentForm } from './job-search-assessment-form.js';

defineJobSearchElements();

/** The questions (`GET /api/job-search/assessment`) besides what every form's backend answers. */
const backend = (options: BackendOptions & { assessment?: () => Response } = {}): FetchCall[] =>
  stubFormBackend({
    draftKey: DRAFT_KEY,
    draft: options.draft,
    postUrl: JOB_SEARCH_PATHS.assessment,
    post: options.post ?? (() => json(assessmentReceipt, 201)),
    jobSearch: options.jobSearch ?? (() => json(assessmentReceipt.jobSearch)),
    routes: { [JOB_SEARCH_PATHS.assessment]: options.assessment ?? (() => json(openAssessment)) },
  });

const form = (): Promise<JobSearchAssessmentForm> =>
  mount(html`<job-search-assessment-form .jobSearch=${activeWithAssessment}></job-search-assessment-form>`, (el) =>
    ['loaded', 'not-found', 'failed'].includes(el.loadState),
  );

const heading = (el: JobSearchAssessmentForm): string => $(el, 'h1').textContent!.replace(/\u00AD/g, '');

/** Laid off; needs help with the CV and training. */
async function answerRequired(el: JobSearchAssessmentForm): Promise<void> {
  await click(el, '#answers-situation-laid-off');
  await click(el, '#answers-help-needed-cv');
  await click(el, '#answers-help-needed-training');
}

/** The summary's rows: a list of answers as `a | b`. */
const rows = (el: JobSearchAssessmentForm) =>
  [...root(el).querySelectorAll('dl.summary .row')].map((row) => {
    const dd = row.querySelector('dd')!;
    const items = [...dd.querySelectorAll('li')].map((li) => li.textContent!.trim());
    return [row.querySelector('dt')!.textContent, items.length > 0 ? items.join(' | ') : dd.textContent!.replace(/\s+/g, ' ').trim()];
  });

describe('job-search-assessment-form', () => {
  setUpFormTests('/job-search/assessment');

  sharedFormTests({
    backend,
    form,
    basedOn: activeWithAssessment,
    fill: answerRequired,
    expectKept: (el) => {
      expect($<HTMLInputElement>(el, '#answers-situation-laid-off').checked).to.equal(true);
      expect($<HTMLInputElement>(el, '#answers-help-needed-training').checked).to.equal(true);
    },
    receipt: assessmentReceipt,
    titles: ['Vastaa palvelutarvekysymyksiin', 'Tarkista vastauksesi ennen lähettämistä', 'Vastauksesi on lähetetty'],
    // The first title is said while the questions load; it then follows what was found.
    titleWhileLoading: true,
    rejected: { path: 'answers.situation', code: 'answer.invalid', says: 'Tarkista vastauksesi.' },
    // A 409 means the answers were received already (its own test below).
    conflict: false,
    draft: {
      url: '/api/drafts/job-search.assessment',
      edit: (el) => click(el, '#answers-situation-employed'),
      saved: { answers: { situation: 'employed', 'help-needed': [], 'own-words': '' } },
    },
  });

  describe('accessibility', () => {
    it('is accessible when answering, with errors, when checking and on the receipt', async () => {
      backend();
      const el = await form();
      await expect(el).to.be.accessible();
      await type(el, 'answers-own-words', 'x'.repeat(60));
      await submit(el);
      expect(root(el).querySelectorAll('.error-summary li').length).to.equal(3);
      await expect(el).to.be.accessible();
      await answerRequired(el);
      await type(el, 'answers-own-words', 'Kielikurssi');
      await toCheck(el);
      await expect(el).to.be.accessible();
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'receipt');
      await expect(el).to.be.accessible();
    });

    it('is accessible when late, when already answered, with nothing to answer and when it cannot be fetched', async () => {
      backend({ assessment: () => json(overdueAssessment) });
      await expect(await form()).to.be.accessible();
      restoreFetch();
      backend({ assessment: () => json(completedAssessment) });
      await expect(await form()).to.be.accessible();
      restoreFetch();
      backend({ assessment: () => apiError('not-found', 404) });
      await expect(await form()).to.be.accessible();
      restoreFetch();
      backend({ assessment: () => apiError('internal-error', 500) });
      await expect(await form()).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('shows the due date and the days left at the top', async () => {
      backend();
      const el = await form();
      expect(heading(el)).to.equal('Vastaa palvelutarvekysymyksiin');
      const deadline = $(el, '.deadline');
      expect(root(el).firstElementChild?.nextElementSibling).to.equal(deadline);
      expect(deadline.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Vastaa viimeistään ${fiDate(addDays(today, 2))}. 2 päivää aikaa`);
      expect(deadline.classList.contains('late')).to.equal(false);
    });

    it('says when the deadline is today, one day away, or passed and still answerable', async () => {
      for (const [assessment, expected] of [
        [{ ...openAssessment, dueDate: today }, 'Viimeinen päivä on tänään'],
        [{ ...openAssessment, dueDate: addDays(today, 1) }, '1 päivä aikaa'],
      ] as const) {
        backend({ assessment: () => json(assessment) });
        const el = await form();
        expect($(el, '.deadline .tag').textContent).to.equal(expected);
        restoreFetch();
      }
      backend({ assessment: () => json(overdueAssessment) });
      const el = await form();
      expect($(el, '.deadline').classList.contains('late')).to.equal(true);
      expect($(el, '.deadline .tag').textContent).to.equal('Myöhässä');
      expect(text(el)).to.contain(`Määräaika oli ${fiDate(addDays(today, -3))}.`);
      expect(text(el)).to.contain('Voit vielä vastata, ja vastauksesi otetaan huomioon.');
      // Late is still answerable.
      expect(root(el).querySelector('form')).to.exist;
    });

    it('renders the questions from the data: radios, checkboxes and a text area, required marked in words', async () => {
      backend();
      const el = await form();
      const situation = $(el, '#answers-situation').closest('fieldset')!;
      expect(situation.querySelector('legend')!.textContent).to.equal('Mikä kuvaa tilannettasi parhaiten? (pakollinen)');
      expect([...situation.querySelectorAll('input')].map((i) => i.type)).to.deep.equal(['radio', 'radio', 'radio']);
      expect(situation.querySelector('label')!.textContent).to.equal('Olen ollut työttömänä alle 3 kuukautta');
      const help = $(el, '#answers-help-needed').closest('fieldset')!;
      expect(help.querySelector('legend')!.textContent).to.equal('Missä tarvitset apua työllistymiseen? (pakollinen)');
      expect([...help.querySelectorAll('input')].every((i) => i.type === 'checkbox')).to.equal(true);
      expect(help.getAttribute('aria-describedby')).to.equal('answers-help-needed-hint');
      expect($(el, '#answers-help-needed-hint').textContent).to.equal('Valitse kaikki sopivat.');
      expect($(el, 'label[for="answers-own-words"]').textContent).to.equal(
        'Mikä auttaisi sinua parhaiten työllistymään? Kerro omin sanoin. (vapaaehtoinen)',
      );
      expect($(el, '#answers-own-words').tagName).to.equal('TEXTAREA');
      expect(text(el)).to.contain('Vastaa kaikkiin kysymyksiin, joissa lukee (pakollinen).');
      // Nothing is chosen for the person.
      expect([...root(el).querySelectorAll<HTMLInputElement>('input')].some((i) => i.checked)).to.equal(false);
    });

    it('counts the characters of a text answer, politely, up to its limit', async () => {
      backend();
      const el = await form();
      await type(el, 'answers-own-words', 'x'.repeat(45));
      expect($(el, '.char-count').textContent).to.equal('Voit kirjoittaa vielä 5 merkkiä.');
      expect($(el, '#answers-own-words-info').textContent).to.equal('Voit kirjoittaa enintään 50 merkkiä.');
      await waitUntil(() => root(el).querySelector('[aria-live="polite"]')!.textContent === 'Voit kirjoittaa vielä 5 merkkiä.', undefined, {
        timeout: 3000,
      });
      await type(el, 'answers-own-words', 'x'.repeat(52));
      expect($(el, '.char-count').textContent).to.equal('Tekstissä on 2 merkkiä liikaa.');
    });

    it('validates with the contract’s check: codes next to the questions and in a summary that takes focus', async () => {
      backend();
      const el = await form();
      await type(el, 'answers-own-words', 'x'.repeat(51));
      await submit(el);
      const summary = $(el, '.error-summary');
      expect(root(el).activeElement).to.equal(summary);
      expect([...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
        ['#answers-situation', 'Vastaa kysymykseen "Mikä kuvaa tilannettasi parhaiten?"'],
        ['#answers-help-needed', 'Vastaa kysymykseen "Missä tarvitset apua työllistymiseen?"'],
        ['#answers-own-words', 'Vastauksesi voi olla enintään 50 merkkiä pitkä. Lyhennä sitä.'],
      ]);
      expect($(el, '#answers-situation-error').textContent).to.equal('Virhe: Vastaa kysymykseen "Mikä kuvaa tilannettasi parhaiten?"');
      expect($(el, '#answers-situation').closest('fieldset')!.getAttribute('aria-describedby')).to.equal('answers-situation-error');
      expect($<HTMLTextAreaElement>(el, '#answers-own-words').value).to.have.length(51);
      summary.querySelectorAll('a')[1]!.click();
      expect(root(el).activeElement?.id).to.equal('answers-help-needed');
    });

    it('lists each question and answer on the check step, with a way back to each', async () => {
      backend();
      const el = await form();
      await answerRequired(el);
      await toCheck(el);
      expect(heading(el)).to.equal('Tarkista vastauksesi ennen lähettämistä');
      expect(rows(el)).to.deep.equal([
        ['Mikä kuvaa tilannettasi parhaiten?', 'Olen lomautettuna'],
        ['Missä tarvitset apua työllistymiseen?', 'Ansioluettelo ja työhakemus | Koulutukseen hakeutuminen'],
        ['Mikä auttaisi sinua parhaiten työllistymään? Kerro omin sanoin.', 'Ei vastausta'],
      ]);
      root(el).querySelectorAll<HTMLButtonElement>('dl.summary .change button')[1]!.click();
      await waitUntil(() => el.step === 'edit');
      await waitUntil(() => root(el).activeElement?.id === 'answers-help-needed');
    });

    it('sends the answers once with an idempotency key and shows the receipt', async () => {
      const calls = backend();
      const el = await form();
      await answerRequired(el);
      await type(el, 'answers-own-words', '  Kielikurssi ');
      await toCheck(el);
      const key = el.idempotencyKey;
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'receipt');
      expect(posts(calls)).to.have.length(1);
      expect(posts(calls)[0]!.headers['idempotency-key']).to.equal(key);
      expect(posts(calls)[0]!.body).to.deep.equal({
        answers: { situation: 'laid-off', 'help-needed': ['cv', 'training'], 'own-words': 'Kielikurssi' },
      });
      expect(heading(el)).to.equal('Vastauksesi on lähetetty');
      expect(root(el).activeElement).to.equal($(el, 'h1'));
      expect($(el, '.panel').textContent).to.contain('Vastaanotettu 25. marraskuuta 2026 klo 12.00.');
      expect(rows(el)[2]).to.deep.equal(['Mikä auttaisi sinua parhaiten työllistymään? Kerro omin sanoin.', 'Kielikurssi']);
      expect($<HTMLAnchorElement>(el, 'a[href="/job-search"]').textContent).to.equal('Takaisin työnhakuun');
      expect(calls.some((c) => c.method === 'DELETE' && c.url === '/api/drafts/job-search.assessment')).to.equal(true);
    });

    it('on a 409 shows the answers already received, says so, and refreshes the job seeking', async () => {
      let answered = false;
      const calls = backend({
        assessment: () => json(answered ? completedAssessment : openAssessment),
        post: () => {
          answered = true;
          return apiError('conflict', 409);
        },
      });
      const el = await form();
      await answerRequired(el);
      await toCheck(el);
      const changed = oneEvent(el, 'job-search-changed');
      await sendFromCheck(el);
      expect(((await changed) as unknown as JobSearchChangedEvent).jobSearch).to.deep.equal(assessmentReceipt.jobSearch);
      await waitUntil(() => root(el).querySelector('.notice.error') !== null);
      expect(calls.filter((c) => c.method === 'GET' && c.url === '/api/job-search/assessment')).to.have.length(2);
      expect($(el, '.notice.error').textContent).to.contain('Vastauksesi oli jo vastaanotettu');
      await waitUntil(() => root(el).activeElement === $(el, '.notice.error'));
      expect(heading(el)).to.equal('Vastauksesi palvelutarvekysymyksiin');
      expect(root(el).querySelector('form')).to.equal(null);
    });

    it('says when there is nothing to answer, with a link back', async () => {
      backend({ assessment: () => apiError('not-found', 404) });
      const el = await form();
      expect(el.loadState).to.equal('not-found');
      expect(heading(el)).to.equal('Palvelutarvekysymykset');
      expect(text(el)).to.contain('Sinulla ei ole vastattavia palvelutarvekysymyksiä.');
      expect($<HTMLAnchorElement>(el, 'a[href="/job-search"]').textContent).to.equal('Takaisin työnhakuun');
    });

    it('offers a retry when the questions cannot be fetched', async () => {
      let fail = true;
      backend({ assessment: () => (fail ? apiError('internal-error', 503) : json(openAssessment)) });
      const el = await form();
      expect(el.loadState).to.equal('failed');
      await waitUntil(() => root(el).activeElement === $(el, '.retry'));
      fail = false;
      await click(el, '.retry');
      await waitUntil(() => el.loadState === 'loaded');
      expect(root(el).querySelector('form')).to.exist;
    });

    it('shows answers already sent, read-only, with the time they were sent', async () => {
      const calls = backend({ assessment: () => json(completedAssessment), draft: { answers: { situation: 'employed' } } });
      const el = await form();
      expect(heading(el)).to.equal('Vastauksesi palvelutarvekysymyksiin');
      expect($(el, '.completed-at').textContent).to.equal('Vastasit kysymyksiin 10. syyskuuta 2026 klo 12.30.');
      expect(rows(el)).to.deep.equal([
        ['Mikä kuvaa tilannettasi parhaiten?', 'Olen lomautettuna'],
        ['Missä tarvitset apua työllistymiseen?', 'Ansioluettelo ja työhakemus | Koulutukseen hakeutuminen'],
        ['Mikä auttaisi sinua parhaiten työllistymään? Kerro omin sanoin.', 'Kielikurssi'],
      ]);
      expect(root(el).querySelector('form, input, .change')).to.equal(null);
      expect(root(el).querySelector('.deadline')).to.equal(null);
      // A draft left over is not offered for answers already sent.
      expect(root(el).querySelector('.notice')).to.equal(null);
      portalBus.publish(SessionExpiringTopic, { expiresAt: new Date(Date.now() + 60_000).toISOString() });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(calls.filter((c) => c.method === 'PUT')).to.have.length(0);
    });

    it('speaks Swedish and English, the questions too', async () => {
      backend();
      const el = await form();
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(heading(el)).to.equal('Besvara frågorna om servicebehov');
      expect($(el, '#answers-situation').closest('fieldset')!.querySelector('legend')!.textContent).to.equal(
        'Vad beskriver din situation bäst? (obligatorisk)',
      );
      expect($(el, '.deadline .tag').textContent).to.equal('2 dagar kvar');
      await submit(el);
      expect($(el, '#answers-situation-error').textContent).to.equal('Fel: Svara på frågan ”Vad beskriver din situation bäst?”');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(heading(el)).to.equal('Answer the service-need questions');
      expect($(el, 'label[for="answers-help-needed-cv"]').textContent).to.equal('CV and job applications');
      expect($(el, 'label[for="answers-own-words"]').textContent).to.equal(
        'What would help you most to find work? Tell us in your own words. (optional)',
      );
      expect($(el, '.deadline .due-date').textContent).to.equal(
        `Answer by ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${addDays(today, 2)}T12:00:00Z`))}.`,
      );
    });
  });

  describe('keyboard', () => {
    it('answers with arrow keys and Space, and continues with Enter', async () => {
      backend();
      const el = await form();
      $(el, '#answers-situation').focus();
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => el.values?.['situation'] === 'laid-off');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.id).to.equal('answers-help-needed');
      // ' ', not 'Space': the one name both Playwright and Firefox's WebDriver BiDi know.
      await sendKeys({ press: ' ' });
      await waitUntil(() => (el.values?.['help-needed'] ?? []).length === 1);
      $(el, 'form button[type="submit"]').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.step === 'check');
      expect(root(el).activeElement).to.equal($(el, 'h1'));
      $(el, 'button.send').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.step === 'receipt');
    });
  });

  describe('drafts', () => {
    it('restores saved answers once and says so, ignoring what the questions no longer offer', async () => {
      backend({ draft: { answers: { situation: 'laid-off', 'help-needed': ['cv', 'astrology'], 'own-words': 'Kesken', gone: 'x' } } });
      const el = await form();
      expect($<HTMLInputElement>(el, '#answers-situation-laid-off').checked).to.equal(true);
      expect($<HTMLInputElement>(el, '#answers-help-needed-cv').checked).to.equal(true);
      expect(el.values?.['help-needed']).to.deep.equal(['cv']);
      expect($<HTMLTextAreaElement>(el, '#answers-own-words').value).to.equal('Kesken');
      expect($(el, '.notice[role="status"]').textContent).to.contain('Palautimme tiedot');
      expect(restoreAnswers(assessmentQuestions, { answers: { situation: ['laid-off'], 'help-needed': 'cv' } }).restored).to.equal(false);
    });
  });

  describe('model', () => {
    it('checks answers as the server does, by question', () => {
      expect(validateAnswers(assessmentQuestions, { situation: 'nope', 'help-needed': ['cv'], 'own-words': '' })).to.deep.equal({
        ok: false,
        errors: { 'answers.situation': 'answer.invalid' },
      });
      expect(validateAnswers(assessmentQuestions, { situation: 'employed', 'help-needed': ['cv'], 'own-words': '   ' })).to.deep.equal({
        ok: true,
        request: { answers: { situation: 'employed', 'help-needed': ['cv'] } },
      });
    });

    it('uses fixtures that fit the contract', () => {
      for (const assessment of [openAssessment, overdueAssessment, completedAssessment] as Assessment[])
        expect(validate(AssessmentSchema, assessment).ok).to.equal(true);
      expect(validate(JobSearchReceiptSchema, assessmentReceipt).ok).to.equal(true);
      expect(activeWithReports.assessment?.state).to.equal('completed');
    });
  });
});
