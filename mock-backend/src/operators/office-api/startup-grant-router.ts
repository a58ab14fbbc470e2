// The TE office's side of the start-up grant, mocked like its requests for clarification: with the
// office's bearer token it moves an application into processing, asks for a supplement (what, by
// when), decides (granted with its payment periods, or rejected with the reason), and processes a
// payment application (in processing, then paid on a day). Tests and developers use it.
import { Router, type Request } from 'express';
import { API_ERROR_CODES } from '@portal/shared-contracts';
import {
  OfficeGrantDecisionSchema,
  OfficePaymentUpdateSchema,
  OfficeSupplementRequestSchema,
  STARTUP_GRANT_OFFICE_PATHS as PATHS,
} from '@portal/shared-contracts/startup-grant';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../storage/storage.js';
import { officeDecide, officeRequestSupplement, officeStartProcessing, officeUpdatePayment } from '../../areas/startup-grant/office.js';
import { bearerAuthenticator, type NamedToken } from '../../platform/bearer-auth.js';
import { httpError } from '../../platform/errors.js';
import { validateOrThrow } from '../../platform/validation.js';
import { isUuid } from '../../platform/uuid.js';

/** The office router is mounted at /office-api: its contract paths without that prefix, `:id` for the id. */
const at = (path: (id: string) => string): string =>
  path('ID')
    .replace(/^\/office-api/, '')
    .replace('/ID', '/:id');

function idOf(req: Request, what: string): string {
  const id = req.params['id'] ?? '';
  if (!isUuid(id)) throw httpError(404, API_ERROR_CODES.notFound, `No such ${what}.`);
  return id.toLowerCase();
}

export function officeStartupGrantRouter(db: Database, clock: Clock, tokens: readonly NamedToken[]): Router {
  const router = Router();
  const authenticate = bearerAuthenticator('office-api', tokens);

  router.post(at(PATHS.processing), async (req, res) => {
    authenticate(req, res);
    await officeStartProcessing(db, idOf(req, 'application'), clock());
    res.status(204).end();
  });

  router.post(at(PATHS.supplementRequest), async (req, res) => {
    authenticate(req, res);
    const body = validateOrThrow(OfficeSupplementRequestSchema, req.body, 'The supplement request is not valid.');
    const id = await officeRequestSupplement(db, idOf(req, 'application'), body, clock());
    res.status(201).json({ id });
  });

  router.post(at(PATHS.decision), async (req, res) => {
    authenticate(req, res);
    const body = validateOrThrow(OfficeGrantDecisionSchema, req.body, 'The decision is not valid.');
    await officeDecide(db, idOf(req, 'application'), body, clock());
    res.status(204).end();
  });

  router.post(at(PATHS.payment), async (req, res) => {
    authenticate(req, res);
    const body = validateOrThrow(OfficePaymentUpdateSchema, req.body, 'The payment update is not valid.');
    await officeUpdatePayment(db, idOf(req, 'payment application'), body);
    res.status(204).end();
  });

  return router;
}
