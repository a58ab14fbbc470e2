// `@portal/shared-contracts/profile`: the person's basic data and reports of changes to it. A
// subpath, not the main index, so the shared singleton every page downloads does not carry them.
export { ProfileSchema, AddressSchema, ContactChannelSchema, CONTACT_CHANNELS } from './profile.js';
export type { Profile, Address, ContactChannel } from './profile.js';
export {
  ProfileChangeRequestSchema,
  ProfileChangeReceiptSchema,
  AddressChangeSchema,
  FinnishAddressSchema,
  ForeignAddressSchema,
  ADDRESS_LIMITS,
  PROFILE_CHANGE_ERRORS,
  EFFECTIVE_DATE_WINDOW_DAYS,
  effectiveDateInWindow,
} from './profile-change.js';
export { PROFILE_CHANGE_FIELDS, ProfileChangeHistorySchema, PROFILE_EXPORT_PATH } from './profile-history.js';
export type { AddressChange, ProfileChangeRequest, ProfileChangeReceipt, ProfileChangeError } from './profile-change.js';
export type { ProfileChangeHistory } from './profile-history.js';
