import { addErrorHandler, navigateToUrl, start } from 'single-spa';
import {
  fetchJson,
  MODULE_OVERRIDE_COOKIE,
  NavigationTopic,
  portalBus,
  RegistrySchema,
  SessionTopic,
  type RegistryEntry,
  type SessionInfo,
} from '@portal/shared-contracts';
import { defineShellElements } from './define.js';
import { areaContainers } from './areas/area-containers.js';
import { watchAttentionFromSignIn } from './attention/attention-at-sign-in.js';
import { LandingNotice, type ShellPage } from './components/shell-page/shell-page.js';
import { LocaleSelectEvent } from './events.js';
import { NavigationFocus } from './focus/navigation-focus.js';
import { initialLocale, rememberLocale, setLocale } from './i18n/locale-store.js';
import { t } from './i18n/translate.js';
import { allowedScriptOrigins, installDefaultTrustedTypesPolicy } from './loader/trusted-types.js';
import { registerAreas } from './routing/applications.js';
import { interceptLinks } from './routing/link-interceptor.js';
import { resolveRoute, type View } from './routing/resolve-route.js';
import { connectRouteView } from './routing/route-view.js';
import { rerouteOnSessionChange } from './routing/session-reroute.js';
import { takeLandingNotice } from './session/landing-notice.js';
import { publishSession, refreshSession } from './session/session-broker.js';
import { startSessionLifecycle } from './session/session-lifecycle.js';
import { handleSessionRequests } from './session/session-requests.js';

// Wiring only: each part of the shell is made and connected here; what it does is in its own file.

function required<T extends Element>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`The shell's page is missing ${selector}`);
  return element;
}

/** The registry and the session, asked for together. Without either the page still works, degraded. */
async function loadRegistryAndSession(
  page: ShellPage,
): Promise<[entries: readonly RegistryEntry[], session: SessionInfo | undefined, maintenance?: unknown[]]> {
  const [registry, session] = await Promise.allSettled([fetchJson('/api/registry', RegistrySchema), refreshSession()]);
  if (registry.status === 'rejected') {
    console.error('The module registry could not be loaded', registry.reason);
    page.registryFailed = true;
  }
  if (session.status === 'rejected') {
    console.error('The session could not be checked', session.reason);
    publishSession({ authenticated: false });
  }
  return [
    registry.status === 'fulfilled' ? registry.value.areas : [],
    session.status === 'fulfilled' ? session.value : undefined,
    registry.status === 'fulfilled' ? registry.value.maintenance : undefined,
  ];
}

export async function startShell(): Promise<void> {
  defineShellElements();
  setLocale(initialLocale());
  portalBus.publish(SessionTopic, { status: 'unknown' });

  const header = required<HTMLElementTagNameMap['shell-header']>('shell-header');
  const page = required<HTMLElementTagNameMap['shell-page']>('shell-page');
  const main = required<HTMLElement>('#main');
  const areasRoot = required<HTMLElement>('#areas');
  const skipLink = required<HTMLAnchorElement>('.skip-link');
  const status = required<HTMLElement>('#shell-status');
  const sessionDialog = required<HTMLElementTagNameMap['shell-session-dialog']>('shell-session-dialog');

  page.notice = takeLandingNotice();
  // Sign-in needs the session cookie; without cookies, say so instead of failing at the callback.
  if (!navigator.cookieEnabled) status.textContent = t('unsupportedCookies');

  const [entries, session, maintenance] = await loadRegistryAndSession(page);
  header.areas = entries;
  const sessionState = () => portalBus.current(SessionTopic)?.status ?? 'unknown';
  const currentView = (path: string): View => resolveRoute(path, entries, sessionState());
  // The navigation's marks; on the front page, the areas with tasks waiting fetched ahead when idle.
  watchAttentionFromSignIn(entries, (attention) => (header.attention = attention), currentView);
  installDefaultTrustedTypesPolicy(allowedScriptOrigins(entries, window.location.href));

  const containers = areaContainers(areasRoot);
  registerAreas(entries, containers, currentView);
  // Prefetch on intent (routing/prefetch.ts), its chunk fetched at the first pointing or focusing.
  const intent = (event: Event): void => {
    document.removeEventListener('pointerover', intent);
    document.removeEventListener('focusin', intent);
    // Taken now: once the event has been dispatched, its path is empty.
    const path = event.composedPath();
    void import('./routing/prefetch.js')
      .then(({ prefetchOnIntent }) => prefetchOnIntent(entries, currentView, path))
      .catch(() => undefined);
  };
  document.addEventListener('pointerover', intent, { passive: true });
  document.addEventListener('focusin', intent);
  // Development only: an area the backend points at a developer's local build gets a banner (and
  // reloads on change). The code comes only when the override cookie is there.
  if (document.cookie.includes(`${MODULE_OVERRIDE_COOKIE}=`)) {
    void import('./development/module-overrides.js').then(({ showModuleOverrides }) => showModuleOverrides(entries, { after: skipLink }));
  }

  // A maintenance break announced or going on: its notices are a chunk of their own (maintenance/).
  if (maintenance?.length)
    void import('./maintenance/maintenance.js').then((m) => m.startMaintenance(maintenance, { entries, containers, main, currentView }));

  const focus = new NavigationFocus(window.location.pathname, main);
  connectRouteView(page, containers, focus, skipLink, currentView);
  rerouteOnSessionChange(sessionState());

  // A choice in the language menu: at once and on this device; signed in, with the person too
  // (session/language-choice.ts, loaded at sign-in).
  document.addEventListener(LocaleSelectEvent.eventName, ({ locale }) => {
    setLocale(locale);
    rememberLocale(locale);
  });
  const lifecycle = startSessionLifecycle(session, sessionDialog, (notice) => {
    page.notice = notice === 'expired' ? LandingNotice.expired : LandingNotice.signedOutElsewhere;
    // Same address, new content (the sign-in page with the notice): focus goes to it.
    focus.contentReplaced();
  });
  handleSessionRequests(header, status, sessionDialog, lifecycle);
  portalBus.subscribe(NavigationTopic, ({ path }) => navigateToUrl(path));
  interceptLinks((url) => navigateToUrl(url));

  addErrorHandler((error) => console.error(`single-spa: ${error.appOrParcelName}`, error));
  start({ urlRerouteOnly: true });
}
