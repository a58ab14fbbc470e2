// The legacy Oma asiointi pages of two areas not yet migrated, offers and plan, served under /legacy
// for the shell's legacy adapter (an iframe) and on their own. They read and write the same rows as
// the JSON API, through the same services (areas/offers/service.ts, areas/plan/service.ts), so a
// report made here shows in GET /api/offers and the other way round.
//
// Old technology, current safety: full-page form posts with a synchronizer token (per session, in
// legacy_page_state, compared in constant time) on top of the portal's Origin / Fetch Metadata check,
// post/redirect/get with a one-time flash message, validation errors re-rendered with status 400 and
// what was typed kept, and a signed-out page (401) that never shows a sign-in form inside the frame.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Router, type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import { DEFAULT_LOCALE, validate } from '@portal/shared-contracts';
import { type JobOffer } from '@portal/shared-contracts/offers';
import { PlanAcceptSchema, TaskReportSchema } from '@portal/shared-contracts/plan';
import { APPLICATION_METHODS, JobApplicationReportSchema } from '@portal/shared-contracts/plan-obligation';
import { helsinkiDate } from '../platform/calendar.js';
import type { Clock } from '../platform/clock.js';
import { findJobOffer } from '../areas/offers/store.js';
import type { Database } from '../storage/storage.js';
import { HttpError } from '../platform/errors.js';
import { html } from '../platform/html.js';
import { recordFailure, requestIdOf } from '../platform/logging.js';
import { findOffer, listOffers, reportOnOffer, toJobOffer } from '../areas/offers/service.js';
import { isUuid } from '../platform/uuid.js';
import { acceptProposedPlan, planOverview, reportPlanTask } from '../areas/plan/service.js';
import { jobSearchObligation, reportJobApplication } from '../areas/plan/obligation.js';
import { submitProposal } from '../areas/plan/proposals.js';
import { LEGACY_STYLESHEET, legacyUrl, type FieldError } from './layout.js';
import { EMPTY_OFFER_INPUT, jobOfferPage, offersListPage, trainingOfferPage, type OfferFormInput } from './offers-pages.js';
import { planPage, taskPage } from './plan-pages.js';
import { EMPTY_APPLICATION, OBLIGATION_SUB_PATH, obligationPage, obligationUrl, type ApplicationFields } from './obligation-pages.js';
import { checkOfferInput } from './offer-form.js';
import { checkProposal, emptyProposal, readProposal, withRowAdded } from './proposal-form.js';
import { PROPOSAL_SUB_PATH, proposalPage, proposalWaitingPage } from './proposal-pages.js';
import { contextOf, field, formKey, notFound, param, postAllowed, send, signedIn } from './request.js';
import { setFlash, takeFlash } from './state.js';
import { formBody } from '../platform/body.js';

export { LEGACY_PREFIX } from './layout.js';

const BRIDGE_SCRIPT = readFileSync(new URL('./assets/bridge.js', import.meta.url), 'utf8');

/**
 * The stylesheet and the bridge script: static, public (no personal data), and mounted before the
 * session middleware, so loading them neither needs nor extends a session.
 */
export function legacyAssetsRouter(): Router {
  const router = Router();
  router.get('/assets/legacy.css', (_req, res) => {
    res.set('Cache-Control', 'no-cache');
    res.type('text/css').send(LEGACY_STYLESHEET);
  });
  router.get('/assets/bridge.js', (_req, res) => {
    res.set('Cache-Control', 'no-cache');
    res.type('text/javascript').send(BRIDGE_SCRIPT);
  });
  return router;
}

// ---------------------------------------------------------------------------------------------
// Offers

interface Deps {
  readonly db: Database;
  readonly clock: Clock;
}

function offersList({ db }: Deps): RequestHandler {
  return async (req, res) => {
    const signed = await signedIn(db, req, res, 'offers', '/');
    if (!signed) return;
    const offers = await listOffers(db, signed.person.id);
    send(res, 200, offersListPage(signed.ctx, offers, await takeFlash(db, signed.sid)));
  };
}

