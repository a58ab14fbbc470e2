// The legacy adapter: an area the registry says is still served by the legacy Oma asiointi is shown
// inside the portal as an iframe of its legacy page, under the portal's own header and navigation,
// at the same portal URL a module would have. The iframe and the portal talk only through the
// bridge protocol (@portal/shared-contracts/legacy-bridge): messages from the iframe's exact origin
// and window, with a topic allowed in that direction and a payload that fits; anything else is
// dropped and logged. A chunk of its own: pages without a legacy area never download it.
import {
  LocaleTopic,
  NavigationTopic,
  PageTopic,
  portalBus,
  RouteTopic,
  SessionActivityTopic,
  SessionTopic,
  validate,
  type LegacyImplementation,
  type Locale,
  type RegistryEntry,
} from '@portal/shared-contracts';
import {
  bridgeMessage,
  LEGACY_EMBEDDED_PARAM,
  LegacyToPortalMessageSchema,
  type LegacyToPortalMessage,
  type PortalToLegacyMessage,
} from '@portal/shared-contracts/legacy-bridge';
import { currentLocale } from '../i18n/translate.js';
import type { AreaLifecycles } from '../routing/applications.js';

/** Before the page says how tall it is: enough to show that something is there. */
const INITIAL_HEIGHT_PX = 480;

/** The legacy page for a portal path of the area: what is below the area's route, below the legacy URL. */
export function legacyUrl(implementation: LegacyImplementation, route: string, path: string, locale: Locale): URL {
  const below = route === '/' ? path : path.slice(route.length);
  const url = new URL(implementation.url, window.location.href);
  url.pathname = `${url.pathname.replace(/\/$/, '')}${below === '/' ? '' : below}` || '/';
  url.searchParams.set(LEGACY_EMBEDDED_PARAM, '1');
  url.searchParams.set('lang', locale);
  return url;
}

/** The portal path a legacy page's own path (below its legacy URL) stands for. */
export function portalPath(route: string, legacyPath: string): string {
  const below = legacyPath === '/' ? '' : legacyPath;
  return route === '/' ? below || '/' : `${route}${below}`;
}

type LegacyEntry = RegistryEntry & { implementation: LegacyImplementation };

/** One legacy area's frame: its page in an iframe, and the bridge between that page and the bus. */
class LegacyFrame {
  private readonly origin: string;
  private iframe: HTMLIFrameElement | undefined;
  private teardown: (() => void) | undefined;
  /** The portal path the iframe shows (or is loading), so a route change of our own does not reload it. */
  private shownPath = '';

  constructor(private readonly entry: LegacyEntry) {
    this.origin = new URL(entry.implementation.url, window.location.href).origin;
  }

  private post(message: PortalToLegacyMessage): void {
    // Never "*": only the legacy page's own origin may read what the portal says.
    this.iframe?.contentWindow?.postMessage(message, this.origin);
  }

  private load(path: string): void {
    if (!this.iframe) return;
    this.shownPath = path;
    this.iframe.src = legacyUrl(this.entry.implementation, this.entry.route, path, currentLocale()).href;
  }

  private readonly receive = (event: MessageEvent): void => {
    if (!this.iframe) return;
    // Only the legacy page in our own frame may speak: another window of the same origin (a tab, a
    // popup) is not it, and a page of any other origin never is.
    if (event.origin !== this.origin || event.source !== this.iframe.contentWindow) {
      console.warn(
        `Legacy bridge: dropped a message from ${event.origin || 'an unknown origin'} that did not come from the ${this.entry.area} frame`,
      );
      return;
    }
    const parsed = validate(LegacyToPortalMessageSchema, event.data);
    if (!parsed.ok) {
      console.warn('Legacy bridge: dropped a message the protocol does not allow', parsed.issues);
      return;
    }
    this.handle(parsed.value);
  };

  private handle(message: LegacyToPortalMessage): void {
    switch (message.topic) {
      case 'page': {
        // The address bar follows the legacy page (a form's redirect, a link inside it), so a
        // bookmark or a reload opens the same page, whichever implementation serves it then.
        const path = portalPath(this.entry.route, message.payload.path);
        this.shownPath = path;
        if (path !== window.location.pathname) window.history.replaceState(window.history.state, '', path);
        portalBus.publish(PageTopic, { area: this.entry.area, title: message.payload.title });
        return;
      }
      case 'resize':
        if (this.iframe) this.iframe.style.height = `${Math.max(message.payload.height, 120)}px`;
        return;
      case 'navigate':
        portalBus.publish(NavigationTopic, { path: message.payload.path });
        return;
      case 'keep-alive':
        portalBus.publish(SessionActivityTopic, { expiresAt: message.payload.expiresAt });
        return;
    }
  }

  async mount(domElement: HTMLElement): Promise<void> {
    const iframe = document.createElement('iframe');
    this.iframe = iframe;
    iframe.className = 'legacy-area';
    // The frame's name for assistive technology: which service is inside.
    iframe.title = this.entry.names[currentLocale()];
    iframe.style.cssText = `display:block;width:100%;border:0;height:${INITIAL_HEIGHT_PX}px`;
    window.addEventListener('message', this.receive);
    this.load(window.location.pathname);
    domElement.append(iframe);
    // After the first load: the replayed route is the one just loaded, so it loads nothing again.
    const subscriptions = [
      portalBus.subscribe(SessionTopic, (session) => {
        if (session.status === 'signed-out')
          this.post(bridgeMessage('session', { status: session.reason === 'expired' ? 'expired' : 'signed-out' }));
      }),
      portalBus.subscribe(LocaleTopic, ({ locale: next }) => {
        if (!this.iframe) return;
        this.iframe.title = this.entry.names[next];
        this.post(bridgeMessage('locale', { locale: next }));
      }),
      // A portal link to another page of this area while it is shown: the iframe goes there.
      portalBus.subscribe(RouteTopic, ({ path, area }) => {
        if (area === this.entry.area && path !== this.shownPath) this.load(path);
      }),
    ];
    this.teardown = () => {
      window.removeEventListener('message', this.receive);
      for (const subscription of subscriptions) subscription.unsubscribe();
    };
  }

  async unmount(): Promise<void> {
    this.teardown?.();
    this.teardown = undefined;
    this.iframe?.remove();
    this.iframe = undefined;
    this.shownPath = '';
  }
}

export function legacyLifecycles(entry: LegacyEntry): AreaLifecycles {
  const frame = new LegacyFrame(entry);
  return {
    bootstrap: async () => undefined,
    mount: (props) => frame.mount(props.domElement),
    unmount: () => frame.unmount(),
  };
}
