// Subresource Integrity for modules published to the module store. The registry carries the SHA-384
// of a version's manifest and of every script file its manifest names (computed by the backend at
// publish time); this Module Federation runtime plugin hands them to the browser, which refuses
// bytes that do not match: `fetch(manifest, { integrity })` and `<script integrity crossorigin>` for
// remoteEntry and the chunks the runtime preloads. Chunks the module's own runtime loads carry the
// hashes its build wrote into remoteEntry (rspack's SubresourceIntegrityPlugin), so one checked
// remoteEntry vouches for the rest.
import type { ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';
import type { FederatedImplementation } from '@portal/shared-contracts';

export const INTEGRITY_PLUGIN_NAME = 'portal-integrity';

/**
 * A well-formed sha384 value that no file has (a digest of zero bits). A script of a module with
 * hashes that the registry does not name gets it: the browser then refuses that script, where an
 * absent or malformed value would let it run unchecked.
 */
export const NEVER_MATCHES = `sha384-${'A'.repeat(64)}`;

/** The hashes of the module versions this page has been told to load, by absolute URL. */
export class IntegrityExpectations {
  readonly #byUrl = new Map<string, string>();
  readonly #guardedRemotes = new Set<string>();

  /** Notes an implementation's hashes; `manifestUrl` is absolute, file names are relative to it. */
  add(implementation: FederatedImplementation, manifestUrl: string): void {
    const { integrity } = implementation;
    if (!integrity) return;
    this.#guardedRemotes.add(implementation.remoteName);
    this.#byUrl.set(manifestUrl, integrity.manifest);
    for (const [file, hash] of Object.entries(integrity.files)) this.#byUrl.set(new URL(file, manifestUrl).href, hash);
  }

  /**
   * The integrity value to load `url` with: its hash, NEVER_MATCHES for any other file of a module
   * that has hashes, and undefined for a module without them (a local development build).
   */
  expectedFor(url: string, remoteName: string | undefined): string | undefined {
    const hash = this.#byUrl.get(new URL(url, document.baseURI).href);
    if (hash !== undefined) return hash;
    return remoteName !== undefined && this.#guardedRemotes.has(remoteName) ? NEVER_MATCHES : undefined;
  }
}

export function integrityPlugin(expectations: IntegrityExpectations): ModuleFederationRuntimePlugin {
  return {
    name: INTEGRITY_PLUGIN_NAME,
    // The runtime fetches a remote's manifest through this hook; undefined lets it fetch as usual.
    fetch(url, init, remoteInfo) {
      const integrity = expectations.expectedFor(url, remoteInfo?.name);
      return integrity === undefined ? undefined : fetch(url, { ...init, integrity });
    },
    // remoteEntry and the preloaded chunks of the exposed module; the runtime uses the element we
    // return as it is. `crossorigin` is what makes the browser check integrity at all.
    createScript({ url, remoteInfo }) {
      const integrity = expectations.expectedFor(url, remoteInfo?.name);
      if (integrity === undefined) return undefined;
      const script = document.createElement('script');
      script.crossOrigin = 'anonymous';
      script.integrity = integrity;
      // A plain string, admitted (or refused) by the shell's default Trusted Types policy.
      script.src = url;
      return script;
    },
  };
}
