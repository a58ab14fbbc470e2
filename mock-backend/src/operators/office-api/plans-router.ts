// The TE office's answer to a person's own proposal of a plan, mocked like its requests for
// clarification: POST /office-api/plans/:id/decision with the office's bearer token. Accepting makes
// the proposal the plan in force; returning sends it back with comments (areas/plan/proposals.ts).
import { Router } from 'express';
import { OfficePlanDecisionSchema } from '@portal/shared-contracts/plan-proposals';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../storage/storage.js';
import { decideProposal } from '../../areas/plan/proposals.js';
import { bearerAuthenticator, type NamedToken } from '../../platform/bearer-auth.js';
import { validateOrThrow } from '../../platform/validation.js';

export function officePlansRouter(db: Database, clock: Clock, tokens: readonly NamedToken[]): Router {
  const router = Router();
  const authenticate = bearerAuthenticator('office-api', tokens);
  router.post('/plans/:id/decision', async (req, res) => {
    authenticate(req, res);
    const decision = validateOrThrow(OfficePlanDecisionSchema, req.body, 'The decision is not valid.');
    res.json(await decideProposal(db, String(req.params['id']), decision, clock()));
  });
  return router;
}
