/** Paths the backend answers itself: a click on them must be a real page load. */
const SERVER_PREFIXES = ['/api/', '/auth/', '/idp/', '/modules/'];

/** The link an event's (composed) path passes through, also inside a shadow root, if any. */
export function linkOnPath(path: readonly EventTarget[]): HTMLAnchorElement | undefined {
  return path.find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
}

/**
 * Turns clicks on same-origin links anywhere on the page, also inside modules' shadow DOM, into
 * client-side navigation. Modules can then use plain `<a href>` and still work alone or embedded.
 */
export function interceptLinks(navigate: (url: string) => void): () => void {
  const onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    const anchor = linkOnPath(event.composedPath());
    if (!anchor || !anchor.href || anchor.hasAttribute('download')) return;
    if (anchor.target && anchor.target !== '_self') return;
    const url = new URL(anchor.href);
    if (url.origin !== window.location.origin) return;
    if (SERVER_PREFIXES.some((prefix) => url.pathname.startsWith(prefix))) return;
    // Same-page fragment links (the skip link) keep their native behaviour.
    if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  };
  document.addEventListener('click', onClick);
  return () => document.removeEventListener('click', onClick);
}
