import * as v from 'valibot';
import { isPortalPath } from './portal-path.js';
import { LocaleSchema } from './locale.js';

/**
 * The postMessage protocol between the shell's legacy adapter (an iframe showing a legacy Oma
 * asiointi page inside the portal) and the legacy page's bridge script. Each side accepts only
 * messages from the other's exact origin, with a topic allowed in that direction and a payload
 * that fits its schema; anything else is dropped and logged. The bus itself never crosses into
 * the iframe: the adapter translates these few topics to and from it.
 *
 * Legacy pages are old technology (no bundler): their bridge script (served by the backend at
 * LEGACY_BRIDGE_SCRIPT_PATH) is plain JavaScript that follows this file; a backend test holds the
 * two together.
 */
export const BRIDGE_PROTOCOL = 'portal-legacy-bridge';
export const BRIDGE_VERSION = 1;

/** Where legacy pages load their side of the bridge from. */
export const LEGACY_BRIDGE_SCRIPT_PATH = '/legacy/assets/bridge.js';

/** The query parameter the adapter adds to a legacy page's URL: "you are inside the portal". */
export const LEGACY_EMBEDDED_PARAM = 'embedded';

const Path = v.pipe(
  v.string(),
  v.check((value) => isPortalPath(value, 2000), 'must be a path of the portal'),
);

/** Portal → legacy page. */
export const PORTAL_TO_LEGACY_TOPICS = ['session', 'locale'] as const;
/** Legacy page → portal. */
export const LEGACY_TO_PORTAL_TOPICS = ['page', 'resize', 'navigate', 'keep-alive'] as const;

const envelope = <const TTopic extends string, TPayload extends v.GenericSchema>(topic: TTopic, payload: TPayload) =>
  v.strictObject({
    protocol: v.literal(BRIDGE_PROTOCOL),
    version: v.literal(BRIDGE_VERSION),
    topic: v.literal(topic),
    payload,
  });

export const PortalToLegacyMessageSchema = v.variant('topic', [
  /**
   * The portal's session ended (sign-out in any tab, idle timeout): the legacy page must stop
   * showing personal data at once, without asking to sign in (the portal does that).
   */
  envelope('session', v.strictObject({ status: v.picklist(['signed-in', 'signed-out', 'expired']) })),
  /** The portal's language changed: the legacy page reloads itself in it. */
  envelope('locale', v.strictObject({ locale: LocaleSchema })),
]);
export type PortalToLegacyMessage = v.InferOutput<typeof PortalToLegacyMessageSchema>;

export const LegacyToPortalMessageSchema = v.variant('topic', [
  /**
   * A legacy page has loaded: its path below the area's legacy URL (so the portal's address bar
   * shows the same page, and bookmarks work whichever implementation serves the area) and its title.
   */
  envelope('page', v.strictObject({ path: Path, title: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) })),
  /** The page's content height in CSS pixels, so the iframe fits it without its own scroll bar. */
  envelope('resize', v.strictObject({ height: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)) })),
  /** A link in the legacy page to another part of the portal (e.g. a migrated area): the portal navigates. */
  envelope('navigate', v.strictObject({ path: Path })),
  /** The person is active in the legacy page: the session now ends at `expiresAt`, as the backend said. */
  envelope('keep-alive', v.strictObject({ expiresAt: v.pipe(v.string(), v.isoTimestamp()) })),
]);
export type LegacyToPortalMessage = v.InferOutput<typeof LegacyToPortalMessageSchema>;

/** A message of the protocol, for sending: the envelope around a topic's payload. */
export function bridgeMessage<T extends PortalToLegacyMessage | LegacyToPortalMessage>(topic: T['topic'], payload: T['payload']): T {
  return { protocol: BRIDGE_PROTOCOL, version: BRIDGE_VERSION, topic, payload } as T;
}
