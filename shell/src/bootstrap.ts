import { addErrorHandler, navigateToUrl, start, triggerAppChange } from 'single-spa';
import {
  fetchJson,
  LocaleTopic,
  MODULE_OVERRIDE_COOKIE,
  NavigationTopic,
  PageTopic,
  portalBus,
  RegistrySchema,
  RouteTopic,
  SessionTopic,
  SignInTopic,
  type RegistryEntry,
} from '@portal/shared-contracts';
import { defineInfoPageElement, defineShellElements } from './define.js';
import { LocaleSelectEvent, SignInRequestEvent, SignOutRequestEvent } from './events.js';
import { initialLocale, setLocale } from './i18n/locale-store.js';
import { currentLocale, t } from './i18n/translate.js';
import { LandingNotice, shellViewTitle } from './components/shell-page/shell-page.js';
import { allowedScriptOrigins, installDefaultTrustedTypesPolicy } from './loader/trusted-types.js';
import { areaContainers } from './areas/area-containers.js';
import { registerAreas } from './routing/applications.js';
import { interceptLinks } from './routing/link-interceptor.js';
import { focusMainHeading } from './focus/page-focus.js';
import { resolveRoute, type View } from './routing/resolve-route.js';
import { publishSession, refreshSession, signIn, signOut } from './session/session-broker.js';
import { startSessionLifecycle } from './session/session-lifecycle.js';

function required<T extends Element>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`The shell's page is missing ${selector}`);
  return element;
}

function setTitle(pageTitle: string): void {
  document.title = `${pageTitle} – ${t('serviceName')}`;
}

