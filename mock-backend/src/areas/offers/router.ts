// Job and training offers over HTTP: GET /api/offers, /api/offers/current-items, /api/offers/:id
// and POST /api/offers/:id/reports. The rules are service.ts's, shared with the legacy pages.
import { Router, type RequestHandler } from 'express';
import { API_ERROR_CODES, CurrentItemsResponseSchema } from '@portal/shared-contracts';
import { OFFERS_PATHS as PATHS, OfferListSchema, OfferReportSchema, OfferSchema } from '@portal/shared-contracts/offers';
import type { Clock } from '../../platform/clock.js';
import { httpError } from '../../platform/errors.js';
import { checkedGet, idempotentPost, sendChecked } from '../../platform/handlers.js';
import { pattern, route } from '../../platform/paths.js';
import type { Database } from '../../storage/storage.js';
import { requirePerson } from '../../identity/sessions/middleware.js';
import { findOffer, listOffers, offerCurrentItems, reportOnOffer } from './service.js';
import { listJobOffers } from './store.js';

interface Deps {
  readonly db: Database;
  readonly clock: Clock;
}

function getOffers({ db }: Deps): RequestHandler {
  return checkedGet(requirePerson, OfferListSchema, `GET ${PATHS.offers}`, async (person) => ({ offers: await listOffers(db, person.id) }));
}

function getCurrentItems({ db }: Deps): RequestHandler {
  return checkedGet(requirePerson, CurrentItemsResponseSchema, `GET ${PATHS.currentItems}`, async (person) => ({
    items: offerCurrentItems(await listJobOffers(db, person.id)),
  }));
}

function getOffer({ db }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const id = String(req.params['id']);
    const offer = await findOffer(db, person.id, id);
    if (!offer) throw httpError(404, API_ERROR_CODES.notFound, 'No such offer.');
    sendChecked(res, OfferSchema, offer, `GET ${PATHS.offer(id)}`);
  };
}

function postReport({ db, clock }: Deps): RequestHandler {
  return idempotentPost(requirePerson, OfferReportSchema, 'The report is not valid.', (person, report, key, req) =>
    reportOnOffer(db, person, String(req.params['id']), report, key, clock()),
  );
}

export function offersRouter(db: Database, clock: Clock): Router {
  const deps: Deps = { db, clock };
  const router = Router();
  router.get(route(PATHS.offers), getOffers(deps));
  // Before /:id, which would otherwise take "current-items" for an id.
  router.get(route(PATHS.currentItems), getCurrentItems(deps));
  router.get(pattern(PATHS.offer), getOffer(deps));
  router.post(pattern(PATHS.reports), postReport(deps));
  return router;
}
