// The career radar (Työelämätutka) over HTTP: GET and POST /api/career-radar/results and the front
// page's GET /api/career-radar/current-items. What is saved and scored is service.ts's.
import { Router, type RequestHandler } from 'express';
import { CurrentItemsResponseSchema, parseOrThrow } from '@portal/shared-contracts';
import {
  CAREER_RADAR_PATHS,
  ResultSaveRequestSchema,
  SavedResultListSchema,
  SavedResultSchema,
} from '@portal/shared-contracts/career-radar';
import type { Clock } from '../../platform/clock.js';
import { checkedGet, idempotentPost } from '../../platform/handlers.js';
import { route } from '../../platform/paths.js';
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
  return checkedGet(requirePerson, SavedResultListSchema, `GET ${CAREER_RADAR_PATHS.results}`, async (person) => ({
    items: await savedResultsOf(db, person.id),
  }));
}

/** The saved result is its own receipt: 201 when new, 200 with the first one for a repeated key. */
function postResult({ db, clock }: Deps): RequestHandler {
  return idempotentPost(requirePerson, ResultSaveRequestSchema, INVALID, async (person, request, key) => {
    const { created, row } = await saveResult(db, person.id, request, key, clock);
    const receipt = parseOrThrow(SavedResultSchema, toSavedResult(row), `POST ${CAREER_RADAR_PATHS.results}`);
    return { kind: created ? 'created' : 'replayed', receipt };
  });
}

function getCurrentItems({ db, clock, options }: Deps): RequestHandler {
  return checkedGet(requirePerson, CurrentItemsResponseSchema, `GET ${CAREER_RADAR_PATHS.currentItems}`, async (person) => ({
    items: careerRadarCurrentItems(await latestResult(db, person.id), clock(), options.retakeDays),
  }));
}

export function careerRadarRouter(db: Database, clock: Clock, options: CareerRadarOptions): Router {
  const deps: Deps = { db, clock, options };
  const router = Router();
  router.get(route(CAREER_RADAR_PATHS.results), getResults(deps));
  router.post(route(CAREER_RADAR_PATHS.results), postResult(deps));
  router.get(route(CAREER_RADAR_PATHS.currentItems), getCurrentItems(deps));
  return router;
}
