import * as v from 'valibot';
import { isValidHetu } from '../hetu.js';
import { FederatedImplementationSchema, LegacyImplementationSchema } from '../registry.js';

/**
 * The operators' view of an area's implementations (`/admin-api/registry`, `npm run registry`):
 * an area may have a legacy implementation (the old Oma asiointi pages) and a federated module, and
 * a rollout says who gets the module; everyone else gets the legacy pages. The public registry
 * (`GET /api/registry`) is this resolved for the person asking, on every page load, so a switch
 * needs no build of the shell or of any module.
 */
export const ROLLOUT_MODES = ['everyone', 'nobody', 'percentage', 'persons'] as const;
export type RolloutMode = (typeof ROLLOUT_MODES)[number];

const Hetu = v.pipe(v.string(), v.check(isValidHetu, 'must be a valid henkilötunnus'));

export const RolloutSchema = v.variant('mode', [
  /** Everyone gets the module. */
  v.strictObject({ mode: v.literal('everyone') }),
  /** Nobody does: the legacy pages serve everyone. */
  v.strictObject({ mode: v.literal('nobody') }),
  /**
   * This share of persons get the module, each always the same answer (a hash of the area and the
   * person's id decides), so nobody flips between the two from one page load to the next.
   */
  v.strictObject({ mode: v.literal('percentage'), percentage: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)) }),
  /** Only these (test) persons, by henkilötunnus, get the module. */
  v.strictObject({ mode: v.literal('persons'), persons: v.pipe(v.array(Hetu), v.minLength(1), v.maxLength(1000)) }),
]);
export type Rollout = v.InferOutput<typeof RolloutSchema>;

/** An area as operators see it: both implementations and the rollout between them. */
export const AreaImplementationsSchema = v.object({
  area: v.string(),
  /** Null while the area has only its legacy pages: its first publish gives it a module. */
  federated: v.nullable(FederatedImplementationSchema),
  legacy: v.nullable(LegacyImplementationSchema),
  rollout: RolloutSchema,
});
export type AreaImplementations = v.InferOutput<typeof AreaImplementationsSchema>;

/** `PUT /admin-api/registry/:area/rollout`: the new rollout. */
export const RolloutChangeSchema = v.strictObject({ rollout: RolloutSchema });
export type RolloutChange = v.InferOutput<typeof RolloutChangeSchema>;

/** `PUT /admin-api/registry/:area/legacy`: the area's legacy implementation, or null for none. */
export const LegacyChangeSchema = v.strictObject({ legacy: v.nullable(LegacyImplementationSchema) });
export type LegacyChange = v.InferOutput<typeof LegacyChangeSchema>;

export const REGISTRY_ADMIN_PATHS = {
  areas: '/admin-api/registry',
  area: (area: string) => `/admin-api/registry/${encodeURIComponent(area)}`,
  rollout: (area: string) => `/admin-api/registry/${encodeURIComponent(area)}/rollout`,
  legacy: (area: string) => `/admin-api/registry/${encodeURIComponent(area)}/legacy`,
  /** POST: undo the area's latest change, whatever it was (itself recorded as a change). */
  undo: (area: string) => `/admin-api/registry/${encodeURIComponent(area)}/undo`,
} as const;
