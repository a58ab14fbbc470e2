import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { PageTopic, portalBus, type EventBus } from '@portal/shared-contracts';
import { focusField } from './form-errors.js';

/** The steps of every form: the form, check your answers, the receipt. */
export const FormStep = { edit: 'edit', check: 'check', receipt: 'receipt' } as const;
export type FormStep = (typeof FormStep)[keyof typeof FormStep];

/** Where focus goes after a step is shown: its h1, the error summary, a notice or a field (by issue path). */
export type FocusTarget = 'heading' | 'summary' | 'notice' | { readonly path: string };

export interface FormFlowHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly hasUpdated: boolean;
}

export interface FormFlowOptions {
  /** The page title of each step, in the person's language now. */
  readonly title: (step: FormStep) => string;
  /** The area whose page this is (`page.shown@1`): the kit belongs to no area. */
  readonly area: string;
  readonly bus?: EventBus;
}

/**
 * The step of a form and what goes with changing it: the page title for the shell (`page.shown@1`,
 * which sets `document.title`) and focus on the new step's h1 (WCAG 2.4.3), on the error summary
 * after a failed submit, or on a field after "Change" on the check step.
 *
 * Call `announce()` from the form's locale subscription too, so the title follows the language.
 * The form renders `<h1 tabindex="-1">`, `.error-summary` and `.notice` (the kit's templates do).
 */
export class FormFlowController implements ReactiveController {
  step: FormStep = FormStep.edit;
  private connected = false;

  constructor(
    private readonly host: FormFlowHost,
    private readonly options: FormFlowOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // Announced after the first render (the shell focuses our h1, which must exist by then).
    void this.host.updateComplete.then(() => this.announce());
  }

  hostDisconnected(): void {
    this.connected = false;
  }

  /**
   * Tells the shell the current step's title (again after a change of language). Not once the form
   * has left the page: a form removed before its first render finished must not name the page
   * that replaced it.
   */
  announce(): void {
    if (!this.host.hasUpdated || !this.connected) return;
    (this.options.bus ?? portalBus).publish(PageTopic, { area: this.options.area, title: this.options.title(this.step) });
  }

  /** Shows a step and moves focus; the title is announced when the step changes. */
  async goTo(step: FormStep, focus: FocusTarget = 'heading'): Promise<void> {
    const changed = step !== this.step;
    this.step = step;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (changed) this.announce();
    this.focus(focus);
  }

  /** Moves focus within the form (after it has rendered). */
  focus(target: FocusTarget): void {
    const root = this.host.renderRoot;
    if (typeof target === 'object') {
      if (focusField(root, target.path)) return;
      target = 'heading';
    }
    const selector = target === 'heading' ? 'h1' : target === 'summary' ? '.error-summary' : '.notice';
    root.querySelector<HTMLElement>(selector)?.focus();
  }
}

/**
 * The text of a form's one polite live region: a character count once typing pauses, and at once
 * what a button did ("Education 2 removed", "uploaded", "could not be accepted"). Render
 * `politeRegion(announcer)` once per form.
 */
export class PoliteAnnouncer implements ReactiveController {
  text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs = 1000,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Says `text` after the delay (a newer text replaces one not yet said); `now` says it at once. */
  say(text: string, now = false): void {
    clearTimeout(this.timer);
    const apply = (): void => {
      // The same text twice is not a change a screen reader would announce: nudge it.
      this.text = text === this.text ? `${text}\u00a0` : text;
      this.host.requestUpdate();
    };
    if (now) apply();
    else this.timer = setTimeout(apply, this.delayMs);
  }
}

/**
 * The form's one polite live region (visually hidden, class `live` for tests and styles). Rendered
 * from the start, empty: a live region that appears together with its text is often not announced.
 */
export function politeRegion(announcer: PoliteAnnouncer): TemplateResult {
  return html`<p class="visually-hidden live" aria-live="polite" aria-atomic="true">${announcer.text}</p>`;
}
