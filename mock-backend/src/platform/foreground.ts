// Bulk writes give way to people waiting. On the embedded database (PGlite) every query runs on the
// server's one thread, one at a time: an upload's chunk insert (tens of milliseconds for 64 KB) in
// front of each of the several queries of another person's page would hold that page up by far
// more than 100 ms (measured: 1.6 s per read during 10 MB uploads with 256 KB chunks). So requests
// are counted while they are in flight, and before each chunk an upload waits for a moment when no
// other request is (at most MAX_WAIT_MS, so uploads never starve under steady traffic). On
// PostgreSQL queries run on the server's own processes in parallel, and nothing waits.
import type { RequestHandler, Response } from 'express';

const MAX_WAIT_MS = 250;

export interface Foreground {
  /** Counts every request from its arrival to its answer. Mounted first. */
  readonly track: RequestHandler;
  /** A request that is itself bulk work (an upload) stops counting: it must not wait for itself. */
  leave(res: Response): void;
  /** Resolves when no counted request is in flight, or after MAX_WAIT_MS. */
  quietMoment(): Promise<void>;
}

/** For PostgreSQL: nothing to wait for. */
export const NO_FOREGROUND: Foreground = {
  track: (_req, _res, next) => next(),
  leave: () => {},
  quietMoment: () => Promise.resolve(),
};

const COUNTED = Symbol('counted by the foreground');

export function createForeground(maxWaitMs: number = MAX_WAIT_MS): Foreground {
  let active = 0;
  let waiters: (() => void)[] = [];
  const release = (res: Response) => {
    const locals = res.locals as { [COUNTED]?: boolean };
    if (!locals[COUNTED]) return;
    locals[COUNTED] = false;
    active -= 1;
    if (active === 0) {
      const woken = waiters;
      waiters = [];
      for (const wake of woken) wake();
    }
  };
  return {
    track: (_req, res, next) => {
      (res.locals as { [COUNTED]?: boolean })[COUNTED] = true;
      active += 1;
      res.once('finish', () => release(res));
      res.once('close', () => release(res));
      next();
    },
    leave: release,
    quietMoment: () =>
      active === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const timer = setTimeout(done, maxWaitMs);
            function done(): void {
              clearTimeout(timer);
              waiters = waiters.filter((waiter) => waiter !== done);
              resolve();
            }
            waiters.push(done);
          }),
  };
}
