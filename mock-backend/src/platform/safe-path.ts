import { isAbsolute, resolve, sep } from 'node:path';
import { normalisePortalPath } from '@portal/shared-contracts';

const MAX_PATH_LENGTH = 2048;

/**
 * Where to send the browser next (after sign-in, after the IdP's logout): only a path of this site,
 * as the contracts' isPortalPath reads one (no "//host", "/\host", "/<tab>/host", "/.//host"…),
 * resolved as the browser will resolve it. Anything else gives "/".
 */
export function safeReturnTo(value: unknown): string {
  return (typeof value === 'string' ? normalisePortalPath(value, MAX_PATH_LENGTH) : undefined) ?? '/';
}

/**
 * `relative` resolved inside `root`, or undefined when it would leave it: an absolute path, a ".."
 * segment, a backslash (a separator on Windows, a trick elsewhere), a NUL or other control
 * character. For file names that come from data (a module's manifest), never from the OS.
 */
export function resolveInside(root: string, relative: string): string | undefined {
  if (relative === '' || relative.length > MAX_PATH_LENGTH || /[\\\u0000-\u001f\u007f]/.test(relative)) return undefined;
  if (isAbsolute(relative) || relative.split('/').some((segment) => segment === '..' || segment === '.' || segment === ''))
    return undefined;
  const base = resolve(root);
  const resolved = resolve(base, relative);
  return resolved.startsWith(`${base}${sep}`) ? resolved : undefined;
}
