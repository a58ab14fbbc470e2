import * as v from 'valibot';
import { LocalizedTextSchema } from './locale.js';
import { isPortalPath } from './portal-path.js';

export const AreaIdSchema = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case slug'));

/** A path of the portal (never one a browser reads as another host: see isPortalPath), or an http(s) URL. */
const UrlOrPath = v.pipe(
  v.string(),
  v.check((value) => isPortalPath(value) || isHttpUrl(value), 'must be an absolute path or an http(s) URL'),
);

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && value.startsWith(`${url.protocol}//`);
  } catch {
    return false;
  }
}

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

/**
 * A custom element's tag name as this portal writes them: lower-case ASCII words joined by hyphens,
 * at least two of them (`career-radar-app`), at most 100 characters. Stricter than HTML's rule, which
 * also admits dots, underscores and non-ASCII letters, so a name is also safe in a CSS selector and a
 * URL; the lookahead refuses the names HTML reserves (customElements.define throws for them). Kept
 * small: the shell parses the registry with it on every page.
 */
export const CustomElementNameSchema = v.pipe(
  v.string(),
  v.regex(
    /^(?!(?:annotation-xml|color-profile|font-face(?:-src|-uri|-format|-name)?|missing-glyph)$)(?=.{3,100}$)[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/,
    'must be a custom element name such as "career-radar-app"',
  ),
);

/**
 * An element a partner site may put into its own pages (`<script type="module" src=".../embed.js">`
 * and the element): declared in the module's package.json (`"portal": { "embeddable": [...] }`).
 * `requiresAuth`: the element needs a signed-in person; on another origin the embedding kit shows
 * a notice with a link to the portal instead of it.
 */
export const EmbeddableElementSchema = v.object({
  element: CustomElementNameSchema,
  requiresAuth: v.boolean(),
});

/** Every embeddable element of one module version, each once. */
export const EmbeddableElementsSchema = v.pipe(
  v.array(EmbeddableElementSchema),
  v.maxLength(50, 'must list at most 50 elements'),
  v.check((items) => new Set(items.map((item) => item.element)).size === items.length, 'must name each element once'),
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
  /** Present for a version published to the module store; a local build (development) has none. */
  integrity: v.optional(ModuleIntegritySchema),
  /**
   * The elements of this version that partner sites may embed (its package.json's
   * `portal.embeddable`). Per version, not per area, so a rollback takes it back with the files.
   * Their entry is `embed/embed.js` beside the manifest (EMBED_ENTRY in embed.ts). Absent: none.
   */
  embeddable: v.optional(EmbeddableElementsSchema),
});

// An embeddable element is named after its area (`<area>-…`): the backend checks that where the list
// comes in (the seed, publishing), not here, to keep the shell's copy of this schema small.
/**
 * A service area still served by the legacy Oma asiointi: the shell's legacy adapter shows the page
 * in an iframe inside the portal. The part of the portal's URL below the area's route is appended
 * to `url` (`/offers/123` → `<url>/123`), so the portal's URLs stay the same whichever
 * implementation serves the area.
 */
export const LegacyImplementationSchema = v.object({
  kind: v.literal('legacy'),
  url: UrlOrPath,
});

export const RegistryEntrySchema = v.object({
  area: AreaIdSchema,
  /** URL prefix of the area; the overview owns "/". Stays the same whichever implementation serves it. */
  route: v.pipe(v.string(), v.startsWith('/')),
  names: LocalizedTextSchema,
  /** Position in the navigation; null keeps the area out of it. */
  navOrder: v.nullable(v.number()),
  requiresAuth: v.boolean(),
  /**
   * What serves the area for this person now: the registry answer is resolved per request from the
   * area's implementations and rollout (see api/registry-admin.ts).
   */
  implementation: v.variant('kind', [FederatedImplementationSchema, LegacyImplementationSchema]),
  /**
   * While an area migrates, a person served by its module still has its legacy pages to fall back
   * on: the shell's failure notice offers them if the module does not load.
   */
  fallback: v.optional(LegacyImplementationSchema),
  /** Where the overview asks this area for its current items (see current-items.ts); null if it has none. */
  currentItemsUrl: v.nullable(UrlOrPath),
});

export const RegistrySchema = v.object({
  schemaVersion: v.literal(1),
  areas: v.array(RegistryEntrySchema),
  /**
   * Maintenance breaks announced or going on (api/maintenance.ts's PublicMaintenanceSchema). Only
   * checked to be a list here: the shell's lazily loaded maintenance chunk parses the items, so the
   * front page's main chunk does not carry their schema.
   */
  maintenance: v.optional(v.array(v.unknown())),
});

export type RegistryEntry = v.InferOutput<typeof RegistryEntrySchema>;
export type Registry = v.InferOutput<typeof RegistrySchema>;
export type FederatedImplementation = v.InferOutput<typeof FederatedImplementationSchema>;
export type LegacyImplementation = v.InferOutput<typeof LegacyImplementationSchema>;

/** An entry served by a federated module (for this person): what loading and error reporting need. */
export type FederatedEntry = RegistryEntry & { readonly implementation: FederatedImplementation };

export function isFederated(entry: RegistryEntry): entry is FederatedEntry {
  return entry.implementation.kind === 'federated';
}
export type ModuleIntegrity = v.InferOutput<typeof ModuleIntegritySchema>;
export type EmbeddableElement = v.InferOutput<typeof EmbeddableElementSchema>;
