// What the operators manage: the registry, published module versions, reported client errors.
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText, FederatedImplementation, LegacyImplementation } from '@portal/shared-contracts';
import type { Rollout } from '@portal/shared-contracts/registry-admin';
import { bytea, createdAt, ownedBy, randomId, timestamptz } from './columns.js';

/** Which version of which area's module a row is about; part of the row's key. */
const moduleVersion = () => ({
  area: text('area').notNull(),
  version: text('version').notNull(),
});

/** Which implementation serves which area: the rows of GET /api/registry. */
export const registryEntries = pgTable(
  'registry_entries',
  {
    area: text('area').primaryKey(),
    route: text('route').notNull().unique(),
    names: jsonb('names').$type<LocalizedText>().notNull(),
    navOrder: integer('nav_order'),
    requiresAuth: boolean('requires_auth').notNull(),
    /**
     * The area's federated module (the version publishing points it at); null for an area that has
     * only its legacy pages so far (its first publish gives it one).
     */
    implementation: jsonb('implementation').$type<FederatedImplementation>(),
    currentItemsUrl: text('current_items_url'),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    /** The legacy Oma asiointi pages of the area, while it migrates; null when it has none (any more). */
    legacy: jsonb('legacy').$type<LegacyImplementation>(),
    /** Who gets the module rather than the legacy pages; without legacy pages, everyone. */
    rollout: jsonb('rollout').$type<Rollout>().notNull().default({ mode: 'everyone' }),
  },
  // Something must serve every area: its module, its legacy pages, or both.
  (t) => [check('registry_entries_served', sql`${t.implementation} is not null or ${t.legacy} is not null`)],
);

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
 * The bytes of one module file as they arrive (PUT /admin-api/modules/:area/versions/:version/files/…):
 * the upload's row, then its chunks, and only at the end, in one short transaction, the module_files
 * row that refers to it. An upload no file refers to was refused, cut or replaced; src/storage/prune.ts
 * removes it (and by cascade its chunks). In the database, not on an instance's disk, so a version
 * uploaded through one instance is served by every other.
 */
export const moduleFileUploads = pgTable(
  'module_file_uploads',
  {
    id: randomId(),
    startedAt: timestamptz('started_at').notNull(),
  },
  (t) => [index('module_file_uploads_started_at_idx').on(t.startedAt)],
);

/** An upload's bytes in order, a chunk at a time (MODULE_FILE_CHUNK_BYTES, the last one shorter). */
export const moduleFileChunks = pgTable(
  'module_file_chunks',
  {
    uploadId: ownedBy('upload_id', () => moduleFileUploads.id),
    seq: integer('seq').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.uploadId, t.seq] }), check('module_file_chunks_seq', sql`${t.seq} >= 0`)],
);

/**
 * The module store: every file of every uploaded version (the build, its package.json), by its path
 * relative to the version's folder, as served at /modules/<area>/<version>/<path>. A file of a
 * published version (module_versions) is never written again; before publishing it may be replaced.
 */
export const moduleFiles = pgTable(
  'module_files',
  {
    ...moduleVersion(),
    path: text('path').notNull(),
    /** Where the bytes are: the chunks of this upload. */
    uploadId: uuid('upload_id')
      .notNull()
      .unique()
      .references(() => moduleFileUploads.id),
    size: integer('size').notNull(),
    /** As express.static would send it, from the file name (mime-types). */
    contentType: text('content_type').notNull(),
    /** `sha384-…` of the bytes: the Subresource Integrity publishing records, the ETag, and what a re-upload is compared with. */
    integrity: text('integrity').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.area, t.version, t.path] }), check('module_files_size', sql`${t.size} >= 0`)],
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
    /** Null only for a change of who gets what in an area that has no module yet. */
    after: jsonb('after').$type<FederatedImplementation | null>(),
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

/**
 * The same reports counted per clock hour, for the operators' page: a release going bad shows as a
 * chart climbing after its publishing. Hours older than the page shows are pruned.
 */
export const clientErrorHours = pgTable(
  'client_error_hours',
  {
    ...moduleVersion(),
    /** The hour's start (UTC, minutes and seconds zero). */
    hour: timestamptz('hour').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.area, t.version, t.hour] }), index('client_error_hours_hour_idx').on(t.hour)],
);

/**
 * A signed-in operator on the operators' page (/operators): never a citizen's session, and no
 * citizen's cookie opens it. The cookie carries a random id; only its SHA-256 is stored here, so a
 * read of this table signs nobody in.
 */
export const operatorSessions = pgTable(
  'operator_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    /** The admin token's name the operator signed in with: who made the changes they make. */
    operator: text('operator').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [index('operator_sessions_expires_at_idx').on(t.expiresAt)],
);
