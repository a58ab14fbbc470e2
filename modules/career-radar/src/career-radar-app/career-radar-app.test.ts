import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  CurrentItemsChangedTopic,
  IDEMPOTENCY_KEY_HEADER,
  LocaleTopic,
  NavigationTopic,
  PageTopic,
  portalBus,
  RouteTopic,
  SessionTopic,
} from '@portal/shared-contracts';
import { CAREER_RADAR_PATHS, QUESTIONNAIRE_VERSION } from '@portal/shared-contracts/career-radar';
import { defineCareerRadarElements } from '../define.js';
import type { CareerRadarCompletedEvent } from '../events.js';
import { answersOf, apiError, earlierResults, json, restoreFetch, savedResult, stubFetch, type FetchCall } from '../testing/fixtures.js';
import { $, $$, answerStep, click, complete, focused, next, text } from '../testing/helpers.js';
import { subPageOf, type CareerRadarApp } from './career-radar-app.js';

defineCareerRadarElements();

// In the portal: the shell has published the route, the language and the session. (Without any of
// them, see career-radar-app.standalone.test.ts, which runs in a page of its own.)
const inPortal = (path = '/career-radar'): void => portalBus.publish(RouteTopic, { path, area: 'career-radar' });
const signedOut = (): void => portalBus.publish(SessionTopic, { status: 'signed-out' });
const signedIn = (): void => portalBus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });

/** Weakest: activity (1,0), goals (1,7), wellbeing (2,0); support the strongest (4,7). */
const ANSWERS = { goals: [1, 2, 2], activity: [1, 1, 1], wellbeing: [2, 2, 2], support: [5, 4, 5] } as const;

const app = (template = html`<career-radar-app></career-radar-app>`): Promise<CareerRadarApp> => fixture<CareerRadarApp>(template);

/** Signed in: the earlier results, and a POST that saves (or `post`'s answer). */
function backend(options: { list?: () => Response; post?: (call: FetchCall) => Response } = {}): FetchCall[] {
  return stubFetch((call) => {
    if (call.url === CAREER_RADAR_PATHS.results && call.method === 'GET') return options.list?.() ?? json({ items: earlierResults });
    if (call.url === CAREER_RADAR_PATHS.results && call.method === 'POST') {
      if (options.post) return options.post(call);
      const answers = (call.body as { answers: Record<string, number> }).answers;
      return json(savedResult('9d8c7b6a-5f4e-4d3c-8b2a-1a0b9c8d7e6f', '2026-11-25T10:00:00.000Z', answers), 201);
    }
    return apiError('not-found', 404);
  });
}

const tableRows = (el: CareerRadarApp): string[][] =>
  $$(el, 'table.scores tbody tr').map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );

