// The legacy pages' request plumbing: form fields, the page's context (language, frame, portal
// origin), sending a page, and the signed-in and same-site checks every page and post makes.
import { randomUUID } from 'node:crypto';
import { type Request, type Response } from 'express';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@portal/shared-contracts';
import { LEGACY_EMBEDDED_PARAM } from '@portal/shared-contracts/legacy-bridge';
import { pageLanguage, type Person } from '../areas/profile/store.js';
import type { Database } from '../storage/storage.js';
import { csrfProtection } from '../platform/csrf.js';
import { html } from '../platform/html.js';
import { SESSION_STATES, sessionState } from '../identity/sessions/middleware.js';
import { legacyContext, legacyUrl, portalPath, renderLegacyPage, type LegacyArea, type LegacyContext, type LegacyPage } from './layout.js';
import { csrfTokenOf, tokensMatch } from './state.js';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

export function field(req: Request, name: string): string {
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null) return '';
  const value: unknown = (body as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}

/** The form's idempotency key, or a fresh one when the form carried none that fits. */
export function formKey(req: Request): string {
  const key = field(req, 'key');
  return IDEMPOTENCY_KEY.test(key) ? key : randomUUID();
}

export function contextOf(req: Request, preferred: Locale, expiresAt?: string): LegacyContext {
  const asked: unknown = req.query['lang'];
  const explicitLang = isLocale(asked);
  return legacyContext({
    lang: explicitLang ? asked : preferred,
    explicitLang,
    embedded: req.query[LEGACY_EMBEDDED_PARAM] === '1',
    // This backend serves the portal too: the portal's origin is the request's own.
    portalOrigin: `${req.protocol}://${req.host}`,
    ...(expiresAt !== undefined ? { expiresAt } : {}),
  });
}

export function send(res: Response, status: number, page: LegacyPage): void {
  // Personal data: no cache may keep it; every page is rendered afresh.
  res.status(status).set('Cache-Control', 'no-store').type('html').send(renderLegacyPage(page));
}

/** Not the person's (or no such thing): the same page either way, so ids of others cannot be confirmed. */
export function notFound(res: Response, ctx: LegacyContext, area: LegacyArea, subPath: string): void {
  send(res, 404, {
    ctx,
    area,
    subPath,
    heading: ctx.t.notFound.title,
    body: html`<p>${ctx.t.notFound.text}</p><p><a href="${legacyUrl(ctx, `/legacy/offers`)}">${ctx.t.notFound.back}</a></p>`,
  });
}

export interface Signed {
  readonly person: Person;
  readonly sid: string;
  readonly ctx: LegacyContext;
  readonly csrf: string;
}

/**
 * The signed-in person, or the "session has ended" page (401) and undefined: no personal data and
 * no sign-in form in the frame, only a link that opens the portal's sign-in in the whole window and
 * comes back to this page's portal URL.
 */
export async function signedIn(db: Database, req: Request, res: Response, area: LegacyArea, subPath: string): Promise<Signed | undefined> {
  const state = sessionState(req);
  const csrf = state.kind === SESSION_STATES.signedIn ? await csrfTokenOf(db, req.sessionID) : undefined;
  if (state.kind !== SESSION_STATES.signedIn || csrf === undefined) {
    const ctx = contextOf(req, DEFAULT_LOCALE);
    const login = `/auth/login?${new URLSearchParams({ returnTo: portalPath(area, subPath), lang: ctx.lang }).toString()}`;
    send(res, 401, {
      ctx,
      area,
      subPath,
      heading: ctx.t.ended.title,
      body: html`<p>${ctx.t.ended.text}</p>
<p><a href="${login}" target="_top">${ctx.t.ended.signIn}</a></p>`,
    });
    return undefined;
  }
  return {
    person: state.person,
    sid: req.sessionID,
    // Without ?lang= (a link opened on its own), the person's language, as the portal's would be.
    ctx: contextOf(req, pageLanguage(state.person), state.times.expiresAt.toISOString()),
    csrf,
  };
}

/**
 * A form post must come from this site (the portal's Origin / Fetch Metadata check, src/platform/csrf.ts)
 * and carry the session's token. Otherwise a 403 page, nothing done.
 */
export function postAllowed(req: Request, res: Response, signed: Signed, area: LegacyArea, subPath: string): boolean {
  let sameOrigin = true;
  // csrfProtection answers synchronously through next(): an error means a cross-site request.
  csrfProtection(req, res, (error?: unknown) => {
    if (error !== undefined) sameOrigin = false;
  });
  if (sameOrigin && tokensMatch(signed.csrf, field(req, 'csrf'))) return true;
  const { ctx } = signed;
  send(res, 403, {
    ctx,
    area,
    subPath,
    heading: ctx.t.refused.title,
    body: html`<p>${ctx.t.refused.text}</p><p><a href="${legacyUrl(ctx, `/legacy/${area}${subPath === '/' ? '' : subPath}`)}">${ctx.t.refused.reload}</a></p>`,
  });
  return false;
}

export const param = (req: Request, name: string): string => String(req.params[name] ?? '');
