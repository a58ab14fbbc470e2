// Mounted on /api before every area's router (src/app.ts): while a maintenance break goes on, the
// writes it covers get 503 with Retry-After and the portal's JSON error body; reads go on.
import type { RequestHandler } from 'express';
import { API_ERROR_CODES } from '@portal/shared-contracts';
import type { Clock } from '../../platform/clock.js';
import { httpError } from '../../platform/errors.js';
import { refusingBreak, retryAfterSeconds, type MaintenanceState } from './service.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function refuseWritesDuringMaintenance(state: MaintenanceState, clock: Clock): RequestHandler {
  return (req, res, next) => {
    if (!WRITES.has(req.method)) {
      next();
      return;
    }
    state.standing().then(
      (rows) => {
        const now = clock();
        const refusing = refusingBreak(rows, req.path, now);
        if (!refusing) {
          next();
          return;
        }
        res.set('Retry-After', String(retryAfterSeconds(refusing, now)));
        next(
          httpError(
            503,
            API_ERROR_CODES.serviceUnavailable,
            `${refusing.area === null ? 'The portal' : `"${refusing.area}"`} is in a maintenance break until ${refusing.endsAt.toISOString()}; nothing was changed.`,
          ),
        );
      },
      (error: unknown) => next(error),
    );
  };
}
