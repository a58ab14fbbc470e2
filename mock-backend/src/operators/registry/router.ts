// GET /api/registry: which implementation serves which area, for the person asking. The shell reads
// it at every boot. An area migrating from the legacy Oma asiointi has both a federated module and
// legacy pages; its rollout decides, per person and stably, which of the two this person gets, so a
// switch (npm run registry) reaches the next page load without a build of anything.
import { createHash } from 'node:crypto';
import { Router, type Request } from 'express';
import { asc, sql } from 'drizzle-orm';
import {
  RegistrySchema,
  parseOrThrow,
  type FederatedImplementation,
  type LegacyImplementation,
  type Registry,
  type RegistryEntry,
} from '@portal/shared-contracts';
import type { Rollout } from '@portal/shared-contracts/registry-admin';
import type { Person } from '../../areas/profile/store.js';
import { registryEntries } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';
import { SESSION_STATES, sessionState } from '../../identity/sessions/middleware.js';

/** An area as stored: its module, its legacy pages if it still has them, and the rollout between them. */
export interface StoredArea extends Omit<RegistryEntry, 'implementation'> {
  readonly implementation: FederatedImplementation;
  readonly legacy: LegacyImplementation | null;
  readonly rollout: Rollout;
}

/** Every area in navigation order, unresolved: what operators, the CSP and the embedding kit read. */
export async function readRegistry(db: Database): Promise<{ readonly areas: readonly StoredArea[] }> {
  const rows = await db
    .select()
    .from(registryEntries)
    .orderBy(sql`${registryEntries.navOrder} asc nulls last`, asc(registryEntries.area));
  const areas = rows.map((row) => ({
    area: row.area,
    route: row.route,
    names: row.names,
    navOrder: row.navOrder,
    requiresAuth: row.requiresAuth,
    implementation: row.implementation,
    currentItemsUrl: row.currentItemsUrl,
    legacy: row.legacy ?? null,
    rollout: row.rollout,
  }));
  // The rows are JSON edited by tools; a bad one must fail here, not in every browser.
  parseOrThrow(RegistrySchema, { schemaVersion: 1, areas: areas.map(publicEntry) }, 'The registry');
  return { areas };
}

function publicEntry({ legacy: _legacy, rollout: _rollout, ...entry }: StoredArea): RegistryEntry {
  return entry;
}

/**
 * The person's place in an area's percentage rollout, 0–99: a hash of the area and the person's
 * id, so the answer is the same on every load and every instance, and independent between areas
 * (the same persons are not always the first to get every new module).
 */
export function rolloutBucket(area: string, personId: string): number {
  return createHash('sha256').update(`${area}\n${personId}`).digest().readUInt32BE(0) % 100;
}

/** Whether this person (null: signed out) gets the area's module rather than its legacy pages. */
export function servesModule(area: string, rollout: Rollout, person: Pick<Person, 'id' | 'hetu'> | null): boolean {
  switch (rollout.mode) {
    case 'everyone':
      return true;
    case 'nobody':
      return false;
    case 'percentage':
      return person !== null && rolloutBucket(area, person.id) < rollout.percentage;
    case 'persons':
      return person?.hetu != null && rollout.persons.includes(person.hetu);
  }
}

/** The registry as this person gets it: each area's one implementation for them. */
export function resolveRegistry(areas: readonly StoredArea[], person: Pick<Person, 'id' | 'hetu'> | null): Registry {
  return {
    schemaVersion: 1,
    areas: areas.map((area) => {
      const entry = publicEntry(area);
      if (area.legacy === null) return entry;
      // The module for this person, with the legacy pages to fall back on if it fails to load.
      return servesModule(area.area, area.rollout, person) ? { ...entry, fallback: area.legacy } : { ...entry, implementation: area.legacy };
    }),
  };
}

/**
 * `view` adapts the registry to the request; in development it applies the browser's module
 * overrides (operators/registry/module-override.ts).
 */
export function registryRouter(db: Database, view?: (req: Request, registry: Registry) => Registry): Router {
  const router = Router();
  router.get('/registry', async (req, res) => {
    const state = sessionState(req);
    const person = state.kind === SESSION_STATES.signedIn ? state.person : null;
    const registry = resolveRegistry((await readRegistry(db)).areas, person);
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
