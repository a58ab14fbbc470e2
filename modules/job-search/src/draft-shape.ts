// A draft comes back as whatever an earlier version of the form saved (DraftSchema gives only
// "an object"). These read one value defensively: the right type, or the fallback; never a throw.

export function draftString(value: unknown, fallback: string, maxLength = 5000): string {
  return typeof value === 'string' && value.length <= maxLength ? value : fallback;
}

export function draftBoolean(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** An array of strings, at most `maxItems`; anything else gives the fallback. */
export function draftStrings(value: unknown, fallback: string[], maxItems: number): string[] {
  return Array.isArray(value) && value.length <= maxItems && value.every((item) => typeof item === 'string' && item.length <= 5000)
    ? (value as string[])
    : fallback;
}

/** An array of plain objects, each read with `read`, at most `maxItems`. */
export function draftRecords<T>(value: unknown, fallback: T[], maxItems: number, read: (record: Record<string, unknown>) => T): T[] {
  if (!Array.isArray(value) || value.length > maxItems) return fallback;
  if (!value.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item))) return fallback;
  return (value as Record<string, unknown>[]).map(read);
}
