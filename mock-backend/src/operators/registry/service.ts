// The registry: which implementation serves which area, read from its rows and resolved for one
// person. GET /api/registry (router.ts) gives it to the shell at every boot. An area migrating from
// the legacy Oma asiointi has both a federated module and legacy pages; its rollout decides, per
// person and stably, which of the two this person gets, so a switch (npm run registry) reaches the
// next page load without a build of anything. An area not yet migrating has only its legacy pages:
// it is in the navigation and on the front page like any other, and its first module is published
// into it later.
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

/**
 * What serves an area: its module, its legacy pages, or both (the database's check
 * registry_entries_served refuses a row with neither).
 */
export type AreaImplementations =
  | { readonly implementation: FederatedImplementation; readonly legacy: LegacyImplementation | null }
  | { readonly implementation: null; readonly legacy: LegacyImplementation };

/** An area as stored: its module if it has one, its legacy pages if it still has them, and the rollout between them. */
export type StoredArea = Omit<RegistryEntry, 'implementation' | 'fallback'> & AreaImplementations & { readonly rollout: Rollout };

/** A row's implementations as the type above, or an error for a row that has neither. */
export function implementationsOf(
  area: string,
  implementation: FederatedImplementation | null,
  legacy: LegacyImplementation | null,
): AreaImplementations {
  if (implementation !== null) return { implementation, legacy };
  if (legacy !== null) return { implementation, legacy };
  return missing(area);
}

/** Every area in navigation order, unresolved: what operators, the CSP and the embedding kit read. */
export async function readRegistry(db: Database): Promise<{ readonly areas: readonly StoredArea[] }> {
  const rows = await db
    .select()
    .from(registryEntries)
    .orderBy(sql`${registryEntries.navOrder} asc nulls last`, asc(registryEntries.area));
  const areas: StoredArea[] = rows.map((row) => ({
    area: row.area,
    route: row.route,
    names: row.names,
    navOrder: row.navOrder,
    requiresAuth: row.requiresAuth,
    currentItemsUrl: row.currentItemsUrl,
    rollout: row.rollout,
    ...implementationsOf(row.area, row.implementation, row.legacy ?? null),
  }));
  // The rows are JSON edited by tools; a bad one must fail here, not in every browser. Both
  // implementations of an area are checked (the module, with the legacy pages as its fallback).
  parseOrThrow(RegistrySchema, { schemaVersion: 1, areas: areas.map((area) => entryFor(area, true)) }, 'The registry');
  return { areas };
}

/** The area's public entry with its module (when it has one and `module` is true) or its legacy pages. */
function entryFor({ legacy, rollout: _rollout, implementation, ...entry }: StoredArea, module: boolean): RegistryEntry {
  if (implementation !== null && module) return { ...entry, implementation, ...(legacy ? { fallback: legacy } : {}) };
  // Legacy pages exist: an area without a module has them (AreaImplementations), and `module` is
  // false only where they do (resolveRegistry).
  return { ...entry, implementation: legacy ?? missing(entry.area) };
}

function missing(area: string): never {
  throw new Error(`The registry's area "${area}" has neither a module nor legacy pages`);
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

/**
 * The registry as this person gets it: each area's one implementation for them. With both, the
 * rollout decides, and a person given the module keeps the legacy pages to fall back on if it fails
 * to load; with one, that one.
 */
export function resolveRegistry(areas: readonly StoredArea[], person: Pick<Person, 'id' | 'hetu'> | null): Registry {
  return {
    schemaVersion: 1,
    areas: areas.map((area) => entryFor(area, area.legacy === null || servesModule(area.area, area.rollout, person))),
  };
}
