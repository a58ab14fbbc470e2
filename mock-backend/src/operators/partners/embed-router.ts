// Partner embedding, the server's side: the stable address a partner's page loads,
//   GET /embed/<area>/embed.js
// a one-line ES module that imports the embed entry of the version the registry points at now
// (`embed/embed.js` beside the manifest: `/modules/<area>/embed/embed.js` for a local build,
// `/modules/<area>/<version>/embed/embed.js` for a published one). A deployment or a rollback
// changes what it imports; the versioned files themselves never change and are cached for a year.
//
// Only these answers and the module files (src/platform/static.ts) may be read by other origins:
// `Access-Control-Allow-Origin: *` without credentials, `Cross-Origin-Resource-Policy: cross-origin`.
import { Router } from 'express';
import { EMBED_ENTRY, PARTNERS_PATH } from '@portal/shared-contracts/embed';
import type { Database } from '../../storage/storage.js';
import { openToOtherOrigins } from '../../platform/static.js';
import { AREA, embeddableAreas, hasImplementationFile, implementationUrl, stableModule, type EmbedFilesOptions } from './service.js';
import type { Clock } from '../../platform/clock.js';
import { maintenanceEmbedModule } from '../maintenance/embed-notice.js';
import { activeBreakFor } from '@portal/shared-contracts/maintenance';
import { publicBreaks, type MaintenanceState } from '../maintenance/service.js';

/**
 * Short: a partner's visitors pick up a deployment within minutes, while the stable address is not
 * asked for on every page view. The versioned files it imports are immutable.
 */
export const STABLE_EMBED_CACHE = 'public, max-age=300';

/**
 * `maintenance`: the breaks (operators/maintenance/). While one keeps the area out of use, the stable
 * address defines its elements as the break's notice; around a break's start and end it is cached
 * only until then, so partners' visitors see the change within seconds, not minutes.
 */
export function embedRouter(db: Database, options: EmbedFilesOptions, maintenance?: { state: MaintenanceState; clock: Clock }): Router {
  const router = Router();
  router.use('/embed', (_req, res, next) => {
    // The partner's page sees a real 404 in its console rather than a CORS error.
    openToOtherOrigins(res);
    next();
  });
  router.get('/embed/:area/embed.js', async (req, res) => {
    const area = req.params['area'] ?? '';
    const entry = AREA.test(area) ? (await embeddableAreas(db)).find((candidate) => candidate.area === area) : undefined;
    // Files not built (or removed from the store) would make the partner's page import a 404.
    const present = entry && (await hasImplementationFile(db, area, entry.implementation, EMBED_ENTRY, options));
    if (!entry || present === false) {
      res.status(404).set('Cache-Control', 'no-store').type('text/plain').send(`Nothing to embed at ${req.path}. See ${PARTNERS_PATH}.`);
      return;
    }
    const now = maintenance?.clock() ?? new Date();
    const breaks = maintenance ? publicBreaks(await maintenance.state.standing(), now) : [];
    const active = activeBreakFor(breaks, area, now.getTime());
    const changesIn = Math.min(
      ...breaks
        .flatMap((item) => [Date.parse(item.startsAt), Date.parse(item.endsAt)])
        .map((at) => (at - now.getTime()) / 1000)
        .filter((seconds) => seconds > 0),
    );
    res.set('Cache-Control', changesIn < 300 ? `public, max-age=${Math.floor(changesIn)}` : STABLE_EMBED_CACHE);
    res
      .type('text/javascript; charset=utf-8')
      .send(active ? maintenanceEmbedModule(entry, active) : stableModule(entry, implementationUrl(entry.implementation, EMBED_ENTRY)));
  });
  router.use('/embed', (_req, res) => {
    res.status(404).set('Cache-Control', 'no-store').type('text/plain').send(`Not found. See ${PARTNERS_PATH}.`);
  });
  return router;
}
