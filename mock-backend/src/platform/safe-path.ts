import { isAbsolute, resolve, sep } from 'node:path';

const MAX_PATH_LENGTH = 2048;
const PROBE_ORIGIN = 'http://portal.invalid';

/**
 * Where to send the browser next (after sign-in, after the IdP's logout): only a path of this site.
 * "//host" and "/\host" are other hosts to a browser, and browsers drop tabs and newlines from URLs
 * ("/\t/host" becomes "//host"), so control characters and backslashes are refused outright; the
 * URL parser has the last word. Anything else gives "/".
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > MAX_PATH_LENGTH) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) return '/';
  try {
    const url = new URL(value, PROBE_ORIGIN);
    return url.origin === PROBE_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : '/';
  } catch {
    return '/';
  }
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
