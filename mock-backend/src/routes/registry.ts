// GET /api/registry: which module (and version) serves which area. The shell reads it at every boot.
import { createHash } from 'node:crypto';
import { Router, type Request } from 'express';
import { asc, sql } from 'drizzle-orm';
import { RegistrySchema, parseOrThrow, type Registry } from '@portal/shared-contracts';
import { registryEntries } from '../db/schema.js';
import type { Database } from '../db/storage.js';

export async function readRegistry(db: Database): Promise<Registry> {
  const rows = await db
    .select()
    .from(registryEntries)
    .orderBy(sql`${registryEntries.navOrder} asc nulls last`, asc(registryEntries.area));
  const registry: Registry = {
    schemaVersion: 1,
    areas: rows.map((row) => ({
      area: row.area,
      route: row.route,
      names: row.names,
      navOrder: row.navOrder,
      requiresAuth: row.requiresAuth,
      implementation: row.implementation,
      currentItemsUrl: row.currentItemsUrl,
    })),
  };
  // The rows are JSON edited by hand or by tools; a bad one must fail here, not in every browser.
  return parseOrThrow(RegistrySchema, registry, 'The registry');
}

/**
 * `view` adapts the registry to the request; in development it applies the browser's module
 * overrides (http/module-override.ts), and the answer then varies by cookie.
 */
export function registryRouter(db: Database, view?: (req: Request, registry: Registry) => Registry): Router {
  const router = Router();
  router.get('/registry', async (req, res) => {
    const registry = await readRegistry(db);
    const body = JSON.stringify(view ? view(req, registry) : registry);
    if (view) res.vary('Cookie');
    // no-cache, not no-store: the browser keeps a copy but asks every time, so a deployment (a
    // registry change) reaches the next page load while an unchanged registry costs a 304.
    res.set('Cache-Control', 'no-cache');
    res.set('ETag', `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`);
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    res.type('application/json').send(body);
  });
  return router;
}
