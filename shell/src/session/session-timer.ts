/** When the warning appears before the session would end (WCAG 2.2.1 asks for at least 20 s). */
export const WARN_BEFORE_MS = 120_000;

export interface SessionTimerOptions {
  /** The session will end at `endsAt`; `canExtend` is false when the absolute lifetime is what ends it. */
  readonly onWarn: (endsAt: Date, canExtend: boolean) => void;
  /** The moment the session should have ended: the caller confirms with the server. */
  readonly onEnd: () => void;
  readonly warnBeforeMs?: number;
  readonly now?: () => number;
}

/**
 * Schedules the timeout warning and the end of a session from the expiry times the server gives.
 * It decides nothing on its own: the server enforces both limits, and the shell asks it at the end.
 */
export class SessionTimer {
  private idleEndsAt: number | undefined;
  private absoluteEndsAt: number | undefined;
  private warnTimer: ReturnType<typeof setTimeout> | undefined;
  private endTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly warnBeforeMs: number;
  private readonly now: () => number;

  constructor(private readonly options: SessionTimerOptions) {
    this.warnBeforeMs = options.warnBeforeMs ?? WARN_BEFORE_MS;
    this.now = options.now ?? Date.now;
  }

  /** New expiry times; the absolute one is kept when omitted (activity moves only the idle one). */
  update(idleExpiresAt: string, absoluteExpiresAt?: string): void {
    this.idleEndsAt = Date.parse(idleExpiresAt);
    if (absoluteExpiresAt) this.absoluteEndsAt = Date.parse(absoluteExpiresAt);
    this.schedule();
  }

  stop(): void {
    clearTimeout(this.warnTimer);
    clearTimeout(this.endTimer);
    this.idleEndsAt = undefined;
    this.absoluteEndsAt = undefined;
  }

  /** When the session ends by whichever limit comes first, if one is known. */
  get endsAt(): Date | undefined {
    const end = this.end();
    return end === undefined ? undefined : new Date(end);
  }

  private end(): number | undefined {
    if (this.idleEndsAt === undefined) return undefined;
    return this.absoluteEndsAt === undefined ? this.idleEndsAt : Math.min(this.idleEndsAt, this.absoluteEndsAt);
  }

  private schedule(): void {
    clearTimeout(this.warnTimer);
    clearTimeout(this.endTimer);
    const end = this.end();
    if (end === undefined || Number.isNaN(end)) return;
    const canExtend = this.absoluteEndsAt === undefined || this.idleEndsAt! < this.absoluteEndsAt;
    const untilEnd = Math.max(0, end - this.now());
    // A session shorter than twice the lead time (a test setting) is warned about half-way through.
    const lead = Math.min(this.warnBeforeMs, untilEnd / 2);
    this.warnTimer = setTimeout(() => this.options.onWarn(new Date(end), canExtend), Math.max(0, untilEnd - lead));
    this.endTimer = setTimeout(() => this.options.onEnd(), untilEnd);
  }
}
