// Job seeking over HTTP: GET /api/job-search, the form's reference data, the assessment, one change
// report, the certificate and the front page's current items. The rules are service.ts's; the
// reports that change job seeking are reports-router.ts's.
import { Router, type RequestHandler } from 'express';
import { CurrentItemsResponseSchema, parseOrThrow, type CurrentItemsResponse } from '@portal/shared-contracts';
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
import { route } from '../../platform/paths.js';
import type { Database } from '../../storage/storage.js';
import { requirePerson } from '../../identity/sessions/middleware.js';
import { assessmentOf, certificateOf, changeReportOf, jobSearchCurrentItems, toJobSearch } from './service.js';
import { referenceData } from './store.js';

interface Deps {
  readonly db: Database;
  readonly clock: Clock;
}

// Every handler asks for the person first: signed out is a 401 whatever else is wrong.

function getJobSearch({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const body = await toJobSearch(db, person, helsinkiDate(clock()));
    res.set('Cache-Control', 'no-store');
    res.json(parseOrThrow(JobSearchSchema, body, `GET ${JOB_SEARCH_PATHS.jobSearch}`));
  };
}

function getReference({ db }: Deps): RequestHandler {
  return async (req, res) => {
    requirePerson(req);
    res.set('Cache-Control', 'no-store');
    res.json(parseOrThrow(ReferenceDataSchema, await referenceData(db), `GET ${JOB_SEARCH_PATHS.reference}`));
  };
}

function getAssessment({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const body = await assessmentOf(db, person.id, helsinkiDate(clock()));
    res.set('Cache-Control', 'no-store');
    res.json(parseOrThrow(AssessmentSchema, body, `GET ${JOB_SEARCH_PATHS.assessment}`));
  };
}

function getChangeReport({ db }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const body = await changeReportOf(db, person.id, String(req.params['id'] ?? ''));
    res.set('Cache-Control', 'no-store');
    res.json(parseOrThrow(ChangeReportSummarySchema, body, `GET ${JOB_SEARCH_PATHS.changes}/:id`));
  };
}

function getCertificate({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const body = await certificateOf(db, person, clock());
    res.set('Cache-Control', 'no-store');
    res.json(parseOrThrow(CertificateSchema, body, `GET ${JOB_SEARCH_PATHS.certificate}`));
  };
}

function getCurrentItems({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const body: CurrentItemsResponse = { items: jobSearchCurrentItems(await toJobSearch(db, person, helsinkiDate(clock()))) };
    res.set('Cache-Control', 'no-store');
    res.json(parseOrThrow(CurrentItemsResponseSchema, body, `GET ${JOB_SEARCH_PATHS.currentItems}`));
  };
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
