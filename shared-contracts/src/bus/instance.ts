import { createBus } from './bus.js';

/**
 * The page's one bus. The contracts package is a Module Federation singleton, so the shell and
 * every module evaluate this module once and share this instance.
 */
export const portalBus = createBus();
