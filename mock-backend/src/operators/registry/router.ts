// GET /api/registry: which implementation serves which area, for the person asking. The shell reads
// it at every boot. An area migrating from the legacy Oma asiointi has both a federated module and
// legacy pages; its rollout decides, per person and stably, which of the two this person gets, so a
// switch (npm run registry) reaches the next page load without a build of anything.
import { createHash } from 'node:crypto';
import { Router, type Request } from 'express';
import type { Registry } from '@portal/shared-contracts';
import type { PublicMaintenance } from '@portal/shared-contracts/maintenance';
import type { Database } from '../../storage/storage.js';
import { SESSION_STATES, sessionState } from '../../identity/sessions/middleware.js';
import { readRegistry, resolveRegistry } from './service.js';

/**
 * `view` adapts the registry to the request; in development it applies the browser's module
 * overrides (operators/registry/module-override.ts). `maintenance` gives the breaks announced or
 * going on (operators/maintenance/): carried here, the front page needs no request of its own for
 * them; without any, the answer has no `maintenance` field at all.
 */
export function registryRouter(
  db: Database,
  view?: (req: Request, registry: Registry) => Registry,
  maintenance?: () => Promise<PublicMaintenance[]>,
): Router {
  const router = Router();
  router.get('/registry', async (req, res) => {
    const state = sessionState(req);
    const person = state.kind === SESSION_STATES.signedIn ? state.person : null;
    const [{ areas }, breaks] = await Promise.all([readRegistry(db), maintenance ? maintenance() : []]);
    const registry: Registry = { ...resolveRegistry(areas, person), ...(breaks.length > 0 ? { maintenance: breaks } : {}) };
    const body = JSON.stringify(view ? view(req, registry) : registry);
    // Per person (the rollout), so per cookie: a shared cache must not hand one person's answer to
    // another. no-cache, not no-store: the browser keeps a copy but asks every time, so a switch or
    // a deployment reaches the next page load while an unchanged registry costs a 304.
    res.vary('Cookie');
    res.set('Cache-Control', 'private, no-cache');
    res.set('ETag', `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`);
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    res.type('application/json').send(body);
  });
  return router;
}
