// The customer's basic data (GET /api/profile) and what the profile area puts on the front page
// (GET /api/profile/current-items). Both first apply reported changes whose day has come
// (src/areas/profile/changes-store.ts), so a change dated ahead shows from its day on without any timer.
import { Router, type RequestHandler } from 'express';
import { CurrentItemsResponseSchema } from '@portal/shared-contracts';
import { ProfileSchema } from '@portal/shared-contracts/profile';
import type { Clock } from '../../platform/clock.js';
import { checkedGet } from '../../platform/handlers.js';
import type { Database } from '../../storage/storage.js';
import { requirePerson } from '../../identity/sessions/middleware.js';
import { applyDueChanges, pendingChangeDates } from './changes-store.js';
import { profileCurrentItems, toProfile } from './service.js';

interface Deps {
  readonly db: Database;
  readonly clock: Clock;
}

function getProfile({ db, clock }: Deps): RequestHandler {
  return checkedGet(requirePerson, ProfileSchema, 'GET /api/profile', async (signedIn) => {
    const person = await applyDueChanges(db, signedIn, clock());
    return toProfile(db, person);
  });
}

function getCurrentItems({ db, clock }: Deps): RequestHandler {
  return checkedGet(requirePerson, CurrentItemsResponseSchema, 'GET /api/profile/current-items', async (signedIn) => {
    const person = await applyDueChanges(db, signedIn, clock());
    return { items: profileCurrentItems(person, await pendingChangeDates(db, person.id)) };
  });
}

export function profileRouter(db: Database, clock: Clock): Router {
  const deps: Deps = { db, clock };
  const router = Router();
  router.get('/profile', getProfile(deps));
  router.get('/profile/current-items', getCurrentItems(deps));
  return router;
}
