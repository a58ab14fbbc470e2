import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { sessions } from './identity.js';

/**
 * The legacy pages' per-session state: the synchronizer CSRF token of their forms and the one-time
 * flash message after a post. Its own table rather than the session's data, so writing it can never
 * revive an ended session (the store's save is an upsert); it goes with the session row.
 */
export const legacyPageState = pgTable('legacy_page_state', {
  sid: text('sid')
    .primaryKey()
    .references(() => sessions.sid, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  flash: jsonb('flash').$type<{ kind: string; receivedAt: string }>(),
});