function offerPage({ db }: Deps): RequestHandler {
  return async (req, res) => {
    const id = param(req, 'id');
    const signed = await signedIn(db, req, res, 'offers', `/${id}`);
    if (!signed) return;
    const offer = await findOffer(db, signed.person.id, id);
    if (!offer) {
      notFound(res, signed.ctx, 'offers', `/${id}`);
      return;
    }
    const flash = await takeFlash(db, signed.sid);
    if (offer.kind === 'training') {
      send(res, 200, { ...trainingOfferPage(signed.ctx, offer), flash });
      return;
    }
    send(
      res,
      200,
      jobOfferPage(signed.ctx, offer, { csrf: signed.csrf, key: randomUUID(), input: EMPTY_OFFER_INPUT, errors: [] }, { flash }),
    );
  };
}

function offerReport({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const id = param(req, 'id');
    const subPath = `/${id}`;
    const signed = await signedIn(db, req, res, 'offers', subPath);
    if (!signed || !postAllowed(req, res, signed, 'offers', subPath)) return;
    const { ctx, person } = signed;
    const row = isUuid(id) ? await findJobOffer(db, person.id, id) : undefined;
    if (!row) {
      notFound(res, ctx, 'offers', subPath);
      return;
    }
    const input: OfferFormInput = { kind: field(req, 'kind'), reason: field(req, 'reason'), outcome: field(req, 'outcome') };
    const key = formKey(req);
    const rerender = (status: number, offer: JobOffer, errors: readonly FieldError[], notice?: string) =>
      send(res, status, jobOfferPage(ctx, offer, { csrf: signed.csrf, key, input, errors }, { notice }));
    const conflict = async () => {
      const fresh = await findJobOffer(db, person.id, id);
      if (!fresh) notFound(res, ctx, 'offers', subPath);
      else rerender(409, toJobOffer(fresh), [], ctx.t.conflict);
    };

    const checked = checkOfferInput(input, field(req, 'basedOn'));
    if (checked.stale) return conflict();
    if (!checked.report) return rerender(400, toJobOffer(row), checked.errors);
    try {
      const outcome = await reportOnOffer(db, person, id, checked.report, key, clock());
      await setFlash(db, signed.sid, { kind: 'offer-report', receivedAt: outcome.receipt.receivedAt });
      res.redirect(303, legacyUrl(ctx, `/legacy/offers/${encodeURIComponent(id)}`));
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      if (error.status === 409) return conflict();
      if (error.status === 404) return notFound(res, ctx, 'offers', subPath);
      const errors = (error.details ?? []).map((detail): FieldError => ({ field: 'reason', target: 'reason', code: detail.message }));
      return rerender(400, toJobOffer(row), errors);
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Plan

function planView({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const signed = await signedIn(db, req, res, 'plan', '/');
    if (!signed) return;
    const overview = await planOverview(db, signed.person.id, helsinkiDate(clock()));
    send(res, 200, planPage(signed.ctx, overview, { csrf: signed.csrf, key: randomUUID() }, { flash: await takeFlash(db, signed.sid) }));
  };
}

function planAccept({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const signed = await signedIn(db, req, res, 'plan', '/');
    if (!signed || !postAllowed(req, res, signed, 'plan', '/')) return;
    const { ctx, person } = signed;
    const key = formKey(req);
    const conflict = async () => {
      const overview = await planOverview(db, person.id, helsinkiDate(clock()));
      send(res, 409, planPage(ctx, overview, { csrf: signed.csrf, key: randomUUID() }, { notice: ctx.t.conflict }));
    };
    const request = validate(PlanAcceptSchema, { planId: field(req, 'planId'), basedOn: field(req, 'basedOn') });
    // Only hidden fields: a form that does not fit was not made by this page for this plan.
    if (!request.ok) return conflict();
    try {
      const outcome = await acceptProposedPlan(db, person, request.value, key, clock());
      await setFlash(db, signed.sid, { kind: 'plan-accept', receivedAt: outcome.receipt.receivedAt });
      res.redirect(303, legacyUrl(ctx, '/legacy/plan'));
    } catch (error) {
      if (!(error instanceof HttpError) || error.status >= 500) throw error;
      return conflict();
    }
  };
}

/** The task of the person's plans with its plan, or undefined (another person's id included). */
async function taskContext({ db, clock }: Deps, personId: string, id: string) {
  if (!isUuid(id)) return undefined;
  const overview = await planOverview(db, personId, helsinkiDate(clock()));
  for (const plan of [overview.current, ...overview.earlier]) {
    const task = plan?.tasks.find((item) => item.id === id);
    if (plan && task) return { plan, task };
  }
  return undefined;
}

function taskView(deps: Deps): RequestHandler {
  return async (req, res) => {
    const id = param(req, 'id');
    const subPath = `/tasks/${id}`;
    const signed = await signedIn(deps.db, req, res, 'plan', subPath);
    if (!signed) return;
    const found = await taskContext(deps, signed.person.id, id);
    if (!found) return notFound(res, signed.ctx, 'plan', subPath);
    send(res, 200, taskPage(signed.ctx, found.plan, found.task, { csrf: signed.csrf, key: randomUUID(), text: '', errors: [] }));
  };
}

function taskReport(deps: Deps): RequestHandler {
  const { db, clock } = deps;
  return async (req, res) => {
    const id = param(req, 'id');
    const subPath = `/tasks/${id}`;
    const signed = await signedIn(db, req, res, 'plan', subPath);
    if (!signed || !postAllowed(req, res, signed, 'plan', subPath)) return;
    const { ctx, person } = signed;
    const found = await taskContext(deps, person.id, id);
    if (!found) return notFound(res, ctx, 'plan', subPath);
    const text = field(req, 'text');
    const key = formKey(req);
    const rerender = async (status: number, errors: readonly FieldError[], notice?: string) => {
      const fresh = (await taskContext(deps, person.id, id)) ?? found;
      send(res, status, taskPage(ctx, fresh.plan, fresh.task, { csrf: signed.csrf, key, text, errors }, { notice }));
    };
    const checked = validate(TaskReportSchema, { text });
    if (!checked.ok)
      return rerender(
        400,
        checked.issues.map((issue): FieldError => ({ field: 'text', target: 'text', code: issue.message })),
      );
    try {
      const outcome = await reportPlanTask(db, person, id, checked.value, key, clock());
      await setFlash(db, signed.sid, { kind: 'task-report', receivedAt: outcome.receipt.receivedAt });
      res.redirect(303, legacyUrl(ctx, '/legacy/plan'));
    } catch (error) {
      if (!(error instanceof HttpError) || error.status >= 500) throw error;
      if (error.status === 404) return notFound(res, ctx, 'plan', subPath);
      if (error.status === 409) return rerender(409, [], ctx.t.conflict);
      return rerender(
        400,
        (error.details ?? []).map((detail): FieldError => ({ field: 'text', target: 'text', code: detail.message })),
      );
    }
  };
}

function obligationView({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const signed = await signedIn(db, req, res, 'plan', OBLIGATION_SUB_PATH);
    if (!signed) return;
    const obligation = await jobSearchObligation(db, signed.person.id, helsinkiDate(clock()));
    const form = { csrf: signed.csrf, key: randomUUID(), fields: EMPTY_APPLICATION, errors: [] };
    send(res, 200, obligationPage(signed.ctx, obligation, form, { flash: await takeFlash(db, signed.sid) }));
  };
}

function obligationReport({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const signed = await signedIn(db, req, res, 'plan', OBLIGATION_SUB_PATH);
    if (!signed || !postAllowed(req, res, signed, 'plan', OBLIGATION_SUB_PATH)) return;
    const { ctx, person } = signed;
    const fields: ApplicationFields = {
      employer: field(req, 'employer'),
      job: field(req, 'job'),
      appliedOn: field(req, 'appliedOn'),
      method: field(req, 'method'),
    };
    const key = formKey(req);
    // What was typed stays in the form, with each message beside its field.
    const rerender = async (status: number, errors: readonly FieldError[], notice?: string) => {
      const obligation = await jobSearchObligation(db, person.id, helsinkiDate(clock()));
      send(res, status, obligationPage(ctx, obligation, { csrf: signed.csrf, key, fields, errors }, { notice }));
    };
    const asErrors = (issues: readonly { path: string; message: string }[]) =>
      issues.map((issue): FieldError => {
        const name = issue.path.split('.')[0] ?? '';
        return { field: name, target: name === 'method' ? `method-${APPLICATION_METHODS[0]}` : name, code: issue.message };
      });
    const checked = validate(JobApplicationReportSchema, fields);
    if (!checked.ok) return rerender(400, asErrors(checked.issues));
    try {
      const outcome = await reportJobApplication(db, person, checked.value, key, clock());
      await setFlash(db, signed.sid, { kind: 'application-report', receivedAt: outcome.receipt.receivedAt });
      res.redirect(303, obligationUrl(ctx));
    } catch (error) {
      if (!(error instanceof HttpError) || error.status >= 500) throw error;
      if (error.status === 409) return rerender(409, [], ctx.t.conflict);
      return rerender(400, asErrors(error.details ?? []));
    }
  };
}

function proposalView({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const signed = await signedIn(db, req, res, 'plan', PROPOSAL_SUB_PATH);
    if (!signed) return;
    const today = helsinkiDate(clock());
    const overview = await planOverview(db, signed.person.id, today);
    const waiting = overview.ownProposals.find((plan) => plan.state === 'submitted');
    if (waiting) return send(res, 200, proposalWaitingPage(signed.ctx, waiting));
    send(res, 200, proposalPage(signed.ctx, { csrf: signed.csrf, key: randomUUID(), fields: emptyProposal(), errors: [], today }));
  };
}

function proposalSubmit({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const signed = await signedIn(db, req, res, 'plan', PROPOSAL_SUB_PATH);
    if (!signed || !postAllowed(req, res, signed, 'plan', PROPOSAL_SUB_PATH)) return;
    const { ctx, person } = signed;
    const today = helsinkiDate(clock());
    const fields = readProposal((name) => field(req, name));
    const form = { csrf: signed.csrf, key: formKey(req), fields, today };
    // One more row: the same form again with everything typed, nothing sent.
    if (field(req, 'action') === 'add-row') {
      const more = withRowAdded(fields);
      return send(res, 200, proposalPage(ctx, { ...form, fields: more, errors: [], added: more.tasks.length }));
    }
    const rerender = (status: number, errors: readonly FieldError[], notice?: string) =>
      send(res, status, proposalPage(ctx, { ...form, errors }, { notice }));
    const checked = checkProposal(fields, today);
    if (!checked.request) return rerender(400, checked.errors);
    try {
      const outcome = await submitProposal(db, person, checked.request, form.key, clock());
      await setFlash(db, signed.sid, { kind: 'proposal-submit', receivedAt: outcome.receipt.receivedAt });
      res.redirect(303, legacyUrl(ctx, '/legacy/plan'));
    } catch (error) {
      if (!(error instanceof HttpError) || error.status >= 500) throw error;
      if (error.status === 409) return rerender(409, [], ctx.t.plan.proposal.pending);
      return rerender(400, checked.errorsOf(error.details ?? []));
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Router

/** Anything else under /legacy: an HTML 404, not the shell's page. */
function unknownPage(req: Request, res: Response): void {
  notFound(res, contextOf(req, DEFAULT_LOCALE), 'offers', '/');
}

// Failures answer with a plain page too (never a stack trace, never JSON inside the frame).
const failed: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const status =
    error instanceof HttpError
      ? error.status
      : typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' && error.status < 500
        ? error.status
        : 500;
  // The summary goes to the request's log line (platform/logging.ts), never the error itself.
  if (status >= 500) recordFailure(res, error);
  const ctx = contextOf(req, DEFAULT_LOCALE);
  // As in the API's 5xx body: the request id matches what the person reports to its log line.
  const requestId = status >= 500 ? requestIdOf(res) : undefined;
  send(res, status >= 400 && status < 600 ? status : 500, {
    ctx,
    area: 'offers',
    subPath: '/',
    heading: ctx.t.failed.title,
    body: html`<p>${ctx.t.failed.text}</p>${requestId === undefined ? '' : html`<p>${ctx.t.failed.reference} <code>${requestId}</code></p>`}`,
  });
};

export function legacyRouter(db: Database, clock: Clock): Router {
  const deps: Deps = { db, clock };
  const router = Router();
  const form = formBody('20kb');
  router.get('/offers', offersList(deps));
  router.get('/offers/:id', offerPage(deps));
  router.post('/offers/:id', form, offerReport(deps));
  router.get('/plan', planView(deps));
  router.post('/plan', form, planAccept(deps));
  router.get('/plan/tasks/:id', taskView(deps));
  router.post('/plan/tasks/:id', form, taskReport(deps));
  router.get(`/plan${OBLIGATION_SUB_PATH}`, obligationView(deps));
  router.post(`/plan${OBLIGATION_SUB_PATH}`, form, obligationReport(deps));
  router.get(`/plan${PROPOSAL_SUB_PATH}`, proposalView(deps));
  router.post(`/plan${PROPOSAL_SUB_PATH}`, form, proposalSubmit(deps));
  router.use(unknownPage);
  router.use(failed);
  return router;
}
