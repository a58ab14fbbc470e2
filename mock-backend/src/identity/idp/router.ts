// The mock Suomi.fi identification, shaped like an OIDC provider: the authorization page that lists
// the test persons (GET /idp/authorize), the choice, "continue as" or cancel (POST), the token
// endpoint (POST /idp/token), its keys (GET /idp/jwks) and the end of its own session
// (GET /idp/logout). It talks to the portal only through redirects and the token endpoint, never
// through the portal's session, as a separate IdP would.
import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { Locale } from '@portal/shared-contracts';
import type { Clock } from '../../platform/clock.js';
import { findPerson, listPersons, type Person } from '../../areas/profile/store.js';
import type { Database } from '../../storage/storage.js';
import { html, renderPage, STYLESHEET, type SafeHtml } from '../../platform/html.js';
import { rateLimit } from '../../platform/rate-limit.js';
import { safeReturnTo } from '../../platform/safe-path.js';
import { localeFrom } from '../../platform/i18n.js';
import { issueCode } from './codes.js';
import type { IdpKeys } from './keys.js';
import { PORTAL_CLIENT } from './provider.js';
import { endIdpSession, idpSessionPerson, startIdpSession } from './sessions.js';
import { tokenEndpoint } from './token.js';
import { S256_CHALLENGE_PATTERN } from '../oidc/pkce.js';
import { brand, LANGUAGE_NAMES, TEXT } from './texts.js';
import { formBody } from '../../platform/body.js';

/** An OIDC authorization request that passed the checks: what the page carries through its forms. */
interface AuthorizeRequest {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scope: string;
  readonly state: string;
  readonly nonce: string;
  readonly codeChallenge: string;
  readonly lang: Locale;
}

type Checked = { ok: true; request: AuthorizeRequest } | { ok: false; problems: string[]; lang: Locale };

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Visible ASCII, bounded: state and nonce travel in URLs and hidden fields. */
const OPAQUE_VALUE = /^[\x21-\x7e]{1,512}$/;

/**
 * The checks an OIDC provider makes before showing anything: a known client and its registered
 * redirect, scope openid, a state, a nonce and a PKCE S256 challenge (this IdP requires PKCE).
 * The form posts carry the same fields and are checked the same way.
 */
function checkRequest(input: Record<string, unknown>): Checked {
  const lang = localeFrom(input['ui_locales']);
  const problems: string[] = [];
  if (text(input['response_type']) !== 'code') problems.push('response_type must be "code"');
  const clientId = text(input['client_id']);
  if (clientId !== PORTAL_CLIENT.clientId) problems.push('unknown client_id');
  const redirectUri = text(input['redirect_uri']);
  if (redirectUri !== PORTAL_CLIENT.redirectUri) problems.push('redirect_uri is not registered for the client');
  const scope = text(input['scope']) ?? '';
  if (!scope.split(' ').includes('openid')) problems.push('scope must include "openid"');
  const state = text(input['state']);
  if (!state || !OPAQUE_VALUE.test(state)) problems.push('state is missing or malformed');
  const nonce = text(input['nonce']);
  if (!nonce || !OPAQUE_VALUE.test(nonce)) problems.push('nonce is missing or malformed');
  const codeChallenge = text(input['code_challenge']);
  if (!codeChallenge || !S256_CHALLENGE_PATTERN.test(codeChallenge)) problems.push('code_challenge is missing or not an S256 challenge');
  if (text(input['code_challenge_method']) !== 'S256') problems.push('code_challenge_method must be "S256"');
  if (problems.length > 0 || !clientId || !redirectUri || !state || !nonce || !codeChallenge) return { ok: false, problems, lang };
  return { ok: true, request: { clientId, redirectUri, scope, state, nonce, codeChallenge, lang } };
}

function requestFields(request: AuthorizeRequest, lang: Locale = request.lang): Record<string, string> {
  return {
    response_type: 'code',
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    scope: request.scope,
    state: request.state,
    nonce: request.nonce,
    code_challenge: request.codeChallenge,
    code_challenge_method: 'S256',
    ui_locales: lang,
  };
}

function authorizeUrl(request: AuthorizeRequest, lang: Locale): string {
  return `/idp/authorize?${new URLSearchParams(requestFields(request, lang)).toString()}`;
}

