// The legacy page of the person's own plan proposal (/legacy/plan/proposal): the form in the person's
// language with three rows, a row more by its own button with everything typed kept, validation errors
// by row (the summary, the message beside the field, what was typed kept), a submitted proposal seen
// by the API with post/redirect/get and a flash, one proposal per key, one waiting at a time, and the
// links to the form on the legacy plan page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { PLAN_PATHS, type PlanOverview } from '@portal/shared-contracts/plan';
import { PROPOSAL_TASKS_MAX } from '@portal/shared-contracts/plan-proposals';
import { Browser, TEST_CONFIG, TestClock, postForm, signIn, startTestServer, type TestServer } from '../testing/harness.js';

// 21:40 in Helsinki (UTC+2 in November): today is 25.11.2026.
const clock = new TestClock(new Date('2026-11-25T19:40:00Z'));
const OFFICE_TOKEN = TEST_CONFIG.officeApiTokens[0]?.token ?? '';
const PATH = '/legacy/plan/proposal';

let server: TestServer;
before(async () => {
  server = await startTestServer({ clock: clock.now });
});
after(() => server.close());

async function signedIn(person: 'sven' | 'tessa' | 'turva'): Promise<Browser> {
  const browser = new Browser(server.baseUrl);
  assert.equal((await signIn(browser, person)).callback.status, 303);
  return browser;
}

async function page(browser: Browser, path: string, status = 200): Promise<string> {
  const response = await browser.fetch(path);
  const html = await response.text();
  assert.equal(response.status, status, `${path}: ${html.slice(0, 500)}`);
  assert.match(response.headers.get('content-type') ?? '', /text\/html/);
  return html;
}

async function post(browser: Browser, path: string, fields: Record<string, string>, status: number): Promise<string> {
  const response = await browser.fetch(path, postForm(fields));
  const html = await response.text();
  assert.equal(response.status, status, html.slice(0, 800));
  return html;
}

/** The hidden fields of the page's (first) form. */
function hidden(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g))
    fields[match[1] ?? ''] = (match[2] ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
  return fields;
}

const legends = (html: string): string[] => [...html.matchAll(/<legend>([^<]*)<\/legend>/g)].map((match) => match[1] ?? '');

async function ownProposals(browser: Browser): Promise<PlanOverview['ownProposals']> {
  return ((await (await browser.fetch(PLAN_PATHS.plan)).json()) as PlanOverview).ownProposals;
}

