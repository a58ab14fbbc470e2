// The profile area ("Omat tiedot") as its elements share it: its id, where it lives, the APIs it
// reads, and the event its change report fires. Its shared words are in area.messages.ts.
import type { Profile } from '@portal/shared-contracts/profile';
import { areaEvent } from '@portal/ui-kit/page';

/** The area's id: the bus's `page.shown@1` and `current-items.changed@1`, the registry, the tag names' prefix. */
export const AREA = 'profile';

/** Where the area lives when nothing says otherwise (the shell sets `base-path`). */
export const DEFAULT_BASE_PATH = '/profile';

/** The profile API: the person's data, and their change reports (read as a history, sent as a report). */
export const PROFILE_PATHS = {
  profile: '/api/profile',
  changes: '/api/profile/changes',
} as const;

/** The profile as the server now has it, after a change or a conflict. */
export const ProfileChangedEvent = areaEvent('profile-changed', (profile: Profile) => ({ profile }));
export type ProfileChangedEvent = InstanceType<typeof ProfileChangedEvent>;

declare global {
  interface HTMLElementEventMap {
    'profile-changed': ProfileChangedEvent;
  }
}
