// The portal's side of sign-in (the BFF as the IdP's OIDC client): start, callback, sign-out. Each
// step keeps its state in the session (in the database), so any instance can handle any step.
import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { JWK } from 'jose';
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale, type LogoutResponse } from '@portal/shared-contracts';
import type { Clock } from '../../platform/clock.js';
import { findPersonByHetu, type Person } from '../../areas/profile/store.js';
import type { Database } from '../../storage/storage.js';
import { html, renderPage, type SafeHtml } from '../../platform/html.js';
import { rateLimit } from '../../platform/rate-limit.js';
import { safeReturnTo } from '../../platform/safe-path.js';
import { eidasPageHtml } from './eidas-page.js';
import { endSession, regenerateSession, saveSession } from '../sessions/middleware.js';
import { localeFrom } from '../../platform/i18n.js';
import { IDP_ISSUER, IDP_SIGNING_ALGORITHM, PORTAL_CLIENT } from '../idp/provider.js';
import type { TokenResult } from '../idp/token.js';
import { randomToken, s256, sameSecret } from '../oidc/pkce.js';
import { verifyIdToken, type TokenFailure } from '../oidc/verify-id-token.js';
import { formBody } from '../../platform/body.js';
import { startedByAnotherSite } from '../../platform/csrf.js';

const TEXT = {
  fi: {
    brand: 'Työmarkkinatori',
    tagline: 'Oma asiointi',
    failedTitle: 'Tunnistautuminen epäonnistui – Työmarkkinatori',
    failed: 'Tunnistautuminen epäonnistui',
    state: 'Tunnistautumista ei voitu yhdistää tähän selainistuntoon. Se on voinut vanhentua, tai se aloitettiin toisessa ikkunassa.',
    grant: 'Tunnistustieto oli jo käytetty, se oli vanhentunut tai se ei kuulunut tähän kirjautumiseen.',
    token: 'Tunnistuspalvelun vastauksen aitoutta ei voitu varmistaa.',
    hetu: 'Tunnistuspalvelulta saatu henkilötunnus ei ole kelvollinen.',
    unknown: 'Tunnistettua henkilöä ei löytynyt asiakastiedoista.',
    error: 'Tunnistuspalvelu palautti virheen.',
    insecure: 'Kirjautuminen edellyttää suojattua yhteyttä (HTTPS). Avaa palvelu https-osoitteesta.',
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
    state:
      'Identifieringen kunde inte kopplas till den här webbläsarsessionen. Den kan ha gått ut, eller så påbörjades den i ett annat fönster.',
    grant: 'Identifieringsuppgiften hade redan använts, hade gått ut eller hörde inte till den här inloggningen.',
    token: 'Identifieringstjänstens svar kunde inte verifieras.',
    hetu: 'Personbeteckningen från identifieringstjänsten är inte giltig.',
    unknown: 'Den identifierade personen hittades inte i kunduppgifterna.',
    error: 'Identifieringstjänsten returnerade ett fel.',
    insecure: 'Inloggningen kräver en skyddad förbindelse (HTTPS). Öppna tjänsten via dess https-adress.',
    notSignedIn: 'Du är inte inloggad.',
    refusedTitle: 'Den här identiteten kan inte användas – Jobbmarknad Finland',
    refused: 'Den här identiteten kan inte användas',
    deceased:
      'Enligt befolkningsdatasystemet har den identifierade personen avlidit, och därför kan man inte logga in i tjänsten med personens identitet.',
    retry: 'Försök igen',
    home: 'Tillbaka till startsidan',
  },
  en: {
    brand: 'Job Market Finland',
    tagline: 'Oma asiointi',
    failedTitle: 'Identification failed – Job Market Finland',
    failed: 'Identification failed',
    state: 'The identification could not be matched to this browser session. It may have expired, or it was started in another window.',
    grant: 'The identification code had already been used, had expired or did not belong to this sign-in.',
    token: 'The response of the identification service could not be verified.',
    hetu: 'The personal identity code received from the identification service is not valid.',
    unknown: 'The identified person was not found in the customer data.',
    error: 'The identification service returned an error.',
    insecure: 'Signing in needs a secure connection (HTTPS). Open the service at its https address.',
    notSignedIn: 'You are not signed in.',
    refusedTitle: 'This identity cannot be used – Job Market Finland',
    refused: 'This identity cannot be used',
    deceased:
      'According to the Population Information System, the identified person has died, so their identity cannot be used to sign in.',
    retry: 'Try again',
    home: 'Back to the front page',
  },
} as const satisfies Record<Locale, Record<string, string>>;

type FailureReason = 'state' | 'grant' | 'token' | 'hetu' | 'unknown' | 'error' | 'insecure' | 'deceased';

