// The person's own data as a file (GET /api/profile/export): the right of access (GDPR art. 15) in
// a machine-readable form; what is in it is export-service.ts's.
import { Router, type RequestHandler } from 'express';
import { PROFILE_EXPORT_PATH } from '@portal/shared-contracts/profile';
import { helsinkiDate } from '../../platform/calendar.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../storage/storage.js';
import { requirePerson } from '../../identity/sessions/middleware.js';
import { applyDueChanges } from './changes-store.js';
import { profileExport, type ExportOptions } from './export-service.js';

/** The router is mounted at /api; the contract names the full path. */
const ROUTE = PROFILE_EXPORT_PATH.replace(/^\/api(?=\/)/, '');

interface Deps {
  readonly db: Database;
  readonly clock: Clock;
  readonly options: ExportOptions;
}

function getExport({ db, clock, options }: Deps): RequestHandler {
  return async (req, res) => {
    const now = clock();
    // Due changes first, as every profile read does, so the profile and the statuses agree with
    // what the person sees in the portal at the same moment.
    const person = await applyDueChanges(db, requirePerson(req), now);
    const body = await profileExport(db, person, now, options);
    res.set({
      'Content-Type': 'application/json; charset=utf-8',
      // The person's calendar day, not UTC's: an export just after midnight in Finland is dated that day.
      'Content-Disposition': `attachment; filename="omat-tiedot-${helsinkiDate(now)}.json"`,
      // Personal data: no browser or proxy cache may keep a copy.
      'Cache-Control': 'no-store',
    });
    // Pretty-printed: the file is meant to be opened and read by the person too, not only parsed.
    res.send(`${JSON.stringify(body, null, 2)}\n`);
  };
}

export function profileExportRouter(db: Database, clock: Clock, options: ExportOptions): Router {
  const router = Router();
  router.get(ROUTE, getExport({ db, clock, options }));
  return router;
}