describe('the own proposal form', () => {
  test('in Finnish: the goal, three task rows in fieldsets with a date from today, a message, the add-row and send buttons', async () => {
    const tessa = await signedIn('tessa');
    const html = await page(tessa, PATH);
    assert.match(html, /<h1>Laadi oma suunnitelmaehdotus<\/h1>/);
    assert.match(html, /data-legacy-path="\/proposal"/);
    assert.match(html, /<form method="post" action="\/legacy\/plan\/proposal" novalidate>/);
    assert.match(html, /<label for="goal">Tavoitteesi<\/label>/);
    assert.deepEqual(legends(html), ['Tehtävä 1', 'Tehtävä 2', 'Tehtävä 3']);
    assert.match(html, /<label for="task-1-description">Mitä teet\?<\/label>/);
    assert.match(html, /<label for="task-3-targetDate">Tavoitepäivä<\/label>/);
    assert.match(html, /<input id="task-2-targetDate" name="task-2-targetDate" type="date" min="2026-11-25" value=""/);
    assert.match(html, /<label for="message">Viesti asiantuntijalle<\/label>/);
    assert.match(html, /<button type="submit" name="action" value="add-row">Lisää tehtävärivi<\/button>/);
    assert.match(html, /<button type="submit" name="action" value="send">Lähetä ehdotus<\/button>/);
    const form = hidden(html);
    assert.equal(form['rows'], '3');
    assert.ok((form['csrf'] ?? '').length >= 40);
    assert.match(form['key'] ?? '', /^[0-9a-f-]{36}$/);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)/, 'no inline script');
  });

  test('in Swedish, and embedded: the words of the module, embedded=1 kept in the form', async () => {
    const sven = await signedIn('sven');
    const html = await page(sven, `${PATH}?embedded=1`);
    assert.match(html, /<h1>Gör ett eget planförslag<\/h1>/);
    assert.deepEqual(legends(html), ['Uppgift 1', 'Uppgift 2', 'Uppgift 3']);
    assert.match(html, />Måldatum<\/label>/);
    assert.match(html, /Lägg till en uppgiftsrad<\/button>/);
    assert.match(html, /action="\/legacy\/plan\/proposal\?embedded=1"/);
    assert.doesNotMatch(html, /class="legacy-header"/);
    const en = await page(sven, `${PATH}?lang=en`);
    assert.match(en, /<h1>Draft your own plan proposal<\/h1>/);
    assert.deepEqual(legends(en), ['Task 1', 'Task 2', 'Task 3']);
  });

  test('refused without the session’s token: 403, nothing sent', async () => {
    const turva = await signedIn('turva');
    const form = hidden(await page(turva, PATH));
    const fields = { ...form, csrf: '', goal: 'Töihin', 'task-1-description': 'Haen', 'task-1-targetDate': '2026-12-01' };
    assert.match(await post(turva, PATH, fields, 403), /Lomaketta ei voitu lähettää/);
    assert.deepEqual(await ownProposals(turva), []);
  });

  test('sent empty: 400, the summary linking to the goal and the first task, the messages beside them', async () => {
    const tessa = await signedIn('tessa');
    const html = await post(tessa, PATH, { ...hidden(await page(tessa, PATH)), action: 'send' }, 400);
    assert.match(html, /<title>! /);
    assert.match(html, /<div class="error-summary" role="alert" tabindex="-1" autofocus/);
    assert.match(html, /<a href="#goal">Kirjoita tavoitteesi kohtaan (&quot;|")Tavoitteesi(&quot;|")\.<\/a>/);
    assert.match(html, /<a href="#task-1-description">Lisää ehdotukseen vähintään yksi tehtävä\.<\/a>/);
    assert.match(html, /<p class="field-error" id="goal-error">/);
    assert.match(html, /<p class="field-error" id="tasks-error">/);
    assert.match(html, /<textarea id="goal"[^>]*aria-describedby="goal-hint goal-error"/);
    assert.deepEqual(legends(html), ['Tehtävä 1', 'Tehtävä 2', 'Tehtävä 3']);
    assert.deepEqual(await ownProposals(tessa), []);
  });

  test('errors by row, in the order of the page, with what was typed kept; empty rows ignored', async () => {
    const tessa = await signedIn('tessa');
    const form = hidden(await page(tessa, PATH));
    const typed = {
      ...form,
      goal: 'Töihin <b>varastoon</b>',
      'task-2-description': 'Haen kolmea paikkaa',
      'task-2-targetDate': '',
      'task-3-description': '',
      'task-3-targetDate': '2026-11-24',
      message: 'Kysyn & odotan',
    };
    const html = await post(tessa, PATH, typed, 400);
    const summary = /<div class="error-summary"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
    const links = [...summary.matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/g)].map((match) => [match[1], match[2]]);
    assert.deepEqual(links, [
      ['task-2-targetDate', 'Anna tehtävän 2 tavoitepäivä.'],
      ['task-3-description', 'Kirjoita tehtävän 3 kohtaan &quot;Mitä teet?&quot;, mitä aiot tehdä.'],
      ['task-3-targetDate', 'Tehtävän 3 tavoitepäivä ei voi olla menneisyydessä.'],
    ]);
    assert.match(
      html,
      /<p class="field-error" id="task-3-targetDate-error"><span class="visually-hidden">! <\/span>Tehtävän 3 tavoitepäivä/,
    );
    assert.match(html, /aria-describedby="task-3-targetDate-hint task-3-targetDate-error"/);
    assert.match(html, /<textarea id="goal"[^>]*>Töihin &lt;b&gt;varastoon&lt;\/b&gt;<\/textarea>/, 'kept, escaped');
    assert.match(html, /<textarea id="task-2-description"[^>]*>Haen kolmea paikkaa<\/textarea>/);
    assert.match(html, /id="task-3-targetDate" name="task-3-targetDate" type="date" min="2026-11-25" value="2026-11-24"/);
    assert.match(html, /<textarea id="message"[^>]*>Kysyn &amp; odotan<\/textarea>/);
    assert.equal(hidden(html)['key'], form['key'], 'the same key');
    assert.doesNotMatch(html, /id="task-1-description-error"/, 'the empty first row is not an error');

    // In English the row is named too.
    const en = await post(tessa, `${PATH}?lang=en`, { ...typed, 'task-3-description': 'Apply' }, 400);
    assert.match(en, /<a href="#task-3-targetDate">The target date of task 3 cannot be in the past\.<\/a>/);
    assert.deepEqual(await ownProposals(tessa), []);
  });

  test('one more row: everything typed kept, the new row focused; no more rows than the maximum', async () => {
    const tessa = await signedIn('tessa');
    const form = hidden(await page(tessa, PATH));
    const typed = { ...form, goal: 'Töihin', 'task-2-description': 'Kurssi', 'task-2-targetDate': '2026-12-01', message: 'Hei' };
    const html = await post(tessa, PATH, { ...typed, action: 'add-row' }, 200);
    assert.doesNotMatch(html, /error-summary/);
    assert.deepEqual(legends(html), ['Tehtävä 1', 'Tehtävä 2', 'Tehtävä 3', 'Tehtävä 4']);
    assert.equal(hidden(html)['rows'], '4');
    assert.equal(hidden(html)['key'], form['key']);
    assert.match(html, /<textarea id="goal"[^>]*>Töihin<\/textarea>/);
    assert.match(html, /<textarea id="task-2-description"[^>]*>Kurssi<\/textarea>/);
    assert.match(html, /id="task-2-targetDate" name="task-2-targetDate" type="date" min="2026-11-25" value="2026-12-01"/);
    assert.match(html, /<textarea id="message"[^>]*>Hei<\/textarea>/);
    assert.match(html, /<textarea id="task-4-description"[^>]*autofocus><\/textarea>/);
    assert.equal(html.match(/autofocus/g)?.length, 1);

    const full = await post(tessa, PATH, { ...typed, rows: String(PROPOSAL_TASKS_MAX), action: 'add-row' }, 200);
    assert.equal(legends(full).length, PROPOSAL_TASKS_MAX);
    assert.doesNotMatch(full, /value="add-row"/);
    assert.match(full, /enimmäismäärä, 10 tehtäväriviä/);
    assert.deepEqual(await ownProposals(tessa), []);
  });
});

