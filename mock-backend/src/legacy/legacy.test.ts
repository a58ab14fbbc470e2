// The legacy Oma asiointi pages (/legacy/offers, /legacy/plan): rendering per language, embedded mode
// with the bridge's data attributes, the signed-out page, form posts refused without the session's
// token or from another site, post/redirect/get with a one-time flash, validation errors with what was
// typed kept, and the same rows as the JSON API in both directions.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { IDEMPOTENCY_KEY_HEADER, SESSION_EXPIRES_HEADER } from '@portal/shared-contracts';
import { LEGACY_BRIDGE_SCRIPT_PATH } from '@portal/shared-contracts/legacy-bridge';
import { OFFERS_PATHS, type JobOffer, type OfferList } from '@portal/shared-contracts/offers';
import { PLAN_PATHS, type PlanOverview } from '@portal/shared-contracts/plan';
import { type JobSearchObligation } from '@portal/shared-contracts/plan-obligation';
import { SEED_OFFER_IDS as OFFERS, SEED_PLAN_IDS as PLANS } from '../storage/seeds/offers-and-plans.js';
import { SEED_TRAINING_IDS } from '../storage/seeds/training.js';
import { Browser, SESSION_COOKIE, TestClock, postForm, signIn, startTestServer, type TestServer } from '../testing/harness.js';

// 21:40 in Helsinki (UTC+2 in November): the flash says "25.11.2026 klo 21.40".
const clock = new TestClock(new Date('2026-11-25T19:40:00Z'));

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

async function page(browser: Browser, path: string, status = 200): Promise<{ html: string; response: Response }> {
  const response = await browser.fetch(path);
  const html = await response.text();
  assert.equal(response.status, status, `${path}: ${html.slice(0, 500)}`);
  assert.match(response.headers.get('content-type') ?? '', /text\/html/);
  return { html, response };
}

/** The hidden fields of the page's (first) form. */
function hidden(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g))
    fields[match[1] ?? ''] = (match[2] ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
  return fields;
}

const formAction = (html: string): string => (/<form method="post" action="([^"]+)"/.exec(html)?.[1] ?? '').replaceAll('&amp;', '&');

async function apiOffer(browser: Browser, id: string): Promise<JobOffer> {
  const { offers } = (await (await browser.fetch(OFFERS_PATHS.offers)).json()) as OfferList;
  const offer = offers.find((item) => item.id === id);
  assert.ok(offer?.kind === 'job');
  return offer;
}

