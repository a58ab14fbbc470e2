// The area's page below its front page, its own chunk, loaded when its route is opened: most visits
// only look at the details, and the change report carries the form's code and styles.
import { areaPages } from '@portal/ui-kit/page';

const pages = areaPages('profile-app', {
  'profile-change-form': () => import('./profile-change-form/profile-change-form.js').then((m) => m.ProfileChangeForm),
});

export type PageElement = Parameters<typeof pages.define>[0];

/** Every element of the area: the root and its pages. */
export const PROFILE_ELEMENTS = pages.elements;

/** Loads a page's chunk and defines its element; a second call, or an element already defined, is a no-op. */
export const definePageElement = pages.define;
