// A Module Federation runtime plugin that notices when a module gets a shared singleton (lit, the
// contracts) at a version outside the range it was built for. Publishing checks this first; if a
// mismatch still reaches a browser, the page keeps running with the one copy it has (a second lit or
// a second bus would be worse), and the developer console says plainly what was expected.
import { registerGlobalPlugins, satisfy, type ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';
import { isFederated, type FederatedEntry, type RegistryEntry } from '@portal/shared-contracts';
import { reportLater, type ReportFn } from './report-later.js';

export const SHARED_MISMATCH_PLUGIN_NAME = 'portal-shared-mismatch';

/** The part of the runtime's `resolveShare` arguments the check reads. */
export interface ResolvedShare {
  readonly pkgName: string;
  /** The version the page shares (the singleton already chosen). */
  readonly version: string;
  readonly shareInfo: {
    /** The container asking: a module's remote name, or the shell's own. */
    readonly from?: string;
    readonly shareConfig?: { readonly singleton?: boolean; readonly requiredVersion?: string | false };
  };
}

export interface SharedMismatch {
  readonly area: string;
  readonly version: string;
  readonly pkgName: string;
  readonly required: string;
  readonly provided: string;
}

/** A module's singleton that does not satisfy its range, or undefined when all is well or not a module's. */
export function findMismatch(args: ResolvedShare, modules: ReadonlyMap<string, FederatedEntry>): SharedMismatch | undefined {
  const { pkgName, version, shareInfo } = args;
  const required = shareInfo.shareConfig?.requiredVersion;
  const entry = shareInfo.from === undefined ? undefined : modules.get(shareInfo.from);
  if (!entry || !shareInfo.shareConfig?.singleton || typeof required !== 'string' || !version) return undefined;
  if (satisfy(version, required)) return undefined;
  return { area: entry.area, version: entry.implementation.version, pkgName, required, provided: version };
}

export function mismatchMessage(m: SharedMismatch): string {
  return `Module ${m.area} ${m.version} asked for ${m.pkgName} ${m.required}; the page shares ${m.pkgName} ${m.provided}. It may misbehave; the portal keeps running.`;
}

/**
 * Says so once per module and package: `console.warn` for the developer, and a `shared-mismatch`
 * report for the module version's error counts. The runtime's own choice (the page's singleton)
 * stands; the hook only looks.
 */
export function sharedMismatchPlugin(
  entries: readonly RegistryEntry[],
  { report = reportLater, warn = console.warn }: { report?: ReportFn; warn?: (message: string) => void } = {},
): ModuleFederationRuntimePlugin {
  const modules = new Map(entries.filter(isFederated).map((entry) => [entry.implementation.remoteName, entry]));
  const told = new Set<string>();
  return {
    name: SHARED_MISMATCH_PLUGIN_NAME,
    resolveShare(args) {
      try {
        const mismatch = findMismatch(args, modules);
        const key = mismatch && `${mismatch.area}\n${mismatch.pkgName}`;
        if (mismatch && key && !told.has(key)) {
          told.add(key);
          const message = mismatchMessage(mismatch);
          warn(message);
          report({ area: mismatch.area, version: mismatch.version, kind: 'shared-mismatch', message });
        }
      } catch {
        // Looking must never break the loading it looks at.
      }
      return args;
    },
  };
}

/**
 * Registered globally, not on the shell's runtime instance: each module's container makes its own
 * instance when its remote entry runs, and it is that instance which resolves the module's shared
 * packages. Global plugins are given to every instance made afterwards.
 */
export function watchSharedMismatches(entries: readonly RegistryEntry[]): void {
  try {
    registerGlobalPlugins([sharedMismatchPlugin(entries)]);
  } catch {
    // Without the check, modules load as they would anyway; the runtime still logs its own warning.
  }
}
