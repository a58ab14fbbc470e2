// The overview area (the signed-in front page) as its elements share it: its id and where it lives.

/** The area's id: the bus's `page.shown@1`, the registry, the tag names' prefix. */
export const AREA = 'overview';

/** Where the area lives when nothing says otherwise (the shell sets `base-path`): the portal's front page. */
export const DEFAULT_BASE_PATH = '/';

/** The registry of areas: each contributing area names its `currentItemsUrl` there. */
export const REGISTRY_PATH = '/api/registry';