describe('rendering', () => {
  test('the offers list in the person’s language, or the one asked for; lang, title, one h1, tables', async () => {
    const sven = await signedIn('sven');
    const sv = (await page(sven, '/legacy/offers')).html;
    assert.match(sv, /<html lang="sv"/);
    assert.match(sv, /<title>Jobb- och utbildningserbjudanden – Mina ärenden<\/title>/);
    assert.equal(sv.match(/<h1>/g)?.length, 1);
    assert.match(sv, /Maskinmontör/);
    assert.match(sv, /<table>/);
    // Each table scrolls in a named, focusable region that its hint describes (columns off a phone's screen).
    const regions = [
      ...sv.matchAll(/<div class="table-scroll" role="region" aria-label="[^"]+" aria-describedby="([^"]+)" tabindex="0">/g),
    ];
    assert.ok(regions.length > 0);
    assert.equal(new Set(regions.map(([, id]) => id)).size, regions.length, 'one hint id per table');
    for (const [, id] of regions) {
      assert.match(sv, new RegExp(`<p class="table-hint" id="${id}">Om tabellen inte ryms på skärmen kan du skrolla den i sidled`));
    }
    assert.match(sv, /class="legacy-header"/, 'standalone: its own header');
    const fi = (await page(sven, '/legacy/offers?lang=fi')).html;
    assert.match(fi, /<html lang="fi"/);
    assert.match(fi, /<h1>Työ- ja koulutustarjoukset<\/h1>/);
    assert.match(fi, /href="\/legacy\/offers\/[^"]+\?lang=fi"/, 'links keep the language asked for');
    const en = (await page(sven, '/legacy/offers?lang=en')).html;
    assert.match(en, /<h1>Job and training offers<\/h1>/);
    assert.match(en, /Machine fitter/);
  });

  test('without ?lang= the language the person chose for the pages comes before their service language', async () => {
    const tessa = await signedIn('tessa');
    const choose = (language: string) =>
      tessa.fetch('/api/session/language', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ language }),
      });
    assert.equal((await choose('sv')).status, 200);
    assert.match((await page(tessa, '/legacy/offers')).html, /<html lang="sv"/, 'her choice, not her service language (fi)');
    assert.match((await page(tessa, '/legacy/offers?lang=en')).html, /<html lang="en"/, 'what the portal asks for still wins');
    // Back to the language the other tests expect of her.
    assert.equal((await choose('fi')).status, 200);
    assert.match((await page(tessa, '/legacy/offers')).html, /<html lang="fi"/);
  });

  test('pages are framed by the portal only, pass the CSP (no inline script), and are never cached', async () => {
    const tessa = await signedIn('tessa');
    const { html, response } = await page(tessa, `/legacy/offers/${OFFERS.tessaJob}?embedded=1`);
    assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'self'/);
    assert.equal(response.headers.get('x-frame-options'), 'SAMEORIGIN');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)/, 'no inline script');
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handler');
    const css = await new Browser(server.baseUrl).fetch('/legacy/assets/legacy.css');
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
    assert.equal(css.headers.get(SESSION_EXPIRES_HEADER), null, 'assets do not touch the session');
  });

  test('a job offer links to the employer’s page for applying when it has one, in a new window that says so', async () => {
    const tessa = await signedIn('tessa');
    const { html } = await page(tessa, `/legacy/offers/${OFFERS.tessaJob}`);
    assert.match(
      html,
      /<dt>Hakemus<\/dt><dd><a href="https:\/\/keskipiste\.example\/tyopaikat\/myyja" target="_blank" rel="noopener noreferrer">Hae työnantajan sivuilla \(avautuu uuteen ikkunaan\)<\/a><\/dd>/,
    );
    const sven = await signedIn('sven');
    assert.doesNotMatch((await page(sven, `/legacy/offers/${OFFERS.svenJob}`)).html, /<dt>Ansökan<\/dt>/);
  });

  test('a training offer of the portal’s catalogue links to its application form in the portal, in the whole window', async () => {
    const tessa = await signedIn('tessa');
    const { html } = await page(tessa, `/legacy/offers/${OFFERS.tessaTraining}`);
    const apply = `/training/${SEED_TRAINING_IDS.customerService}/apply`;
    assert.ok(html.includes(`<a href="${apply}" target="_top" data-portal-path="${apply}">`), html);
    assert.doesNotMatch(html, /opintopolku/);
  });

  test('an unknown or another person’s offer is the same 404 page', async () => {
    const sven = await signedIn('sven');
    const other = await page(sven, `/legacy/offers/${OFFERS.tessaJob}`, 404);
    const unknown = await page(sven, `/legacy/offers/${randomUUID()}`, 404);
    assert.doesNotMatch(other.html, /Myyjä|Keskipiste/);
    assert.match(unknown.html, /Sidan hittades inte/);
    await page(sven, '/legacy/offers/x', 404);
    await page(sven, '/legacy/nothing-here', 404);
  });
});

