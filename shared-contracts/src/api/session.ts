import * as v from 'valibot';
import { LocaleSchema } from '../locale.js';

export const SessionPersonSchema = v.object({
  /** Opaque customer id; never the henkilötunnus, which stays out of the bus and URLs. */
  id: v.string(),
  firstName: v.string(),
  lastName: v.string(),
  displayName: v.string(),
  preferredLanguage: LocaleSchema,
});

/** GET /api/session */
export const SessionInfoSchema = v.variant('authenticated', [
  v.object({ authenticated: v.literal(false) }),
  v.object({ authenticated: v.literal(true), person: SessionPersonSchema }),
]);
export type SessionInfo = v.InferOutput<typeof SessionInfoSchema>;
export type SessionPerson = v.InferOutput<typeof SessionPersonSchema>;
