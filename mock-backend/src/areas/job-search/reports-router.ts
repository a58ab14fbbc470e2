// The reports that change job seeking over HTTP: registering (POST /api/job-search/registration),
// answering the service-need assessment, reporting a change and ending it. Each parses the body
// with the contract's schema and the Idempotency-Key, and leaves the rest to reports-service.ts.
import { Router, type RequestHandler } from 'express';
import {
  AssessmentRequestSchema,
  ChangeReportRequestSchema,
  EndRequestSchema,
  RegistrationRequestSchema,
} from '@portal/shared-contracts/job-search';
import type { Clock } from '../../platform/clock.js';
import { idempotentPost } from '../../platform/handlers.js';
import { route } from '../../platform/paths.js';
import type { Database } from '../../storage/storage.js';
import { requirePerson } from '../../identity/sessions/middleware.js';
import { INVALID, PATH } from './reports-checks.js';
import { answerAssessment, endJobSeeking, register, reportChange, type JobSearchReportsOptions } from './reports-service.js';

export type { JobSearchReportsOptions } from './reports-service.js';

interface Deps {
  readonly db: Database;
  readonly clock: Clock;
  readonly options: JobSearchReportsOptions;
}

function postRegistration({ db, clock, options }: Deps): RequestHandler {
  return idempotentPost(requirePerson, RegistrationRequestSchema, INVALID.registration, (person, request, key) =>
    register(db, person, request, key, clock, options),
  );
}

function postAssessment({ db, clock }: Deps): RequestHandler {
  return idempotentPost(requirePerson, AssessmentRequestSchema, INVALID.assessment, (person, { answers }, key) =>
    answerAssessment(db, person, answers, key, clock),
  );
}

function postChange({ db, clock }: Deps): RequestHandler {
  return idempotentPost(requirePerson, ChangeReportRequestSchema, INVALID.change, (person, request, key) =>
    reportChange(db, person, request, key, clock),
  );
}

function postEnd({ db, clock }: Deps): RequestHandler {
  return idempotentPost(requirePerson, EndRequestSchema, INVALID.end, (person, request, key) =>
    endJobSeeking(db, person, request, key, clock),
  );
}

export function jobSearchReportsRouter(db: Database, clock: Clock, options: JobSearchReportsOptions): Router {
  const deps: Deps = { db, clock, options };
  const router = Router();
  router.post(route(PATH.registration), postRegistration(deps));
  router.post(route(PATH.assessment), postAssessment(deps));
  router.post(route(PATH.change), postChange(deps));
  router.post(route(PATH.end), postEnd(deps));
  return router;
}
