// The area's page below its front page, its own chunk, loaded when its route is opened: most visits
// only look at the details, and the change report carries the form's code and styles.
import { defineElement } from '@portal/shared-contracts';

const PAGE_LOADERS = {
  'profile-change-form': () => import('./profile-change-form/profile-change-form.js').then((m) => m.ProfileChangeForm),
} as const satisfies Record<string, () => Promise<CustomElementConstructor>>;

export type PageElement = keyof typeof PAGE_LOADERS;

/** Every element of the area: the root and its pages. */
export const PROFILE_ELEMENTS = ['profile-app', ...(Object.keys(PAGE_LOADERS) as PageElement[])] as const;

/** Loads a page's chunk and defines its element; a second call, or an element already defined, is a no-op. */
export async function definePageElement(tag: PageElement): Promise<void> {
  if (customElements.get(tag)) return;
  defineElement(tag, await PAGE_LOADERS[tag]());
}