describe('signed out', () => {
  test('no session or an ended one: 401, "the session has ended", a link to sign in in the whole window, no form', async () => {
    const nobody = new Browser(server.baseUrl);
    const { html } = await page(nobody, `/legacy/offers/${OFFERS.tessaJob}?embedded=1`, 401);
    assert.match(html, /Istunto on päättynyt/);
    assert.match(html, new RegExp(`<a href="/auth/login\\?returnTo=%2Foffers%2F${OFFERS.tessaJob}&amp;lang=fi" target="_top">`));
    assert.doesNotMatch(html, /<form|<input/);
    assert.doesNotMatch(html, /Myyjä|Keskipiste/);
    assert.match(html, /data-legacy-embedded="1"/);
    assert.doesNotMatch(html, /data-session-expires/);

    const ended = new Browser(server.baseUrl);
    ended.cookies.set(SESSION_COOKIE, 's%3Agone.x');
    const plan = await page(ended, '/legacy/plan?lang=sv', 401);
    assert.match(plan.html, /Sessionen har upphört/);
    assert.match(plan.html, /returnTo=%2Fplan&amp;lang=sv" target="_top"/);

    // A post without a session changes nothing and shows the same page.
    const post = await ended.fetch(`/legacy/offers/${OFFERS.tessaJob}`, postForm({ kind: 'applied' }));
    assert.equal(post.status, 401);
  });

  test('signing out in the portal ends the legacy pages too', async () => {
    const turva = await signedIn('turva');
    await page(turva, '/legacy/offers');
    const logout = await turva.fetch('/auth/logout', postForm({}));
    assert.ok(logout.status < 400);
    await page(turva, '/legacy/offers', 401);
  });
});

describe('embedded mode', () => {
  test('no header or navigation; the bridge script; data attributes; embedded=1 kept in forms and links; another area by data-portal-path', async () => {
    const sven = await signedIn('sven');
    const { html, response } = await page(sven, '/legacy/plan?embedded=1');
    assert.doesNotMatch(html, /class="legacy-header"/);
    assert.match(html, new RegExp(`<script src="${LEGACY_BRIDGE_SCRIPT_PATH}" defer></script>`));
    const expires = response.headers.get(SESSION_EXPIRES_HEADER);
    assert.ok(expires);
    assert.match(html, new RegExp(`data-session-expires="${expires}"`));
    assert.match(html, /data-legacy-path="\/"/);
    assert.match(html, /data-legacy-title="Sysselsättningsplan"/);
    assert.match(html, new RegExp(`data-portal-origin="${server.baseUrl}"`));
    assert.match(html, /data-legacy-embedded="1"/);
    assert.match(html, /<a href="\/legacy\/offers\?embedded=1" data-portal-path="\/offers">Se jobberbjudandena<\/a>/);
    assert.match(html, new RegExp(`href="/legacy/plan/tasks/${PLANS.svenOverdueTask}\\?embedded=1"`));

    const offer = await page(sven, `/legacy/offers/${OFFERS.svenJob}?embedded=1`);
    assert.match(offer.html, new RegExp(`data-legacy-path="/${OFFERS.svenJob}"`));
    assert.equal(formAction(offer.html), `/legacy/offers/${OFFERS.svenJob}?embedded=1`);

    const script = await new Browser(server.baseUrl).fetch(LEGACY_BRIDGE_SCRIPT_PATH);
    assert.equal(script.status, 200);
    assert.match(script.headers.get('content-type') ?? '', /javascript/);
  });
});

describe('forms', () => {
  test('refused without the session’s token, with another session’s token, or from another site: 403, nothing changed', async () => {
    const turva = await signedIn('turva');
    const other = await signedIn('sven');
    const { html } = await page(other, `/legacy/offers/${OFFERS.svenJob}`);
    const othersToken = hidden(html)['csrf'] ?? '';
    assert.ok(othersToken.length >= 40);
    const offer = await apiOffer(turva, OFFERS.turvaJob);
    const base = { kind: 'outcome', outcome: 'hired', basedOn: offer.updatedAt, key: randomUUID() };
    for (const fields of [base, { ...base, csrf: '' }, { ...base, csrf: othersToken }]) {
      const response = await turva.fetch(`/legacy/offers/${OFFERS.turvaJob}`, postForm(fields));
      assert.equal(response.status, 403);
      assert.match(await response.text(), /Lomaketta ei voitu lähettää/);
    }
    const own = hidden((await page(turva, `/legacy/offers/${OFFERS.turvaJob}`)).html)['csrf'];
    assert.equal(own, undefined, 'a not-applied offer has no form');
    // The right token from another site is refused too (the portal's Origin / Fetch Metadata check).
    const sven = hidden((await page(other, `/legacy/offers/${OFFERS.svenJob}`)).html);
    const crossSite = await other.fetch(
      `/legacy/offers/${OFFERS.svenJob}`,
      postForm({ ...sven, outcome: 'hired' }, { 'sec-fetch-site': 'cross-site' }),
    );
    assert.equal(crossSite.status, 403);
    assert.deepEqual(await apiOffer(turva, OFFERS.turvaJob), offer);
    assert.equal((await apiOffer(other, OFFERS.svenJob)).outcome, null);
  });

  test('validation errors: 400, the summary linking to the fields, the message beside the field, what was typed kept', async () => {
    const tessa = await signedIn('tessa');
    const form = hidden((await page(tessa, `/legacy/offers/${OFFERS.tessaJob}`)).html);
    const none = await tessa.fetch(`/legacy/offers/${OFFERS.tessaJob}`, postForm({ ...form, reason: 'Jotain <b>kirjoitettua</b>' }));
    const noneHtml = await none.text();
    assert.equal(none.status, 400);
    assert.match(noneHtml, /<div class="error-summary" role="alert"[^>]*>[\s\S]*<a href="#kind-applied">Valitse, haitko työpaikkaa.<\/a>/);
    assert.match(noneHtml, /<p class="field-error" id="kind-error">/);
    assert.match(noneHtml, /<textarea id="reason"[^>]*>Jotain &lt;b&gt;kirjoitettua&lt;\/b&gt;<\/textarea>/, 'kept, escaped');
    assert.match(noneHtml, /<title>! /);

    const noReason = await tessa.fetch(`/legacy/offers/${OFFERS.tessaJob}`, postForm({ ...form, kind: 'not-applied', reason: '   ' }));
    const noReasonHtml = await noReason.text();
    assert.equal(noReason.status, 400);
    assert.match(noReasonHtml, /<a href="#reason">Kerro, miksi et hakenut työpaikkaa.<\/a>/);
    assert.match(noReasonHtml, /id="kind-not-applied" name="kind" value="not-applied" checked/);
    assert.match(noReasonHtml, /<textarea id="reason"[^>]*aria-describedby="reason-error"/);
    assert.equal((await apiOffer(tessa, OFFERS.tessaJob)).state, 'assigned');
  });

  test('a report on the legacy page: 303 to the page, a one-time flash, and the API sees it; the API’s report shows on the page', async () => {
    const tessa = await signedIn('tessa');
    const path = `/legacy/offers/${OFFERS.tessaJob}?embedded=1`;
    const form = hidden((await page(tessa, path)).html);
    const post = await tessa.fetch(path, postForm({ ...form, kind: 'applied' }));
    assert.equal(post.status, 303);
    assert.equal(post.headers.get('location'), path);
    const after = (await page(tessa, path)).html;
    assert.match(after, /<p class="flash" role="status">Ilmoitus vastaanotettu 25\.11\.2026 klo 21\.40<\/p>/);
    assert.doesNotMatch((await page(tessa, path)).html, /class="flash"/, 'shown once');

    // The same form sent again (a double click, back and resend): the same report, nothing new.
    const again = await tessa.fetch(path, postForm({ ...form, kind: 'applied' }));
    assert.equal(again.status, 303);

    const offer = await apiOffer(tessa, OFFERS.tessaJob);
    assert.equal(offer.state, 'applied');
    assert.equal(offer.reportedAt, clock.now().toISOString());

    // The outcome through the API: the legacy page shows it, and has no form any more.
    clock.advance(120);
    const api = await tessa.fetch(OFFERS_PATHS.reports(OFFERS.tessaJob), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: randomUUID() },
      body: JSON.stringify({ kind: 'outcome', outcome: 'hired', basedOn: offer.updatedAt }),
    });
    assert.equal(api.status, 201);
    const shown = (await page(tessa, path)).html;
    assert.match(shown, /Haettu – Tulos: Tulin valituksi/);
    assert.doesNotMatch(shown, /<form/);

    // The legacy form still open in another tab, based on the older offer: 409, the current offer shown.
    const stale = await tessa.fetch(path, postForm({ ...form, key: randomUUID(), kind: 'not-applied', reason: 'Kokeilu' }));
    const staleHtml = await stale.text();
    assert.equal(stale.status, 409);
    assert.match(staleHtml, /Tietoja on muutettu sillä välin/);
    assert.match(staleHtml, /Tulin valituksi/);
  });

  test('the plan: accept on the legacy page, seen by the API; a task reported through the API, seen on the page', async () => {
    const tessa = await signedIn('tessa');
    const planPage = (await page(tessa, '/legacy/plan')).html;
    assert.match(planPage, /<h1>Työllistymissuunnitelma<\/h1>/);
    assert.match(planPage, /Ehdotettu, odottaa hyväksyntääsi/);
    assert.match(planPage, /Haet 4 työmahdollisuutta/);
    const form = hidden(planPage);
    assert.equal(form['planId'], PLANS.tessaProposed);
    const post = await tessa.fetch('/legacy/plan', postForm(form));
    assert.equal(post.status, 303);
    assert.equal(post.headers.get('location'), '/legacy/plan');
    assert.match((await page(tessa, '/legacy/plan')).html, /Suunnitelma hyväksytty 25\.11\.2026 klo/);
    const overview = (await (await tessa.fetch(PLAN_PATHS.plan)).json()) as PlanOverview;
    assert.equal(overview.current?.state, 'accepted');

    // Her task is now reportable; reported through the API, the legacy page shows the report.
    const task = await tessa.fetch(PLAN_PATHS.taskReport(PLANS.tessaTask), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: randomUUID() },
      body: JSON.stringify({ text: 'Päivitin <ansioluettelon>.' }),
    });
    assert.equal(task.status, 201);
    const shown = (await page(tessa, '/legacy/plan')).html;
    assert.match(shown, /Päivitin &lt;ansioluettelon&gt;\./);
    assert.match(shown, /<td>Ilmoitettu<\/td>/);
  });

  test('a task reported on the legacy page: validation first, then 303 and the API sees it', async () => {
    const sven = await signedIn('sven');
    const path = `/legacy/plan/tasks/${PLANS.svenOverdueTask}?embedded=1`;
    const taskPage = (await page(sven, path)).html;
    assert.match(taskPage, /<td>Försenad<\/td>|<dd>Försenad<\/dd>/);
    assert.match(taskPage, new RegExp(`data-legacy-path="/tasks/${PLANS.svenOverdueTask}"`));
    const form = hidden(taskPage);
    const empty = await sven.fetch(path, postForm({ ...form, text: ' ' }));
    const emptyHtml = await empty.text();
    assert.equal(empty.status, 400);
    assert.match(emptyHtml, /<a href="#text">Berätta hur uppgiften genomfördes.<\/a>/);
    assert.match(emptyHtml, /aria-describedby="text-hint text-error"/);

    const post = await sven.fetch(path, postForm({ ...form, text: 'Jag bokade en tid.' }));
    assert.equal(post.status, 303);
    assert.equal(post.headers.get('location'), '/legacy/plan?embedded=1');
    assert.match((await page(sven, '/legacy/plan?embedded=1')).html, /Anmälan mottagen 25\.11\.2026 kl\. 21\.4\d/);
    const overview = (await (await sven.fetch(PLAN_PATHS.plan)).json()) as PlanOverview;
    const task = overview.current?.tasks.find((item) => item.id === PLANS.svenOverdueTask);
    assert.equal(task?.status, 'reported');
    assert.equal(task?.report, 'Jag bokade en tid.');
    // Reported: the page has no form any more.
    assert.doesNotMatch((await page(sven, path)).html, /<form/);
  });

  test('the job-search obligation: the period and its applications, a refused report keeping what was typed, a late one marked', async () => {
    const sven = await signedIn('sven');
    const path = '/legacy/plan/job-search?embedded=1';
    const shown = (await page(sven, path)).html;
    assert.match(shown, /<h1[^>]*>Skyldighet att söka arbete<\/h1>/);
    assert.match(shown, /data-legacy-path="\/job-search"/);
    assert.match(shown, /<dd>1\.11\.2026–30\.11\.2026<\/dd>/);
    assert.match(shown, /Konepaja Nieminen Oy/);
    const form = hidden(shown);
    const application = { employer: '', job: 'Montör <i>', appliedOn: '2026-11-20', method: 'email' };
    const refused = await sven.fetch(path, postForm({ ...form, ...application }));
    const refusedHtml = await refused.text();
    assert.equal(refused.status, 400);
    assert.match(refusedHtml, /<a href="#employer">Ange arbetsgivarens namn\.<\/a>/);
    assert.match(refusedHtml, /value="Montör &lt;i&gt;"/, 'what was typed is kept, escaped');
    assert.match(refusedHtml, /value="email" checked/);

    const post = await sven.fetch(path, postForm({ ...form, ...application, employer: 'Esbo Verkstad Ab' }));
    assert.equal(post.status, 303);
    assert.equal(post.headers.get('location'), path);
    const after = (await page(sven, path)).html;
    assert.match(after, /Ansökan anmäld 25\.11\.2026 kl\. 21\.4\d/);
    assert.match(after, /Esbo Verkstad Ab/);
    const late = await sven.fetch(
      path,
      postForm({ ...hidden(after), employer: 'Gammal Ab', job: 'Montör', appliedOn: '2026-10-28', method: 'phone' }),
    );
    assert.equal(late.status, 303);
    assert.match((await page(sven, path)).html, /28\.10\.2026<br><strong>Anmäld för sent<\/strong>/);
    const obligation = (await (await sven.fetch(PLAN_PATHS.obligation)).json()) as JobSearchObligation;
    assert.deepEqual([obligation.current?.reported, obligation.earlier[0]?.reported], [2, 2]);
  });
});
