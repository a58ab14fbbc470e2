// The portal's side of sign-in (the BFF as the IdP's client): start, callback, sign-out. Each step
// keeps its state in the session (in the database), so any instance can handle any step.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import express, { Router, type Request, type Response } from 'express';
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '@portal/shared-contracts';
import { findPerson } from '../db/persons.js';
import type { Database } from '../db/storage.js';
import { html, renderPage, type SafeHtml } from '../http/html.js';
import { sessionCookieName, sessionCookieOptions } from '../http/session.js';
import { localeFrom } from '../i18n.js';
import { exchangeCode, PORTAL_CLIENT } from '../idp/codes.js';

const MAX_RETURN_TO_LENGTH = 2048;
const PROBE_ORIGIN = 'http://portal.invalid';

/**
 * Where to go after sign-in: only a path of this site. "//host" and "/\host" are other hosts to a
 * browser, and browsers drop tabs and newlines from URLs ("/\t/host" becomes "//host"), so control
 * characters and backslashes are refused outright; the URL parser has the last word.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > MAX_RETURN_TO_LENGTH) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) return '/';
  try {
    const url = new URL(value, PROBE_ORIGIN);
    return url.origin === PROBE_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : '/';
  } catch {
    return '/';
  }
}

const TEXT = {
  fi: {
    brand: 'Työmarkkinatori',
    tagline: 'Oma asiointi',
    failedTitle: 'Tunnistautuminen epäonnistui – Työmarkkinatori',
    failed: 'Tunnistautuminen epäonnistui',
    state: 'Tunnistautumista ei voitu yhdistää tähän selainistuntoon. Se on voinut vanhentua, tai se aloitettiin toisessa ikkunassa.',
    code: 'Tunnistustieto oli jo käytetty tai vanhentunut.',
    error: 'Tunnistuspalvelu palautti virheen.',
    notSignedIn: 'Et ole kirjautunut sisään.',
    refusedTitle: 'Tällä henkilöllisyydellä ei voi asioida – Työmarkkinatori',
    refused: 'Tällä henkilöllisyydellä ei voi asioida',
    deceased: 'Väestötietojärjestelmän mukaan tunnistettu henkilö on kuollut, joten hänen henkilöllisyydellään ei voi kirjautua palveluun.',
    retry: 'Yritä uudelleen',
    home: 'Palaa etusivulle',
  },
  sv: {
    brand: 'Jobbmarknad Finland',
    tagline: 'Oma asiointi',
    failedTitle: 'Identifieringen misslyckades – Jobbmarknad Finland',
    failed: 'Identifieringen misslyckades',
    state: 'Identifieringen kunde inte kopplas till den här webbläsarsessionen. Den kan ha gått ut, eller så påbörjades den i ett annat fönster.',
    code: 'Identifieringsuppgiften hade redan använts eller gått ut.',
    error: 'Identifieringstjänsten returnerade ett fel.',
    notSignedIn: 'Du är inte inloggad.',
    refusedTitle: 'Den här identiteten kan inte användas – Jobbmarknad Finland',
    refused: 'Den här identiteten kan inte användas',
    deceased: 'Enligt befolkningsdatasystemet har den identifierade personen avlidit, och därför kan man inte logga in i tjänsten med personens identitet.',
    retry: 'Försök igen',
    home: 'Tillbaka till startsidan',
  },
  en: {
    brand: 'Job Market Finland',
    tagline: 'Oma asiointi',
    failedTitle: 'Identification failed – Job Market Finland',
    failed: 'Identification failed',
    state: 'The identification could not be matched to this browser session. It may have expired, or it was started in another window.',
    code: 'The identification code had already been used or had expired.',
    error: 'The identification service returned an error.',
    notSignedIn: 'You are not signed in.',
    refusedTitle: 'This identity cannot be used – Job Market Finland',
    refused: 'This identity cannot be used',
    deceased: 'According to the Population Information System, the identified person has died, so their identity cannot be used to sign in.',
    retry: 'Try again',
    home: 'Back to the front page',
  },
} as const satisfies Record<Locale, Record<string, string>>;

type FailureReason = 'state' | 'code' | 'error' | 'deceased';

function loginUrl(lang: Locale, returnTo: string): string {
  return `/auth/login?${new URLSearchParams({ returnTo, lang }).toString()}`;
}

function failurePage(res: Response, status: number, lang: Locale, reason: FailureReason, returnTo: string): void {
  const t = TEXT[lang];
  const refused = reason === 'deceased';
  const body: SafeHtml = html`<p class="notice error">${t[reason]} ${t.notSignedIn}</p>
<p class="actions">${refused ? html`` : html`<a href="${loginUrl(lang, returnTo)}">${t.retry}</a>`} <a href="/">${t.home}</a></p>`;
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .type('html')
    .send(
      renderPage({
        lang,
        title: refused ? t.refusedTitle : t.failedTitle,
        heading: refused ? t.refused : t.failed,
        brand: { name: t.brand, tagline: t.tagline },
        body,
      }),
    );
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function regenerate(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((error: unknown) => (error ? reject(error) : resolve())));
}

function destroy(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.destroy((error: unknown) => (error ? reject(error) : resolve())));
}

export interface AuthOptions {
  readonly cookieSecure: boolean;
}

export function authRouter(db: Database, options: AuthOptions): Router {
  const router = Router();

  router.get('/login', (req, res) => {
    const returnTo = safeReturnTo(req.query['returnTo']);
    const accepted = req.acceptsLanguages(...LOCALES);
    const lang = localeFrom(req.query['lang'], isLocale(accepted) ? accepted : DEFAULT_LOCALE);
    const state = randomBytes(32).toString('base64url');
    // Saved by express-session before the redirect goes out, so the callback finds it on any instance.
    req.session.signIn = { state, returnTo, lang, startedAt: new Date().toISOString() };
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: PORTAL_CLIENT.clientId,
      redirect_uri: PORTAL_CLIENT.redirectUri,
      state,
      ui_locales: lang,
    });
    res.set('Cache-Control', 'no-store').redirect(302, `/idp/authorize?${query.toString()}`);
  });

  router.get('/callback', async (req, res) => {
    const signIn = req.session.signIn;
    const lang = signIn?.lang ?? DEFAULT_LOCALE;
    const returnTo = signIn?.returnTo ?? '/';
    const state = req.query['state'];
    // Only the browser that started the sign-in holds the state: this stops a forged callback from
    // signing the victim in as someone else (login CSRF). A mismatch leaves the session as it was.
    if (!signIn || typeof state !== 'string' || !sameSecret(state, signIn.state)) {
      failurePage(res, 400, lang, 'state', returnTo);
      return;
    }
    // The state is good for one callback, whatever its outcome.
    delete req.session.signIn;

    const error = req.query['error'];
    if (error !== undefined) {
      if (error === 'access_denied') {
        res.set('Cache-Control', 'no-store').redirect(303, '/?signin=cancelled');
      } else {
        failurePage(res, 400, lang, 'error', returnTo);
      }
      return;
    }

    const code = req.query['code'];
    const exchanged =
      typeof code === 'string'
        ? await exchangeCode(db, { code, clientId: PORTAL_CLIENT.clientId, redirectUri: PORTAL_CLIENT.redirectUri, state })
        : null;
    const person = exchanged ? await findPerson(db, exchanged.personId) : undefined;
    if (!person) {
      failurePage(res, 400, lang, 'code', returnTo);
      return;
    }
    if (person.deceased) {
      failurePage(res, 403, lang, 'deceased', returnTo);
      return;
    }
    // A new session id at every sign-in: an id planted or seen before sign-in is worth nothing after it.
    await regenerate(req);
    req.session.personId = person.id;
    res.set('Cache-Control', 'no-store').redirect(303, returnTo);
  });

  router.post('/logout', express.urlencoded({ extended: false, limit: '10kb' }), async (req, res) => {
    // fetch() sends Accept: */*, which picks the first (JSON-ish) answer; a form post asks for HTML.
    const prefersHtml = req.accepts(['json', 'html']) === 'html';
    await destroy(req);
    res.clearCookie(sessionCookieName(options.cookieSecure), sessionCookieOptions(options.cookieSecure));
    res.set('Cache-Control', 'no-store');
    if (prefersHtml) {
      res.redirect(303, '/?signedout=1');
    } else {
      res.status(204).end();
    }
  });

  return router;
}
