// The terms of use in versions (issue 21), and who has acknowledged a change announced to them.
import { jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { TermsText } from '@portal/shared-contracts/terms';
import { createdAt, day, ownedBy, timestamptz } from './columns.js';
import { persons } from './profile.js';

/**
 * One version of the terms: the day it takes effect (one version per day), a short summary of what
 * changes (the announcement) and the whole text, in fi/sv/en. The version in effect is the one with
 * the latest day not after today; rows are only ever added (a version in effect is never rewritten).
 */
export const termsVersions = pgTable('terms_versions', {
  version: text('version').primaryKey(),
  effectiveFrom: day('effective_from').notNull().unique(),
  summary: jsonb('summary').$type<{ fi: string; sv: string; en: string }>().notNull(),
  text: jsonb('text').$type<{ fi: TermsText; sv: TermsText; en: TermsText }>().notNull(),
  createdAt: createdAt(),
});

/** A person has read of a version (the notice dismissed): once per person and version, on any device. */
export const termsAcknowledgements = pgTable(
  'terms_acknowledgements',
  {
    personId: ownedBy('person_id', () => persons.id),
    version: text('version')
      .notNull()
      .references(() => termsVersions.version),
    acknowledgedAt: timestamptz('acknowledged_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.version] })],
);
