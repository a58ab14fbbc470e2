import * as v from 'valibot';

/**
 * A break as the public registry carries it (`maintenance` of GET /api/registry): announced
 * (`startsAt` still ahead) or going on. The shell reads it only in its lazily loaded maintenance
 * chunk. Apart from the operators' schemas (api/maintenance.ts) on purpose: the shell's chunks
 * share one copy of valibot, so every valibot function the chunk used would be added to the front
 * page's bytes; this file uses only the ones the registry's schema already does.
 */
export const PublicMaintenanceSchema = v.object({
  area: v.nullable(v.string()),
  startsAt: v.string(),
  endsAt: v.string(),
  message: v.object({ fi: v.string(), sv: v.string(), en: v.string() }),
});
export type PublicMaintenance = v.InferOutput<typeof PublicMaintenanceSchema>;
export const PublicMaintenanceListSchema = v.array(PublicMaintenanceSchema);

/** Whether a break is going on at `now` (its start reached, its end not). */
export function isActive(item: Pick<PublicMaintenance, 'startsAt' | 'endsAt'>, now: number): boolean {
  return Date.parse(item.startsAt) <= now && now < Date.parse(item.endsAt);
}

/** Whether a break applies to an area: its own, or the whole portal's. */
export function appliesTo(item: Pick<PublicMaintenance, 'area'>, area: string): boolean {
  return item.area === null || item.area === area;
}

/** The break that keeps an area out of use at `now`, if any: of several, the one that ends last. */
export function activeBreakFor<T extends PublicMaintenance>(items: readonly T[], area: string, now: number): T | undefined {
  return items
    .filter((item) => appliesTo(item, area) && isActive(item, now))
    .sort((a, b) => Date.parse(b.endsAt) - Date.parse(a.endsAt))[0];
}
