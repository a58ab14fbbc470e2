import { fetchJson, fetchOptionalJson } from './api/client.js';
import { DraftSchema } from './api/drafts.js';
import type { EventBus } from './bus/bus.js';
import { portalBus } from './bus/instance.js';
import { SessionExpiringTopic } from './bus/topics.js';
import type { ControllerHost } from './controllers.js';

/** How long typing must pause before the draft is saved: one save per burst, not per key. */
export const DRAFT_SAVE_DELAY_MS = 800;

export interface DraftControllerOptions<T extends Record<string, unknown>> {
  /** `<area>.<form>`, e.g. `job-search.registration` (DraftKeySchema). */
  readonly key: string;
  /** The form's values as they stand now; undefined while there is nothing to save. */
  readonly values: () => T | undefined;
  readonly bus?: EventBus;
  readonly delayMs?: number;
}

/**
 * Keeps what a person types in a form as a server-side draft (PUT /api/drafts/:key): saved when
 * typing pauses, when the session is about to end (`session.expiring@1`) and when the form leaves
 * the page; restored once with `restore()` (GET: 204 No Content when there is none); deleted with
 * `discard()` after the form is sent, or when the person abandons what they typed.
 *
 * Only typing since the last save is saved (`changed()` marks it): a save is server activity, and
 * saving an unchanged draft at every timeout warning would keep the session alive for ever.
 *
 * Structural host (like TopicController), so the contracts need no lit.
 */
export class DraftController<T extends Record<string, unknown>> {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;
  /** A draft is on the server: one was restored or saved, and not discarded since. */
  private stored = false;
  private unsubscribe: (() => void) | undefined;

  constructor(
    host: ControllerHost,
    private readonly options: DraftControllerOptions<T>,
  ) {
    host.addController(this);
  }

  private get url(): string {
    return `/api/drafts/${encodeURIComponent(this.options.key)}`;
  }

  hostConnected(): void {
    const subscription = (this.options.bus ?? portalBus).subscribe(SessionExpiringTopic, () => void this.save());
    this.unsubscribe = () => subscription.unsubscribe();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    // Leaving the page mid-edit: keep what was typed.
    if (this.timer) void this.save();
  }

  /** The person typed: save after a pause. */
  changed(): void {
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), this.options.delayMs ?? DRAFT_SAVE_DELAY_MS);
  }

  /** True while something typed has not reached the server. */
  get unsaved(): boolean {
    return this.dirty;
  }

  /**
   * True when there is a draft to keep or to throw away: one was restored or saved, or something
   * was typed since. A form asks what to do with it before the person leaves (and not otherwise).
   */
  get held(): boolean {
    return this.dirty || this.stored;
  }

  /**
   * The saved draft's data, or undefined when there is none or it cannot be read: a draft is a
   * safety net, and the form works without it. The caller checks the data's shape (it was saved by
   * an older version of the form, perhaps).
   */
  async restore(): Promise<Record<string, unknown> | undefined> {
    try {
      const data = (await fetchOptionalJson(this.url, DraftSchema))?.data;
      this.stored = data !== undefined;
      return data;
    } catch {
      return undefined;
    }
  }

  /** Saves now if anything changed since the last save. Never throws: a failed save stays dirty. */
  async save(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const values = this.options.values();
    if (!this.dirty || values === undefined) return;
    this.dirty = false;
    try {
      await fetchJson(this.url, DraftSchema, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ data: values }),
      });
      this.stored = true;
    } catch (error) {
      this.dirty = true;
      console.warn(`The draft ${this.options.key} could not be saved`, error);
    }
  }

  /** The form was sent (or abandoned on purpose): forget the draft here and on the server. */
  async discard(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.dirty = false;
    this.stored = false;
    await fetch(this.url, { method: 'DELETE', credentials: 'same-origin' }).catch(() => undefined);
  }
}
