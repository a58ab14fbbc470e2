// Labour-market training over HTTP: GET /api/training (the catalogue and the person's
// applications), /api/training/trainings/:id, /api/training/applications/:id and
// /api/training/current-items; POST /api/training/applications (apply) and
// /api/training/applications/:id/withdraw. The office moves applications on through
// /office-api/training-applications/:id (operators/office-api/training-router.ts). Rules: service.ts.
import { Router, type RequestHandler } from 'express';
import { API_ERROR_CODES, CurrentItemsResponseSchema } from '@portal/shared-contracts';
import {
  TRAINING_PATHS as PATHS,
  TrainingApplicationRequestSchema,
  TrainingApplicationSchema,
  TrainingDetailSchema,
  TrainingOverviewSchema,
  TrainingWithdrawSchema,
} from '@portal/shared-contracts/training';
import { helsinkiDate } from '../../platform/calendar.js';
import type { Clock } from '../../platform/clock.js';
import { httpError } from '../../platform/errors.js';
import { checkedGet, idempotentPost, sendChecked } from '../../platform/handlers.js';
import { pattern, route } from '../../platform/paths.js';
import type { Database } from '../../storage/storage.js';
import { requirePerson } from '../../identity/sessions/middleware.js';
import { applicationDetail, apply, trainingCurrentItems, trainingDetail, trainingOverview, withdraw } from './service.js';

interface Deps {
  readonly db: Database;
  readonly clock: Clock;
}

function getOverview({ db, clock }: Deps): RequestHandler {
  return checkedGet(requirePerson, TrainingOverviewSchema, `GET ${PATHS.overview}`, (person) =>
    trainingOverview(db, person.id, helsinkiDate(clock())),
  );
}

function getCurrentItems({ db, clock }: Deps): RequestHandler {
  return checkedGet(requirePerson, CurrentItemsResponseSchema, `GET ${PATHS.currentItems}`, async (person) => ({
    items: await trainingCurrentItems(db, person.id, helsinkiDate(clock())),
  }));
}

function getTraining({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const id = String(req.params['id']);
    const detail = await trainingDetail(db, person.id, id, helsinkiDate(clock()));
    if (!detail) throw httpError(404, API_ERROR_CODES.notFound, 'No such training.');
    sendChecked(res, TrainingDetailSchema, detail, `GET ${PATHS.training(id)}`);
  };
}

function getApplication({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const id = String(req.params['id']);
    const application = await applicationDetail(db, person.id, id, helsinkiDate(clock()));
    if (!application) throw httpError(404, API_ERROR_CODES.notFound, 'No such application.');
    sendChecked(res, TrainingApplicationSchema, application, `GET ${PATHS.application(id)}`);
  };
}

function postApplication({ db, clock }: Deps): RequestHandler {
  return idempotentPost(requirePerson, TrainingApplicationRequestSchema, 'The application is not valid.', (person, request, key) =>
    apply(db, person, request, key, clock()),
  );
}

function postWithdraw({ db, clock }: Deps): RequestHandler {
  return idempotentPost(requirePerson, TrainingWithdrawSchema, 'The withdrawal is not valid.', (person, _request, key, req) =>
    withdraw(db, person, String(req.params['id']), key, clock()),
  );
}

export function trainingRouter(db: Database, clock: Clock): Router {
  const deps: Deps = { db, clock };
  const router = Router();
  router.get(route(PATHS.overview), getOverview(deps));
  router.get(route(PATHS.currentItems), getCurrentItems(deps));
  router.get(pattern(PATHS.training), getTraining(deps));
  router.get(pattern(PATHS.application), getApplication(deps));
  router.post(route(PATHS.applications), postApplication(deps));
  router.post(pattern(PATHS.withdraw), postWithdraw(deps));
  return router;
}