function languageLinks(request: AuthorizeRequest): SafeHtml {
  const t = TEXT[request.lang];
  const links = (Object.keys(LANGUAGE_NAMES) as Locale[]).map(
    (lang) =>
      html`<li><a href="${authorizeUrl(request, lang)}" lang="${lang}" hreflang="${lang}"${
        lang === request.lang ? html` aria-current="true"` : html``
      }>${LANGUAGE_NAMES[lang]}</a></li>`,
  );
  return html`<nav class="languages" aria-label="${t.languages}"><ul>${links}</ul></nav>`;
}

function hiddenFields(request: AuthorizeRequest, action: 'select' | 'continue' | 'cancel'): SafeHtml {
  const fields = Object.entries({ ...requestFields(request), action });
  return html`${fields.map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">\n`)}`;
}

function personButton(person: Person, lang: Locale): SafeHtml {
  const t = TEXT[lang];
  const identity = person.hetu
    ? html`<span class="id"><span class="visually-hidden">${t.hetu} </span>${person.hetu}</span>`
    : html`<span class="id">${t.eidas}</span>`;
  return html`<li><button type="submit" class="person" name="personId" value="${person.id}"><span class="name">${person.givenName} ${person.lastName}</span> ${identity}</button></li>`;
}

function continueForm(request: AuthorizeRequest, person: Person): SafeHtml {
  const t = TEXT[request.lang];
  return html`<section class="continue" aria-labelledby="continue-heading">
<h2 id="continue-heading">${t.continueHeading}</h2>
<form method="post" action="/idp/authorize">
${hiddenFields(request, 'continue')}
<ul class="persons"><li><button type="submit" class="person"><span class="name">${t.continueAs(`${person.givenName} ${person.lastName}`)}</span></button></li></ul>
</form>
</section>`;
}

function identificationPage(request: AuthorizeRequest, persons: readonly Person[], remembered: Person | undefined): string {
  const t = TEXT[request.lang];
  return renderPage({
    lang: request.lang,
    title: t.title,
    heading: t.heading,
    brand: brand(request.lang),
    top: languageLinks(request),
    body: html`<p class="notice">${t.intro}</p>
${remembered ? continueForm(request, remembered) : html``}
<form method="post" action="/idp/authorize">
${hiddenFields(request, 'select')}
<fieldset>
<legend>${remembered ? t.otherPersons : t.persons}</legend>
<ul class="persons">
${persons.map((person) => personButton(person, request.lang))}
</ul>
</fieldset>
</form>
<form method="post" action="/idp/authorize" class="actions">
${hiddenFields(request, 'cancel')}
<button type="submit" class="secondary">${t.cancel}</button>
</form>`,
  });
}

function badRequestPage(res: Response, lang: Locale, problems: readonly string[]): void {
  const t = TEXT[lang];
  // No redirect: the redirect_uri of a bad request cannot be trusted (an open redirector otherwise).
  res
    .status(400)
    .type('html')
    .send(
      renderPage({
        lang,
        title: t.badRequestTitle,
        heading: t.badRequestHeading,
        brand: brand(lang),
        body: html`<p class="notice error">${t.badRequest}</p>
