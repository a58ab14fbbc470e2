import * as v from 'valibot';
import { IsoTimestamp } from '../api/primitives.js';
import { LocaleSchema } from '../locale.js';
import { defineTopic } from './topic.js';

const Slug = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case slug'));
const Path = v.pipe(v.string(), v.startsWith('/', 'must start with "/"'));
/** The session's idle expiry: what both the activity and the warning before the end tell. */
const SessionExpiry = v.object({ expiresAt: IsoTimestamp });

/** Who is signed in. Replayed: a module mounted later still learns the current state at once. */
export const SessionTopic = defineTopic({
  name: 'session.changed',
  version: 1,
  replay: true,
  schema: v.variant('status', [
    v.object({ status: v.literal('unknown') }),
    v.object({ status: v.literal('signed-out'), reason: v.optional(v.picklist(['sign-out', 'expired', 'never'])) }),
    v.object({
      status: v.literal('signed-in'),
      person: v.object({ displayName: v.pipe(v.string(), v.minLength(1)) }),
    }),
  ]),
});

/** The customer the portal acts for; null when nobody is signed in. Modules never read cookies for this. */
export const CustomerTopic = defineTopic({
  name: 'customer.changed',
  version: 1,
  replay: true,
  schema: v.object({
    customer: v.nullable(
      v.object({
        id: v.pipe(v.string(), v.minLength(1)),
        firstName: v.string(),
        lastName: v.string(),
        displayName: v.string(),
        preferredLanguage: LocaleSchema,
      }),
    ),
  }),
});

export const LocaleTopic = defineTopic({
  name: 'locale.changed',
  version: 1,
  replay: true,
  schema: v.object({ locale: LocaleSchema }),
});

export const RouteTopic = defineTopic({
  name: 'route.changed',
  version: 1,
  replay: true,
  schema: v.object({ path: Path, area: v.nullable(Slug) }),
});

/**
 * A module tells the shell which page it now shows, so the shell can set `document.title`
 * and move focus to the new main heading (WCAG 2.4.2, 2.4.3).
 */
export const PageTopic = defineTopic({
  name: 'page.shown',
  version: 1,
  schema: v.object({ area: Slug, title: v.pipe(v.string(), v.minLength(1)) }),
});

/** A module asks the shell to navigate; the shell owns history and routing. */
export const NavigationTopic = defineTopic({
  name: 'navigation.requested',
  version: 1,
  schema: v.object({ path: Path }),
});

/**
 * The server answered a signed-in request: the session's idle expiry moved. Published by
 * `fetchJson` from the response header, so modules need not do anything for it.
 */
export const SessionActivityTopic = defineTopic({
  name: 'session.activity',
  version: 1,
  schema: SessionExpiry,
});

/**
 * The session is about to end (the shell is showing its warning). A module with unsaved input
 * saves it as a draft now; nothing typed may be lost to a timeout.
 */
export const SessionExpiringTopic = defineTopic({
  name: 'session.expiring',
  version: 1,
  schema: SessionExpiry,
});

/**
 * The server refused a request because the session had ended (401 `session-expired`). Published by
 * `fetchJson`; the shell confirms with the server and shows the signed-out page.
 */
export const SessionRejectedTopic = defineTopic({
  name: 'session.rejected',
  version: 1,
  schema: v.object({ url: v.string() }),
});

/** A module asks the shell to start sign-in, returning to `returnTo` afterwards. */
export const SignInTopic = defineTopic({
  name: 'session.sign-in-requested',
  version: 1,
  schema: v.object({ returnTo: Path }),
});

/**
 * Something an area lists among its current items may have changed (a form was sent, a task done).
 * The shell reads the area's current items again for the navigation's "tasks waiting" marks, and
 * the front page for its list.
 */
export const CurrentItemsChangedTopic = defineTopic({
  name: 'current-items.changed',
  version: 1,
  schema: v.object({ area: Slug }),
});
