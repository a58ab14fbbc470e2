import type { ReactiveControllerHost } from 'lit';
import { LoadController, sameArgs, type LoadState } from '../page/load-controller.js';

// How a form of the kit reads what it needs before it shows (its data and its draft): the kit's
// LoadController, so a newer read or leaving the page aborts the one under way and drops its answer,
// with what a form adds: it waits until the form can start, and when the form's page moves on to
// another id in the same element, the form starts over before the new read.

export interface FormReadOptions {
  /** True once the form has what it needs to start reading. */
  readonly canStart: () => boolean;
  /** What the read depends on (the id the page is about): a change starts over and reads again. */
  readonly args?: () => readonly unknown[];
  /** Reads and applies, unless `signal` was aborted meanwhile. */
  readonly read: (signal: AbortSignal) => Promise<void>;
  /** Another id in the same element: what was shown for the previous one is left behind. */
  readonly startOver: () => void;
  /** After a read has settled and rendered (focus a retry, say the title). */
  readonly settled: (state: LoadState) => void;
}

/** A form's read, as a Lit controller: `state`, `run()` to retry, `gone()` when a send found it gone. */
export class FormRead extends LoadController<readonly unknown[], void> {
  /** The arguments the form's input was written for. */
  private readFor: readonly unknown[] | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly form: FormReadOptions,
  ) {
    super(host, {
      args: () => (form.canStart() ? (form.args?.() ?? []) : undefined),
      task: (_args, signal) => form.read(signal),
      settled: form.settled,
    });
  }

  override hostUpdate(): void {
    if (this.form.canStart()) {
      const args = this.form.args?.() ?? [];
      if (this.readFor !== undefined && !sameArgs(args, this.readFor)) this.form.startOver();
      this.readFor = args;
    }
    super.hostUpdate();
  }
}
