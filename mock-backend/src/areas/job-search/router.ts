// Job seeking over HTTP: GET /api/job-search, the form's reference data, the assessment, one change
// report, the certificate and the front page's current items. The rules are service.ts's; the
// reports that change job seeking are reports-router.ts's.
import { Router, type RequestHandler } from 'express';
import { CurrentItemsResponseSchema } from '@portal/shared-contracts';
import {
  AssessmentSchema,
  CertificateSchema,
  ChangeReportSummarySchema,
  JOB_SEARCH_PATHS,
  JobSearchSchema,
  ReferenceDataSchema,
} from '@portal/shared-contracts/job-search';
import { helsinkiDate } from '../../platform/calendar.js';
import type { Clock } from '../../platform/clock.js';
import { checkedGet } from '../../platform/handlers.js';
import { route } from '../../platform/paths.js';
import type { Database } from '../../storage/storage.js';
import { requirePerson } from '../../identity/sessions/middleware.js';
import { assessmentOf, certificateOf, changeReportOf, jobSearchCurrentItems, toJobSearch } from './service.js';
import { referenceData } from './reference-store.js';

interface Deps {
  readonly db: Database;
  readonly clock: Clock;
}

// Every handler asks for the person first: signed out is a 401 whatever else is wrong.

function getJobSearch({ db, clock }: Deps): RequestHandler {
  return checkedGet(requirePerson, JobSearchSchema, `GET ${JOB_SEARCH_PATHS.jobSearch}`, (person) =>
    toJobSearch(db, person, helsinkiDate(clock())),
  );
}

/** Only for a signed-in person (the forms that use it are), though it is the same for everyone. */
function getReference({ db, clock }: Deps): RequestHandler {
  return checkedGet(requirePerson, ReferenceDataSchema, `GET ${JOB_SEARCH_PATHS.reference}`, () =>
    referenceData(db, helsinkiDate(clock())),
  );
}

function getAssessment({ db, clock }: Deps): RequestHandler {
  return checkedGet(requirePerson, AssessmentSchema, `GET ${JOB_SEARCH_PATHS.assessment}`, (person) =>
    assessmentOf(db, person.id, helsinkiDate(clock())),
  );
}

function getChangeReport({ db }: Deps): RequestHandler {
  return checkedGet(requirePerson, ChangeReportSummarySchema, `GET ${JOB_SEARCH_PATHS.changes}/:id`, (person, req) =>
    changeReportOf(db, person.id, String(req.params['id'] ?? '')),
  );
}

function getCertificate({ db, clock }: Deps): RequestHandler {
  return checkedGet(requirePerson, CertificateSchema, `GET ${JOB_SEARCH_PATHS.certificate}`, (person) =>
    certificateOf(db, person, clock()),
  );
}

function getCurrentItems({ db, clock }: Deps): RequestHandler {
  return checkedGet(requirePerson, CurrentItemsResponseSchema, `GET ${JOB_SEARCH_PATHS.currentItems}`, async (person) => ({
    items: jobSearchCurrentItems(await toJobSearch(db, person, helsinkiDate(clock()))),
  }));
}

export function jobSearchRouter(db: Database, clock: Clock): Router {
  const deps: Deps = { db, clock };
  const router = Router();
  router.get(route(JOB_SEARCH_PATHS.jobSearch), getJobSearch(deps));
  router.get(route(JOB_SEARCH_PATHS.reference), getReference(deps));
  router.get(route(JOB_SEARCH_PATHS.assessment), getAssessment(deps));
  router.get(`${route(JOB_SEARCH_PATHS.changes)}/:id`, getChangeReport(deps));
  router.get(route(JOB_SEARCH_PATHS.certificate), getCertificate(deps));
  router.get(route(JOB_SEARCH_PATHS.currentItems), getCurrentItems(deps));
  return router;
}
