/**
 * Development only: a developer points their own browser's portal at a locally running build of one
 * module, `?module-override=<area>=<loopback manifest URL>`, without touching the registry. The
 * backend (NODE_ENV=development) keeps it in a cookie of that browser and applies it to the registry
 * it answers; the shell shows a banner for it and reloads when the local build changes, as the
 * module's development server (`npm run dev -w modules/<area>`) announces on its events path.
 */
export const MODULE_OVERRIDE_PARAM = 'module-override';
export const MODULE_OVERRIDE_COOKIE = 'portal-module-override';
/** Server-sent events of a module's development server: `reload` after every new build. */
export const MODULE_DEV_EVENTS_PATH = '/__portal_dev/events';
