// The element alone, as on a partner's page on another origin: no shell, so nothing on the portal
// bus at all (no language, session or route). This file runs in a page of its own and must never
// publish to the bus: a replayed value could not be taken back.
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LocaleTopic, PageTopic, portalBus, RouteTopic, SessionTopic } from '@portal/shared-contracts';
import { defineCareerRadarElements } from '../define.js';
import type { CareerRadarCompletedEvent } from '../events.js';
import { restoreFetch, stubFetch } from '../testing/fixtures.js';
import { $, $$, click, complete, text } from '../testing/helpers.js';
import type { CareerRadarApp } from './career-radar-app.js';

defineCareerRadarElements();

const ANSWERS = { goals: [1, 2, 2], activity: [1, 1, 1], wellbeing: [2, 2, 2] } as const;

describe('career-radar-app alone (a partner page, no portal bus)', () => {
  let documentLang: string | null;
  beforeEach(() => {
    documentLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });
  afterEach(() => {
    fixtureCleanup();
    restoreFetch();
    if (documentLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', documentLang);
    document.querySelectorAll('style[data-hostile]').forEach((style) => style.remove());
  });

  it('has no bus values to go on', () => {
    expect([portalBus.current(LocaleTopic), portalBus.current(SessionTopic), portalBus.current(RouteTopic)]).to.deep.equal([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('is accessible, on the intro and on the result', async () => {
    const el = await fixture<CareerRadarApp>(html`<career-radar-app heading-level="2"></career-radar-app>`);
    await expect(el).to.be.accessible();
    await complete(el, ANSWERS);
    await expect(el).to.be.accessible();
  });

  it('renders in Finnish with no language anywhere, and works end to end without a server or a shell', async () => {
    const calls = stubFetch(() => new Response(null, { status: 500 }));
    const titles: string[] = [];
    const subscription = portalBus.subscribe(PageTopic, ({ title }) => titles.push(title));
    const el = await fixture<CareerRadarApp>(html`<career-radar-app></career-radar-app>`);
    expect($(el, 'h1').textContent).to.equal('Työelämätutka');
    const heard = oneEvent(el, 'career-radar-completed') as Promise<CareerRadarCompletedEvent>;
    await complete(el, ANSWERS);
    expect(Object.keys((await heard).detail).sort()).to.deep.equal(['completedAt', 'questionnaireVersion']);
    expect($$(el, 'table.scores tbody tr')).to.have.length(8);
    expect(text(el, '.notice')).to.contain('Jos kirjaudut sisään');
    expect($$(el, 'button.save-button')).to.have.length(0);
    // Nothing sent, and no page title for a shell that is not there: the partner's title stays.
    expect(calls).to.deep.equal([]);
    expect(titles).to.deep.equal([]);
    subscription.unsubscribe();
  });

  it('language: its own lang, else the nearest ancestor’s (across shadow roots), else the document’s, else Finnish', async () => {
    document.documentElement.setAttribute('lang', 'sv-FI');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><career-radar-app></career-radar-app><career-radar-app lang="fi"></career-radar-app></div>`,
    );
    const [inherits, own] = [...wrapper.querySelectorAll('career-radar-app')] as CareerRadarApp[];
    await inherits!.updateComplete;
    expect($(inherits!, 'h1').textContent).to.equal('Working life radar');
    expect($(own!, 'h1').textContent).to.equal('Työelämätutka');
    // An ancestor in a language the element does not speak: the document's decides.
    wrapper.setAttribute('lang', 'de');
    await waitUntil(() => $(inherits!, 'h1').textContent === 'Arbetslivsradarn', 'the change of an ancestor’s lang is followed');
    expect($(inherits!, '.container').getAttribute('lang')).to.equal('sv');
    document.documentElement.setAttribute('lang', 'ja');
    await waitUntil(() => $(inherits!, 'h1').textContent === 'Työelämätutka');

    // Inside another component's shadow root.
    const host = document.createElement('div');
    host.setAttribute('lang', 'en');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section><career-radar-app></career-radar-app></section>';
    document.body.append(host);
    try {
      const nested = shadow.querySelector('career-radar-app') as CareerRadarApp;
      await nested.updateComplete;
      expect($(nested, 'h1').textContent).to.equal('Working life radar');
    } finally {
      host.remove();
    }
  });

  it('heading-level puts its headings under the page’s own', async () => {
    const el = await fixture<CareerRadarApp>(html`<career-radar-app heading-level="2"></career-radar-app>`);
    expect($(el, '#main-heading').localName).to.equal('h2');
    await complete(el, ANSWERS);
    expect($(el, '#result-heading').localName).to.equal('h3');
    expect($(el, '.suggestion .heading').localName).to.equal('h4');
  });

  it('portal-url makes the suggestions’ portal links point at the portal, not the partner’s site', async () => {
    const el = await fixture<CareerRadarApp>(html`<career-radar-app portal-url="https://tyomarkkinatori.fi"></career-radar-app>`);
    await complete(el, ANSWERS);
    const hrefs = $$<HTMLAnchorElement>(el, '.suggestion a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('https://tyomarkkinatori.fi/job-search');
    expect(hrefs.every((href) => href?.startsWith('https://'))).to.equal(true);
  });

  it('stays usable under hostile page CSS', async () => {
    const style = document.createElement('style');
    style.dataset['hostile'] = '';
    style.textContent = `
      * { all: unset !important; }
      html { font-size: 4px !important; }
      career-radar-app { display: inline !important; color: #ff0 !important; font-size: 2px !important; letter-spacing: 1em !important; text-align: center !important; }
      button { display: none !important; }
      input { visibility: hidden !important; }
    `;
    document.head.append(style);
    const el = await fixture<CareerRadarApp>(html`<career-radar-app></career-radar-app>`);
    expect(getComputedStyle(el).display).to.equal('block');
    const container = $(el, '.container');
    const containerStyle = getComputedStyle(container);
    expect(parseFloat(containerStyle.fontSize)).to.be.at.least(12);
    expect(containerStyle.letterSpacing).to.be.oneOf(['normal', '0px']);
    expect(containerStyle.color).to.equal('rgb(26, 26, 26)');
    const start = $(el, 'button.start');
    expect(getComputedStyle(start).display).not.to.equal('none');
    expect(start.getBoundingClientRect().height).to.be.at.least(44);
    await click(el, 'button.start');
    const radio = $<HTMLInputElement>(el, '#answer-goals-1-3');
    expect(getComputedStyle(radio).visibility).to.equal('visible');
    expect(radio.getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('the custom properties restyle it', async () => {
    const el = await fixture<CareerRadarApp>(
      html`<career-radar-app style="--career-radar-accent: rgb(0, 100, 0); --career-radar-font-family: Georgia, serif; --career-radar-radius: 0px"></career-radar-app>`,
    );
    const start = $(el, 'button.start');
    expect(getComputedStyle(start).backgroundColor).to.equal('rgb(0, 100, 0)');
    expect(getComputedStyle(start).borderTopLeftRadius).to.equal('0px');
    expect(getComputedStyle($(el, '.container')).fontFamily).to.contain('Georgia');
  });
});
