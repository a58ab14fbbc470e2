// The mock customer information system's tables, one file per area. drizzle-kit reads this file to
// generate the SQL migrations in ../../../drizzle; keep these files free of runtime imports other than
// drizzle-orm and each other, so the generator needs nothing else (type-only imports are erased).

export * from './profile.js';
export * from './identity.js';
export * from './platform.js';
export * from './operators.js';
export * from './drafts.js';
export * from './job-search.js';
export * from './unemployment-security.js';
export * from './career-radar.js';
export * from './offers.js';
export * from './plan.js';
export * from './legacy.js';
export * from './feedback.js';
export * from './training.js';
export * from './startup-grant.js';
export * from './terms.js';
export * from './maintenance.js';
