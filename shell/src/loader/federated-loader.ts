import { loadRemote, registerPlugins, registerRemotes } from '@module-federation/enhanced/runtime';
import { isPortalModule, type FederatedImplementation, type PortalModule } from '@portal/shared-contracts';
import type { IntegrityExpectations } from './integrity.js';
// Starts the page's federation runtime (with the shell's shared lit and contracts) as this chunk loads.
import './federation.js';

/**
 * Per attempt: a server that never answers is given up on after seconds, not the browser's minutes.
 * The person does not wait for all attempts: the area's notice comes after `AREA_NOTICE_AFTER_MS`
 * (routing/area-lifecycles.ts) while they go on.
 */
export const MODULE_LOAD_TIMEOUT_MS = 5_000;
/** Waits between attempts: a brief network hiccup or a deployment in progress gets another chance. */
export const MODULE_RETRY_DELAYS_MS = [500, 1_500] as const;

export class ModuleLoadError extends Error {
  override readonly name = 'ModuleLoadError';
  constructor(
    readonly area: string,
    message: string,
    options?: { cause?: unknown; contractMismatch?: boolean },
  ) {
    super(message, options);
    this.contractMismatch = options?.contractMismatch ?? false;
  }

  /** The files loaded but are not a PortalModule: retrying cannot help. */
  readonly contractMismatch: boolean;
}

let integrity: Promise<IntegrityExpectations> | undefined;

/**
 * The integrity plugin, registered once, when the first published module version loads: loaded
 * then, so the signed-out front page (which loads no module) does not carry it. A failed download
 * of it is tried again with the module's next attempt; the module is never loaded unchecked.
 */
function integrityExpectations(): Promise<IntegrityExpectations> {
  integrity ??= import('./integrity.js').then(
    ({ IntegrityExpectations, integrityPlugin }) => {
      const expectations = new IntegrityExpectations();
      registerPlugins([integrityPlugin(expectations)]);
      return expectations;
    },
    (error: unknown) => {
      integrity = undefined;
      throw error;
    },
  );
  return integrity;
}

/** A remote's default export, if it has one (a module may also expose the PortalModule itself). */
function defaultExport(loaded: unknown): unknown {
  return typeof loaded === 'object' && loaded !== null && 'default' in loaded ? loaded.default : undefined;
}

/**
 * Loads a module's PortalModule from the manifest the registry names, through the page's one
 * Module Federation runtime. `fresh` re-registers the remote, dropping a failed earlier attempt.
 * A published version's files are checked by the browser against the registry's hashes; bytes that
 * do not match fail like a failed download (the same bounded attempts, then the area's notice).
 */
async function loadOnce(
  area: string,
  implementation: FederatedImplementation,
  { fresh = false, timeoutMs = MODULE_LOAD_TIMEOUT_MS } = {},
): Promise<PortalModule> {
  const manifest = new URL(implementation.manifestUrl, window.location.href).href;
  const request = `${implementation.remoteName}/${implementation.exposes.slice(2)}`;
  const load = async (): Promise<unknown> => {
    if (implementation.integrity) (await integrityExpectations()).add(implementation, manifest);
    registerRemotes([{ name: implementation.remoteName, entry: manifest }], { force: fresh });
    return loadRemote<unknown>(request);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ModuleLoadError(area, `Loading ${request} took over ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const loaded = await Promise.race([load(), timeout]);
    const candidate = defaultExport(loaded) ?? loaded;
    if (!isPortalModule(candidate)) {
      throw new ModuleLoadError(area, `${request} does not export a PortalModule of contract version 1`, { contractMismatch: true });
    }
    return candidate;
  } catch (error) {
    throw error instanceof ModuleLoadError ? error : new ModuleLoadError(area, `Loading ${request} failed`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/** Loads started ahead of the person's click (routing/prefetch.ts), by area and manifest. */
const ahead = new Map<string, Promise<PortalModule>>();

const aheadKey = (area: string, implementation: FederatedImplementation) => `${area} ${implementation.manifestUrl}`;

/**
 * Starts loading an area's module before it is asked for: the person pointed at or focused a link
 * to it. The load the click then starts takes this one over; a failed one is forgotten, and the
 * click loads the module with its own attempts.
 */
export function prefetchFederatedModule(area: string, implementation: FederatedImplementation): void {
  const key = aheadKey(area, implementation);
  if (ahead.has(key)) return;
  const loading = loadOnce(area, implementation);
  ahead.set(key, loading);
  loading.catch(() => {
    if (ahead.get(key) === loading) ahead.delete(key);
  });
}

/**
 * Loads a module with retries and backoff. A contract mismatch is not retried (the same files would
 * fail the same way); a failed or slow download is, each time with a fresh registration of the
 * remote so the runtime does not reuse the failed attempt.
 */
export async function loadFederatedModule(
  area: string,
  implementation: FederatedImplementation,
  { fresh = false, timeoutMs = MODULE_LOAD_TIMEOUT_MS, retryDelaysMs = MODULE_RETRY_DELAYS_MS as readonly number[] } = {},
): Promise<PortalModule> {
  let lastError: unknown;
  let firstAttempt = 0;
  const early = fresh ? undefined : ahead.get(aheadKey(area, implementation));
  if (early) {
    try {
      return await early;
    } catch (error) {
      // The load started ahead was this load's first attempt: the rest follow with fresh
      // registrations, so a hanging server gets the same attempts in all, prefetched or not.
      if (error instanceof ModuleLoadError && error.contractMismatch) throw error;
      lastError = error;
      fresh = true;
      firstAttempt = 1;
    }
  }
  for (let attempt = firstAttempt; attempt <= retryDelaysMs.length; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, retryDelaysMs[attempt - 1]));
    try {
      return await loadOnce(area, implementation, { fresh: fresh || attempt > 0, timeoutMs });
    } catch (error) {
      lastError = error;
      if (error instanceof ModuleLoadError && error.contractMismatch) break;
      console.warn(`Loading service area "${area}" failed (attempt ${attempt + 1})`, error);
    }
  }
  throw lastError;
}
