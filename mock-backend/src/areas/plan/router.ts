// The employment plan over HTTP: GET /api/plan and /api/plan/current-items, POST /api/plan/accept
// and /api/plan/tasks/:id/report. The rules are service.ts's, shared with the legacy pages.
import { Router, type RequestHandler } from 'express';
import { CurrentItemsResponseSchema, parseOrThrow } from '@portal/shared-contracts';
import { PLAN_PATHS as PATHS, PlanAcceptSchema, PlanOverviewSchema, TaskReportSchema } from '@portal/shared-contracts/plan';
import { helsinkiDate } from '../../platform/calendar.js';
import type { Clock } from '../../platform/clock.js';
import { idempotencyKey } from '../../platform/idempotency.js';
import { pattern, route } from '../../platform/paths.js';
import { validateOrThrow } from '../../platform/validation.js';
import type { Database } from '../../storage/storage.js';
import { requirePerson } from '../../identity/sessions/middleware.js';
import { acceptProposedPlan, planCurrentItems, planOverview, reportPlanTask } from './service.js';

interface Deps {
  readonly db: Database;
  readonly clock: Clock;
}

function getPlan({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const body = parseOrThrow(PlanOverviewSchema, await planOverview(db, person.id, helsinkiDate(clock())), `GET ${PATHS.plan}`);
    res.set('Cache-Control', 'no-store');
    res.json(body);
  };
}

function getCurrentItems({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const items = planCurrentItems(await planOverview(db, person.id, helsinkiDate(clock())));
    res.set('Cache-Control', 'no-store');
    res.json(parseOrThrow(CurrentItemsResponseSchema, { items }, `GET ${PATHS.currentItems}`));
  };
}

function postAccept({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const key = idempotencyKey(req);
    const request = validateOrThrow(PlanAcceptSchema, req.body, 'The acceptance is not valid.');
    const outcome = await acceptProposedPlan(db, person, request, key, clock());
    res.set('Cache-Control', 'no-store');
    res.status(outcome.kind === 'created' ? 201 : 200).json(outcome.receipt);
  };
}

function postTaskReport({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const key = idempotencyKey(req);
    const { text } = validateOrThrow(TaskReportSchema, req.body, 'The report is not valid.');
    const outcome = await reportPlanTask(db, person, String(req.params['id']), text, key, clock());
    res.set('Cache-Control', 'no-store');
    res.status(outcome.kind === 'created' ? 201 : 200).json(outcome.receipt);
  };
}

export function planRouter(db: Database, clock: Clock): Router {
  const deps: Deps = { db, clock };
  const router = Router();
  router.get(route(PATHS.plan), getPlan(deps));
  router.get(route(PATHS.currentItems), getCurrentItems(deps));
  router.post(route(PATHS.accept), postAccept(deps));
  router.post(pattern(PATHS.taskReport), postTaskReport(deps));
  return router;
}
