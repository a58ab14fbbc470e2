import { loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import { isPortalModule, type FederatedImplementation, type PortalModule } from '@portal/shared-contracts';

export const MODULE_LOAD_TIMEOUT_MS = 15_000;

export class ModuleLoadError extends Error {
  override readonly name = 'ModuleLoadError';
  constructor(
    readonly area: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Loads a module's PortalModule from the manifest the registry names, through the page's one
 * Module Federation runtime. `fresh` re-registers the remote, dropping a failed earlier attempt.
 */
export async function loadFederatedModule(
  area: string,
  implementation: FederatedImplementation,
  { fresh = false, timeoutMs = MODULE_LOAD_TIMEOUT_MS } = {},
): Promise<PortalModule> {
  const manifest = new URL(implementation.manifestUrl, window.location.href).href;
  registerRemotes([{ name: implementation.remoteName, entry: manifest }], { force: fresh });
  const request = `${implementation.remoteName}/${implementation.exposes.slice(2)}`;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ModuleLoadError(area, `Loading ${request} took over ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const loaded = await Promise.race([loadRemote<unknown>(request), timeout]);
    const candidate = (loaded as { default?: unknown } | null)?.default ?? loaded;
    if (!isPortalModule(candidate)) {
      throw new ModuleLoadError(area, `${request} does not export a PortalModule of contract version 1`);
    }
    return candidate;
  } catch (error) {
    throw error instanceof ModuleLoadError ? error : new ModuleLoadError(area, `Loading ${request} failed`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
