// The registry: which implementation serves which area, read from its rows and resolved for one
// person. GET /api/registry (router.ts) gives it to the shell at every boot. An area migrating from the legacy Oma asiointi has both a federated module and
// legacy pages; its rollout decides, per person and stably, which of the two this person gets, so a
// switch (npm run registry) reaches the next page load without a build of anything.
import { createHash } from 'node:crypto';
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
      return servesModule(area.area, area.rollout, person)
        ? { ...entry, fallback: area.legacy }
        : { ...entry, implementation: area.legacy };
    }),
  };
}
