// @portal/ui-kit/page: what every page of an area is made of. An area's root and page elements
// import from here; nothing else of the kit's pages is importable (see package.json `exports`).
export { AreaRouter, FRONT, matchRoute, NOT_FOUND, notFoundPage, pageFailedNotice } from './area-router.js';
export type { AreaRoute, AreaRouterHost, AreaRouterOptions, RouteTable } from './area-router.js';
export { addDays, byDay, daysBetween, formatDate, formatDateTime, helsinkiToday } from './dates.js';
export { LoadController, LoadState } from './load-controller.js';
export type { LoadOptions } from './load-controller.js';
export { LocaleController } from './locale-controller.js';
export type { LocaleOptions } from './locale-controller.js';
export { followInternalLink, telHref } from './navigation.js';
export { notice } from './notice.js';
export { areaWords, mergeMessages, uiMessages, uiText, withUiMessages } from '../i18n/kit.messages.js';
export type { AreaWords, MessagesWith, UiMessageKey } from '../i18n/kit.messages.js';
export { daysLeftUntil, deadlineTag, deadlineText } from './deadline.js';
export type { DeadlineKey } from './deadline.js';
export { focusRetryOnFailure, loadFailedNotice, loadView } from './load-view.js';
export type { LoadWords } from './load-view.js';
export { AreaApp } from './area-app.js';
export type { AreaAppKey, AreaAppPages, AreaAppSetup } from './area-app.js';
export { areaEvent } from './area-event.js';
export type { AreaEventClass } from './area-event.js';
export { areaPages } from './area-pages.js';
export type { AreaPages, PageLoaders } from './area-pages.js';
