// The person's reports of changes of basic data as the details page lists them, and where the
// export of their data is. Apart from the report's rules (profile-change.ts), so the details page,
// which shows these, does not download the rules of a report it does not send.
import * as v from 'valibot';
import { CalendarDate } from './calendar-date.js';

export const PROFILE_CHANGE_FIELDS = ['address', 'phone', 'email', 'preferredLanguage', 'contactChannel'] as const;

/** GET /api/profile/changes: the person's change reports, newest first (what changed, not the values). */
export const ProfileChangeHistorySchema = v.object({
  items: v.array(
    v.object({
      id: v.string(),
      receivedAt: v.pipe(v.string(), v.isoTimestamp()),
      effectiveDate: CalendarDate,
      changed: v.array(v.picklist(PROFILE_CHANGE_FIELDS)),
      /** `pending` until its effective date has come. */
      status: v.picklist(['applied', 'pending']),
    }),
  ),
});
export type ProfileChangeHistory = v.InferOutput<typeof ProfileChangeHistorySchema>;

/** GET /api/profile/export: everything held on the person, as a downloadable JSON file (GDPR art. 15). */
export const PROFILE_EXPORT_PATH = '/api/profile/export';
