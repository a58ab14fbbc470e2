import { LocaleTopic, PageTopic, portalBus, RouteTopic } from '@portal/shared-contracts';
import type { AreaContainers } from '../areas/area-containers.js';
import { shellViewTitle, type ShellPage } from '../components/shell-page/shell-page.js';
import { defineInfoPageElement } from '../define.js';
import type { NavigationFocus } from '../focus/navigation-focus.js';
import { currentLocale, t } from '../i18n/translate.js';
import type { View } from './resolve-route.js';

function setTitle(pageTitle: string): void {
  document.title = `${pageTitle} – ${t('serviceName')}`;
}

/**
 * What the main region shows for the current path (an area's container or the shell's own page),
 * its title, focus after a navigation, and the skip link to it: kept in step with single-spa's
 * routing events, the modules' page announcements and the language.
 */
export function connectRouteView(
  page: ShellPage,
  containers: AreaContainers,
  focus: NavigationFocus,
  skipLink: HTMLAnchorElement,
  currentView: (path: string) => View,
): void {
  const path = (): string => window.location.pathname;
  /** The last page shown that was not an info page: what a feedback on accessibility is likely about. */
  let cameFrom: string | undefined;

  const focusAreaIfReady = (area: string): void => {
    const container = containers.shown(area);
    if (container) focus.areaShown(area, path(), container);
  };

  /** Shows the area's container (or the shell's page) for a view; the others are hidden. */
  const showContainerOf = (view: View): void => {
    page.hidden = view.kind === 'area' && !page.registryFailed;
    containers.show(view.kind === 'area' ? view.area : null);
  };

  const renderView = async (): Promise<void> => {
    const view = currentView(path());
    portalBus.publish(RouteTopic, { path: path(), area: view.kind === 'area' ? view.area : null });
    if (view.kind === 'info') await defineInfoPageElement();
    else cameFrom = `${path()}${window.location.search}`;
    page.view = view.kind === 'info' && cameFrom ? { ...view, from: cameFrom } : view;
    showContainerOf(view);
    if (view.kind === 'area' && !page.registryFailed) {
      focusAreaIfReady(view.area);
      return;
    }
    await page.updateComplete;
    await page.shadowRoot?.querySelector('shell-info-page')?.updateComplete;
    setTitle(shellViewTitle(view, currentLocale(), page.registryFailed));
    if (view.kind !== 'loading') focus.shellPageShown(page);
  };

  window.addEventListener('single-spa:before-routing-event', () => {
    focus.beforeRouting(path());
    // The new area's container is shown before its module loads, so its "loading" (or failure)
    // notice is seen rather than a blank page.
    const next = currentView(path());
    if (next.kind === 'area') showContainerOf(next);
  });
  window.addEventListener('single-spa:routing-event', () => {
    focus.routed();
    void renderView();
  });

  portalBus.subscribe(PageTopic, ({ area, title }) => {
    const view = currentView(path());
    if (view.kind !== 'area' || view.area !== area) return;
    setTitle(title);
    focus.pageShown(area, path());
    focusAreaIfReady(area);
  });

  portalBus.subscribe(LocaleTopic, () => {
    skipLink.textContent = t('skipLink');
    // A module titles its own pages; the shell's pages are titled anew in the new language.
    const view = currentView(path());
    if (view.kind !== 'area') setTitle(shellViewTitle(view, currentLocale(), page.registryFailed));
  });
}
