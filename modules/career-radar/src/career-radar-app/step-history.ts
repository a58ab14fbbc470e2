import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { View } from './pages.js';

// The tool's steps as entries of the browser's history: same address, the step in the entry's state.
// The browser's Back then goes to the previous step, as people expect of a form in pages, instead of
// out of the tool with the answers.

/** The key of the tool's step in `history.state` (beside whatever else the page keeps there). */
const HISTORY_KEY = 'careerRadarStep';

export interface HistoryStep {
  readonly view: View;
  readonly step: number;
}

/** The step an entry's state names; an entry without one is where the tool began (its intro). */
function stepOf(state: unknown, steps: number): HistoryStep {
  const saved = (state as Record<string, unknown> | null)?.[HISTORY_KEY] as { view?: unknown; step?: unknown } | undefined;
  const step = typeof saved?.step === 'number' && Number.isInteger(saved.step) && saved.step >= 0 && saved.step < steps ? saved.step : 0;
  const view = saved?.view === View.questions || saved?.view === View.result ? saved.view : View.intro;
  return { view, step };
}

export class StepHistory implements ReactiveController {
  /**
   * @param steps How many steps the questionnaire has (a stale entry may name one no longer there).
   * @param onStep Shows the step of an entry the person went Back or Forward to.
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly steps: number,
    private readonly onStep: (to: HistoryStep) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /**
   * A new entry for the step the person moved to. The entry left is first marked with the step it
   * showed: an entry the tool began on may carry a step of an earlier round (the same address).
   */
  push(from: HistoryStep, to: HistoryStep): void {
    if (from.view === to.view && from.step === to.step) return;
    const state = (at: HistoryStep): object => ({
      ...(window.history.state as object | null),
      [HISTORY_KEY]: { view: at.view, step: at.step },
    });
    window.history.replaceState(state(from), '');
    window.history.pushState(state(to), '');
  }

  /** Whether the current entry is the one pushed for this step (so going back is the browser's Back). */
  isCurrent(at: HistoryStep): boolean {
    const here = (window.history.state as Record<string, unknown> | null)?.[HISTORY_KEY] as HistoryStep | undefined;
    return here?.view === at.view && here.step === at.step;
  }

  private readonly onPopState = (event: PopStateEvent): void => this.onStep(stepOf(event.state, this.steps));
}
