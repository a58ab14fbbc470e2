// The portal's sign-in as the IdP's OIDC client, end to end through the browser's hops, with the
// ways it must refuse: a tampered state or code, a replayed or expired code, a wrong verifier, a
// token that does not verify, an identity that cannot be used.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq, sql } from 'drizzle-orm';
import { LogoutResponseSchema, SessionInfoSchema, validate } from '@portal/shared-contracts';
import { persons, sessions } from '../../storage/schema/index.js';
import { SEED_PERSON_IDS } from '../../storage/seeds/seed.js';
import { s256 } from '../oidc/pkce.js';
import {
  Browser,
  IDP_COOKIE,
  SESSION_COOKIE,
  TestClock,
  idpChoice,
  sessionOf,
  signIn,
  startSignIn,
  startTestServer,
  type TestServer,
} from '../../testing/harness.js';
import { safeReturnTo } from '../../platform/safe-path.js';

const clock = new TestClock();
let server: TestServer;
before(async () => {
  server = await startTestServer({ clock: clock.now });
});
after(() => server.close());

const SIGNED_OUT = { authenticated: false };

/** A sign-in up to the IdP's redirect back, without following it. */
async function codeFor(browser: Browser, person: keyof typeof SEED_PERSON_IDS, lang = 'fi') {
  const started = await startSignIn(browser, { lang });
  const select = await idpChoice(browser, started.params, { personId: SEED_PERSON_IDS[person] });
  const callbackUrl = select.headers.get('location') ?? '';
  const code = new URL(callbackUrl, server.baseUrl).searchParams.get('code') ?? '';
  return { ...started, callbackUrl, code };
}

