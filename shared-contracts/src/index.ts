// The public surface of @portal/shared-contracts. Nothing is imported from deeper paths, except the
// API contracts of single areas (`@portal/shared-contracts/job-search`): those are schemas only, used
// by one module and the backend, so they are not part of the shared singleton every page downloads.
export { LOCALES, DEFAULT_LOCALE, LocaleSchema, LocalizedTextSchema, isLocale } from './locale.js';
export type { Locale, LocalizedText } from './locale.js';
// The henkilötunnus check is `@portal/shared-contracts/hetu`: only the backend needs it. Text
// operations over outside input (`@portal/shared-contracts/text`) are bundled by those that use them.
export { validate, parseOrThrow, ContractViolationError } from './validate.js';
export type { ValidationIssue, ValidationResult } from './validate.js';

export { defineTopic, topicKey } from './bus/topic.js';
export type { Topic, PayloadOf } from './bus/topic.js';
export { createBus, BusPayloadError } from './bus/bus.js';
export type { EventBus, BusOptions } from './bus/bus.js';
export { portalBus } from './bus/instance.js';
export {
  SessionTopic,
  CustomerTopic,
  LocaleTopic,
  RouteTopic,
  PageTopic,
  NavigationTopic,
  SignInTopic,
  SessionActivityTopic,
  SessionExpiringTopic,
  SessionRejectedTopic,
  CurrentItemsChangedTopic,
} from './bus/topics.js';

export { MODULE_CONTRACT_VERSION, MODULE_EXPOSES, containerNameOf, isPortalModule } from './module-contract.js';
export type { PortalModule, ModuleMountProps, LifecycleFn } from './module-contract.js';
export {
  RegistrySchema,
  RegistryEntrySchema,
  FederatedImplementationSchema,
  LegacyImplementationSchema,
  AreaIdSchema,
} from './registry.js';
export type { Registry, RegistryEntry, FederatedEntry, FederatedImplementation, LegacyImplementation } from './registry.js';
export { isFederated } from './registry.js';
export { CurrentItemSchema, CurrentItemsResponseSchema, CURRENT_ITEM_KINDS } from './current-items.js';
export type { CurrentItem, CurrentItemKind, CurrentItemsResponse } from './current-items.js';

export { ApiErrorSchema, API_ERROR_CODES } from './api/errors.js';
export type { ApiError, ApiErrorCode } from './api/errors.js';
export { SessionInfoSchema, SessionPersonSchema, SESSION_EXPIRES_HEADER, LogoutResponseSchema } from './api/session.js';
export type { SessionInfo, SessionPerson, LogoutResponse } from './api/session.js';
export { fetchJson, ApiRequestError } from './api/client.js';
export { defineMessages, formatMessage, formatDate, formatMonth, formatTime, INTL_LOCALE } from './i18n.js';
export type { Messages } from './i18n.js';
export { TopicController } from './controllers.js';
export type { ControllerHost } from './controllers.js';
export { createElementModule, defineElement } from './element-module.js';
export type { ElementModuleSpec } from './element-module.js';
export { DraftKeySchema, DraftInputSchema, DraftSchema, DRAFT_MAX_BYTES } from './api/drafts.js';
export type { Draft, DraftInput } from './api/drafts.js';
// The profile's DTOs are the subpath `@portal/shared-contracts/profile`: only the profile module
// and the backend need them, and the shared singleton is downloaded by every page.
export { IDEMPOTENCY_KEY_HEADER } from './api/errors.js';
export { DraftController, DRAFT_SAVE_DELAY_MS } from './draft-controller.js';
export type { DraftControllerOptions } from './draft-controller.js';
export { helsinkiToday, daysBetween, addDays, isCalendarDate } from './dates.js';
export { ClientErrorReportSchema, CLIENT_ERROR_KINDS, CLIENT_ERROR_MESSAGE_MAX, CLIENT_ERRORS_PATH } from './api/client-errors.js';
export type {
  ClientErrorReport,
  ClientErrorKind,
  ClientErrorCountsResponse,
  ClientErrorVersionCounts,
  ClientErrorKindCount,
} from './api/client-errors.js';
// Independent deployment of modules: the API versions the backend serves, for the publish-time
// compatibility check, and the integrity hashes of a published version.
export { API_VERSIONS } from './api/versions.js';
export type { ApiName } from './api/versions.js';
export { ModuleIntegritySchema } from './registry.js';
export type { ModuleIntegrity } from './registry.js';
export { MODULE_OVERRIDE_PARAM, MODULE_OVERRIDE_COOKIE, MODULE_DEV_EVENTS_PATH } from './module-override.js';
export { isPortalPath, normalisePortalPath } from './portal-path.js';
