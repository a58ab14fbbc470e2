import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LocaleTopic, NavigationTopic, PageTopic, portalBus, RouteTopic } from '@portal/shared-contracts';
import { REQUEST_STATES, type ClarificationRequest } from '@portal/shared-contracts/unemployment-security';
import { defineUnemploymentSecurityElements } from '../define.js';
import { addDays } from '@portal/ui-kit/page';
import {
  apiError,
  attachmentsRequest,
  contractPdf,
  ids,
  json,
  lateRequest,
  openRequest,
  payslipPdf,
  processedRequest,
  restoreFetch,
  stubFetch,
  today,
  type FetchCall,
} from '../testing/fixtures.js';
import { $, $$, atPhoneWidth, expectNoSidewaysScroll, fiDate, squash, text } from '../testing/helpers.js';
import type { UnemploymentSecurityRequest } from './unemployment-security-request.js';

defineUnemploymentSecurityElements();

async function requestPage(
  request: ClarificationRequest | (() => Response),
  id = typeof request === 'function' ? ids.open : request.id,
): Promise<UnemploymentSecurityRequest> {
  const answer = typeof request === 'function' ? request : () => json(request);
  stubFetch((call: FetchCall) => (call.url === `/api/unemployment-security/requests/${id}` ? answer() : apiError('not-found', 404)));
  const el = await fixture<UnemploymentSecurityRequest>(
    html`<unemployment-security-request request-id=${id}></unemployment-security-request>`,
  );
  await waitUntil(() => el.loadState !== 'loading');
  await el.updateComplete;
  return el;
}

/** The state block's facts and sentence. */
const state = (el: HTMLElement): string => squash($(el, 'section[aria-labelledby="state-heading"]').textContent);

