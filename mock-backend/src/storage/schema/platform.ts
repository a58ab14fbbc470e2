// Plumbing every instance shares: rate-limit counters and generated settings.
import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, timestamptz } from './columns.js';

/**
 * Fixed-window counters of the rate limits (src/platform/rate-limit.ts), in the database so every
 * instance counts the same attempts.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    /** The limit's name and the client, e.g. "sign-in:203.0.113.7". */
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    resetsAt: timestamptz('resets_at').notNull(),
  },
  (t) => [index('rate_limits_resets_at_idx').on(t.resetsAt)],
);

/** Small key–value settings shared by every instance: the generated session secret and the IdP's signing key. */
export const appSettings = pgTable('app_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  createdAt: createdAt(),
});
