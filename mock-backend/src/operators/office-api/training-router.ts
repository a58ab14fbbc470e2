// The TE office's side of labour-market training, mocked like its answer to plan proposals:
// PATCH /office-api/training-applications/:id with the office's bearer token moves an application
// on (in review, interview, selected, reserve, not selected; areas/training/service.ts). Tests and
// developers use it to put an application "in selection".
import { Router } from 'express';
import { OfficeTrainingStateSchema } from '@portal/shared-contracts/training';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../storage/storage.js';
import { officeSetState } from '../../areas/training/service.js';
import { bearerAuthenticator, type NamedToken } from '../../platform/bearer-auth.js';
import { validateOrThrow } from '../../platform/validation.js';

export function officeTrainingRouter(db: Database, clock: Clock, tokens: readonly NamedToken[]): Router {
  const router = Router();
  const authenticate = bearerAuthenticator('office-api', tokens);
  router.patch('/training-applications/:id', async (req, res) => {
    authenticate(req, res);
    const change = validateOrThrow(OfficeTrainingStateSchema, req.body, 'The state change is not valid.');
    res.json(await officeSetState(db, String(req.params['id']), change, clock()));
  });
  return router;
}
