// Errors a module throws after it has mounted (an event handler, a timer, a rejected promise) reach
// only `window`. They are reported as the module's only when the error itself says it came from the
// module's files: the shell's own errors, and errors nobody can place ("Script error." from another
// origin), are never counted against a module version.
import { isFederated, type RegistryEntry } from '@portal/shared-contracts';
import { reportLater, type ReportFn } from './report-later.js';

export interface CodeLocation {
  readonly area: string;
  readonly version: string;
  /** URL prefixes the module's files are served under. */
  readonly prefixes: readonly string[];
}

/**
 * Where each area's code comes from: the folder of its manifest (chunks are loaded relative to it)
 * and `/modules/<area>/` on the portal's origin, where the backend serves module builds. A manifest
 * at the root of the portal's own origin would make every file the module's, so that prefix is never
 * used.
 */
export function codeLocations(entries: readonly RegistryEntry[], base: string): CodeLocation[] {
  const origin = new URL(base).origin;
  return entries.filter(isFederated).map((entry) => {
    const prefixes = new Set([`${origin}/modules/${entry.area}/`]);
    try {
      const folder = new URL('.', new URL(entry.implementation.manifestUrl, base)).href;
      if (folder !== `${origin}/`) prefixes.add(folder);
    } catch {
      // An unparseable manifest URL cannot have loaded anything.
    }
    return { area: entry.area, version: entry.implementation.version, prefixes: [...prefixes] };
  });
}

/**
 * The area whose files appear first in `text` (a file name, then a stack, top frame first), or
 * undefined. The first one wins: a module's frame above the shell's or lit's is where it broke.
 */
export function attributeToArea(text: string, locations: readonly CodeLocation[]): CodeLocation | undefined {
  let found: CodeLocation | undefined;
  let foundAt = Number.POSITIVE_INFINITY;
  for (const location of locations) {
    for (const prefix of location.prefixes) {
      const at = text.indexOf(prefix);
      if (at !== -1 && at < foundAt) {
        found = location;
        foundAt = at;
      }
    }
  }
  return found;
}

function stackOf(value: unknown): string {
  if (typeof value !== 'object' || value === null || !('stack' in value)) return '';
  return typeof value.stack === 'string' ? value.stack : '';
}

/**
 * Listens for uncaught errors and unhandled rejections on `target` and reports the ones that point
 * into a module's files as kind `runtime`. Returns a function that stops listening.
 */
export function watchModuleErrors(
  entries: readonly RegistryEntry[],
  {
    base = window.location.href,
    target = window as EventTarget,
    report = reportLater,
  }: { base?: string; target?: EventTarget; report?: ReportFn } = {},
): () => void {
  const locations = codeLocations(entries, base);
  const consider = (where: string, error: unknown): void => {
    try {
      const location = attributeToArea(where, locations);
      if (location) report({ area: location.area, version: location.version, kind: 'runtime', error });
    } catch {
      // Reporting never throws into the page (an error with a hostile `stack` getter included).
    }
  };
  const onError = (event: ErrorEvent): void => {
    let where = '';
    try {
      where = `${event.filename ?? ''}\n${stackOf(event.error)}`;
    } catch {
      return;
    }
    consider(where, event.error ?? event.message);
  };
  const onRejection = (event: PromiseRejectionEvent): void => {
    let where = '';
    try {
      where = stackOf(event.reason);
    } catch {
      return;
    }
    consider(where, event.reason);
  };
  // The events are ErrorEvent and PromiseRejectionEvent on `window`; EventTarget's listener type is generic.
  const listeners = [
    ['error', onError as EventListener],
    ['unhandledrejection', onRejection as EventListener],
  ] as const;
  for (const [type, listener] of listeners) target.addEventListener(type, listener);
  return () => {
    for (const [type, listener] of listeners) target.removeEventListener(type, listener);
  };
}