<h2>${t.problems}</h2>
<ul lang="en">${problems.map((problem) => html`<li>${problem}</li>`)}</ul>
<p><a href="/">${t.back}</a></p>`,
      }),
    );
}

function noStore(res: Response): void {
  // Every answer here carries one sign-in's secrets or person; none may come back from a cache.
  res.set('Cache-Control', 'no-store');
}

function formOf(req: Request): Record<string, unknown> {
  return typeof req.body === 'object' && req.body !== null ? (req.body as Record<string, unknown>) : {};
}

async function rememberedPerson(db: Database, req: Request, now: Date): Promise<Person | undefined> {
  const personId = await idpSessionPerson(db, req, now);
  return personId ? findPerson(db, personId) : undefined;
}

export interface IdpRouterOptions {
  readonly db: Database;
  readonly clock: Clock;
  readonly keys: IdpKeys;
  readonly signInRateLimit: { readonly limit: number; readonly windowSeconds: number };
}

function stylesheet(_req: Request, res: Response): void {
  res.set('Cache-Control', 'no-cache');
  res.type('text/css').send(STYLESHEET);
}

function identificationForm({ db, clock }: IdpRouterOptions): RequestHandler {
  return async (req, res) => {
    noStore(res);
    const checked = checkRequest(req.query);
    if (!checked.ok) {
      badRequestPage(res, checked.lang, checked.problems);
      return;
    }
    const [persons, remembered] = await Promise.all([listPersons(db), rememberedPerson(db, req, clock())]);
    res.type('html').send(identificationPage(checked.request, persons, remembered));
  };
}

/** The person the form chose (a new IdP session) or the one this browser's IdP session has; undefined with its page sent. */
async function chosenPerson(
  { db }: IdpRouterOptions,
  req: Request,
  res: Response,
  fields: Record<string, unknown>,
  lang: Locale,
  action: string | undefined,
  now: Date,
): Promise<Person | undefined> {
  let person: Person | undefined;
  if (action === 'select') {
    person = await findPerson(db, text(fields['personId']) ?? '');
    if (!person) {
      badRequestPage(res, lang, ['unknown personId']);
      return undefined;
    }
    await startIdpSession(db, req, res, person.id, now);
  } else if (action === 'continue') {
    // Only the person of this browser's IdP session, never one named in the form.
    person = await rememberedPerson(db, req, now);
    if (!person) {
      badRequestPage(res, lang, ['no identification to continue: the IdP session has ended']);
      return undefined;
    }
  } else {
    badRequestPage(res, lang, ['action must be "select", "continue" or "cancel"']);
    return undefined;
  }
  return person;
}

function identify(options: IdpRouterOptions): RequestHandler {
  const { db, clock } = options;
  return async (req, res) => {
    noStore(res);
    const fields = formOf(req);
    const checked = checkRequest(fields);
    if (!checked.ok) {
      badRequestPage(res, checked.lang, checked.problems);
      return;
    }
    const { request } = checked;
    const action = text(fields['action']);

    if (action === 'cancel') {
      const back = new URLSearchParams({ error: 'access_denied', state: request.state });
      res.redirect(303, `${request.redirectUri}?${back.toString()}`);
      return;
    }
    const now = clock();
    const person = await chosenPerson(options, req, res, fields, request.lang, action, now);
    if (!person) return;
    // A deceased test person is identified like anyone; refusing them is the portal's decision.
    const code = await issueCode(
      db,
      {
        personId: person.id,
        clientId: request.clientId,
        redirectUri: request.redirectUri,
        codeChallenge: request.codeChallenge,
        nonce: request.nonce,
      },
      now,
    );
    const back = new URLSearchParams({ code, state: request.state });
    res.redirect(303, `${request.redirectUri}?${back.toString()}`);
  };
}

// Server to server (no cookies, so exempt from the CSRF check: src/platform/csrf.ts).
function token({ db, keys, clock }: IdpRouterOptions): RequestHandler {
  return async (req, res) => {
    const result = await tokenEndpoint({ db, keys, clock }, formOf(req));
    // RFC 6749 §5.1: token responses are never cached.
    res.set('Cache-Control', 'no-store').set('Pragma', 'no-cache');
    if (result.status === 401) res.set('WWW-Authenticate', 'Basic realm="mock-idp"');
    res.status(result.status).json(result.body);
  };
}

function jwks({ keys }: IdpRouterOptions): RequestHandler {
  return (_req, res) => {
    res.set('Cache-Control', 'no-cache');
    res.json({ keys: [keys.publicJwk] });
  };
}

/**
 * RP-initiated logout: ends the IdP's own session, then back to the client. Only a path of this
 * site is followed, so the endpoint cannot be used as an open redirector.
 */
function logout({ db }: IdpRouterOptions): RequestHandler {
  return async (req, res) => {
    noStore(res);
    await endIdpSession(db, req, res);
    res.redirect(303, safeReturnTo(req.query['post_logout_redirect_uri']));
  };
}

export function idpRouter(options: IdpRouterOptions): Router {
  const { db, clock, signInRateLimit } = options;
  const router = Router();
  const form = formBody('10kb');
  router.get('/assets/idp.css', stylesheet);
  router.get('/authorize', identificationForm(options));
  router.post(
    '/authorize',
    form,
    rateLimit({
      db,
      clock,
      name: 'idp-authorize',
      limit: signInRateLimit.limit,
      windowSeconds: signInRateLimit.windowSeconds,
      page: (req) => {
        const lang = localeFrom(formOf(req)['ui_locales']);
        return { lang, brand: brand(lang) };
      },
    }),
    identify(options),
  );
  router.post('/token', form, token(options));
  router.get('/jwks', jwks(options));
  router.get('/logout', logout(options));
  return router;
}
