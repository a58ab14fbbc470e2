import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';

// Finding and operating controls in an element's shadow root, the phone-width checks and print, for the
// areas' component tests. Test code only: no component imports it.

export const root = (el: HTMLElement): ShadowRoot => el.shadowRoot!;

export function $<T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found`);
  return found;
}

export const $$ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string): T[] => [
  ...root(el).querySelectorAll<T>(selector),
];

/** Whitespace collapsed, trimmed. */
export const squash = (value: string | null | undefined): string => (value ?? '').replace(/\s+/g, ' ').trim();

/** The element's text as read. */
export const text = (el: HTMLElement): string => squash(root(el).textContent);

/** 1.12.2026 as Finnish writes it. */
export const fiDate = (iso: string): string => iso.split('-').map(Number).reverse().join('.');

/** Mounts an element and waits until `ready`. */
export async function mount<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  template: TemplateResult,
  ready: (el: T) => boolean,
): Promise<T> {
  const el = await fixture<T>(template);
  await waitUntil(() => ready(el), undefined, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Types into the input or text area with this id, as one input event. */
export async function type(el: HTMLElement & { updateComplete: Promise<boolean> }, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Clicks the element the selector finds (a radio, a button) and waits for the render. */
export async function click(el: HTMLElement & { updateComplete: Promise<boolean> }, selector: string): Promise<void> {
  $<HTMLElement>(el, selector).click();
  await el.updateComplete;
}

/**
 * Runs `check` with the window 320 px wide (a small phone, WCAG 1.4.10 reflow), then puts the
 * window back.
 */
export async function atPhoneWidth(
  el: HTMLElement & { updateComplete: Promise<boolean> },
  check: () => void | Promise<void>,
): Promise<void> {
  await setViewport({ width: 320, height: 640 });
  try {
    await el.updateComplete;
    await check();
  } finally {
    await setViewport({ width: 800, height: 600 });
  }
}

/** No sideways scroll: the element and every box in its shadow root fit their width. */
export function expectNoSidewaysScroll(el: HTMLElement): void {
  expect(el.scrollWidth, el.localName).to.be.at.most(el.clientWidth);
  expect(el.getBoundingClientRect().right, `${el.localName} right edge`).to.be.at.most(320);
  for (const box of root(el).querySelectorAll<HTMLElement>('*')) {
    const right = box.getBoundingClientRect().right;
    if (box.getClientRects().length === 0 || box.closest('.visually-hidden')) continue;
    expect(right, `${box.localName}.${box.className} right edge`).to.be.at.most(320.5);
  }
}

/**
 * Shows the element as printed until the returned function is called. Chromium emulates print
 * media; Firefox through WebDriver BiDi cannot, so there the element's own `@media print` rules are
 * adopted as plain rules, which checks the same stylesheet.
 */
export async function asPrinted(el: HTMLElement): Promise<() => Promise<void>> {
  if (!navigator.userAgent.includes('Firefox')) {
    await emulateMedia({ media: 'print' });
    return () => emulateMedia({ media: 'screen' });
  }
  const shadow = el.shadowRoot!;
  const before = shadow.adoptedStyleSheets;
  const printRules = before
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText))
    .join('\n');
  expect(printRules, 'the component has print rules').not.to.equal('');
  const print = new CSSStyleSheet();
  print.replaceSync(printRules);
  shadow.adoptedStyleSheets = [...before, print];
  return async () => {
    shadow.adoptedStyleSheets = before;
  };
}
