/**
 * Finds the first `h1` under a root, looking into open shadow roots, since modules render their
 * pages inside their own shadow DOM.
 */
export function findHeading(root: Element | ShadowRoot): HTMLElement | null {
  // The root may itself be a component (the shell's page) whose content is in its own shadow root.
  if (root instanceof Element && root.shadowRoot) {
    const inside = findHeading(root.shadowRoot);
    if (inside) return inside;
  }
  const direct = root.querySelector<HTMLElement>('h1');
  if (direct) return direct;
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (element.shadowRoot) {
      const found = findHeading(element.shadowRoot);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Moves focus to the page's main heading after a route change (WCAG 2.4.3), so keyboard and
 * screen-reader users start reading the new content, not the navigation they just used.
 * Falls back to the main region itself.
 */
export function focusMainHeading(root: Element, fallback: HTMLElement): void {
  const heading = findHeading(root);
  const target = heading ?? fallback;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: false });
}
