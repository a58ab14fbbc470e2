// The career radar (Työelämätutka) over HTTP: GET and POST /api/career-radar/results and the front
// page's GET /api/career-radar/current-items. What is saved and scored is service.ts's.
import { Router, type RequestHandler } from 'express';
import { CurrentItemsResponseSchema, parseOrThrow, type CurrentItemsResponse } from '@portal/shared-contracts';
import {
  CAREER_RADAR_PATHS,
  ResultSaveRequestSchema,
  SavedResultListSchema,
  SavedResultSchema,
} from '@portal/shared-contracts/career-radar';
import type { Clock } from '../../platform/clock.js';
import { idempotencyKey } from '../../platform/idempotency.js';
import { route } from '../../platform/paths.js';
import { validateOrThrow } from '../../platform/validation.js';
import type { Database } from '../../storage/storage.js';
import { requirePerson } from '../../identity/sessions/middleware.js';
import { careerRadarCurrentItems, INVALID, saveResult, savedResultsOf, toSavedResult } from './service.js';
import { latestResult } from './store.js';

export interface CareerRadarOptions {
  /** Days after the newest result when the front page suggests taking it again (CAREER_RADAR_RETAKE_DAYS). */
  readonly retakeDays: number;
}

interface Deps {
  readonly db: Database;
  readonly clock: Clock;
  readonly options: CareerRadarOptions;
}

// Every handler asks for the person first: signed out is a 401 whatever else is wrong.

function getResults({ db }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const body = { items: await savedResultsOf(db, person.id) };
    res.set('Cache-Control', 'no-store');
    res.json(parseOrThrow(SavedResultListSchema, body, `GET ${CAREER_RADAR_PATHS.results}`));
  };
}

function postResult({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const key = idempotencyKey(req);
    const request = validateOrThrow(ResultSaveRequestSchema, req.body, INVALID);
    const outcome = await saveResult(db, person.id, request, key, clock);
    res.set('Cache-Control', 'no-store');
    res
      .status(outcome.created ? 201 : 200)
      .json(parseOrThrow(SavedResultSchema, toSavedResult(outcome.row), `POST ${CAREER_RADAR_PATHS.results}`));
  };
}

function getCurrentItems({ db, clock, options }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const body: CurrentItemsResponse = { items: careerRadarCurrentItems(await latestResult(db, person.id), clock(), options.retakeDays) };
    res.set('Cache-Control', 'no-store');
    res.json(parseOrThrow(CurrentItemsResponseSchema, body, `GET ${CAREER_RADAR_PATHS.currentItems}`));
  };
}

export function careerRadarRouter(db: Database, clock: Clock, options: CareerRadarOptions): Router {
  const deps: Deps = { db, clock, options };
  const router = Router();
  router.get(route(CAREER_RADAR_PATHS.results), getResults(deps));
  router.post(route(CAREER_RADAR_PATHS.results), postResult(deps));
  router.get(route(CAREER_RADAR_PATHS.currentItems), getCurrentItems(deps));
  return router;
}
