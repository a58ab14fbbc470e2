// The few functions of `semver` (npm's own range checker, already in node_modules) that the
// publish-time compatibility check uses. @types/semver is not installed; this is its shape for them.
declare module 'semver' {
  interface Semver {
    /** The normalized version, or null when it is not a semantic version. */
    valid(version: string): string | null;
    /** The normalized range, or null when it is not a valid range. */
    validRange(range: string): string | null;
    satisfies(version: string, range: string, options?: { includePrerelease?: boolean }): boolean;
  }
  const semver: Semver;
  export default semver;
}
