import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiRequestError } from '@portal/shared-contracts';

// Modeled on @lit/task (the Lit team's controller for async data) rather than taken from it: the
// package imports `@lit/reactive-element` directly, which Module Federation does not share with the
// shell's `lit`, so every module would bundle a second copy of the reactive element. The behaviour
// is the same where it matters: a run per change of arguments, the previous run aborted, a stale
// answer never drawn, `run()` to retry.

/** Where an element's data stands: not asked yet, on its way, shown, not found (a 404), or failed (retry). */
export const LoadState = { idle: 'idle', loading: 'loading', loaded: 'loaded', notFound: 'not-found', failed: 'failed' } as const;
export type LoadState = (typeof LoadState)[keyof typeof LoadState];

export interface LoadOptions<Args extends readonly unknown[], T> {
  /** Reads the data for `args`; `signal` is aborted when a newer run starts or the host leaves the page. */
  readonly task: (args: Args, signal: AbortSignal) => Promise<T>;
  /**
   * The arguments, read before every update of the host: a run starts when they change (compared
   * item by item). Return `undefined` while the data cannot be asked for yet (signed out, no id):
   * nothing runs, and what was loaded is kept until the next run.
   */
  readonly args: () => Args | undefined;
  /** Called after a run has settled and the host has rendered it (focus a retry, announce a title). */
  readonly settled?: (state: LoadState) => void;
}

/** The same arguments, item by item. */
export const sameArgs = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean =>
  a !== undefined && b !== undefined && a.length === b.length && a.every((value, index) => Object.is(value, b[index]));

/**
 * An element's async data as a Lit controller: `state`, `value` and `error`, a run whenever the
 * arguments change, `run()` to retry, `reset()` to read again on the next update. Only the latest
 * run's answer is applied; an earlier one that arrives late is dropped, never drawn over the new.
 * A 404 (`ApiRequestError` with status 404) is `not-found`, its own page with no retry; anything
 * else is `failed`, which a page offers to retry.
 */
export class LoadController<Args extends readonly unknown[], T> implements ReactiveController {
  state: LoadState = LoadState.idle;
  value: T | undefined = undefined;
  error: unknown = undefined;
  private lastArgs: Args | undefined;
  private controller: AbortController | undefined;
  private runId = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LoadOptions<Args, T>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.options.args();
    if (args !== undefined && !sameArgs(args, this.lastArgs)) void this.run(args);
  }

  hostConnected(): void {
    // Back on the page after a read was aborted: an update, so the read starts again.
    if (this.lastArgs === undefined) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.abort();
    this.runId++;
    // Back on the page, the data is read again (the element may have been away for long).
    this.lastArgs = undefined;
  }

  /** Reads again with the current arguments (a retry button), or with `args`. */
  async run(args: Args | undefined = this.options.args()): Promise<void> {
    if (args === undefined) return;
    this.abort();
    this.lastArgs = args;
    const id = ++this.runId;
    const controller = new AbortController();
    this.controller = controller;
    this.state = LoadState.loading;
    this.host.requestUpdate();
    let state: LoadState;
    try {
      const value = await this.options.task(args, controller.signal);
      if (id !== this.runId) return;
      this.value = value;
      this.error = undefined;
      state = LoadState.loaded;
    } catch (error) {
      if (id !== this.runId) return;
      this.error = error;
      state = error instanceof ApiRequestError && error.status === 404 ? LoadState.notFound : LoadState.failed;
    }
    this.controller = undefined;
    this.state = state;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (id === this.runId) this.options.settled?.(state);
  }

  /** The data is out of date (something was sent): forgotten, and read again on the next update. */
  reset(): void {
    this.abort();
    this.runId++;
    this.lastArgs = undefined;
    this.value = undefined;
    this.error = undefined;
    this.state = LoadState.idle;
    this.host.requestUpdate();
  }

  /** Replaces the data with what the page already has (an answer that carried the newest state). */
  set(value: T): void {
    this.abort();
    this.runId++;
    this.lastArgs = this.options.args();
    this.value = value;
    this.error = undefined;
    this.state = LoadState.loaded;
    this.host.requestUpdate();
  }

  /** What was read is gone (a later answer was a 404): `not-found` until the arguments change or `run()`. */
  gone(): void {
    this.abort();
    this.runId++;
    this.value = undefined;
    this.error = undefined;
    this.state = LoadState.notFound;
    this.host.requestUpdate();
  }

  private abort(): void {
    this.controller?.abort();
    this.controller = undefined;
  }
}
