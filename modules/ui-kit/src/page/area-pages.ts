import { defineElement } from '@portal/shared-contracts';

/** How each page element below an area's front page is loaded: a dynamic import of its own chunk. */
export type PageLoaders = Readonly<Record<string, () => Promise<CustomElementConstructor>>>;

export interface AreaPages<Tag extends string> {
  /** Every element of the area, the root first: the module contract's `elements`. */
  readonly elements: readonly [string, ...Tag[]];
  /** Loads a page's chunk and defines its element; a second call, or an element already defined, is a no-op. */
  readonly define: (tag: Tag) => Promise<void>;
}

/**
 * An area's pages below its front page, each its own chunk, downloaded when its route opens (the
 * `definePage` of `AreaRouter`): most visits look at the front page only, and the forms are most of
 * an area's code.
 */
export function areaPages<L extends PageLoaders>(root: string, loaders: L): AreaPages<keyof L & string> {
  const tags = Object.keys(loaders) as (keyof L & string)[];
  return {
    elements: [root, ...tags],
    define: async (tag) => {
      if (customElements.get(tag)) return;
      const loader = loaders[tag];
      if (loader) defineElement(tag, await loader());
    },
  };
}
