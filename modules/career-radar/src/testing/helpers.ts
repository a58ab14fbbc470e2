// Helpers of the area's component tests: reach into an element's shadow root, answer steps the way
// a person does (clicking the radios' labels' inputs), and get to the result.
import { waitUntil } from '@open-wc/testing';
import { QUESTIONNAIRE } from '@portal/shared-contracts/career-radar';
import { click, root, squash } from '@portal/ui-kit/testing';
import type { CareerRadarApp } from '../career-radar-app/career-radar-app.js';

// `root`, `click` and `squash` are the kit's; `$` and `$$` here also find SVG elements (the chart).
export { click, root } from '@portal/ui-kit/testing';

export function $<T extends Element = HTMLElement>(el: HTMLElement, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in <${el.localName}>`);
  return found;
}

export const $$ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string): T[] => [...root(el).querySelectorAll<T>(selector)];

/** The visible text of the element's shadow root, or of one part of it, whitespace collapsed. */
export const text = (el: HTMLElement, selector?: string): string => squash((selector ? $(el, selector) : root(el)).textContent);

/** The element focused inside the shadow root. */
export const focused = (el: HTMLElement): Element | null => root(el).activeElement;

/** Chooses `values` for the statements of the step shown. */
export async function answerStep(el: CareerRadarApp, values: readonly number[]): Promise<void> {
  const factor = QUESTIONNAIRE.factors[el.step]!;
  for (const [index, value] of values.entries()) {
    const statement = factor.statements[index];
    if (statement) await click(el, `#answer-${statement.id}-${value}`);
  }
}

/** Presses Next (or "Show the result") and waits for the next step or the result. */
export async function next(el: CareerRadarApp): Promise<void> {
  const step = el.step;
  const view = el.view;
  $(el, 'button.next').click();
  await waitUntil(() => el.step !== step || el.view !== view || el.stepErrors.length > 0, 'Next did nothing');
  await el.updateComplete;
}

/**
 * From the intro to the result: answers per factor (three values each; 3 for a factor not given).
 */
export async function complete(el: CareerRadarApp, byFactor: Readonly<Record<string, readonly number[]>> = {}): Promise<void> {
  if (el.view === 'intro') await click(el, 'button.start');
  for (const factor of QUESTIONNAIRE.factors) {
    await answerStep(el, byFactor[factor.id] ?? [3, 3, 3]);
    await next(el);
  }
  await waitUntil(() => el.view === 'result');
  await el.updateComplete;
}
