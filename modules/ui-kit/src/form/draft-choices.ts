import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { DraftController } from '@portal/shared-contracts';
import { followInternalLink, navigateTo } from '../page/navigation.js';
import type { UiMessageKey } from '../i18n/kit.messages.js';
import type { FieldErrors } from './form-errors.js';
import { editActions, leavePanel } from './form-actions.js';

export interface DraftChoicesOptions {
  /** The draft's key, `<area>.<form>` (a function when it follows an id: read at each save). */
  readonly key: string | (() => string);
  /** What the draft keeps now; undefined when there is nothing to keep. */
  readonly values: () => Record<string, unknown> | undefined;
  /** The kit's words in the person's language (`startAgain`, `leaveHeading`…), as the form words them. */
  readonly words: (key: UiMessageKey) => string;
  /** Says a text politely at once (the form's live region). */
  readonly say: (text: string) => void;
}

/** The form: what "start again" resets (what was typed, its errors, the notice), and where it renders. */
export interface DraftChoicesHost<Values> extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  values: Values | undefined;
  errors: FieldErrors;
  notice: string | undefined;
}

/**
 * A form's draft (the contracts' DraftController), and the person's say over it, so that an
 * abandoned edit is not shown again and again (issue 20: a blanked phone back after a sign-out):
 *
 * - "start again" on a restored draft's notice throws the draft away and shows `base` again (what
 *   the form starts from with no draft: the person's data as it is, or empty), focus on the first field;
 * - Cancel is a plain link back with no draft; with one (restored, or typed since) it asks, in place
 *   of the form's buttons and focused: keep the draft and leave, throw it away and leave, or go on
 *   editing (focus back on Cancel; Escape too).
 */
export class DraftChoices<Values> {
  readonly draft: DraftController<Record<string, unknown>>;
  /** What the form shows with no draft; no "start again" is offered while there is none. */
  base: Values | undefined;
  /** Where Cancel leads, while the question is open. */
  private leaveTo: string | undefined;

  constructor(
    private readonly host: DraftChoicesHost<Values>,
    private readonly options: DraftChoicesOptions,
  ) {
    const key = options.key;
    this.draft = new DraftController(host, {
      get key() {
        return typeof key === 'function' ? key() : key;
      },
      values: options.values,
    });
  }

  /** Another id in the same element: no base yet, no question open. */
  reset(): void {
    this.base = undefined;
    this.leaveTo = undefined;
  }

  /** The restored notice's button, while there is a base to go back to. */
  startAgainButton(): TemplateResult | undefined {
    if (this.base === undefined) return undefined;
    const label = this.options.words('startAgain');
    return html`<button class="button secondary start-again" type="button" @click=${() => void this.startAgain()}>${label}</button>`;
  }

  /** Continue and Cancel (back to `cancelHref`) in the form's words, or the question in their place. */
  actions(own: { readonly continue: string; readonly cancel: string }, cancelHref: string): TemplateResult {
    if (this.leaveTo === undefined) return editActions(own, cancelHref, (event) => void this.cancel(event, cancelHref));
    const w = this.options.words;
    const answer = (choice: 'keep' | 'discard' | 'stay') => () => void this.answer(choice);
    return leavePanel(
      { heading: w('leaveHeading'), keep: w('leaveKeep'), discard: w('leaveDiscard'), stay: w('leaveStay') },
      { keep: answer('keep'), discard: answer('discard'), stay: answer('stay') },
    );
  }

  private async startAgain(): Promise<void> {
    const base = this.base;
    if (base === undefined) return;
    // First, so that nothing typed meanwhile is saved and then deleted.
    await this.draft.discard();
    [this.host.values, this.host.errors, this.host.notice] = [base, {}, undefined];
    this.options.say(this.options.words('draftDiscarded'));
    await this.update();
    const first = this.host.renderRoot.querySelector<HTMLElement>('#form :is(input, select, textarea)');
    (first ?? this.host.renderRoot.querySelector<HTMLElement>('h1'))?.focus();
  }

  /** A click on Cancel: followed at once with no draft; a click that opens a new tab stays the browser's. */
  private async cancel(event: MouseEvent, href: string): Promise<void> {
    if (!this.draft.held) {
      followInternalLink(event);
      return;
    }
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.leaveTo = href;
    await this.update();
    this.host.renderRoot.querySelector<HTMLElement>('.leave')?.focus();
  }

  /** Leave with the draft kept (what was typed saved first) or thrown away, or stay with focus back on Cancel. */
  private async answer(choice: 'keep' | 'discard' | 'stay'): Promise<void> {
    const to = this.leaveTo;
    if (to === undefined) return;
    if (choice === 'stay') {
      this.leaveTo = undefined;
      await this.update();
      this.host.renderRoot.querySelector<HTMLElement>('.cancel')?.focus();
      return;
    }
    await (choice === 'keep' ? this.draft.save() : this.draft.discard());
    navigateTo(to);
  }

  private update(): Promise<boolean> {
    this.host.requestUpdate();
    return this.host.updateComplete;
  }
}