describe('sending the proposal', () => {
  test('303 to the plan with a flash, stored as the person’s own submitted proposal; the same key twice makes one', async () => {
    const tessa = await signedIn('tessa');
    // The office's proposal waits for her: the plan page offers her own instead, after a sentence.
    const before = await page(tessa, '/legacy/plan');
    assert.match(
      before,
      /<p class="propose">Jos haluat ehdottaa jotain muuta, voit hyväksymisen sijaan laatia oman ehdotuksen\. <a href="\/legacy\/plan\/proposal">Laadi oma suunnitelmaehdotus<\/a><\/p>/,
    );
    const fields = {
      ...hidden(await page(tessa, PATH)),
      action: 'send',
      goal: '  Varastotyöt Vantaalla ',
      'task-2-description': 'Haen kolmea varastopaikkaa',
      'task-2-targetDate': '2026-12-15',
      'task-3-description': 'Trukkikortti',
      'task-3-targetDate': '2026-11-25',
      message: 'Kiitos',
    };
    const response = await tessa.fetch(PATH, postForm(fields));
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/legacy/plan');
    const planPage = await page(tessa, '/legacy/plan');
    assert.match(planPage, /<p class="flash" role="status">Ehdotuksesi on lähetetty työllisyysalueellesi\. 25\.11\.2026 klo 21\.40<\/p>/);
    assert.match(planPage, /<h2>Omat ehdotuksesi<\/h2>[\s\S]*<dd>Lähetetty<\/dd>[\s\S]*<dd>Varastotyöt Vantaalla<\/dd>/);
    assert.doesNotMatch(planPage, /Laadi oma suunnitelmaehdotus|Laadi uusi ehdotus/, 'no link while it waits');

    const again = await tessa.fetch(PATH, postForm(fields));
    assert.equal(again.status, 303, 'a double click: the same receipt');
    const proposals = await ownProposals(tessa);
    assert.equal(proposals.length, 1);
    const [proposal] = proposals;
    assert.equal(proposal?.state, 'submitted');
    assert.equal(proposal?.madeBy, 'person');
    assert.equal(proposal?.goals.fi, 'Varastotyöt Vantaalla');
    assert.deepEqual(
      proposal?.tasks.map((task) => [task.description.fi, task.deadline]),
      [
        ['Haen kolmea varastopaikkaa', '2026-12-15'],
        ['Trukkikortti', '2026-11-25'],
      ],
    );

    // One waits: the page says so and links back, with no form; a form still open elsewhere is refused.
    const waiting = await page(tessa, PATH);
    assert.match(waiting, /<h2>Aiempi ehdotuksesi odottaa vielä käsittelyä<\/h2>/);
    assert.match(waiting, /Lähetit ehdotuksen 25\.11\.2026\./);
    assert.match(waiting, /<a href="\/legacy\/plan">Katso ehdotuksesi Suunnitelma-sivulla<\/a>/);
    assert.doesNotMatch(waiting, /<form/);
    const second = await post(tessa, PATH, { ...fields, key: randomUUID(), goal: 'Toinen <ehdotus>' }, 409);
    assert.match(
      second,
      /<p class="notice" role="alert">Ehdotusta ei lähetetty, koska aiempi ehdotuksesi on vielä asiantuntijan käsiteltävänä\./,
    );
    assert.match(second, /<textarea id="goal"[^>]*>Toinen &lt;ehdotus&gt;<\/textarea>/, 'what was typed is kept');
    assert.equal((await ownProposals(tessa)).length, 1);

    // Returned by the office: a new one can be drafted, from the returned one and by the office's proposal.
    const decided = await fetch(`${server.baseUrl}${PLAN_PATHS.officeDecision(proposal?.id ?? '')}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${OFFICE_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'return', comments: 'Lisää tavoitepäivät.' }),
    });
    assert.equal(decided.status, 200, await decided.text());
    const returned = await page(tessa, '/legacy/plan?lang=sv');
    assert.match(
      returned,
      /<dd>Lisää tavoitepäivät\.<\/dd>\s*<\/dl><p><a href="\/legacy\/plan\/proposal\?lang=sv">Gör ett nytt förslag<\/a><\/p>/,
    );
    assert.match(returned, /<a href="\/legacy\/plan\/proposal\?lang=sv">Gör ett eget planförslag<\/a>/);
    assert.match(await page(tessa, PATH), /<legend>Tehtävä 1<\/legend>/, 'the form again');
  });

  test('embedded, in Swedish: the redirect keeps embedded=1; the link by the plan in force and with no plan', async () => {
    const sven = await signedIn('sven');
    const plan = await page(sven, '/legacy/plan?embedded=1');
    assert.match(plan, /<p class="propose"><a href="\/legacy\/plan\/proposal\?embedded=1">Gör ett eget planförslag<\/a><\/p>/);
    const path = `${PATH}?embedded=1`;
    const fields = {
      ...hidden(await page(sven, path)),
      goal: 'Montörsjobb',
      'task-1-description': 'Söker',
      'task-1-targetDate': '2026-12-31',
    };
    const response = await sven.fetch(path, postForm(fields));
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/legacy/plan?embedded=1');
    assert.match(
      await page(sven, '/legacy/plan?embedded=1'),
      /Ditt förslag har skickats till ditt sysselsättningsområde\. 25\.11\.2026 kl\. 21\.40/,
    );

    const turva = await signedIn('turva');
    const none = await page(turva, '/legacy/plan?lang=en');
    assert.match(
      none,
      /<p>You have no plan\.<\/p><p class="propose"><a href="\/legacy\/plan\/proposal\?lang=en">Draft your own plan proposal<\/a><\/p>/,
    );
  });
});