describe('sign-in', () => {
  test('Tessa signs in with code, state, nonce and PKCE, and gets a new session id', async () => {
    const browser = new Browser(server.baseUrl);
    assert.deepEqual(await sessionOf(browser), SIGNED_OUT);

    const steps = await startSignIn(browser, { returnTo: '/profile' });
    assert.equal(steps.login.status, 302);
    const authorize = new URL(steps.login.headers.get('location') ?? '', server.baseUrl);
    assert.equal(authorize.pathname, '/idp/authorize');
    const p = authorize.searchParams;
    assert.equal(p.get('response_type'), 'code');
    assert.equal(p.get('client_id'), 'portal');
    assert.equal(p.get('redirect_uri'), '/auth/callback');
    assert.equal(p.get('scope'), 'openid');
    assert.equal(p.get('code_challenge_method'), 'S256');
    assert.match(p.get('code_challenge') ?? '', /^[A-Za-z0-9_-]{43}$/);
    assert.equal(p.get('ui_locales'), 'fi');
    assert.match(steps.state, /^[A-Za-z0-9_-]{43}$/, '32 random bytes, base64url');
    assert.match(p.get('nonce') ?? '', /^[A-Za-z0-9_-]{43}$/);
    assert.notEqual(p.get('nonce'), steps.state);

    // The verifier stays in the pre-login session on the server; only its S256 travels.
    const [row] = await server.storage.db
      .select()
      .from(sessions)
      .where(sql`${sessions.data}->'signIn'->>'state' = ${steps.state}`);
    const signInData = (row?.data as { signIn?: { codeVerifier: string; nonce: string } } | undefined)?.signIn;
    assert.ok(signInData);
    assert.equal(s256(signInData.codeVerifier), p.get('code_challenge'));
    assert.equal(signInData.nonce, p.get('nonce'));

    // The cookie of the sign-in in progress, before anyone is signed in.
    const setCookie = steps.login.headers.get('set-cookie') ?? '';
    const preLoginSid = /^__Host-portal\.sid=([^;]+)/.exec(setCookie)?.[1];
    assert.ok(preLoginSid, setCookie);
    assert.match(setCookie, /; HttpOnly/i);
    assert.match(setCookie, /; Secure/i, 'Secure even on http://127.0.0.1 (a loopback secure context)');
    assert.match(setCookie, /SameSite=Lax/i);
    assert.match(setCookie, /Path=\//);
    assert.doesNotMatch(setCookie, /Expires|Max-Age|Domain/i, 'a browser-session, host-only cookie');

    assert.equal(steps.idpPage.status, 200);
    assert.match(steps.idpHtml, /<html lang="fi">/);
    assert.match(steps.idpHtml, /<title>Tunnistaudu – Suomi\.fi-testitunnistus \(demo\)<\/title>/);
    assert.equal(steps.idpHtml.match(/<h1>/g)?.length, 1);
    for (const text of [
      'Tessa Testilä',
      '010280-952L',
      'Sven Testsson',
      '010469-999W',
      'Turva Testinen',
      '260991-999R',
      'Erika Example',
      'EU-tunnistus (eIDAS)',
      'Peruuta ja palaa palveluun',
    ]) {
      assert.ok(steps.idpHtml.includes(text), `the identification page shows ${text}`);
    }
    assert.doesNotMatch(steps.idpHtml, /Jatka nimellä/, 'no IdP session yet');
    assert.doesNotMatch(steps.idpHtml, /<script|style=/, 'nothing inline for the CSP to block');

    const select = await idpChoice(browser, steps.params, { personId: SEED_PERSON_IDS.tessa });
    assert.equal(select.status, 303);
    const callback = new URL(select.headers.get('location') ?? '', server.baseUrl);
    assert.equal(callback.pathname, '/auth/callback');
    assert.match(callback.searchParams.get('code') ?? '', /^[A-Za-z0-9_-]{43}$/);
    assert.equal(callback.searchParams.get('state'), steps.state);

    const done = await browser.fetch(`${callback.pathname}${callback.search}`);
    assert.equal(done.status, 303);
    assert.equal(done.headers.get('location'), '/profile');
    const postLoginSid = browser.cookies.get(SESSION_COOKIE);
    assert.ok(postLoginSid);
    assert.notEqual(postLoginSid, preLoginSid, 'the session id changes at sign-in');

    const session = await browser.fetch('/api/session');
    assert.equal(session.headers.get('cache-control'), 'no-store');
    const info: unknown = await session.json();
    assert.ok(validate(SessionInfoSchema, info).ok, JSON.stringify(info));
    assert.deepEqual((info as { person: unknown }).person, {
      id: SEED_PERSON_IDS.tessa,
      firstName: 'Tessa',
      lastName: 'Testilä',
      displayName: 'Tessa Testilä',
      preferredLanguage: 'fi',
    });

    // The pre-login id is worth nothing now.
    const old = new Browser(server.baseUrl);
    old.cookies.set(SESSION_COOKIE, preLoginSid);
    assert.deepEqual(await sessionOf(old), SIGNED_OUT);
  });

  test('the identification page is in the language asked for, with links to the others', async () => {
    const { idpHtml } = await startSignIn(new Browser(server.baseUrl), { lang: 'sv' });
    assert.match(idpHtml, /<html lang="sv">/);
    assert.match(idpHtml, /Identifiera dig/);
    assert.match(idpHtml, /Avbryt och återvänd till tjänsten/);
    assert.match(idpHtml, /EU-identifiering \(eIDAS\)/);
    assert.match(idpHtml, /hreflang="fi"[^>]*>Suomeksi</);
    assert.match(idpHtml, /hreflang="en"[^>]*>In English</);
    assert.match(idpHtml, /aria-current="true">På svenska</);
    // The language links keep the whole request, PKCE included.
    assert.match(idpHtml, /href="\/idp\/authorize\?[^"]*code_challenge=[^"]*ui_locales=en"/);
  });

  test('cancel returns to the front page with nobody signed in', async () => {
    const browser = new Browser(server.baseUrl);
    const { params } = await startSignIn(browser, { returnTo: '/profile' });
    const cancel = await idpChoice(browser, params, 'cancel');
    assert.equal(cancel.status, 303);
    const location = cancel.headers.get('location') ?? '';
    assert.match(location, /^\/auth\/callback\?error=access_denied&state=/);
    const callback = await browser.fetch(location);
    assert.equal(callback.status, 303);
    assert.equal(callback.headers.get('location'), '/?signin=cancelled');
    assert.equal(browser.cookies.has(SESSION_COOKIE), false, 'the pre-login session is gone too');
    assert.deepEqual(await sessionOf(browser), SIGNED_OUT);
  });

  test('a tampered or missing state is refused with a page and signs nobody in', async () => {
    const browser = new Browser(server.baseUrl);
    const { callbackUrl, state } = await codeFor(browser, 'tessa');
    const tampered = callbackUrl.replace(`state=${state}`, `state=${state.slice(0, -1)}${state.endsWith('A') ? 'B' : 'A'}`);
    const response = await browser.fetch(tampered);
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const page = await response.text();
    assert.match(page, /<html lang="fi">/);
    assert.match(page, /Tunnistautuminen epäonnistui/);
    assert.match(page, /ei voitu yhdistää tähän selainistuntoon/);
    assert.match(page, /href="\/"/);
    assert.deepEqual(await sessionOf(browser), SIGNED_OUT);
    // The refused callback left the sign-in in progress alone: the genuine one still works.
    assert.equal((await browser.fetch(callbackUrl)).status, 303);
    assert.equal(((await sessionOf(browser)) as { authenticated: boolean }).authenticated, true);

    const missing = new Browser(server.baseUrl);
    const { callbackUrl: other } = await codeFor(missing, 'sven', 'sv');
    const noState = await missing.fetch(other.replace(/&state=[^&]*/, ''));
    assert.equal(noState.status, 400);
    assert.match(await noState.text(), /Identifieringen misslyckades/);
    assert.deepEqual(await sessionOf(missing), SIGNED_OUT);

    const fresh = new Browser(server.baseUrl);
    const noSession = await fresh.fetch('/auth/callback?code=x&state=y');
    assert.equal(noSession.status, 400);
    assert.match(await noSession.text(), /<html lang="fi">/, 'no sign-in and no language asked for: Finnish');
    assert.deepEqual(await sessionOf(fresh), SIGNED_OUT);
    // Without a sign-in in progress the page has only the browser's languages to go by.
    const english = await fresh.fetch('/auth/callback?code=x&state=y', { headers: { 'accept-language': 'en-GB,en;q=0.8' } });
    assert.equal(english.status, 400);
    assert.match(await english.text(), /<html lang="en">[\s\S]*Identification failed/);
  });

  test("another browser's code is refused (login CSRF): its state is not this browser's", async () => {
    const attacker = new Browser(server.baseUrl);
    const { callbackUrl } = await codeFor(attacker, 'tessa');
    const victim = new Browser(server.baseUrl);
    await victim.fetch('/auth/login?lang=en');
    const response = await victim.fetch(callbackUrl);
    assert.equal(response.status, 400);
    assert.match(await response.text(), /Identification failed/);
    assert.deepEqual(await sessionOf(victim), SIGNED_OUT);
  });

  test('a tampered code is refused', async () => {
    const browser = new Browser(server.baseUrl);
    const { callbackUrl, code } = await codeFor(browser, 'tessa', 'en');
    const response = await browser.fetch(callbackUrl.replace(`code=${code}`, `code=${code.slice(1)}x`));
    assert.equal(response.status, 400);
    const page = await response.text();
    assert.match(page, /<html lang="en">/);
    assert.match(page, /had already been used, had expired or did not belong to this sign-in/);
    assert.match(page, /href="\/auth\/login\?returnTo=%2F&amp;lang=en"/, 'a way to try again');
    assert.deepEqual(await sessionOf(browser), SIGNED_OUT);
    assert.equal(browser.cookies.has(SESSION_COOKIE), false);
  });

  test('a code is good only once (replay)', async () => {
    const browser = new Browser(server.baseUrl);
    const { callbackUrl, code } = await codeFor(browser, 'yrjo');
    assert.equal((await browser.fetch(callbackUrl)).status, 303);
    await browser.fetch('/auth/logout', { method: 'POST' });

    // The same code again, in a new sign-in with a valid state of its own.
    const { state } = await startSignIn(browser);
    const replay = await browser.fetch(`/auth/callback?${new URLSearchParams({ code, state }).toString()}`);
    assert.equal(replay.status, 400);
    assert.match(await replay.text(), /oli jo käytetty, se oli vanhentunut/);
    assert.deepEqual(await sessionOf(browser), SIGNED_OUT);
  });

  test('an expired code (older than 120 s) is refused', async () => {
    const browser = new Browser(server.baseUrl);
    const { callbackUrl } = await codeFor(browser, 'tessa');
    clock.advance(121);
    const response = await browser.fetch(callbackUrl);
    assert.equal(response.status, 400);
    assert.match(await response.text(), /oli jo käytetty, se oli vanhentunut/);
    assert.deepEqual(await sessionOf(browser), SIGNED_OUT);
  });

  test('a code redeemed with another code_verifier is refused', async () => {
    const browser = new Browser(server.baseUrl);
    const { callbackUrl, state } = await codeFor(browser, 'tessa');
    // As if the code had been injected into another sign-in: the verifier this session holds is not
    // the one whose challenge the code is bound to.
    await server.storage.db
      .update(sessions)
      .set({ data: sql`jsonb_set(${sessions.data}, '{signIn,codeVerifier}', to_jsonb(${'w'.repeat(43)}::text))` })
      .where(sql`${sessions.data}->'signIn'->>'state' = ${state}`);
    const response = await browser.fetch(callbackUrl);
    assert.equal(response.status, 400);
    assert.match(await response.text(), /ei kuulunut tähän kirjautumiseen/);
    assert.deepEqual(await sessionOf(browser), SIGNED_OUT);
  });

  test('a deceased person cannot sign in', async () => {
    const browser = new Browser(server.baseUrl);
    const steps = await signIn(browser, 'deceased');
    assert.equal(steps.callback.status, 403);
    const page = await steps.callback.text();
    assert.match(page, /Tällä henkilöllisyydellä ei voi asioida/);
    assert.match(page, /kuollut/);
    assert.deepEqual(await sessionOf(browser), SIGNED_OUT);
  });

  test('the foreign eIDAS user gets a page on what the service can and cannot do, in each language', async () => {
    const expectations = {
      fi: [
        /edellyttää suomalaista henkilötunnusta/,
        /Et ole kirjautunut/,
        /Soita Työmarkkinatorin valtakunnalliseen palvelunumeroon <a href="tel:\+358295025500">0295 025 500<\/a> \(ma–pe klo 9–16\)/,
        /<a href="https:\/\/tyomarkkinatori\.fi\/henkiloasiakkaat\/avoimet-tyopaikat">avoimet työpaikat Työmarkkinatorilla<\/a>/,
        /Digi- ja väestötietovirastosta/,
      ],
      sv: [
        /kräver en finländsk personbeteckning/,
        /inte inloggad/,
        /Ring Jobbmarknad Finlands riksomfattande servicenummer <a href="tel:\+358295025500">0295 025 500<\/a> \(mån–fre kl\. 9–16\)/,
        /<a href="https:\/\/tyomarkkinatori\.fi\/sv\/privatkunder\/lediga-jobb">lediga jobb på Jobbmarknad Finland<\/a>/,
        /Myndigheten för digitalisering och befolkningsdata/,
      ],
      en: [
        /needs a Finnish personal identity code/,
        /not signed in/,
        /Call the Job Market Finland national service line <a href="tel:\+358295025500">0295 025 500<\/a> \(Mon–Fri 9 am – 4 pm Finnish time\)/,
        /<a href="https:\/\/tyomarkkinatori\.fi\/en\/personal-customers\/vacancies">vacancies on Job Market Finland<\/a>/,
        /Digital and Population Data Services Agency/,
      ],
    } as const;
    for (const [lang, patterns] of Object.entries(expectations)) {
      const browser = new Browser(server.baseUrl);
      const steps = await signIn(browser, 'erika', { lang });
      assert.equal(steps.callback.status, 403, lang);
      const page = await steps.callback.text();
      assert.match(page, new RegExp(`<html lang="${lang}">`));
      for (const pattern of patterns) assert.match(page, pattern, `${lang}: ${pattern}`);
      assert.match(page, /<a href="\/">/, 'a link back to the portal');
      assert.deepEqual(await sessionOf(browser), SIGNED_OUT);
      assert.equal(browser.cookies.has(SESSION_COOKIE), false);
    }
  });

  test('an invalid henkilötunnus from the IdP is refused before anyone is signed in', async () => {
    // A person the IdP knows with a henkilötunnus whose check character is wrong.
    const [bad] = await server.storage.db
      .insert(persons)
      .values({ hetu: '010280-952X', firstNames: 'Virhe', givenName: 'Virhe', lastName: 'Virheellinen' })
      .returning({ id: persons.id });
    assert.ok(bad);
    try {
      const browser = new Browser(server.baseUrl);
      const { params } = await startSignIn(browser);
      const select = await idpChoice(browser, params, { personId: bad.id });
      const response = await browser.fetch(select.headers.get('location') ?? '');
      assert.equal(response.status, 400);
      assert.match(await response.text(), /henkilötunnus ei ole kelvollinen/);
      assert.deepEqual(await sessionOf(browser), SIGNED_OUT);
    } finally {
      await server.storage.db.delete(persons).where(eq(persons.id, bad.id));
    }
  });

  test('an invalid identification request gets a 400 page and no redirect', async () => {
    const browser = new Browser(server.baseUrl);
    const { params } = await startSignIn(browser);
    const variants: Array<[string, (q: URLSearchParams) => void, RegExp]> = [
      ['no state', (q) => q.delete('state'), /state is missing/],
      ['no nonce', (q) => q.delete('nonce'), /nonce is missing/],
      ['no challenge', (q) => q.delete('code_challenge'), /code_challenge is missing/],
      ['a plain challenge', (q) => q.set('code_challenge_method', 'plain'), /code_challenge_method must be &quot;S256&quot;/],
      ['a short challenge', (q) => q.set('code_challenge', 'abc'), /not an S256 challenge/],
      ['another client', (q) => q.set('client_id', 'evil'), /unknown client_id/],
      ['another redirect', (q) => q.set('redirect_uri', 'https://evil.example/'), /redirect_uri is not registered/],
      ['no openid scope', (q) => q.set('scope', 'profile'), /scope must include/],
      ['a token flow', (q) => q.set('response_type', 'token'), /response_type must be/],
    ];
    for (const [name, change, problem] of variants) {
      const query = new URLSearchParams(params);
      change(query);
      const get = await browser.fetch(`/idp/authorize?${query.toString()}`);
      assert.equal(get.status, 400, name);
      assert.equal(get.headers.get('location'), null, name);
      const page = await get.text();
      assert.match(page, /Virheellinen tunnistuspyyntö/, name);
      assert.match(page, problem, name);
      // The form post is checked the same way: no code for a bad request.
      const post = await idpChoice(browser, query, { personId: SEED_PERSON_IDS.tessa });
      assert.equal(post.status, 400, `${name} (POST)`);
      assert.equal(post.headers.get('location'), null, `${name} (POST)`);
    }
  });

  test('returnTo must be a path of this site', () => {
    assert.equal(safeReturnTo('/profile?tab=1#x'), '/profile?tab=1#x');
    assert.equal(safeReturnTo('//evil.example/'), '/');
    assert.equal(safeReturnTo('/\\evil.example/'), '/');
    assert.equal(safeReturnTo('/\t/evil.example/'), '/');
    assert.equal(safeReturnTo('https://evil.example/'), '/');
    assert.equal(safeReturnTo('profile'), '/');
    assert.equal(safeReturnTo(['/a', '/b']), '/');
    assert.equal(safeReturnTo(undefined), '/');
  });

  test('an unsafe returnTo falls back to the front page', async () => {
    const steps = await signIn(new Browser(server.baseUrl), 'tessa', { returnTo: '//evil.example/' });
    assert.equal(steps.callback.headers.get('location'), '/');
  });

  test('a new sign-in starts from a fresh session', async () => {
    const browser = new Browser(server.baseUrl);
    await signIn(browser, 'tessa');
    const signedIn = browser.cookies.get(SESSION_COOKIE);
    await browser.fetch('/auth/login');
    assert.notEqual(browser.cookies.get(SESSION_COOKIE), signedIn);
    const stale = new Browser(server.baseUrl);
    stale.cookies.set(SESSION_COOKIE, signedIn ?? '');
    assert.deepEqual(await sessionOf(stale), SIGNED_OUT, 'the earlier session ended');
  });
});

describe('single sign-on at the IdP', () => {
  test('after one identification the IdP offers to continue as that person, first', async () => {
    const browser = new Browser(server.baseUrl);
    const first = await signIn(browser, 'sven', { lang: 'sv' });
    const setCookie = first.select.headers.get('set-cookie') ?? '';
    assert.match(setCookie, /^__Secure-idp\.sid=/);
    assert.match(setCookie, /Path=\/idp/);
    assert.match(setCookie, /HttpOnly/i);
    assert.match(setCookie, /SameSite=Lax/i);
    assert.doesNotMatch(setCookie, /Expires|Max-Age/i);
    await browser.fetch('/auth/logout', { method: 'POST' });

    const again = await startSignIn(browser, { lang: 'sv' });
    const continueAt = again.idpHtml.indexOf('Fortsätt som Sven Testsson');
    assert.ok(continueAt > 0, 'continue as Sven');
    assert.ok(continueAt < again.idpHtml.indexOf('Eller välj en annan testperson'), 'before the full list');
    assert.ok(again.idpHtml.includes('Tessa Testilä'), 'the full list is still there');

    const select = await idpChoice(browser, again.params, 'continue');
    assert.equal(select.status, 303);
    assert.equal((await browser.fetch(select.headers.get('location') ?? '')).status, 303);
    const info = (await sessionOf(browser)) as { person?: { id: string } };
    assert.equal(info.person?.id, SEED_PERSON_IDS.sven);
  });

  test('continue needs an IdP session; a person named in the form is not enough', async () => {
    const browser = new Browser(server.baseUrl);
    const { params } = await startSignIn(browser);
    const response = await browser.fetch('/idp/authorize', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...Object.fromEntries(params), action: 'continue', personId: SEED_PERSON_IDS.tessa }).toString(),
    });
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('location'), null);
  });
});

