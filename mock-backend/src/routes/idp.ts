// The mock Suomi.fi test identification: the page that lists the test persons (GET), the choice or
// the cancel (POST), and its stylesheet. It talks to the portal only through redirects carrying
// `code`/`error` and `state`, never through the portal's session, as a separate IdP would.
import express, { Router, type Request, type Response } from 'express';
import type { Locale } from '@portal/shared-contracts';
import { findPerson, listPersons, type Person } from '../db/persons.js';
import type { Database } from '../db/storage.js';
import { html, renderPage, STYLESHEET, type SafeHtml } from '../http/html.js';
import { localeFrom } from '../i18n.js';
import { issueCode, PORTAL_CLIENT } from '../idp/codes.js';

const TEXT = {
  fi: {
    title: 'Tunnistaudu – Suomi.fi-testitunnistus (demo)',
    heading: 'Tunnistaudu',
    tagline: 'Testitunnistus (demo)',
    intro: 'Tämä on kehitysympäristön testitunnistus: oikeita tunnistusvälineitä ei käytetä. Valitse testihenkilö, jona tunnistaudut palveluun Työmarkkinatori – Oma asiointi.',
    persons: 'Testihenkilöt',
    eidas: 'EU-tunnistus (eIDAS)',
    hetu: 'henkilötunnus',
    cancel: 'Peruuta ja palaa palveluun',
    languages: 'Kieli',
    badRequestTitle: 'Virheellinen tunnistuspyyntö – Suomi.fi-testitunnistus (demo)',
    badRequestHeading: 'Virheellinen tunnistuspyyntö',
    badRequest: 'Palvelu lähetti tunnistuspyynnön, jota ei voida käsitellä. Palaa palveluun ja aloita tunnistautuminen uudelleen.',
    problems: 'Tekniset tiedot',
    back: 'Palaa Työmarkkinatorin etusivulle',
  },
  sv: {
    title: 'Identifiera dig – Suomi.fi-testidentifiering (demo)',
    heading: 'Identifiera dig',
    tagline: 'Testidentifiering (demo)',
    intro: 'Det här är en testidentifiering i utvecklingsmiljön: inga riktiga identifieringsverktyg används. Välj den testperson som du identifierar dig som i tjänsten Jobbmarknad Finland.',
    persons: 'Testpersoner',
    eidas: 'EU-identifiering (eIDAS)',
    hetu: 'personbeteckning',
    cancel: 'Avbryt och återvänd till tjänsten',
    languages: 'Språk',
    badRequestTitle: 'Ogiltig identifieringsbegäran – Suomi.fi-testidentifiering (demo)',
    badRequestHeading: 'Ogiltig identifieringsbegäran',
    badRequest: 'Tjänsten skickade en identifieringsbegäran som inte kan behandlas. Gå tillbaka till tjänsten och börja identifieringen på nytt.',
    problems: 'Tekniska uppgifter',
    back: 'Tillbaka till startsidan för Jobbmarknad Finland',
  },
  en: {
    title: 'Identify yourself – Suomi.fi test identification (demo)',
    heading: 'Identify yourself',
    tagline: 'Test identification (demo)',
    intro: 'This is the test identification of a development environment: no real means of identification are used. Choose the test person you identify as in the Job Market Finland service.',
    persons: 'Test persons',
    eidas: 'EU identification (eIDAS)',
    hetu: 'personal identity code',
    cancel: 'Cancel and return to the service',
    languages: 'Language',
    badRequestTitle: 'Invalid identification request – Suomi.fi test identification (demo)',
    badRequestHeading: 'Invalid identification request',
    badRequest: 'The service sent an identification request that cannot be handled. Go back to the service and start the identification again.',
    problems: 'Technical details',
    back: 'Back to the Job Market Finland front page',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** Each language's name in itself, as language links should be (WCAG 3.1.2). */
const LANGUAGE_NAMES = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' } as const satisfies Record<Locale, string>;

const BRAND_NAME = 'Suomi.fi';

interface AuthorizeRequest {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly state: string;
  readonly lang: Locale;
}

type Checked = { ok: true; request: AuthorizeRequest } | { ok: false; problems: string[]; lang: Locale };

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The checks an OIDC provider makes before showing anything: a known client, its registered redirect, a state. */
function checkRequest(input: Record<string, unknown>, needsResponseType: boolean): Checked {
  const lang = localeFrom(input['ui_locales']);
  const problems: string[] = [];
  if (needsResponseType && text(input['response_type']) !== 'code') problems.push('response_type must be "code"');
  const clientId = text(input['client_id']);
  if (clientId !== PORTAL_CLIENT.clientId) problems.push('unknown client_id');
  const redirectUri = text(input['redirect_uri']);
  if (redirectUri !== PORTAL_CLIENT.redirectUri) problems.push('redirect_uri is not registered for the client');
  const state = text(input['state']);
  if (!state || state.length > 512) problems.push('state is missing');
  if (problems.length > 0 || !clientId || !redirectUri || !state) return { ok: false, problems, lang };
  return { ok: true, request: { clientId, redirectUri, state, lang } };
}

function authorizeUrl(request: AuthorizeRequest, lang: Locale): string {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    state: request.state,
    ui_locales: lang,
  });
  return `/idp/authorize?${query.toString()}`;
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

function hiddenFields(request: AuthorizeRequest, action: 'select' | 'cancel'): SafeHtml {
  return html`<input type="hidden" name="client_id" value="${request.clientId}">
<input type="hidden" name="redirect_uri" value="${request.redirectUri}">
<input type="hidden" name="state" value="${request.state}">
<input type="hidden" name="ui_locales" value="${request.lang}">
<input type="hidden" name="action" value="${action}">`;
}

function personButton(person: Person, lang: Locale): SafeHtml {
  const t = TEXT[lang];
  const identity = person.hetu
    ? html`<span class="id"><span class="visually-hidden">${t.hetu} </span>${person.hetu}</span>`
    : html`<span class="id">${t.eidas}</span>`;
  return html`<li><button type="submit" class="person" name="personId" value="${person.id}"><span class="name">${person.givenName} ${person.lastName}</span> ${identity}</button></li>`;
}

function identificationPage(request: AuthorizeRequest, persons: readonly Person[]): string {
  const t = TEXT[request.lang];
  return renderPage({
    lang: request.lang,
    title: t.title,
    heading: t.heading,
    brand: { name: BRAND_NAME, tagline: t.tagline },
    top: languageLinks(request),
    body: html`<p class="notice">${t.intro}</p>
<form method="post" action="/idp/authorize">
${hiddenFields(request, 'select')}
<fieldset>
<legend>${t.persons}</legend>
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
        brand: { name: BRAND_NAME, tagline: t.tagline },
        body: html`<p class="notice error">${t.badRequest}</p>
<h2>${t.problems}</h2>
<ul lang="en">${problems.map((problem) => html`<li>${problem}</li>`)}</ul>
<p><a href="/">${t.back}</a></p>`,
      }),
    );
}

function noStore(res: Response): void {
  // The page carries the state of one sign-in; it must not come back from a cache.
  res.set('Cache-Control', 'no-store');
}

export function idpRouter(db: Database): Router {
  const router = Router();

  router.get('/assets/idp.css', (_req, res) => {
    res.set('Cache-Control', 'no-cache');
    res.type('text/css').send(STYLESHEET);
  });

  router.get('/authorize', async (req: Request, res) => {
    noStore(res);
    const checked = checkRequest(req.query, true);
    if (!checked.ok) {
      badRequestPage(res, checked.lang, checked.problems);
      return;
    }
    res.type('html').send(identificationPage(checked.request, await listPersons(db)));
  });

  router.post('/authorize', express.urlencoded({ extended: false, limit: '10kb' }), async (req: Request, res) => {
    noStore(res);
    const form: Record<string, unknown> = typeof req.body === 'object' && req.body !== null ? (req.body as Record<string, unknown>) : {};
    const checked = checkRequest(form, false);
    if (!checked.ok) {
      badRequestPage(res, checked.lang, checked.problems);
      return;
    }
    const { request } = checked;
    const action = text(form['action']);

    if (action === 'cancel') {
      const back = new URLSearchParams({ error: 'access_denied', state: request.state });
      res.redirect(303, `${request.redirectUri}?${back.toString()}`);
      return;
    }
    const person = action === 'select' ? await findPerson(db, text(form['personId']) ?? '') : undefined;
    if (!person) {
      badRequestPage(res, request.lang, [action === 'select' ? 'unknown personId' : 'action must be "select" or "cancel"']);
      return;
    }
    // A deceased test person is identified like anyone; refusing them is the portal's decision (403 there).
    const code = await issueCode(db, { personId: person.id, clientId: request.clientId, redirectUri: request.redirectUri, state: request.state });
    const back = new URLSearchParams({ code, state: request.state });
    res.redirect(303, `${request.redirectUri}?${back.toString()}`);
  });

  return router;
}
