// Reporting a change of basic data: POST /api/profile/changes. Idempotent by the Idempotency-Key
// header (a retry or a double click gets the first receipt), guarded against lost updates by
// `basedOn` (the profile's updatedAt the person saw), applied now or on its effective date.
// GET /api/profile/changes lists the person's reports: what was changed and when, never the values.
import { Router, type RequestHandler } from 'express';
import { parseOrThrow } from '@portal/shared-contracts';
import { ProfileChangeHistorySchema, ProfileChangeRequestSchema } from '@portal/shared-contracts/profile';
import type { Clock } from '../../platform/clock.js';
import { idempotencyKey } from '../../platform/idempotency.js';
import { validateOrThrow } from '../../platform/validation.js';
import type { Database } from '../../storage/storage.js';
import { requirePerson } from '../../identity/sessions/middleware.js';
import { changeHistory, reportChange } from './changes-service.js';

interface Deps {
  readonly db: Database;
  readonly clock: Clock;
}

function getChanges({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const body = await changeHistory(db, requirePerson(req), clock());
    res.set('Cache-Control', 'no-store');
    res.json(parseOrThrow(ProfileChangeHistorySchema, body, 'GET /api/profile/changes'));
  };
}

function postChange({ db, clock }: Deps): RequestHandler {
  return async (req, res) => {
    const person = requirePerson(req);
    const key = idempotencyKey(req);
    // The issues exactly as the contract's schema reports them: their messages are the codes the
    // UI shows next to each field, the same ones its own validation gives.
    const request = validateOrThrow(ProfileChangeRequestSchema, req.body, 'The change report is not valid.');
    const outcome = await reportChange(db, person, request, key, clock());
    res.set('Cache-Control', 'no-store');
    res.status(outcome.kind === 'created' ? 201 : 200).json(outcome.receipt);
  };
}

export function profileChangesRouter(db: Database, clock: Clock): Router {
  const deps: Deps = { db, clock };
  const router = Router();
  router.get('/profile/changes', getChanges(deps));
  router.post('/profile/changes', postChange(deps));
  return router;
}
