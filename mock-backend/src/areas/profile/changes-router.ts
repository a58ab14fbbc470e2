// Reporting a change of basic data: POST /api/profile/changes. Idempotent by the Idempotency-Key
// header (a retry or a double click gets the first receipt), guarded against lost updates by
// `basedOn` (the profile's updatedAt the person saw), applied now or on its effective date.
// GET /api/profile/changes lists the person's reports: what was changed and when, never the values.
import { Router, type RequestHandler } from 'express';
import { ProfileChangeHistorySchema, ProfileChangeRequestSchema } from '@portal/shared-contracts/profile';
import type { Clock } from '../../platform/clock.js';
import { checkedGet, idempotentPost } from '../../platform/handlers.js';
import type { Database } from '../../storage/storage.js';
import { requirePerson } from '../../identity/sessions/middleware.js';
import { changeHistory, reportChange } from './changes-service.js';

interface Deps {
  readonly db: Database;
  readonly clock: Clock;
}

function getChanges({ db, clock }: Deps): RequestHandler {
  return checkedGet(requirePerson, ProfileChangeHistorySchema, 'GET /api/profile/changes', (person) => changeHistory(db, person, clock()));
}

// A 400 carries the issues exactly as the contract's schema reports them: their messages are the
// codes the UI shows next to each field, the same ones its own validation gives.
function postChange({ db, clock }: Deps): RequestHandler {
  return idempotentPost(requirePerson, ProfileChangeRequestSchema, 'The change report is not valid.', (person, request, key) =>
    reportChange(db, person, request, key, clock()),
  );
}

export function profileChangesRouter(db: Database, clock: Clock): Router {
  const deps: Deps = { db, clock };
  const router = Router();
  router.get('/profile/changes', getChanges(deps));
  router.post('/profile/changes', postChange(deps));
  return router;
}
