/**
 * What a federated module exposes. The shell imports the registry entry's `exposes` path and
 * expects its default export to be a PortalModule; a module never imports the shell.
 */
export const MODULE_CONTRACT_VERSION = 1;

/** Where every module exposes its PortalModule (config/rspack.mjs builds them so). */
export const MODULE_EXPOSES = './app';

/**
 * A module's Module Federation container name, from its area (`job-search` → `portal_job_search`),
 * as config/rspack.mjs names it: what the registry expects of an area's first module.
 */
export function containerNameOf(area: string): string {
  return `portal_${area.replaceAll('-', '_')}`;
}

export interface ModuleMountProps {
  /** The single-spa application name, `area:<area>`. */
  readonly name: string;
  readonly area: string;
  /** The area's URL prefix, e.g. "/profile"; the module routes below it. */
  readonly basePath: string;
  /** The container the shell gives the module; the module renders only inside it. */
  readonly domElement: HTMLElement;
}

/** A single-spa lifecycle function. Structural, so contracts do not depend on single-spa. */
export type LifecycleFn = (props: ModuleMountProps) => Promise<unknown>;

export interface PortalModule {
  readonly contractVersion: typeof MODULE_CONTRACT_VERSION;
  readonly bootstrap: LifecycleFn;
  readonly mount: LifecycleFn;
  readonly unmount: LifecycleFn;
  /** The custom elements the module defines, for embedding and for the docs. */
  readonly elements: readonly string[];
}

export function isPortalModule(value: unknown): value is PortalModule {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    candidate['contractVersion'] === MODULE_CONTRACT_VERSION &&
    typeof candidate['bootstrap'] === 'function' &&
    typeof candidate['mount'] === 'function' &&
    typeof candidate['unmount'] === 'function' &&
    Array.isArray(candidate['elements'])
  );
}