describe('career-radar-app', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    inPortal();
    signedOut();
  });
  afterEach(() => {
    fixtureCleanup();
    restoreFetch();
  });

  describe('accessibility', () => {
    it('is accessible: the intro, a step, a step with errors', async () => {
      const el = await app();
      await expect(el).to.be.accessible();
      await click(el, 'button.start');
      await answerStep(el, [4]);
      await expect(el).to.be.accessible();
      await next(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible: the result signed out, and signed in comparing with an earlier one', async () => {
      const el = await app();
      await complete(el, ANSWERS);
      await expect(el).to.be.accessible();
      backend();
      signedIn();
      await waitUntil(() => el.earlierState === 'loaded');
      await el.updateComplete;
      await click(el, 'button.compare');
      await expect(el).to.be.accessible();
    });
  });

  describe('steps and progress', () => {
    it('starts at 1 / 8 with the progress, the factor and its statements, and focus on the step heading', async () => {
      const titles: string[] = [];
      const subscription = portalBus.subscribe(PageTopic, ({ area, title }) => titles.push(`${area}:${title}`));
      const el = await app();
      expect($(el, 'h1').textContent).to.equal('Työelämätutka');
      expect(text(el)).to.contain('24 väittämää');
      await click(el, 'button.start');
      await waitUntil(() => focused(el)?.id === 'step-heading');
      expect(text(el, '.progress-text')).to.equal('1 / 8');
      expect(text(el, '#step-heading')).to.equal('Vaihe 1 / 8 Tavoitteiden selkeys');
      const progress = $<HTMLProgressElement>(el, 'progress');
      expect([progress.value, progress.max]).to.deep.equal([1, 8]);
      expect(progress.getAttribute('aria-label')).to.equal('Edistyminen: vaihe 1 / 8');
      expect($$(el, 'fieldset.statement legend').map((l) => l.textContent)).to.deep.equal([
        'Tiedän, millaista työtä tai koulutusta haluan hakea.',
        'Minulla on selkeä suunnitelma seuraavia askeliani varten.',
        'Tiedän, mitä tavoitteeni saavuttaminen minulta vaatii.',
      ]);
      // Real radios, 1–5, nothing chosen; the meanings of both ends written beside the scale.
      const radios = $$<HTMLInputElement>(el, 'fieldset#statement-goals-1 input[type="radio"]');
      expect(radios.map((r) => [r.value, r.checked, r.name])).to.deep.equal([1, 2, 3, 4, 5].map((v) => [String(v), false, 'goals-1']));
      expect(text(el, '#statement-goals-1 .scale-ends')).to.equal('1 = täysin eri mieltä 5 = täysin samaa mieltä');
      expect(radios[0]!.closest('label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('1 1 täysin eri mieltä');
      await answerStep(el, [4, 4, 4]);
      await next(el);
      expect(text(el, '.progress-text')).to.equal('2 / 8');
      expect(text(el, '#step-heading .factor-name')).to.equal('Luottamus omiin mahdollisuuksiin');
      expect(focused(el)?.id).to.equal('step-heading');
      expect(titles.at(-1)).to.equal('career-radar:Vaihe 2 / 8: Luottamus omiin mahdollisuuksiin – Työelämätutka');
      subscription.unsubscribe();
    });

    it('Back and Next keep every answer, also a step answered only in part', async () => {
      const el = await app();
      await click(el, 'button.start');
      await answerStep(el, [5, 4, 3]);
      await next(el);
      await answerStep(el, [2]);
      await click(el, 'button.back');
      await waitUntil(() => el.step === 0);
      expect($$<HTMLInputElement>(el, 'input:checked').map((r) => r.id)).to.deep.equal([
        'answer-goals-1-5',
        'answer-goals-2-4',
        'answer-goals-3-3',
      ]);
      expect(focused(el)?.id).to.equal('step-heading');
      await next(el);
      expect($$<HTMLInputElement>(el, 'input:checked').map((r) => r.id)).to.deep.equal(['answer-confidence-1-2']);
      // Back from the first step is the intro; the answers stay for when the person starts again.
      await click(el, 'button.back');
      await click(el, 'button.back');
      await waitUntil(() => el.view === 'intro');
      await click(el, 'button.start');
      expect($$<HTMLInputElement>(el, 'input:checked')).to.have.length(3);
    });

    it("the browser's Back and Forward move between the steps, answers kept, instead of leaving the tool", async () => {
      const el = await app();
      const address = window.location.href;
      await click(el, 'button.start');
      await answerStep(el, [5, 4, 3]);
      await next(el);
      await answerStep(el, [2]);
      window.history.back();
      await waitUntil(() => el.step === 0);
      expect(el.view).to.equal('questions');
      expect(window.location.href).to.equal(address);
      expect($$<HTMLInputElement>(el, 'input:checked').map((r) => r.id)).to.deep.equal([
        'answer-goals-1-5',
        'answer-goals-2-4',
        'answer-goals-3-3',
      ]);
      await waitUntil(() => focused(el)?.id === 'step-heading');
      window.history.forward();
      await waitUntil(() => el.step === 1);
      expect($$<HTMLInputElement>(el, 'input:checked').map((r) => r.id)).to.deep.equal(['answer-confidence-1-2']);
      // Back past the first step is the intro, still with the answers for when the person starts again.
      window.history.go(-2);
      await waitUntil(() => el.view === 'intro');
      expect(focused(el)?.id).to.equal('main-heading');
      await click(el, 'button.start');
      expect($$<HTMLInputElement>(el, 'input:checked')).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('"Change your answers" on the result goes back to the last step with everything kept', async () => {
      const el = await app();
      await complete(el, ANSWERS);
      await click(el, 'button.change');
      await waitUntil(() => el.view === 'questions');
      expect(text(el, '.progress-text')).to.equal('8 / 8');
      expect($$<HTMLInputElement>(el, 'input:checked')).to.have.length(3);
      await next(el);
      expect(el.view).to.equal('result');
    });
  });

  describe('unanswered statements', () => {
    it('Next with statements unanswered: an error summary takes focus, each error links to its radio group', async () => {
      const el = await app();
      await click(el, 'button.start');
      await answerStep(el, [4]);
      await next(el);
      expect(el.step).to.equal(0);
      const summary = $(el, '.error-summary');
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(focused(el)).to.equal(summary);
      const links = $$<HTMLAnchorElement>(el, '.error-summary a');
      expect(links.map((a) => a.textContent)).to.deep.equal([
        'Vastaa väittämään: Minulla on selkeä suunnitelma seuraavia askeliani varten.',
        'Vastaa väittämään: Tiedän, mitä tavoitteeni saavuttaminen minulta vaatii.',
      ]);
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#answer-goals-2-1', '#answer-goals-3-1']);
      // Each group says what is wrong, tied to it for screen readers.
      const group = $(el, '#statement-goals-2');
      expect(group.classList.contains('has-error')).to.equal(true);
      expect(group.getAttribute('aria-describedby')).to.equal('statement-goals-2-error');
      expect(text(el, '#statement-goals-2-error')).to.equal('Virhe: Valitse vaihtoehto 1–5.');
      expect($(el, '#statement-goals-1').hasAttribute('aria-describedby')).to.equal(false);
      links[1]!.click();
      expect(focused(el)?.id).to.equal('answer-goals-3-1');
      // Answered: Next goes on, and the errors are gone.
      await answerStep(el, [4, 4, 4]);
      await next(el);
      expect(el.step).to.equal(1);
      expect($$(el, '.error-summary')).to.have.length(0);
    });
  });

  describe('keyboard', () => {
    it('answers with Space and the arrow keys, moves between statements with Tab, and goes on with Enter', async () => {
      const el = await app();
      await click(el, 'button.start');
      $(el, '#answer-goals-1-1').focus();
      // ' ', not 'Space': the one name both Playwright and Firefox's WebDriver BiDi know.
      await sendKeys({ press: ' ' });
      await waitUntil(() => el.answers['goals-1'] === 1);
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => el.answers['goals-1'] === 2);
      await sendKeys({ press: 'Tab' });
      expect(focused(el)?.id).to.equal('answer-goals-2-1');
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => el.answers['goals-2'] === 3);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' });
      await waitUntil(() => el.answers['goals-3'] === 1);
      $(el, 'button.next').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.step === 1);
      expect(focused(el)?.id).to.equal('step-heading');
    });
  });

  describe('the result', () => {
    it('shows the scores as an SVG radar chart with a title, values on the axes, and the same in a table', async () => {
      const el = await app();
      await complete(el, ANSWERS);
      expect(focused(el)?.id).to.equal('result-heading');
      const svg = $<SVGSVGElement>(el, 'svg.radar-chart');
      expect(svg.getAttribute('role')).to.equal('img');
      const title = $(el, `#${svg.getAttribute('aria-labelledby')!}`);
      expect(title.localName).to.equal('title');
      expect(title.textContent).to.equal('Työelämätutkan tulos kaaviona');
      expect($(el, `#${svg.getAttribute('aria-describedby')!}`).textContent).to.contain(
        'Tavoitteiden selkeys 1,7; Luottamus omiin mahdollisuuksiin 3,0; Työnhaun aktiivisuus 1,0',
      );
      expect($$(el, '.axis-label').map((t) => t.textContent)).to.deep.equal([
        'Tavoitteet1,7',
        'Luottamus3,0',
        'Aktiivisuus1,0',
        'Joustavuus3,0',
        'Osaaminen3,0',
        'Jaksaminen2,0',
        'Tuki4,7',
        'Elämäntilanne3,0',
      ]);
      expect($(el, 'polygon.shape.current').getAttribute('points')!.split(' ')).to.have.length(8);
      expect($$(el, 'svg.radar-chart circle.marker.current')).to.have.length(8);
      expect($$(el, '.shape.compared')).to.have.length(0);
      expect($$(el, 'table.scores thead th').map((th) => th.textContent!.trim())).to.have.length(2);
      expect(tableRows(el)).to.deep.equal([
        ['Tavoitteiden selkeys (kehityskohde)', '1,7'],
        ['Luottamus omiin mahdollisuuksiin', '3,0'],
        ['Työnhaun aktiivisuus (kehityskohde)', '1,0'],
        ['Joustavuus', '3,0'],
        ['Osaaminen ja taidot', '3,0'],
        ['Jaksaminen ja terveys (kehityskohde)', '2,0'],
        ['Muiden tuki', '4,7'],
        ['Elämäntilanne', '3,0'],
      ]);
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(tableRows(el)[0]).to.deep.equal(['Clarity of goals (to work on)', '1.7']);
    });

    it('suggests for the three weakest factors, weakest first, with links to the portal and to public services', async () => {
      const el = await app();
      await complete(el, ANSWERS);
      expect($$(el, '.suggestion').map((s) => s.getAttribute('data-factor'))).to.deep.equal(['activity', 'goals', 'wellbeing']);
      expect(text(el, '.suggestion[data-factor="activity"] .heading')).to.equal('Työnhaun aktiivisuus 1,0 / 5');
      const links = $$<HTMLAnchorElement>(el, '.suggestion[data-factor="activity"] a');
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://tyomarkkinatori.fi', '/job-search']);
      expect(links[0]!.textContent).to.equal('Avoimet työpaikat Työmarkkinatorilla (ulkopuolinen sivusto)');
      // A portal link asks the shell to navigate; an external one is left to the browser.
      const requested: string[] = [];
      const subscription = portalBus.subscribe(NavigationTopic, ({ path }) => requested.push(path));
      links[1]!.click();
      expect(requested).to.deep.equal(['/job-search']);
      subscription.unsubscribe();
    });

    it('all factors strong: no weak factors, a word on strengths', async () => {
      const el = await app();
      await complete(
        el,
        Object.fromEntries(
          ['goals', 'confidence', 'activity', 'flexibility', 'competence', 'wellbeing', 'support', 'circumstances'].map((id) => [
            id,
            [4, 5, 4],
          ]),
        ),
      );
      expect($$(el, '.suggestion')).to.have.length(0);
      expect(text(el, '.suggestions')).to.contain('Kaikki osa-alueesi saivat vähintään 4 pistettä');
    });
  });

  describe('signed out and signed in', () => {
    it('signed out: nothing sent anywhere, a Print button, and a note that signing in allows saving', async () => {
      const calls = backend();
      const el = await app();
      await complete(el, ANSWERS);
      expect(calls).to.deep.equal([]);
      expect($$(el, 'button.save-button')).to.have.length(0);
      expect($$(el, '.earlier')).to.have.length(0);
      expect(text(el, '.notice')).to.contain('Jos kirjaudut sisään');
      const print = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        await click(el, 'button.print');
      } finally {
        window.print = print;
      }
      expect(printed).to.equal(1);
    });

    it('signed in: Save posts the answers (never scores) with an idempotency key; the saved result is said and left out of the earlier ones', async () => {
      const changed: string[] = [];
      const subscription = portalBus.subscribe(CurrentItemsChangedTopic, ({ area }) => changed.push(area));
      signedIn();
      const calls = backend();
      const el = await app();
      await complete(el, ANSWERS);
      await waitUntil(() => el.earlierState === 'loaded');
      await click(el, 'button.save-button');
      await waitUntil(() => el.saveState === 'saved');
      await el.updateComplete;
      const post = calls.find((call) => call.method === 'POST')!;
      expect(post.body).to.deep.equal({ questionnaireVersion: QUESTIONNAIRE_VERSION, answers: answersOf(ANSWERS) });
      expect(post.headers[IDEMPOTENCY_KEY_HEADER]).to.match(/^[0-9a-f-]{36}$/);
      expect(text(el, '.save-status')).to.match(/^Tulos on tallennettu \(25\.11\.2026 klo \d{1,2}\.00\)\.$/);
      expect($$(el, 'button.save-button')).to.have.length(0);
      expect(changed).to.deep.equal(['career-radar']);
      subscription.unsubscribe();
    });

    it('a failed save keeps the answers, says so with focus, and the retry sends the same key', async () => {
      signedIn();
      let attempts = 0;
      const calls = backend({
        post: (call) => {
          attempts++;
          const answers = (call.body as { answers: Record<string, number> }).answers;
          return attempts === 1
            ? apiError('internal-error', 500)
            : json(savedResult('9d8c7b6a-5f4e-4d3c-8b2a-1a0b9c8d7e6f', '2026-11-25T10:00:00.000Z', answers), 200);
        },
      });
      const el = await app();
      await complete(el, ANSWERS);
      await click(el, 'button.save-button');
      await waitUntil(() => el.saveState === 'failed');
      await el.updateComplete;
      expect(focused(el)?.id).to.equal('save-error');
      expect(text(el, '#save-error')).to.contain('Tallentaminen ei onnistunut');
      expect(text(el, 'button.save-button')).to.equal('Yritä uudelleen');
      await click(el, 'button.save-button');
      await waitUntil(() => el.saveState === 'saved');
      const keys = calls.filter((call) => call.method === 'POST').map((call) => call.headers[IDEMPOTENCY_KEY_HEADER]);
      expect(keys).to.have.length(2);
      expect(keys[0]).to.equal(keys[1]);
    });

    it('compares an earlier result on the same chart (dashed, square points) and in the table as a second column', async () => {
      signedIn();
      backend();
      const el = await app();
      await complete(el, ANSWERS);
      await waitUntil(() => el.earlierState === 'loaded');
      await el.updateComplete;
      const buttons = $$<HTMLButtonElement>(el, 'button.compare');
      expect(buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        `Vertaa tulokseen 1.2.2026 klo 12.00`,
        `Vertaa tulokseen 15.8.2025 klo 12.30`,
      ]);
      expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false']);
      await click(el, 'button.compare');
      expect(buttons[0]!.getAttribute('aria-pressed')).to.equal('true');
      expect($$(el, 'svg.radar-chart polygon.shape.compared')).to.have.length(1);
      expect(getComputedStyle($(el, 'polygon.shape.compared')).strokeDasharray).to.match(/10(px)?,? 6(px)?/);
      expect($$(el, 'svg.radar-chart rect.marker.compared')).to.have.length(8);
      expect(text(el, '.legend')).to.contain('Vertailutulos (1.2.2026 klo 12.00): katkoviiva, neliön muotoiset pisteet');
      expect($$(el, '.axis-value')[0]!.textContent).to.equal('1,7 / 2,0');
      const headers = $$(el, 'table.scores thead th').map((th) => th.textContent!.trim());
      expect(headers).to.have.length(4);
      expect([headers[0], headers[2], headers[3]]).to.deep.equal(['Tekijä', 'Vertailutulos (1.2.2026 klo 12.00)', 'Muutos']);
      expect(headers[1]).to.match(/^Tämä tulos \(\d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}\)$/);
      expect(tableRows(el)[0]).to.deep.equal(['Tavoitteiden selkeys (kehityskohde)', '1,7', '2,0', '−0,3']);
      expect(tableRows(el)[2]).to.deep.equal(['Työnhaun aktiivisuus (kehityskohde)', '1,0', '1,3', '−0,3']);
      expect(tableRows(el)[5]).to.deep.equal(['Jaksaminen ja terveys (kehityskohde)', '2,0', '4,0', '−2,0']);
      expect(text(el, '[role="status"][aria-live="polite"]')).to.equal(
        'Kaaviossa ja taulukossa verrataan nyt tulokseen 1.2.2026 klo 12.00.',
      );
      await click(el, 'button.stop-comparing');
      expect($$(el, '.shape.compared')).to.have.length(0);
      expect($$(el, 'table.scores thead th')).to.have.length(2);
    });

    it('signing out hides everything of the person', async () => {
      signedIn();
      backend();
      const el = await app();
      await complete(el, ANSWERS);
      await waitUntil(() => el.earlierState === 'loaded');
      await el.updateComplete;
      await click(el, 'button.compare');
      signedOut();
      await el.updateComplete;
      expect($$(el, '.earlier, .save, .shape.compared')).to.have.length(0);
      expect(text(el, '.notice')).to.contain('Jos kirjaudut sisään');
    });
  });

  describe('language', () => {
    it('its own lang attribute comes before the portal’s language, and follows changes', async () => {
      const el = await app(html`<career-radar-app lang="sv"></career-radar-app>`);
      expect($(el, 'h1').textContent).to.equal('Arbetslivsradarn');
      expect($(el, '.container').getAttribute('lang')).to.equal('sv');
      el.setAttribute('lang', 'en-GB');
      await el.updateComplete;
      expect($(el, 'h1').textContent).to.equal('Working life radar');
      el.removeAttribute('lang');
      await el.updateComplete;
      expect($(el, 'h1').textContent).to.equal('Työelämätutka');
    });

    it('the portal’s language comes before the document’s', async () => {
      const documentLang = document.documentElement.getAttribute('lang');
      document.documentElement.setAttribute('lang', 'sv');
      try {
        portalBus.publish(LocaleTopic, { locale: 'en' });
        const el = await app();
        expect($(el, 'h1').textContent).to.equal('Working life radar');
        portalBus.publish(LocaleTopic, { locale: 'fi' });
        await el.updateComplete;
        expect($(el, 'h1').textContent).to.equal('Työelämätutka');
      } finally {
        if (documentLang === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.setAttribute('lang', documentLang);
      }
    });
  });

  describe('the completion event', () => {
    it('bubbles out of the element with the version and the time, without scores unless share-result is set', async () => {
      const el = await app();
      const heard = oneEvent(document, 'career-radar-completed') as Promise<CareerRadarCompletedEvent>;
      const before = Date.now();
      await complete(el, ANSWERS);
      const event = await heard;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(Object.keys(event.detail).sort()).to.deep.equal(['completedAt', 'questionnaireVersion']);
      expect(event.detail.questionnaireVersion).to.equal(QUESTIONNAIRE_VERSION);
      expect(Date.parse(event.detail.completedAt)).to.be.within(before, Date.now());
    });

    it('with share-result, carries the scores too, and never anything of the person', async () => {
      signedIn();
      backend();
      const el = await app(html`<career-radar-app share-result></career-radar-app>`);
      expect(el.shareResult).to.equal(true);
      const heard = oneEvent(el, 'career-radar-completed') as Promise<CareerRadarCompletedEvent>;
      await complete(el, ANSWERS);
      const { detail } = await heard;
      expect(Object.keys(detail).sort()).to.deep.equal(['completedAt', 'questionnaireVersion', 'scores']);
      expect(detail.scores).to.deep.equal({
        goals: 1.67,
        confidence: 3,
        activity: 1,
        flexibility: 3,
        competence: 3,
        wellbeing: 2,
        support: 4.67,
        circumstances: 3,
      });
      expect(JSON.stringify(detail)).not.to.contain('Tessa');
    });
  });

  describe('pages in the portal', () => {
    it('knows its pages by path', () => {
      expect(subPageOf('/career-radar', '/career-radar')).to.equal('front');
      expect(subPageOf('/career-radar/', '/career-radar')).to.equal('front');
      expect(subPageOf('/career-radar/results?x=1', '/career-radar')).to.equal('results');
      expect(subPageOf('/career-radar/nothing', '/career-radar')).to.equal('not-found');
      expect(subPageOf('/profile', '/career-radar')).to.equal('front');
    });

    it('shows the saved results below /results, and "not found" for other paths', async () => {
      signedIn();
      backend();
      inPortal('/career-radar/results');
      const el = await app(html`<career-radar-app base-path="/career-radar"></career-radar-app>`);
      const results = $(el, 'career-radar-results');
      expect(results.getAttribute('lang')).to.equal('fi');
      inPortal('/career-radar/nothing');
      await el.updateComplete;
      expect($(el, 'h1').textContent).to.equal('Sivua ei löytynyt');
      expect($<HTMLAnchorElement>(el, 'a').getAttribute('href')).to.equal('/career-radar');
    });

    it('signed in, the intro links to the saved results', async () => {
      signedIn();
      const el = await app(html`<career-radar-app base-path="/career-radar"></career-radar-app>`);
      expect($<HTMLAnchorElement>(el, 'a').getAttribute('href')).to.equal('/career-radar/results');
      expect(text(el)).to.contain('Olet kirjautunut sisään');
    });
  });
});