/** Reads and removes the one-shot notices the backend's redirects carry in the query. */
function takeLandingNotice(): LandingNotice | undefined {
  const url = new URL(window.location.href);
  let notice: LandingNotice | undefined;
  if (url.searchParams.get('signin') === 'cancelled') notice = LandingNotice.signInCancelled;
  if (url.searchParams.has('signedout')) notice = LandingNotice.signedOut;
  if (notice) {
    url.searchParams.delete('signin');
    url.searchParams.delete('signedout');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  return notice;
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

  let entries: readonly RegistryEntry[] = [];
  const sessionState = () => portalBus.current(SessionTopic)?.status ?? 'unknown';
  const currentView = (path: string): View => resolveRoute(path, entries, sessionState());

  const [registry, session] = await Promise.allSettled([
    fetchJson('/api/registry', RegistrySchema),
    refreshSession(),
  ]);
  if (registry.status === 'fulfilled') entries = registry.value.areas;
  else {
    console.error('The module registry could not be loaded', registry.reason);
    page.registryFailed = true;
  }
  if (session.status === 'rejected') {
    console.error('The session could not be checked', session.reason);
    publishSession({ authenticated: false });
  }
  header.areas = entries;
  // The navigation's "tasks waiting" marks matter only to someone signed in: loaded then, so the
  // signed-out front page does not carry them.
  let attentionLoaded = false;
  portalBus.subscribe(SessionTopic, ({ status }) => {
    if (status !== 'signed-in' || attentionLoaded) return;
    attentionLoaded = true;
    void import('./attention/area-attention.js').then(({ watchAttention }) =>
      watchAttention(entries, (attention) => {
        header.attention = attention;
      }),
    );
  });
  installDefaultTrustedTypesPolicy(allowedScriptOrigins(entries, window.location.href));

  const containers = areaContainers(areasRoot);
  registerAreas(entries, containers, currentView);
  // Development only: an area the backend points at a developer's local build gets a banner (and
  // reloads on change). The code comes only when the override cookie is there.
  if (document.cookie.includes(`${MODULE_OVERRIDE_COOKIE}=`)) {
    void import('./development/module-overrides.js').then(({ showModuleOverrides }) => showModuleOverrides(entries, { after: skipLink }));
  }

  // Focus moves only after the person navigates, never at the first load, where reading starts at
  // the top. An area's heading can be focused once both have happened: single-spa has shown its
  // container (routing-event) and the module has announced its page (page.shown) — in either order.
  let focusPending = false;
  let firstRouting = true;
  let announcedArea: string | null = null;
  // The path whose heading got focus after a navigation. A module may swap that page for another
  // (a loading page for the form it was loading): the focused heading leaves the DOM and focus falls
  // to the body. The next page.shown on the same path then takes focus again; focus the person put
  // somewhere themselves is never taken.
  let focusedPath: string | null = null;

  const focusAreaIfReady = (): void => {
    const view = currentView(window.location.pathname);
    if (!focusPending || view.kind !== 'area' || announcedArea !== view.area) return;
    const container = containers.shown(view.area);
    if (!container) return;
    focusPending = false;
    focusedPath = window.location.pathname;
    focusMainHeading(container, main);
  };

  /** Shows the area's container (or the shell's page) for a view; the others are hidden. */
  const showContainerOf = (view: View): void => {
    page.hidden = view.kind === 'area' && !page.registryFailed;
    containers.show(view.kind === 'area' ? view.area : null);
  };

  const renderView = async (): Promise<void> => {
    const view = currentView(window.location.pathname);
    portalBus.publish(RouteTopic, { path: window.location.pathname, area: view.kind === 'area' ? view.area : null });
    if (view.kind === 'info') await defineInfoPageElement();
    page.view = view;
    showContainerOf(view);
    if (view.kind === 'area' && !page.registryFailed) {
      focusAreaIfReady();
      return;
    }
    await page.updateComplete;
    await page.shadowRoot?.querySelector('shell-info-page')?.updateComplete;
    setTitle(shellViewTitle(view, currentLocale(), page.registryFailed));
    if (focusPending && view.kind !== 'loading') {
      focusPending = false;
      focusMainHeading(page, main);
    }
  };

  // A new path moves focus; a hash change (the skip link) does not: it moves focus natively.
  let lastPath = window.location.pathname;
  window.addEventListener('single-spa:before-routing-event', () => {
    if (!firstRouting && window.location.pathname !== lastPath) {
      focusPending = true;
      focusedPath = null;
    }
    lastPath = window.location.pathname;
    announcedArea = null;
    // The new area's container is shown before its module loads, so its "loading" (or failure)
    // notice is seen rather than a blank page.
    const next = currentView(window.location.pathname);
    if (next.kind === 'area') showContainerOf(next);
  });
  window.addEventListener('single-spa:routing-event', () => {
    firstRouting = false;
    void renderView();
  });

  portalBus.subscribe(PageTopic, ({ area, title }) => {
    const view = currentView(window.location.pathname);
    if (view.kind !== 'area' || view.area !== area) return;
    setTitle(title);
    announcedArea = area;
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (focusLost && focusedPath === window.location.pathname) focusPending = true;
    focusAreaIfReady();
  });

  portalBus.subscribe(LocaleTopic, () => {
    skipLink.textContent = t('skipLink');
    const view = currentView(window.location.pathname);
    if (view.kind !== 'area') setTitle(shellViewTitle(view, currentLocale(), page.registryFailed));
  });

  // A change of session changes which areas may be active.
  let lastSession = sessionState();
  portalBus.subscribe(SessionTopic, ({ status: next }) => {
    if (next === lastSession) return;
    lastSession = next;
    void triggerAppChange();
  });

  document.addEventListener(LocaleSelectEvent.eventName, (event) => setLocale(event.locale));
  document.addEventListener(SignInRequestEvent.eventName, () => {
    signIn(window.location.pathname + window.location.search, currentLocale());
  });
  const lifecycle = startSessionLifecycle(session.status === 'fulfilled' ? session.value : undefined, sessionDialog, (notice) => {
    page.notice = notice === 'expired' ? LandingNotice.expired : LandingNotice.signedOutElsewhere;
    // Same address, new content (the sign-in page with the notice): focus goes to it.
    focusPending = true;
  });

  document.addEventListener(SignOutRequestEvent.eventName, () => {
    header.busy = true;
    status.textContent = '';
    sessionDialog.open = false;
    signOut()
      .then((idpLogoutUrl) => {
        lifecycle.announceSignOut();
        // The identity provider ends its own session and sends the browser back to "/?signedout=1".
        window.location.assign(idpLogoutUrl);
      })
      .catch((error: unknown) => {
        console.error('Sign-out failed', error);
        status.textContent = t('signOutFailed');
      })
      .finally(() => {
        header.busy = false;
      });
  });
  portalBus.subscribe(NavigationTopic, ({ path }) => navigateToUrl(path));
  portalBus.subscribe(SignInTopic, ({ returnTo }) => signIn(returnTo, currentLocale()));
  interceptLinks((url) => navigateToUrl(url));

  addErrorHandler((error) => console.error(`single-spa: ${error.appOrParcelName}`, error));
  start({ urlRerouteOnly: true });
}
