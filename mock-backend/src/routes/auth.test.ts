import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SessionInfoSchema, validate } from '@portal/shared-contracts';
import { SEED_PERSON_IDS } from '../db/seed.js';
import { Browser, postForm, sessionOf, signIn, startTestServer, type TestServer } from '../testing/harness.js';
import { safeReturnTo } from './auth.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const COOKIE = 'portal.sid';

describe('sign-in', () => {
  test('Tessa signs in through the test identification and gets a new session id', async () => {
    const browser = new Browser(server.baseUrl);
    assert.deepEqual(await sessionOf(browser), { authenticated: false });

    const steps = await signIn(browser, 'tessa', { returnTo: '/profile' });
    assert.equal(steps.login.status, 302);
    const authorize = new URL(steps.login.headers.get('location') ?? '', server.baseUrl);
    assert.equal(authorize.pathname, '/idp/authorize');
    assert.equal(authorize.searchParams.get('response_type'), 'code');
    assert.equal(authorize.searchParams.get('client_id'), 'portal');
    assert.equal(authorize.searchParams.get('redirect_uri'), '/auth/callback');
    assert.equal(authorize.searchParams.get('ui_locales'), 'fi');
    assert.match(steps.login.headers.get('location') ?? '', /redirect_uri=%2Fauth%2Fcallback/);
    assert.match(steps.state, /^[A-Za-z0-9_-]{43}$/, '32 random bytes, base64url');

    // The cookie of the sign-in in progress, before anyone is signed in.
    const setCookie = steps.login.headers.get('set-cookie') ?? '';
    const preLoginSid = /^portal\.sid=([^;]+)/.exec(setCookie)?.[1];
    assert.ok(preLoginSid);
    assert.match(setCookie, /HttpOnly/i);
    assert.match(setCookie, /SameSite=Lax/i);
    assert.match(setCookie, /Path=\//);
    assert.doesNotMatch(setCookie, /Expires|Max-Age/i, 'a browser-session cookie');

    assert.equal(steps.idpPage.status, 200);
    assert.match(steps.idpPage.headers.get('content-type') ?? '', /text\/html/);
    assert.match(steps.idpHtml, /<html lang="fi">/);
    assert.match(steps.idpHtml, /<title>Tunnistaudu – Suomi\.fi-testitunnistus \(demo\)<\/title>/);
    assert.equal(steps.idpHtml.match(/<h1>/g)?.length, 1);
    for (const text of ['Tessa Testilä', '010280-952L', 'Sven Testsson', '010469-999W', 'Turva Testinen', '260991-999R', 'Erika Example', 'EU-tunnistus (eIDAS)', 'Peruuta ja palaa palveluun']) {
      assert.ok(steps.idpHtml.includes(text), `the identification page shows ${text}`);
    }
    assert.doesNotMatch(steps.idpHtml, /<script|style=/, 'nothing inline for the CSP to block');

    assert.equal(steps.select.status, 303);
    const callback = new URL(steps.select.headers.get('location') ?? '', server.baseUrl);
    assert.equal(callback.pathname, '/auth/callback');
    assert.ok(callback.searchParams.get('code'));
    assert.equal(callback.searchParams.get('state'), steps.state);

    assert.equal(steps.callback.status, 303);
    assert.equal(steps.callback.headers.get('location'), '/profile');
    const postLoginSid = browser.cookies.get(COOKIE);
    assert.ok(postLoginSid);
    assert.notEqual(postLoginSid, preLoginSid, 'the session id changes at sign-in');

    const session = await browser.fetch('/api/session');
    assert.equal(session.headers.get('cache-control'), 'no-store');
    const info: unknown = await session.json();
    assert.ok(validate(SessionInfoSchema, info).ok);
    assert.deepEqual(info, {
      authenticated: true,
      person: {
        id: SEED_PERSON_IDS.tessa,
        firstName: 'Tessa',
        lastName: 'Testilä',
        displayName: 'Tessa Testilä',
        preferredLanguage: 'fi',
      },
    });

    // The pre-login id is worth nothing now.
    const old = new Browser(server.baseUrl);
    old.cookies.set(COOKIE, preLoginSid);
    assert.deepEqual(await sessionOf(old), { authenticated: false });
  });

  test('the identification page is in the language asked for, with links to the others', async () => {
    const browser = new Browser(server.baseUrl);
    const steps = await signIn(browser, 'sven', { lang: 'sv' });
    assert.match(steps.idpHtml, /<html lang="sv">/);
    assert.match(steps.idpHtml, /Identifiera dig/);
    assert.match(steps.idpHtml, /Avbryt och återvänd till tjänsten/);
    assert.match(steps.idpHtml, /EU-identifiering \(eIDAS\)/);
    assert.match(steps.idpHtml, /hreflang="fi"[^>]*>Suomeksi</);
    assert.match(steps.idpHtml, /hreflang="en"[^>]*>In English</);
    assert.match(steps.idpHtml, /aria-current="true">På svenska</);
  });

  test('cancel returns to the front page with nobody signed in', async () => {
    const browser = new Browser(server.baseUrl);
    const login = await browser.fetch('/auth/login?returnTo=/profile');
    const state = new URL(login.headers.get('location') ?? '', server.baseUrl).searchParams.get('state') ?? '';
    const cancel = await browser.fetch(
      '/idp/authorize',
      postForm({ state, client_id: 'portal', redirect_uri: '/auth/callback', action: 'cancel' }),
    );
    assert.equal(cancel.status, 303);
    const location = cancel.headers.get('location') ?? '';
    assert.match(location, /^\/auth\/callback\?error=access_denied&state=/);
    const callback = await browser.fetch(location);
    assert.equal(callback.status, 303);
    assert.equal(callback.headers.get('location'), '/?signin=cancelled');
    assert.deepEqual(await sessionOf(browser), { authenticated: false });
  });

  test('a callback with the wrong state is refused with an HTML page and signs nobody in', async () => {
    const browser = new Browser(server.baseUrl);
    const steps = await signIn(browser, 'tessa');
    // Replay Tessa's code into another browser that started its own sign-in (login CSRF).
    const victim = new Browser(server.baseUrl);
    await victim.fetch('/auth/login?lang=sv');
    const forged = new URL(steps.select.headers.get('location') ?? '', server.baseUrl);
    const response = await victim.fetch(`${forged.pathname}${forged.search}`);
    assert.equal(response.status, 400);
    const page = await response.text();
    assert.match(page, /<html lang="sv">/);
    assert.match(page, /Identifieringen misslyckades/);
    assert.match(page, /href="\/"/);
    assert.deepEqual(await sessionOf(victim), { authenticated: false });

    const fresh = new Browser(server.baseUrl);
    const noSession = await fresh.fetch('/auth/callback?code=x&state=y');
    assert.equal(noSession.status, 400);
    assert.match(await noSession.text(), /Tunnistautuminen epäonnistui/);
    assert.deepEqual(await sessionOf(fresh), { authenticated: false });
  });

  test('a code is good only once', async () => {
    const browser = new Browser(server.baseUrl);
    const login = await browser.fetch('/auth/login');
    const state = new URL(login.headers.get('location') ?? '', server.baseUrl).searchParams.get('state') ?? '';
    const select = await browser.fetch(
      '/idp/authorize',
      postForm({ personId: SEED_PERSON_IDS.yrjo, state, client_id: 'portal', redirect_uri: '/auth/callback', action: 'select' }),
    );
    const callbackUrl = select.headers.get('location') ?? '';
    const code = new URL(callbackUrl, server.baseUrl).searchParams.get('code') ?? '';

    const first = await browser.fetch(callbackUrl);
    assert.equal(first.status, 303);
    await browser.fetch('/auth/logout', { method: 'POST' });

    // The same code again, in a new sign-in with a valid state of its own.
    const again = await browser.fetch('/auth/login');
    const newState = new URL(again.headers.get('location') ?? '', server.baseUrl).searchParams.get('state') ?? '';
    const replay = await browser.fetch(`/auth/callback?${new URLSearchParams({ code, state: newState }).toString()}`);
    assert.equal(replay.status, 400);
    assert.match(await replay.text(), /jo käytetty tai vanhentunut/);
    assert.deepEqual(await sessionOf(browser), { authenticated: false });
  });

  test('a deceased person cannot sign in', async () => {
    const browser = new Browser(server.baseUrl);
    const steps = await signIn(browser, 'deceased');
    assert.equal(steps.callback.status, 403);
    const page = await steps.callback.text();
    assert.match(page, /Tällä henkilöllisyydellä ei voi asioida/);
    assert.match(page, /kuollut/);
    assert.deepEqual(await sessionOf(browser), { authenticated: false });
  });

  test('the eIDAS user signs in without a henkilötunnus', async () => {
    const browser = new Browser(server.baseUrl);
    const steps = await signIn(browser, 'erika', { lang: 'en' });
    assert.equal(steps.callback.status, 303);
    const info = (await sessionOf(browser)) as { person?: { displayName: string; preferredLanguage: string } };
    assert.equal(info.person?.displayName, 'Erika Example');
    assert.equal(info.person?.preferredLanguage, 'en');
  });

  test('an invalid identification request gets a 400 page and no redirect', async () => {
    const browser = new Browser(server.baseUrl);
    for (const query of [
      'response_type=code&client_id=portal&redirect_uri=%2Fauth%2Fcallback',
      'response_type=code&client_id=evil&redirect_uri=%2Fauth%2Fcallback&state=s',
      'response_type=code&client_id=portal&redirect_uri=https%3A%2F%2Fevil.example%2F&state=s&ui_locales=en',
    ]) {
      const response = await browser.fetch(`/idp/authorize?${query}`);
      assert.equal(response.status, 400, query);
      assert.equal(response.headers.get('location'), null);
      assert.match(await response.text(), /Virheellinen tunnistuspyyntö|Invalid identification request/);
    }
    const post = await browser.fetch(
      '/idp/authorize',
      postForm({ personId: SEED_PERSON_IDS.tessa, state: 's', client_id: 'portal', redirect_uri: 'https://evil.example/', action: 'select' }),
    );
    assert.equal(post.status, 400);
    assert.equal(post.headers.get('location'), null);
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
    const browser = new Browser(server.baseUrl);
    const steps = await signIn(browser, 'tessa', { returnTo: '//evil.example/' });
    assert.equal(steps.callback.headers.get('location'), '/');
  });
});

describe('sign-out', () => {
  test('logout ends the session server-side: the old cookie no longer works', async () => {
    const browser = new Browser(server.baseUrl);
    await signIn(browser, 'tessa');
    const sid = browser.cookies.get(COOKIE) ?? '';
    const logout = await browser.fetch('/auth/logout', { method: 'POST', headers: { origin: server.baseUrl } });
    assert.equal(logout.status, 204);
    assert.match(logout.headers.get('set-cookie') ?? '', /portal\.sid=;.*Expires=Thu, 01 Jan 1970/);
    assert.equal(browser.cookies.has(COOKIE), false);

    const replay = new Browser(server.baseUrl);
    replay.cookies.set(COOKIE, sid);
    assert.deepEqual(await sessionOf(replay), { authenticated: false });
    assert.equal((await replay.fetch('/api/profile')).status, 401);
  });

  test('a form post to logout gets a redirect to the front page', async () => {
    const browser = new Browser(server.baseUrl);
    await signIn(browser, 'tessa');
    const logout = await browser.fetch('/auth/logout', {
      method: 'POST',
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    assert.equal(logout.status, 303);
    assert.equal(logout.headers.get('location'), '/?signedout=1');
    assert.deepEqual(await sessionOf(browser), { authenticated: false });
  });
});

describe('idle expiry', () => {
  test('a session idle for longer than SESSION_IDLE_SECONDS has ended', async () => {
    // A second app on the same database, as a second instance would be.
    const short = await startTestServer({ storage: server.storage, config: { sessionIdleSeconds: 1 } });
    try {
      const browser = new Browser(short.baseUrl);
      await signIn(browser, 'tessa');
      assert.equal(((await sessionOf(browser)) as { authenticated: boolean }).authenticated, true);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      assert.deepEqual(await sessionOf(browser), { authenticated: false });
    } finally {
      await short.close();
    }
  });
});