describe('unemployment-security-request', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(RouteTopic, { path: `/unemployment-security/requests/${ids.open}`, area: 'unemployment-security' });
  });
  afterEach(() => {
    fixtureCleanup();
    restoreFetch();
  });

  describe('accessibility', () => {
    for (const [name, request] of Object.entries({ openRequest, lateRequest, attachmentsRequest, processedRequest })) {
      it(`is accessible: ${name}`, async () => {
        await expect(await requestPage(request)).to.be.accessible();
      });
    }

    it('is accessible when not found and after a failure', async () => {
      await expect(await requestPage(() => apiError('not-found', 404))).to.be.accessible();
      await expect(await requestPage(() => apiError('internal-error', 500))).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('shows what must be explained, the attachments asked for, the return date with days left, the contact and the way to answer', async () => {
      const el = await requestPage(openRequest);
      expect($(el, '.caption').textContent).to.equal('Selvityspyyntö');
      expect($(el, 'h1').textContent).to.equal('Työsuhteen päättyminen');
      expect(state(el)).to.equal(
        `Tilanne Tila Odottaa vastaustasi Palautuspäivä ${fiDate(addDays(today, 2))} 2 päivää aikaa ` +
          `Vastaa viimeistään ${fiDate(addDays(today, 2))}. Jos et vastaa, asia ratkaistaan niiden tietojen perusteella, jotka toimistolla on. Myöhässä tullut vastaus otetaan vastaan, mutta se merkitään myöhästyneeksi.`,
      );
      expect($$(el, 'section[aria-labelledby="explain-heading"] p').map((p) => p.textContent)).to.deep.equal([
        'Kerro, miksi työsuhteesi Esimerkki Oy:ssä päättyi 31.10.2026.',
        'Kerro myös, irtisanoutuitko itse.',
      ]);
      expect($$(el, 'ul.required li').map((li) => li.textContent)).to.deep.equal(['Työsopimus', 'Viimeisin palkkalaskelma']);
      expect(squash($(el, '.contact').textContent)).to.equal(
        'Lisätietoja antaa Helsingin työllisyyspalvelut, Maija Virtanen Puhelin 09 310 12345 Sähköposti tyollisyyspalvelut@example.fi',
      );
      const answer = $<HTMLAnchorElement>(el, 'a.answer');
      expect(answer.textContent).to.equal('Vastaa selvityspyyntöön');
      expect(answer.getAttribute('href')).to.equal(`/unemployment-security/requests/${ids.open}/answer`);
      expect(el.shadowRoot!.querySelector('a.supplement')).to.equal(null);
      expect(text(el)).to.contain('Et ole vielä vastannut tähän selvityspyyntöön.');
      expect(el.shadowRoot!.querySelector('.warning-text')).to.equal(null);
    });

    it('says every state in words, with what happens next', async () => {
      const expected: Record<string, [string, string]> = {
        'awaiting-answer': ['Odottaa vastaustasi', 'Vastaa viimeistään'],
        'awaiting-attachments': ['Odottaa liitteitä', 'pyydettyjä liitteitä puuttuu'],
        'in-processing': ['Käsittelyssä', 'antaa työvoimapoliittisen lausunnon etuuden maksajalle 30 päivän kuluessa'],
        processed: ['Käsitelty', 'Ratkaisu on työvoimapoliittisessa lausunnossa'],
        unfounded: ['Aiheeton', 'ettei selvitystä tarvita'],
        'further-clarification-requested': ['Lisäselvitystä pyydetty', 'lähettää sinulle uuden selvityspyynnön'],
      };
      expect(Object.keys(expected)).to.have.members([...REQUEST_STATES]);
      for (const requestState of REQUEST_STATES) {
        const el = await requestPage({ ...openRequest, state: requestState });
        const [label, next] = expected[requestState]!;
        expect($(el, '.tag.state').textContent, requestState).to.equal(label);
        expect($(el, '.next').textContent, requestState).to.contain(next);
      }
      const el = await requestPage({ ...openRequest, state: 'further-clarification-requested' });
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect($(el, '.tag.state').textContent).to.equal('Ytterligare utredning begärd');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect($(el, '.tag.state').textContent).to.equal('Further clarification requested');
      expect($(el, '.next').textContent).to.contain('will send you a new request for clarification');
    });

    it('warns when the return date has passed that an answer is still accepted and marked late', async () => {
      const el = await requestPage(lateRequest);
      expect(state(el)).to.contain('Palautuspäivä on mennyt');
      expect($(el, '.return-date .tag').classList.contains('late')).to.equal(true);
      expect(squash($(el, '.warning-text').textContent)).to.equal(
        `! Huomio: Palautuspäivä ${fiDate(lateRequest.returnDate)} on mennyt. Voit silti vastata: vastauksesi otetaan vastaan, ja se merkitään myöhästyneeksi.`,
      );
      expect($(el, '.warning-text .icon').getAttribute('aria-hidden')).to.equal('true');
      expect($(el, 'a.answer')).to.exist;
      // What happens next does not ask for an answer "by" a day that has passed.
      expect(squash($(el, '.next').textContent)).to.equal(
        `Vastausaika päättyi ${fiDate(lateRequest.returnDate)}. Voit vielä vastata: myöhässä tullut vastaus otetaan vastaan, mutta se merkitään myöhästyneeksi. Jos et vastaa, asia ratkaistaan niiden tietojen perusteella, jotka toimistolla on.`,
      );
    });

    it('lists the answers sent, with the time received, the late mark and the files as download links', async () => {
      const el = await requestPage({
        ...attachmentsRequest,
        answers: [
          ...attachmentsRequest.answers,
          { id: ids.photo, kind: 'supplement', receivedAt: '2026-11-24T07:05:00.000Z', late: false, text: null, attachments: [payslipPdf] },
        ],
      });
      const answers = $$(el, 'ul.answers > li');
      expect(answers).to.have.length(2);
      expect(answers[0]!.querySelector('h3')!.textContent).to.equal('Vastaus');
      expect(squash(answers[0]!.querySelector('.received')!.textContent)).to.equal('Vastaanotettu 20. marraskuuta 2026 klo 12.15 Myöhässä');
      expect(answers[0]!.textContent).to.contain('Saapui palautuspäivän jälkeen.');
      expect(answers[0]!.querySelector('blockquote')!.textContent).to.equal(attachmentsRequest.answers[0]!.text);
      const link = answers[0]!.querySelector<HTMLAnchorElement>('ul.attachments a')!;
      expect(link.getAttribute('href')).to.equal(contractPdf.href);
      expect(link.hasAttribute('download')).to.equal(true);
      expect(squash(link.parentElement!.textContent)).to.equal('tyosopimus.pdf (PDF, 240 kt)');
      expect(answers[1]!.querySelector('h3')!.textContent).to.equal('Lisäliitteet');
      expect(answers[1]!.querySelector('.tag.late')).to.equal(null);
      expect(answers[1]!.querySelector('blockquote')).to.equal(null);
      expect(squash(answers[1]!.querySelector('ul.attachments li')!.textContent)).to.equal('palkkalaskelma.pdf (PDF, 1,5 Mt)');
    });

    it('offers "Send more attachments" while attachments are awaited, and mentions files uploaded but not sent', async () => {
      const el = await requestPage({ ...attachmentsRequest, pendingAttachments: [payslipPdf] });
      const supplement = $<HTMLAnchorElement>(el, 'a.supplement');
      expect(supplement.textContent).to.equal('Lähetä lisää liitteitä');
      expect(supplement.getAttribute('href')).to.equal(`/unemployment-security/requests/${ids.attachments}/answer`);
      expect(el.shadowRoot!.querySelector('a.answer')).to.equal(null);
      expect($(el, '.pending').textContent).to.equal(
        'Olet ladannut 1 tiedoston, jota ei ole vielä lähetetty. Se lähetetään vastauksesi mukana.',
      );
    });

    it('offers no action on a processed request, and no days-left tag', async () => {
      const el = await requestPage(processedRequest);
      expect(el.shadowRoot!.querySelector('.actions')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.return-date .tag')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.warning-text')).to.equal(null);
    });

    it('fits a 320 px wide phone screen without sideways scrolling, with a long file name', async () => {
      const long = { ...contractPdf, fileName: `${'tyosopimus_ja_palkkalaskelmat_lokakuu_'.repeat(4)}.pdf` };
      const el = await requestPage({
        ...lateRequest,
        answers: [{ ...attachmentsRequest.answers[0]!, attachments: [long] }],
        canAnswer: false,
        canSupplement: true,
      });
      await atPhoneWidth(el, async () => {
        expectNoSidewaysScroll(el);
        portalBus.publish(LocaleTopic, { locale: 'sv' });
        await el.updateComplete;
        expectNoSidewaysScroll(el);
      });
    });

    it('uses the request it is given without reading it again', async () => {
      const calls = stubFetch(() => json(openRequest));
      const el = await fixture<UnemploymentSecurityRequest>(
        html`<unemployment-security-request .requestId=${ids.open} .request=${openRequest}></unemployment-security-request>`,
      );
      await el.updateComplete;
      expect(el.loadState).to.equal('loaded');
      expect(calls).to.have.length(0);
    });

    it('says when the request is not found, and offers a retry after a failure', async () => {
      const missing = await requestPage(() => apiError('not-found', 404));
      expect($(missing, 'h1').textContent).to.equal('Selvityspyyntöä ei löytynyt');
      let fail = true;
      const el = await requestPage(() => (fail ? apiError('internal-error', 503) : json(openRequest)));
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.retry'));
      fail = false;
      $<HTMLButtonElement>(el, '.retry').click();
      await waitUntil(() => el.loadState === 'loaded');
    });

    it('speaks Swedish and English', async () => {
      const el = await requestPage(lateRequest);
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect($(el, '.caption').textContent).to.equal('Begäran om utredning');
      expect($(el, 'a.answer').textContent).to.equal('Svara på begäran om utredning');
      expect(state(el)).to.contain('Sista svarsdagen har passerat');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect($(el, 'h1').textContent).to.equal('Full-time studies');
      expect(text(el)).to.contain('What you must explain');
      expect(text(el)).to.contain('You can still answer: your answer is accepted, and it is marked as late.');
    });
  });

  describe('events', () => {
    it('announces the request’s title once read', async () => {
      const titles: string[] = [];
      const subscription = portalBus.subscribe(PageTopic, ({ title }) => titles.push(title));
      await requestPage(openRequest);
      subscription.unsubscribe();
      expect(titles.at(-1)).to.equal('Työsuhteen päättyminen – Selvityspyyntö');
    });

    it('goes to the answer form through the shell', async () => {
      const paths: string[] = [];
      const subscription = portalBus.subscribe(NavigationTopic, ({ path }) => paths.push(path));
      const el = await requestPage(openRequest);
      $<HTMLAnchorElement>(el, 'a.answer').click();
      subscription.unsubscribe();
      expect(paths).to.deep.equal([`/unemployment-security/requests/${ids.open}/answer`]);
    });
  });
});
