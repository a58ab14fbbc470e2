// The operators' side of migrating an area from the legacy Oma asiointi to its module, under
// /admin-api (bearer tokens of ADMIN_API_TOKENS, like publishing):
//   GET  /admin-api/registry                  every area: its module, its legacy pages, its rollout
//   GET  /admin-api/registry/:area            one area, with its history of changes
//   PUT  /admin-api/registry/:area/legacy     {legacy: {kind: 'legacy', url} | null}
//   PUT  /admin-api/registry/:area/rollout    {rollout: everyone | nobody | percentage | persons}
//   POST /admin-api/registry/:area/undo       undo the area's latest legacy or rollout change
// `npm run registry -- …` (scripts/registry.mjs) is the command line for these. Every change is
// recorded in registry_changes (who, when, from what, to what); an undo is itself a change, so
// undoing twice redoes. The shell follows on the next page load: GET /api/registry resolves the
// rollout per person (src/operators/registry/service.ts).
import { Router, type Request } from 'express';
import { API_ERROR_CODES } from '@portal/shared-contracts';
import { LegacyChangeSchema, RolloutChangeSchema, type AreaImplementations, type Rollout } from '@portal/shared-contracts/registry-admin';
import type { Clock } from '../../platform/clock.js';
import {
  changeRollout,
  latestRolloutChange,
  listRegistryChanges,
  lockRolloutState,
  ROLLOUT_ACTIONS,
  type Implementation,
  type RegistryChangeRow,
  type RolloutState,
} from '../modules/versions-store.js';
import type { Database } from '../../storage/storage.js';
import { bearerAuthenticator, type NamedToken } from '../../platform/bearer-auth.js';
import { httpError } from '../../platform/errors.js';
import { validateOrThrow } from '../../platform/validation.js';
import { adminGate, areaParameter } from '../admin-api.js';
import { readRegistry, type StoredArea } from './service.js';

function view(area: StoredArea): AreaImplementations {
  return { area: area.area, federated: area.implementation, legacy: area.legacy, rollout: area.rollout };
}

function changeView(row: RegistryChangeRow) {
  return {
    changedAt: row.changedAt.toISOString(),
    actor: row.actor,
    action: row.action,
    // A module version change (publish, rollback) or a change of who gets what.
    ...(row.rolloutBefore == null
      ? { fromVersion: row.before?.version ?? null, toVersion: row.after?.version ?? null }
      : {
          before: { legacy: row.legacyBefore ?? null, rollout: row.rolloutBefore },
          after: { legacy: row.legacyAfter ?? null, rollout: row.rolloutAfter },
        }),
  };
}

const sameRollout = (a: Rollout, b: Rollout): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Nobody can be sent to legacy pages an area does not have, or to a module it does not have yet;
 * and something must serve every area.
 */
function assertConsistent(area: string, module: Implementation | null, before: RolloutState, state: RolloutState): void {
  if (module === null && state.legacy === null) {
    throw httpError(
      409,
      API_ERROR_CODES.conflict,
      `"${area}" has no module yet, so its legacy pages are all that serve it: publish its module first (npm run deploy -w modules/${area}).`,
    );
  }
  if (module === null && !sameRollout(state.rollout, before.rollout)) {
    throw httpError(
      409,
      API_ERROR_CODES.conflict,
      `"${area}" has no module yet, so there is nothing to roll out: publish its module first (npm run deploy -w modules/${area}).`,
    );
  }
  if (state.legacy === null && state.rollout.mode !== 'everyone') {
    throw httpError(
      409,
      API_ERROR_CODES.conflict,
      `"${area}" has no legacy pages, so its module must serve everyone: give it legacy pages first (npm run registry -- legacy ${area} <url>).`,
    );
  }
}

export interface RegistryAdminOptions {
  readonly db: Database;
  readonly clock: Clock;
  readonly tokens: readonly NamedToken[];
}

export function registryAdminRouter({ db, clock, tokens }: RegistryAdminOptions): Router {
  const router = Router();
  const authenticate = bearerAuthenticator('admin-api', tokens);

  router.use('/registry', ...adminGate(authenticate, '64kb'));

  router.get('/registry', async (_req, res) => {
    res.json({ areas: (await readRegistry(db)).areas.map(view) });
  });

  router.get('/registry/:area', async (req, res) => {
    const name = areaParameter(req);
    const area = (await readRegistry(db)).areas.find((candidate) => candidate.area === name);
    if (!area) throw httpError(404, API_ERROR_CODES.notFound, `No area "${name}" in the registry.`);
    const history = await listRegistryChanges(db, name);
    res.json({ ...view(area), history: history.map(changeView).reverse() });
  });

  /** One change of the area's legacy pages or rollout, made in a transaction with the row locked. */
  async function change(req: Request, action: string, next: (current: RolloutState) => RolloutState) {
    const actor = authenticate(req, req.res!);
    const area = areaParameter(req);
    return db.transaction(async (tx) => {
      const current = await lockRolloutState(tx, area);
      if (!current) throw httpError(404, API_ERROR_CODES.notFound, `No area "${area}" in the registry.`);
      const before: RolloutState = { legacy: current.legacy, rollout: current.rollout };
      const after = next(before);
      assertConsistent(area, current.implementation, before, after);
      if (JSON.stringify(after.legacy) === JSON.stringify(before.legacy) && sameRollout(after.rollout, before.rollout)) {
        return { area, changed: false, before, after };
      }
      const row = await changeRollout(tx, { area, actor, action, implementation: current.implementation, before, after, now: clock() });
      return { area, changed: true, ...changeView(row), before, after };
    });
  }

  router.put('/registry/:area/legacy', async (req, res) => {
    const { legacy } = validateOrThrow(LegacyChangeSchema, req.body, 'The legacy pages are not valid.');
    // The portal shows them in an iframe under its own Content-Security-Policy (frame-src 'self'):
    // they must be served on the portal's origin, behind this backend or its proxy.
    if (legacy !== null && !/^\/(?!\/)/.test(legacy.url)) {
      throw httpError(
        400,
        API_ERROR_CODES.validationFailed,
        'The legacy pages must be a path on the portal’s own origin, such as /legacy/offers.',
        [{ path: 'legacy.url', message: 'Expected a path starting with "/"' }],
      );
    }
    res.json(await change(req, ROLLOUT_ACTIONS.legacy, (current) => ({ ...current, legacy })));
  });

  router.put('/registry/:area/rollout', async (req, res) => {
    const { rollout } = validateOrThrow(RolloutChangeSchema, req.body, 'The rollout is not valid.');
    res.json(await change(req, ROLLOUT_ACTIONS.rollout, (current) => ({ ...current, rollout })));
  });

  router.post('/registry/:area/undo', async (req, res) => {
    const area = areaParameter(req);
    const last = latestRolloutChange(await listRegistryChanges(db, area));
    if (!last?.rolloutBefore)
      throw httpError(409, API_ERROR_CODES.conflict, `"${area}" has no change of its legacy pages or rollout to undo.`);
    const target: RolloutState = { legacy: last.legacyBefore ?? null, rollout: last.rolloutBefore };
    res.json(await change(req, ROLLOUT_ACTIONS.undo, () => target));
  });

  return router;
}
