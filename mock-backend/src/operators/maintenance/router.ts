// The operators' maintenance breaks, under /admin-api (bearer tokens of ADMIN_API_TOKENS):
//   GET  /admin-api/maintenance               every break, the latest start first
//   GET  /admin-api/maintenance/:id           one break, with its history of changes
//   POST /admin-api/maintenance               schedule a break {area | null, startsAt, endsAt, message, announceHours?}
//   PUT  /admin-api/maintenance/:id           change a break (the same body)
//   POST /admin-api/maintenance/:id/cancel    cancel a coming break, or end one going on now
//   POST /admin-api/maintenance/:id/undo      undo the break's latest change
// `npm run registry -- maintenance …` (scripts/registry.mjs) is the command line for these. Every
// change is recorded in maintenance_changes (who, when, before, after); an undo is itself a change,
// so undoing twice redoes.
import { Router, type Request } from 'express';
import { API_ERROR_CODES } from '@portal/shared-contracts';
import { MaintenanceBreakInputSchema, type MaintenanceBreak, type MaintenanceBreakInput } from '@portal/shared-contracts/maintenance';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../storage/storage.js';
import type { MaintenanceState as StoredState } from '../../storage/schema/index.js';
import { bearerAuthenticator, type NamedToken } from '../../platform/bearer-auth.js';
import { httpError } from '../../platform/errors.js';
import { validateOrThrow } from '../../platform/validation.js';
import { adminGate } from '../admin-api.js';
import { readRegistry } from '../registry/service.js';
import { MAINTENANCE_ACTIONS, type MaintenanceState } from './service.js';
import {
  findBreak,
  insertBreak,
  listBreaks,
  listChanges,
  lockBreak,
  stateOf,
  updateBreak,
  type BreakRow,
  type ChangeRow,
} from './store.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function view(row: BreakRow): MaintenanceBreak {
  return { id: row.id, ...stateOf(row) };
}

function changeView(row: ChangeRow) {
  return { changedAt: row.changedAt.toISOString(), actor: row.actor, action: row.action, before: row.before, after: row.after };
}

function idParameter(req: Request): string {
  const id = req.params['id'];
  // Not a uuid: no such break (rather than the database's error for a malformed uuid).
  if (typeof id !== 'string' || !UUID.test(id)) throw httpError(404, API_ERROR_CODES.notFound, 'No such maintenance break.');
  return id;
}

/** The body as a break's state, checked against the registry and the clock. */
async function input(db: Database, clock: Clock, req: Request): Promise<StoredState> {
  const body: MaintenanceBreakInput = validateOrThrow(MaintenanceBreakInputSchema, req.body, 'The maintenance break is not valid.');
  if (body.area !== null && !(await readRegistry(db)).areas.some((area) => area.area === body.area)) {
    throw httpError(400, API_ERROR_CODES.validationFailed, `No area "${body.area}" in the registry.`, [
      { path: 'area', message: 'Expected an area of the registry, or null for the whole portal' },
    ]);
  }
  const endsAt = new Date(body.endsAt);
  if (endsAt <= clock()) {
    throw httpError(400, API_ERROR_CODES.validationFailed, 'The maintenance break would be over already.', [
      { path: 'endsAt', message: 'Expected a time in the future' },
    ]);
  }
  return {
    area: body.area,
    startsAt: new Date(body.startsAt).toISOString(),
    endsAt: endsAt.toISOString(),
    announceHours: body.announceHours,
    message: body.message,
    cancelled: false,
  };
}

/** A break cancelled, if it is still coming, or ended now, if it is going on. */
function cancellation(current: BreakRow, now: Date): StoredState {
  if (current.cancelledAt !== null) throw httpError(409, API_ERROR_CODES.conflict, 'This maintenance break is cancelled already.');
  if (current.endsAt <= now) throw httpError(409, API_ERROR_CODES.conflict, 'This maintenance break is over already.');
  // Going on: it ends now, and its record says until when it went on. Coming: it is cancelled.
  if (current.startsAt < now) return { ...stateOf(current), endsAt: now.toISOString() };
  return { ...stateOf(current), cancelled: true };
}

export interface MaintenanceAdminOptions {
  readonly db: Database;
  readonly clock: Clock;
  readonly tokens: readonly NamedToken[];
  /** The instance's cached state, told of every change made here. */
  readonly state: MaintenanceState;
}

export function maintenanceAdminRouter({ db, clock, tokens, state }: MaintenanceAdminOptions): Router {
  const router = Router();
  const authenticate = bearerAuthenticator('admin-api', tokens);

  router.use('/maintenance', ...adminGate(authenticate, '64kb'));

  /** One change of a break, in a transaction with its row locked. */
  async function change(req: Request, action: string, next: (current: BreakRow, history: readonly ChangeRow[]) => StoredState) {
    const actor = authenticate(req, req.res!);
    const id = idParameter(req);
    const result = await db.transaction(async (tx) => {
      const current = await lockBreak(tx, id);
      if (!current) throw httpError(404, API_ERROR_CODES.notFound, 'No such maintenance break.');
      const after = next(current, await listChanges(tx, id));
      const { row, change: recorded } = await updateBreak(tx, { current, actor, action, after, now: clock() });
      return { ...view(row), change: changeView(recorded) };
    });
    state.invalidate();
    return result;
  }

  router.get('/maintenance', async (_req, res) => {
    res.json({ breaks: (await listBreaks(db)).map(view) });
  });

  router.get('/maintenance/:id', async (req, res) => {
    const row = await findBreak(db, idParameter(req));
    if (!row) throw httpError(404, API_ERROR_CODES.notFound, 'No such maintenance break.');
    res.json({ ...view(row), history: (await listChanges(db, row.id)).map(changeView).reverse() });
  });

  router.post('/maintenance', async (req, res) => {
    const actor = authenticate(req, res);
    const after = await input(db, clock, req);
    const { row, change: recorded } = await db.transaction((tx) =>
      insertBreak(tx, { actor, action: MAINTENANCE_ACTIONS.schedule, state: after, now: clock() }),
    );
    state.invalidate();
    res.status(201).json({ ...view(row), change: changeView(recorded) });
  });

  router.put('/maintenance/:id', async (req, res) => {
    const after = await input(db, clock, req);
    res.json(
      await change(req, MAINTENANCE_ACTIONS.change, (current) => {
        if (current.cancelledAt !== null) {
          throw httpError(
            409,
            API_ERROR_CODES.conflict,
            'This maintenance break was cancelled: undo the cancellation first, or schedule a new one.',
          );
        }
        return after;
      }),
    );
  });

  router.post('/maintenance/:id/cancel', async (req, res) => {
    res.json(await change(req, MAINTENANCE_ACTIONS.cancel, (current) => cancellation(current, clock())));
  });

  router.post('/maintenance/:id/undo', async (req, res) => {
    res.json(
      await change(req, MAINTENANCE_ACTIONS.undo, (current, history) => {
        const last = history.at(-1);
        if (!last) throw httpError(409, API_ERROR_CODES.conflict, 'This maintenance break has no change to undo.');
        // Undoing its scheduling cancels it; anything else goes back to what it was.
        return last.before ?? { ...stateOf(current), cancelled: true };
      }),
    );
  });

  return router;
}
