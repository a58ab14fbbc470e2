import { NavigationTopic, portalBus, RouteTopic, type EventBus } from '@portal/shared-contracts';

/**
 * Click handler for a link inside the portal (`<a href=… @click=${followInternalLink}>`): asks the
 * shell to navigate (`navigation.requested@1`) instead of loading the page again. The link stays a
 * real link, so "open in a new tab", a middle click and modifier keys work as on any page.
 *
 * With no shell (the module alone, or on a partner page: nobody publishes `route.changed@1`) the
 * browser follows the link as usual.
 */
export function followInternalLink(event: MouseEvent, bus: EventBus = portalBus): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = event.currentTarget;
  if (!(anchor instanceof HTMLAnchorElement) || !anchor.href || (anchor.target && anchor.target !== '_self')) return;
  const url = new URL(anchor.href);
  if (url.origin !== window.location.origin || bus.current(RouteTopic) === undefined) return;
  event.preventDefault();
  bus.publish(NavigationTopic, { path: url.pathname + url.search + url.hash });
}

/**
 * Goes to `path` in the portal after a button did something first (a draft discarded, say), where
 * no link click is there to follow: through the shell, or with no shell by loading the page.
 */
export function navigateTo(path: string, bus: EventBus = portalBus): void {
  if (bus.current(RouteTopic) === undefined) window.location.assign(path);
  else bus.publish(NavigationTopic, { path });
}

/** `tel:` wants digits (and a leading +), not the spaces people write numbers with. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;
