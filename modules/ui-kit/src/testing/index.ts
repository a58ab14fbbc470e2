// @portal/ui-kit/testing: helpers for component tests only (a lint rule keeps it out of sources).
export { apiError, json, restoreFetch, stubFetch } from './fetch-stub.js';
export type { FetchCall } from './fetch-stub.js';
export { $, $$, asPrinted, atPhoneWidth, click, expectNoSidewaysScroll, fiDate, mount, root, squash, text, type } from './shadow-dom.js';