describe('sign-out', () => {
  test('logout (JSON) ends the session, then the IdP logout ends the IdP session: signed out at both', async () => {
    const browser = new Browser(server.baseUrl);
    await signIn(browser, 'tessa');
    const sid = browser.cookies.get(SESSION_COOKIE) ?? '';
    assert.ok(browser.cookies.has(IDP_COOKIE));

    const logout = await browser.fetch('/auth/logout', { method: 'POST', headers: { accept: '*/*' } });
    assert.equal(logout.status, 200);
    assert.equal(logout.headers.get('cache-control'), 'no-store');
    const body: unknown = await logout.json();
    assert.ok(validate(LogoutResponseSchema, body).ok);
    const { idpLogoutUrl } = body as { idpLogoutUrl: string };
    assert.match(idpLogoutUrl, /^\/idp\/logout\?post_logout_redirect_uri=%2F%3Fsignedout%3D1&/);
    assert.match(logout.headers.get('set-cookie') ?? '', /__Host-portal\.sid=;.*Expires=Thu, 01 Jan 1970/);
    assert.equal(browser.cookies.has(SESSION_COOKIE), false);

    const replay = new Browser(server.baseUrl);
    replay.cookies.set(SESSION_COOKIE, sid);
    assert.deepEqual(await sessionOf(replay), SIGNED_OUT);
    assert.equal((await replay.fetch('/api/profile')).status, 401);

    // Still remembered by the IdP until its own logout…
    assert.match((await startSignIn(browser)).idpHtml, /Jatka nimellä Tessa Testilä/);
    const idpLogout = await browser.fetch(idpLogoutUrl);
    assert.equal(idpLogout.status, 303);
    assert.equal(idpLogout.headers.get('location'), '/?signedout=1');
    assert.match(idpLogout.headers.get('set-cookie') ?? '', /__Secure-idp\.sid=;.*Path=\/idp/);
    assert.equal(browser.cookies.has(IDP_COOKIE), false);
    // …and not after it.
    assert.doesNotMatch((await startSignIn(browser)).idpHtml, /Jatka nimellä/);
  });

  test('the IdP session is ended server-side: its old cookie offers nobody', async () => {
    const browser = new Browser(server.baseUrl);
    await signIn(browser, 'tessa');
    const idpSid = browser.cookies.get(IDP_COOKIE) ?? '';
    await browser.fetch('/idp/logout');
    const stale = new Browser(server.baseUrl);
    stale.cookies.set(IDP_COOKIE, idpSid);
    assert.doesNotMatch((await startSignIn(stale)).idpHtml, /Jatka nimellä/);
  });

  test('a form post to logout is sent straight to the IdP logout', async () => {
    const browser = new Browser(server.baseUrl);
    await signIn(browser, 'tessa');
    const logout = await browser.fetch('/auth/logout', {
      method: 'POST',
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    assert.equal(logout.status, 303);
    const location = logout.headers.get('location') ?? '';
    assert.match(location, /^\/idp\/logout\?post_logout_redirect_uri=%2F%3Fsignedout%3D1/);
    assert.deepEqual(await sessionOf(browser), SIGNED_OUT);
    const back = await browser.fetch(location);
    assert.equal(back.headers.get('location'), '/?signedout=1');
  });

  test('the IdP logout returns only to a path of this site', async () => {
    const browser = new Browser(server.baseUrl);
    for (const [target, expected] of [
      ['https://evil.example/', '/'],
      ['//evil.example/', '/'],
      ['/profile', '/profile'],
      [undefined, '/'],
    ] as const) {
      const query = target === undefined ? '' : `?${new URLSearchParams({ post_logout_redirect_uri: target }).toString()}`;
      const response = await browser.fetch(`/idp/logout${query}`);
      assert.equal(response.status, 303);
      assert.equal(response.headers.get('location'), expected, String(target));
    }
  });
});
