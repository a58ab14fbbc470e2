import * as v from 'valibot';
import { LocalizedTextSchema } from './locale.js';

export const AreaIdSchema = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case slug'));

const UrlOrPath = v.pipe(
  v.string(),
  v.check((value) => value.startsWith('/') || /^https?:\/\//.test(value), 'must be an absolute path or an http(s) URL'),
);

/** `sha384-` and the base64 of a SHA-384 digest: a Subresource Integrity value the browser checks. */
const SriSchema = v.pipe(v.string(), v.regex(/^sha384-[A-Za-z0-9+/]{64}$/, 'must be a sha384 Subresource Integrity value'));

/** A file path relative to the manifest (`remoteEntry.1a2b3c4d.js`, `static/x.js`): no leading "/", no "..". */
const RelativeFileSchema = v.pipe(v.string(), v.regex(/^(?!.*\.\.)[\w.~-]+(?:\/[\w.~-]+)*$/, 'must be a path below the manifest'));

/**
 * What the browser must find when it downloads a published module version: the SRI hash of the
 * manifest and of every JavaScript file the manifest names, computed by the backend when the
 * version was published. The shell hands them to the browser (fetch `integrity`, `<script
 * integrity>`), which refuses bytes that do not match.
 */
export const ModuleIntegritySchema = v.object({
  manifest: SriSchema,
  files: v.record(RelativeFileSchema, SriSchema),
});

/** A service area served by a federated module: the shell loads `exposes` from the manifest at run time. */
export const FederatedImplementationSchema = v.object({
  kind: v.literal('federated'),
  /** The Module Federation container name (the remote's `name`). */
  remoteName: v.pipe(v.string(), v.regex(/^[a-z_][a-z0-9_]*$/i, 'must be a valid container name')),
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+(?:-[0-9a-z.-]+)?$/i, 'must be a semantic version')),
  manifestUrl: UrlOrPath,
  /** The exposed path that default-exports the module's PortalModule. */
  exposes: v.pipe(v.string(), v.startsWith('./')),
  /** Present for a version published to the module store; a local build (development) has none. */
  integrity: v.optional(ModuleIntegritySchema),
});

export const RegistryEntrySchema = v.object({
  area: AreaIdSchema,
  /** URL prefix of the area; the overview owns "/". Stays the same whichever implementation serves it. */
  route: v.pipe(v.string(), v.startsWith('/')),
  names: LocalizedTextSchema,
  /** Position in the navigation; null keeps the area out of it. */
  navOrder: v.nullable(v.number()),
  requiresAuth: v.boolean(),
  implementation: v.variant('kind', [FederatedImplementationSchema]),
  /** Where the overview asks this area for its current items (see current-items.ts); null if it has none. */
  currentItemsUrl: v.nullable(UrlOrPath),
});

export const RegistrySchema = v.object({
  schemaVersion: v.literal(1),
  areas: v.array(RegistryEntrySchema),
});

export type RegistryEntry = v.InferOutput<typeof RegistryEntrySchema>;
export type Registry = v.InferOutput<typeof RegistrySchema>;
export type FederatedImplementation = v.InferOutput<typeof FederatedImplementationSchema>;
export type ModuleIntegrity = v.InferOutput<typeof ModuleIntegritySchema>;
