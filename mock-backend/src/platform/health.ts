// Probes for whatever runs the instances (a container platform, a load balancer): liveness says the
// process answers at all; readiness says it should be sent requests now. Not ready while stopping
// (SIGTERM: the balancer takes it out before its connections close) or when the database does not
// answer within a second. The server listens only once migrations have run (server.ts), so an
// instance that answers is migrated. Mounted before logging and sessions: a probe every few seconds
// is no one's visit, and its answer is plain JSON that is never cached.
import { Router } from 'express';
import { sql } from 'drizzle-orm';
import type { Database } from '../storage/storage.js';

export const HEALTH_PATHS = { live: '/health/live', ready: '/health/ready' } as const;

/** What server.ts changes when it starts to stop. */
export interface Lifecycle {
  stopping: boolean;
}

const DATABASE_TIMEOUT_MS = 1000;

async function databaseAnswers(db: Database): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), DATABASE_TIMEOUT_MS)));
  const query = db.execute(sql`select 1`).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function healthRouter(db: Database, lifecycle: Lifecycle): Router {
  const router = Router();
  router.get(HEALTH_PATHS.live, (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'live' });
  });
  router.get(HEALTH_PATHS.ready, async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (lifecycle.stopping) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    if (!(await databaseAnswers(db))) {
      res.status(503).json({ status: 'database-unavailable' });
      return;
    }
    res.json({ status: 'ready' });
  });
  return router;
}
