// What the operators manage: the registry, published module versions, reported client errors.
import { boolean, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { LocalizedText, FederatedImplementation, LegacyImplementation } from '@portal/shared-contracts';
import type { Rollout } from '@portal/shared-contracts/registry-admin';
import { randomId, timestamptz } from './columns.js';

/** Which version of which area's module a row is about; part of the row's key. */
const moduleVersion = () => ({
  area: text('area').notNull(),
  version: text('version').notNull(),
});

/** Which implementation serves which area: the rows of GET /api/registry. */
export const registryEntries = pgTable('registry_entries', {
  area: text('area').primaryKey(),
  route: text('route').notNull().unique(),
  names: jsonb('names').$type<LocalizedText>().notNull(),
  navOrder: integer('nav_order'),
  requiresAuth: boolean('requires_auth').notNull(),
  /** The area's federated module (the version publishing points it at). */
  implementation: jsonb('implementation').$type<FederatedImplementation>().notNull(),
  currentItemsUrl: text('current_items_url'),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  /** The legacy Oma asiointi pages of the area, while it migrates; null when it has none (any more). */
  legacy: jsonb('legacy').$type<LegacyImplementation>(),
  /** Who gets the module rather than the legacy pages; without legacy pages, everyone. */
  rollout: jsonb('rollout').$type<Rollout>().notNull().default({ mode: 'everyone' }),
});

/**
 * Every published version of a module (`npm run deploy -w modules/<area>`): where its files are,
 * their Subresource Integrity hashes, and what it declared it needs. Kept after a newer version is
 * published, so a rollback points the registry back at files that are still there.
 */
export const moduleVersions = pgTable(
  'module_versions',
  {
    ...moduleVersion(),
    remoteName: text('remote_name').notNull(),
    manifestUrl: text('manifest_url').notNull(),
    /** File path (relative to the manifest) → `sha384-…`, for the files the shell loads. */
    integrity: jsonb('integrity').$type<Record<string, string>>().notNull(),
    /** What the module declared it needs (contract topics and APIs, shared singletons) at publish time. */
    requires: jsonb('requires').$type<Record<string, unknown>>().notNull(),
    publishedAt: timestamptz('published_at').notNull(),
    publishedBy: text('published_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.area, t.version] })],
);

/**
 * The registry's history: every change of an area's implementation, who made it, when, from what
 * to what. A rollback or an undo is itself a change, so the history only grows.
 */
export const registryChanges = pgTable(
  'registry_changes',
  {
    id: randomId(),
    area: text('area').notNull(),
    changedAt: timestamptz('changed_at').notNull(),
    /** Who: the admin token's name, or "seed". */
    actor: text('actor').notNull(),
    /** What kind of change: publish, rollback, undo, switch… */
    action: text('action').notNull(),
    before: jsonb('before').$type<FederatedImplementation | null>(),
    after: jsonb('after').$type<FederatedImplementation>().notNull(),
    /** For a change of the legacy pages or the rollout: both sides of it (null columns otherwise). */
    legacyBefore: jsonb('legacy_before').$type<LegacyImplementation | null>(),
    legacyAfter: jsonb('legacy_after').$type<LegacyImplementation | null>(),
    rolloutBefore: jsonb('rollout_before').$type<Rollout>(),
    rolloutAfter: jsonb('rollout_after').$type<Rollout>(),
  },
  (t) => [index('registry_changes_area_idx').on(t.area, t.changedAt)],
);

/**
 * Errors browsers reported for a module version (POST /api/client-errors), counted rather than
 * stored one by one, so a bad release shows as a climbing count without keeping personal data.
 */
export const clientErrorCounts = pgTable(
  'client_error_counts',
  {
    ...moduleVersion(),
    /** load, mount, runtime, shared-mismatch */
    kind: text('kind').notNull(),
    count: integer('count').notNull(),
    firstSeenAt: timestamptz('first_seen_at').notNull(),
    lastSeenAt: timestamptz('last_seen_at').notNull(),
    /** The latest message, cut short; never anything the person typed. */
    lastMessage: text('last_message'),
  },
  (t) => [primaryKey({ columns: [t.area, t.version, t.kind] })],
);
