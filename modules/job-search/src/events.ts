import type { JobSearch } from '@portal/shared-contracts/job-search';
import { areaEvent } from '@portal/ui-kit/page';

/**
 * The person's job seeking changed on the server: a registration, an assessment, a report of a
 * change or an ending was received, or a 409 made a form fetch the newest state. Every form of the
 * area fires it (bubbling and composed, so it leaves the form's shadow root); the area page listens
 * and renders the new state, so the front page is right when the person goes back to it without a
 * second request, and publishes `current-items.changed@1` for the shell's navigation and the
 * overview (so a form need not).
 */
export const JobSearchChangedEvent = areaEvent('job-search-changed', (jobSearch: JobSearch) => ({ jobSearch }));
export type JobSearchChangedEvent = InstanceType<typeof JobSearchChangedEvent>;

declare global {
  interface HTMLElementEventMap {
    'job-search-changed': JobSearchChangedEvent;
  }
}