function brand(lang: Locale): { name: string; tagline: string } {
  return { name: TEXT[lang].brand, tagline: TEXT[lang].tagline };
}

function loginUrl(lang: Locale, returnTo: string): string {
  return `/auth/login?${new URLSearchParams({ returnTo, lang }).toString()}`;
}

function sendPage(res: Response, status: number, page: string): void {
  res.status(status).set('Cache-Control', 'no-store').type('html').send(page);
}

function failurePage(res: Response, status: number, lang: Locale, reason: FailureReason, returnTo: string): void {
  const t = TEXT[lang];
  const refused = reason === 'deceased';
  const retry = refused || reason === 'insecure' ? html`` : html`<a href="${loginUrl(lang, returnTo)}">${t.retry}</a>`;
  const body: SafeHtml = html`<p class="notice error">${t[reason]} ${t.notSignedIn}</p>
<p class="actions">${retry} <a href="/">${t.home}</a></p>`;
  sendPage(
    res,
    status,
    renderPage({
      lang,
      title: refused ? t.refusedTitle : t.failedTitle,
      heading: refused ? t.refused : t.failed,
      brand: brand(lang),
      body,
    }),
  );
}

function eidasPage(res: Response, lang: Locale): void {
  sendPage(res, 403, eidasPageHtml(lang, brand(lang)));
}

const TOKEN_FAILURE_PAGES = {
  malformed: 'token',
  signature: 'token',
  issuer: 'token',
  audience: 'token',
  expired: 'token',
  claims: 'token',
  nonce: 'token',
  hetu: 'hetu',
  identity: 'token',
} as const satisfies Record<TokenFailure, FailureReason>;

/** Where the IdP's logout sends the browser back to: the front page with the signed-out notice. */
export const POST_LOGOUT_PATH = '/?signedout=1';

export function idpLogoutUrl(): string {
  return `/idp/logout?${new URLSearchParams({ post_logout_redirect_uri: POST_LOGOUT_PATH, client_id: PORTAL_CLIENT.clientId }).toString()}`;
}

export interface AuthOptions {
  readonly db: Database;
  readonly clock: Clock;
  /** The IdP's token endpoint: the portal's back channel (in-process here, HTTP in real life). */
  readonly redeem: (form: Record<string, string>) => Promise<TokenResult>;
  /** The IdP's published keys (its JWKS). */
  readonly idpKeys: () => readonly JWK[];
  readonly signInRateLimit: { readonly limit: number; readonly windowSeconds: number };
}

function requestLanguage(req: Request): Locale {
  const accepted = req.acceptsLanguages(...LOCALES);
  return localeFrom(req.query['lang'], isLocale(accepted) ? accepted : DEFAULT_LOCALE);
}

type SignIn = NonNullable<Request['session']['signIn']>;
type Fail = (status: number, reason: FailureReason) => Promise<void>;

function startSignIn({ clock }: AuthOptions): RequestHandler {
  return async (req, res) => {
    const returnTo = safeReturnTo(req.query['returnTo']);
    const lang = requestLanguage(req);
    // The session cookie is Secure: without TLS (or loopback) the browser would never bring it
    // back and the callback would fail with a confusing "could not be matched" page.
    if (!req.secure) {
      failurePage(res, 400, lang, 'insecure', returnTo);
      return;
    }
    // A link from another site (or a sibling one) must not end the session of a person already
    // signed in: it could otherwise sign anyone out, and a page's links could drop them into a
    // sign-in they never asked for. They are signed in: on to where the link pointed.
    if (req.session.personId !== undefined && startedByAnotherSite(req)) {
      res.set('Cache-Control', 'no-store').redirect(303, returnTo);
      return;
    }
    // Every sign-in starts in a fresh session: nothing from before (an earlier person, an
    // abandoned attempt) carries over into it.
    await regenerateSession(req);
    const state = randomToken();
    const nonce = randomToken();
    const codeVerifier = randomToken();
    req.session.signIn = { state, nonce, codeVerifier, returnTo, lang, startedAt: clock().toISOString() };
    // Saved before the redirect goes out, so the callback finds it on any instance.
    await saveSession(req);
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: PORTAL_CLIENT.clientId,
      redirect_uri: PORTAL_CLIENT.redirectUri,
      scope: 'openid',
      state,
      nonce,
      code_challenge: s256(codeVerifier),
      code_challenge_method: 'S256',
      ui_locales: lang,
    });
    res.set('Cache-Control', 'no-store').redirect(302, `/idp/authorize?${query.toString()}`);
  };
}

