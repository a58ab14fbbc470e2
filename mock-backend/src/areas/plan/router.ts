// The employment plan over HTTP: GET /api/plan and /api/plan/current-items, POST /api/plan/accept
// and /api/plan/tasks/:id/report; the person's own proposal: POST /api/plan/proposals (the office
// answers it through /office-api/plans/:id/decision); the job-search obligation: GET /api/plan/job-search-obligation and
// POST /api/plan/job-applications. The rules are service.ts's and obligation.ts's, shared with the
// legacy pages.
import { Router, type RequestHandler } from 'express';
import { CurrentItemsResponseSchema } from '@portal/shared-contracts';
import { PLAN_PATHS as PATHS, PlanAcceptSchema, PlanOverviewSchema, TaskReportSchema } from '@portal/shared-contracts/plan';
import { JobApplicationReportSchema, JobSearchObligationSchema } from '@portal/shared-contracts/plan-obligation';
import { PlanProposalSchema } from '@portal/shared-contracts/plan-proposals';
import { helsinkiDate } from '../../platform/calendar.js';
import type { Clock } from '../../platform/clock.js';
import { checkedGet, idempotentPost } from '../../platform/handlers.js';
import { pattern, route } from '../../platform/paths.js';
import type { Database } from '../../storage/storage.js';
import { requirePerson } from '../../identity/sessions/middleware.js';
import { jobSearchObligation, obligationCurrentItems, obligationOfOverview, reportJobApplication } from './obligation.js';
import { proposalCurrentItems, submitProposal } from './proposals.js';
import { acceptProposedPlan, planCurrentItems, planOverview, reportPlanTask } from './service.js';

interface Deps {
  readonly db: Database;
  readonly clock: Clock;
}

function getPlan({ db, clock }: Deps): RequestHandler {
  return checkedGet(requirePerson, PlanOverviewSchema, `GET ${PATHS.plan}`, (person) => planOverview(db, person.id, helsinkiDate(clock())));
}

function getCurrentItems({ db, clock }: Deps): RequestHandler {
  return checkedGet(requirePerson, CurrentItemsResponseSchema, `GET ${PATHS.currentItems}`, async (person) => {
    const today = helsinkiDate(clock());
    const overview = await planOverview(db, person.id, today);
    const obligation = await obligationOfOverview(db, overview, today);
    return {
      items: [...planCurrentItems(overview), ...proposalCurrentItems(overview.ownProposals), ...obligationCurrentItems(obligation)],
    };
  });
}

function getObligation({ db, clock }: Deps): RequestHandler {
  return checkedGet(requirePerson, JobSearchObligationSchema, `GET ${PATHS.obligation}`, (person) =>
    jobSearchObligation(db, person.id, helsinkiDate(clock())),
  );
}

function postProposal({ db, clock }: Deps): RequestHandler {
  return idempotentPost(requirePerson, PlanProposalSchema, 'The proposal is not valid.', (person, request, key) =>
    submitProposal(db, person, request, key, clock()),
  );
}

function postJobApplication({ db, clock }: Deps): RequestHandler {
  return idempotentPost(requirePerson, JobApplicationReportSchema, 'The application is not valid.', (person, request, key) =>
    reportJobApplication(db, person, request, key, clock()),
  );
}

function postAccept({ db, clock }: Deps): RequestHandler {
  return idempotentPost(requirePerson, PlanAcceptSchema, 'The acceptance is not valid.', (person, request, key) =>
    acceptProposedPlan(db, person, request, key, clock()),
  );
}

function postTaskReport({ db, clock }: Deps): RequestHandler {
  return idempotentPost(requirePerson, TaskReportSchema, 'The report is not valid.', (person, report, key, req) =>
    reportPlanTask(db, person, String(req.params['id']), report, key, clock()),
  );
}

export function planRouter(db: Database, clock: Clock): Router {
  const deps: Deps = { db, clock };
  const router = Router();
  router.get(route(PATHS.plan), getPlan(deps));
  router.get(route(PATHS.currentItems), getCurrentItems(deps));
  router.post(route(PATHS.accept), postAccept(deps));
  router.post(pattern(PATHS.taskReport), postTaskReport(deps));
  router.post(route(PATHS.proposals), postProposal(deps));
  router.get(route(PATHS.obligation), getObligation(deps));
  router.post(route(PATHS.jobApplications), postJobApplication(deps));
  return router;
}
