import * as v from 'valibot';
import { AreaIdSchema } from '../registry.js';

// What the public registry carries of the breaks (and the shell reads) is in maintenance-public.ts.
export * from '../maintenance-public.js';

/**
 * Maintenance breaks: the service description lets the provider suspend the service for a while
 * for maintenance or renewal. An operator schedules one for the whole portal (area null) or for one
 * area (`/admin-api/maintenance`, `npm run registry -- maintenance …`); the public registry carries
 * the breaks announced or going on (`maintenance` of GET /api/registry), and the backend refuses the
 * area's writes with 503 and Retry-After while one goes on.
 */

/** At most this many characters in each language of a break's message. */
export const MAINTENANCE_MESSAGE_MAX = 500;
/** Announced this many hours before its start unless the break says otherwise. */
export const DEFAULT_ANNOUNCE_HOURS = 48;
/** At most a month of announcement ahead of a break. */
export const MAINTENANCE_ANNOUNCE_HOURS_MAX = 720;
/** A break may last at most this many days: a longer suspension is not maintenance. */
export const MAINTENANCE_MAX_DAYS = 14;

/**
 * An instant as ISO 8601 with its offset (`2026-12-08T22:00:00+02:00`, `…Z`): a time without one
 * is ambiguous between the operator's zone and the server's, so it is refused.
 */
export function isOffsetDateTime(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
}
export const OffsetDateTimeSchema = v.pipe(v.string(), v.check(isOffsetDateTime, 'must be an ISO date and time with an offset'));

const MessageText = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(MAINTENANCE_MESSAGE_MAX, `must be at most ${MAINTENANCE_MESSAGE_MAX} characters`),
);

/** What the people affected read, in every language of the portal. */
export const MaintenanceMessageSchema = v.strictObject({ fi: MessageText, sv: MessageText, en: MessageText });

/** `POST /admin-api/maintenance` (a new break) and `PUT /admin-api/maintenance/:id` (a change of one). */
export const MaintenanceBreakInputSchema = v.pipe(
  v.strictObject({
    /** The area, or null for the whole portal. */
    area: v.nullable(AreaIdSchema),
    startsAt: OffsetDateTimeSchema,
    endsAt: OffsetDateTimeSchema,
    message: MaintenanceMessageSchema,
    /** How long before its start the break is announced on the front page and in the area. */
    announceHours: v.optional(
      v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAINTENANCE_ANNOUNCE_HOURS_MAX)),
      DEFAULT_ANNOUNCE_HOURS,
    ),
  }),
  v.forward(
    v.check((input) => Date.parse(input.endsAt) > Date.parse(input.startsAt), 'must be after the start'),
    ['endsAt'],
  ),
  v.forward(
    v.check(
      (input) => Date.parse(input.endsAt) - Date.parse(input.startsAt) <= MAINTENANCE_MAX_DAYS * 86_400_000,
      `must be at most ${MAINTENANCE_MAX_DAYS} days after the start`,
    ),
    ['endsAt'],
  ),
);
export type MaintenanceBreakInput = v.InferOutput<typeof MaintenanceBreakInputSchema>;

/** A break as operators see it. `cancelled`: taken back (or ended early), kept for its history. */
export const MaintenanceBreakSchema = v.object({
  id: v.string(),
  area: v.nullable(v.string()),
  startsAt: v.string(),
  endsAt: v.string(),
  announceHours: v.number(),
  message: MaintenanceMessageSchema,
  cancelled: v.boolean(),
});
export type MaintenanceBreak = v.InferOutput<typeof MaintenanceBreakSchema>;

export const MAINTENANCE_ADMIN_PATHS = {
  breaks: '/admin-api/maintenance',
  break: (id: string) => `/admin-api/maintenance/${encodeURIComponent(id)}`,
  /** POST: cancel a coming break, or end one going on now. */
  cancel: (id: string) => `/admin-api/maintenance/${encodeURIComponent(id)}/cancel`,
  /** POST: undo the break's latest change (itself recorded as a change, so undoing twice redoes). */
  undo: (id: string) => `/admin-api/maintenance/${encodeURIComponent(id)}/undo`,
} as const;