/**
 * The person the IdP's answer names: the code redeemed, the ID token verified, the person found.
 * Undefined when it failed, its page already sent.
 */
async function verifiedPerson(
  { db, clock, redeem, idpKeys }: AuthOptions,
  req: Request,
  res: Response,
  signIn: SignIn,
  lang: Locale,
  fail: Fail,
): Promise<Person | undefined> {
  const code = req.query['code'];
  if (typeof code !== 'string' || code === '') {
    await fail(400, 'grant');
    return undefined;
  }
  const token = await redeem({
    grant_type: 'authorization_code',
    code,
    redirect_uri: PORTAL_CLIENT.redirectUri,
    client_id: PORTAL_CLIENT.clientId,
    code_verifier: signIn.codeVerifier,
  });
  if (token.status !== 200) {
    await fail(400, 'grant');
    return undefined;
  }
  const verified = await verifyIdToken(token.body.id_token, {
    keys: idpKeys(),
    issuer: IDP_ISSUER,
    audience: PORTAL_CLIENT.clientId,
    nonce: signIn.nonce,
    now: clock(),
    algorithms: [IDP_SIGNING_ALGORITHM],
  });
  if (!verified.ok) {
    await fail(400, TOKEN_FAILURE_PAGES[verified.failure]);
    return undefined;
  }
  if (verified.identity.kind === 'eidas') {
    await endSession(req, res);
    eidasPage(res, lang);
    return undefined;
  }
  // The customer information system knows people by their henkilötunnus.
  const person = await findPersonByHetu(db, verified.identity.hetu);
  if (!person) {
    await fail(400, 'unknown');
    return undefined;
  }
  if (person.deceased) {
    await fail(403, 'deceased');
    return undefined;
  }
  return person;
}

function completeSignIn(options: AuthOptions): RequestHandler {
  return async (req, res) => {
    const signIn = req.session.signIn;
    // No sign-in in progress (a stale or foreign callback): the browser's language, as /auth/login's.
    const lang = signIn?.lang ?? requestLanguage(req);
    const returnTo = signIn?.returnTo ?? '/';
    const state = req.query['state'];
    // Only the browser that started the sign-in holds the state: this stops a forged callback from
    // signing the victim in as someone else (login CSRF). A mismatch leaves the session as it was,
    // so the victim's own sign-in in progress still works.
    if (!signIn || typeof state !== 'string' || !sameSecret(state, signIn.state)) {
      failurePage(res, 400, lang, 'state', returnTo);
      return;
    }
    // From here on, whatever the outcome, this pre-login session has served its purpose: it ends,
    // and only a complete success starts a new, signed-in one.
    const fail = async (status: number, reason: FailureReason) => {
      await endSession(req, res);
      failurePage(res, status, lang, reason, returnTo);
    };

    const error = req.query['error'];
    if (error !== undefined) {
      if (error === 'access_denied') {
        await endSession(req, res);
        res.set('Cache-Control', 'no-store').redirect(303, '/?signin=cancelled');
      } else {
        await fail(400, 'error');
      }
      return;
    }

    const person = await verifiedPerson(options, req, res, signIn, lang, fail);
    if (!person) return;
    // A new session id at every sign-in: an id planted or seen before sign-in is worth nothing
    // after it. The new row's created_at is the start of the absolute lifetime.
    await regenerateSession(req);
    req.session.personId = person.id;
    await saveSession(req);
    res.set('Cache-Control', 'no-store').redirect(303, returnTo);
  };
}

const logout: RequestHandler = async (req, res) => {
  // fetch() sends Accept: */*, which picks the first (JSON) answer; a form post asks for HTML.
  const prefersHtml = req.accepts(['json', 'html']) === 'html';
  await endSession(req, res);
  res.set('Cache-Control', 'no-store');
  // Then the IdP's own session: the browser goes there (it is another party's cookie), and it
  // sends the browser back to the front page.
  const body: LogoutResponse = { idpLogoutUrl: idpLogoutUrl() };
  if (prefersHtml) {
    res.redirect(303, body.idpLogoutUrl);
  } else {
    res.status(200).json(body);
  }
};

export function authRouter(options: AuthOptions): Router {
  const { db, clock, signInRateLimit } = options;
  const router = Router();
  router.get(
    '/login',
    rateLimit({
      db,
      clock,
      name: 'portal-login',
      limit: signInRateLimit.limit,
      windowSeconds: signInRateLimit.windowSeconds,
      page: (req) => {
        const lang = requestLanguage(req);
        return { lang, brand: brand(lang) };
      },
    }),
    startSignIn(options),
  );
  router.get('/callback', completeSignIn(options));
  router.post('/logout', formBody('10kb'), logout);
  return router;
}
