// Paths that stay on the portal however a browser reads them: a return address after sign-in, a
// legacy page's "navigate to", a registry entry's path. A string that starts with one "/" is not
// enough: "/\host" and "/<tab>/host" are "//host" to a browser (it reads a backslash as a slash and
// drops tabs and newlines), and "/.//host" or "/a/..//host" become "//host" once the dot segments
// are resolved, which the next hop (a Location header, an anchor) reads as another host.

const PROBE_ORIGIN = 'http://portal.invalid';
/** A backslash, a space or a control character: nothing a path of the portal's needs unencoded. */
function hasUnsafeCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f || code === 0x5c) return true;
  }
  return false;
}

/** Whether `value` is a path on this site that, resolved, still is one (and does not start with "//"). */
export function isPortalPath(value: string, maxLength = 2048): boolean {
  if (value.length > maxLength || !value.startsWith('/') || value.startsWith('//') || hasUnsafeCharacter(value)) return false;
  const resolved = resolvePortalPath(value);
  return resolved !== undefined && !resolved.startsWith('//');
}

/**
 * The path as the browser will request it (dot segments resolved, percent-encoding normalised), with
 * its query and fragment; undefined when it is not a path on this site (see isPortalPath).
 */
export function normalisePortalPath(value: string, maxLength = 2048): string | undefined {
  return isPortalPath(value, maxLength) ? resolvePortalPath(value) : undefined;
}

function resolvePortalPath(value: string): string | undefined {
  try {
    const url = new URL(value, PROBE_ORIGIN);
    return url.origin === PROBE_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : undefined;
  } catch {
    return undefined;
  }
}
