import * as v from 'valibot';
import { LocalizedTextSchema } from './locale.js';

export const AreaIdSchema = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case slug'));

const UrlOrPath = v.pipe(
  v.string(),
  v.check((value) => value.startsWith('/') || /^https?:\/\//.test(value), 'must be an absolute path or an http(s) URL'),
);

/** A service area served by a federated module: the shell loads `exposes` from the manifest at run time. */
export const FederatedImplementationSchema = v.object({
  kind: v.literal('federated'),
  /** The Module Federation container name (the remote's `name`). */
  remoteName: v.pipe(v.string(), v.regex(/^[a-z_][a-z0-9_]*$/i, 'must be a valid container name')),
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+(?:-[0-9a-z.-]+)?$/i, 'must be a semantic version')),
  manifestUrl: UrlOrPath,
  /** The exposed path that default-exports the module's PortalModule. */
  exposes: v.pipe(v.string(), v.startsWith('./')),
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
