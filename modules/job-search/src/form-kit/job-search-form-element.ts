import { html, LitElement, nothing, type TemplateResult } from 'lit';
import {
  DEFAULT_LOCALE,
  DraftController,
  fetchJson,
  formatDate,
  formatMessage,
  LocaleTopic,
  TopicController,
  type Locale,
  type Messages,
} from '@portal/shared-contracts';
import {
  JOB_SEARCH_PATHS,
  JobSearchReceiptSchema,
  JobSearchSchema,
  type JobSearch,
  type JobSearchReceipt,
} from '@portal/shared-contracts/job-search';
import { JobSearchChangedEvent } from '../events.js';
import { characterCountText, errorsFromApiError, type FieldErrors, FormStep, IdempotentPost, isConflict, PoliteAnnouncer, politeRegion, receiptPanel } from '@portal/ui-kit/form';
import { followInternalLink, formatDateTime, notice } from '@portal/ui-kit/page';
import { errorSummary } from './controls.js';
import { errorText, kitText } from './errors.js';
import { FormFlowController } from './flow.js';

/** Where a form is with what it needs before it can show (a form uses the states it has). */
export const LoadState = { idle: 'idle', loading: 'loading', ready: 'ready', notFound: 'not-found', failed: 'failed' } as const;
export type LoadState = (typeof LoadState)[keyof typeof LoadState];

/** The notices every form can show; a form adds its own (what a 409 turned out to mean). */
export const FormNotice = { draftRestored: 'draftRestored', conflict: 'conflict', sendFailed: 'sendFailed' } as const;
export type FormNotice = (typeof FormNotice)[keyof typeof FormNotice];

/** The texts every form has in its own words: step titles, its buttons, the receipt's heading. */
export type FormMessageKey = 'titleEdit' | 'titleCheck' | 'titleReceipt' | 'continue' | 'cancel' | 'send' | 'receiptHeading';

/** A form's values checked: the request to send, or the errors by issue path. */
export type Validation<Request> = { ok: true; request: Request } | { ok: false; errors: FieldErrors };

/** A draft read back over the values a form starts from, and whether it had anything to give. */
export type Restored<Values> = { values: Values; restored: boolean };

export interface FormSetup<Key extends string> {
  /** The server-side draft's key, `job-search.<form>`. */
  readonly draftKey: string;
  /** Where the form is sent (a JOB_SEARCH_PATHS entry answering with a JobSearchReceipt). */
  readonly url: string;
  readonly messages: Messages<Key | FormMessageKey>;
}

/**
 * What every form of the job-search area is, written once: the properties the area page sets
 * (`jobSearch`, `base-path`) and the form's state; the steps (edit, check, receipt) with their
 * titles announced to the shell; the language from the bus; the draft; sending with an idempotency
 * key; and what a failed send means, the same in every form (docs/ARCHITECTURE.md, "Forms"):
 *
 * - a 400 puts the server's codes next to the fields, the error summary focused;
 * - a 409 fetches the newest job seeking (its `updatedAt` is the next `basedOn`), tells the area
 *   page, keeps what was typed and says so (`conflictNotice`);
 * - a 5xx or a network error keeps everything and offers a retry, which sends the same key;
 * - a success discards the draft, fires `job-search-changed` and shows the receipt.
 *
 * A form supplies its setup (draft key, URL, messages) to the constructor, and implements
 * `canStart`, `load`, `validate`, `noticeText` and `renderBody`; it may override `stepTitle`,
 * `draftData`, `errorFor`, `conflictNotice` and `handleConflict`. Nothing here renders a field:
 * that is each form's own, with the kit's controls.
 *
 * @fires job-search-changed - The job seeking state after a send or a 409 (JobSearchChangedEvent).
 */
export abstract class JobSearchFormElement<
  Values extends Record<string, unknown>,
  Request,
  Key extends string,
  Notice extends string = FormNotice,
> extends LitElement {
  static override properties = {
    jobSearch: { attribute: false },
    basePath: { attribute: 'base-path' },
    loadState: { state: true },
    values: { state: true },
    errors: { state: true },
    notice: { state: true },
    submitting: { state: true },
    receipt: { state: true },
  };

  declare jobSearch: JobSearch | undefined;
  declare basePath: string;
  declare loadState: LoadState;
  /** What the person typed; never cleared by an error. */
  declare values: Values | undefined;
  /** Error codes by issue path (the contract's codes, worded at render time). */
  declare errors: FieldErrors;
  declare notice: Notice | FormNotice | undefined;
  declare submitting: boolean;
  declare receipt: JobSearchReceipt | undefined;

  private readonly locale = new TopicController(this, LocaleTopic, () => this.flow.announce());
  // The shell's document title without the soft hyphens some headings carry for narrow screens.
  readonly flow = new FormFlowController(this, { title: (step) => this.stepTitle(step).replace(/\u00AD/g, '') });
  protected readonly announcer = new PoliteAnnouncer(this);
  protected readonly draft: DraftController<Record<string, unknown>>;
  /** One key per report: a retry or a double click is the same report to the server. */
  private readonly sender: IdempotentPost<typeof JobSearchReceiptSchema>;
  private readonly messages: Messages<Key | FormMessageKey>;
  /** What was sent, for the receipt: the values as typed and the request made of them. */
  protected sent: { values: Values; request: Request } | undefined;
  private started = false;

  constructor(setup: FormSetup<Key>) {
    super();
    this.messages = setup.messages;
    this.draft = new DraftController(this, {
      key: setup.draftKey,
      // After the receipt there is nothing left to keep.
      values: () => (this.flow.step === FormStep.receipt ? undefined : this.draftData()),
    });
    this.sender = new IdempotentPost(setup.url, JobSearchReceiptSchema);
    this.jobSearch = undefined;
    this.basePath = '/job-search';
    this.loadState = LoadState.idle;
    this.values = undefined;
    this.errors = {};
    this.notice = undefined;
    this.submitting = false;
    this.receipt = undefined;
  }

  /** The step shown: edit, check or receipt. */
  get step(): FormStep {
    return this.flow.step;
  }

  /** The idempotency key the next send uses (the same on a retry). */
  get idempotencyKey(): string {
    return this.sender.key;
  }

  // What a form supplies -----------------------------------------------------------------------------

  /** True once the form has what it needs to start loading, and applies to the person's job seeking. */
  protected abstract get canStart(): boolean;

  /** Loads what the form needs and restores the draft (`startFrom`); called once, when `canStart`. */
  protected abstract load(): Promise<void>;

  /** The values checked and made into the request; undefined while there is nothing to check. */
  protected abstract validate(): Validation<Request> | undefined;

  /** The words of one of the form's own notices; undefined for one it shows elsewhere. */
  protected abstract noticeText(shown: Notice | FormNotice): string | undefined;

  /** Everything below the h1 on `step`. */
  protected abstract renderBody(step: FormStep): TemplateResult | typeof nothing;

  /** The h1 and the page title of a step. */
  protected stepTitle(step: FormStep): string {
    return this.t(step === FormStep.edit ? 'titleEdit' : step === FormStep.check ? 'titleCheck' : 'titleReceipt');
  }

  /** What the draft keeps now; undefined when there is nothing to keep. */
  protected draftData(): Record<string, unknown> | undefined {
    return this.values;
  }

  /** An error code in words; a form words some codes its own way for the field they are on. */
  protected errorFor(_path: string, code: string): string {
    return errorText(code, this.language);
  }

  /** The notice after a 409, from the newest state (undefined when it could not be fetched). */
  protected conflictNotice(_latest: JobSearch | undefined): Notice | FormNotice {
    return FormNotice.conflict;
  }

  // Texts --------------------------------------------------------------------------------------------

  protected get language(): Locale {
    return this.locale.value?.locale ?? DEFAULT_LOCALE;
  }

  protected t(key: Key | FormMessageKey, params?: Record<string, string | number>): string {
    return formatMessage(this.messages[this.language][key], params);
  }

  protected date(value: string): string {
    return formatDate(value, this.language);
  }

  /** The error text of a path, or undefined. */
  protected error(path: string): string | undefined {
    const code = this.errors[path];
    return code === undefined ? undefined : this.errorFor(path, code);
  }

  // Loading and editing ------------------------------------------------------------------------------

  protected override willUpdate(): void {
    if (!this.started && this.canStart) {
      this.started = true;
      void this.load();
    }
  }

  /**
   * The values the form starts from, unless the person has typed already: a saved draft read over
   * `base` (with a notice that it was restored), else `base`.
   */
  protected startFrom(draft: Record<string, unknown> | undefined, base: Values, restore: (draft: Record<string, unknown>) => Restored<Values>): void {
    if (this.values) return;
    const restored = draft ? restore(draft) : { values: base, restored: false };
    this.values = restored.values;
    if (restored.restored) this.notice = FormNotice.draftRestored;
  }

  /**
   * `load` of a form that needs nothing but its draft: restores it once, before the form shows, so
   * nothing typed is overwritten by a late answer. No draft, or one that cannot be read: `base`.
   */
  protected async loadDraft(base: Values, restore: (draft: Record<string, unknown>) => Restored<Values>): Promise<void> {
    this.loadState = LoadState.loading;
    this.startFrom(await this.draft.restore(), base, restore);
    this.loadState = LoadState.ready;
  }

  /** One value changed: kept, and the draft saved once typing pauses. */
  protected set<K extends keyof Values>(key: K, value: Values[K]): void {
    if (!this.values) return;
    this.values = { ...this.values, [key]: value };
    this.draft.changed();
  }

  /** A text area's input: kept with `keep`, and its character count said politely once typing pauses. */
  protected countedInput(maxLength: number, keep: (value: string) => void): (value: string) => void {
    return (value) => {
      keep(value);
      this.announcer.say(characterCountText(value.length, maxLength, this.language));
    };
  }

  /** The edit step's submit: on to the check step, or the errors with the summary focused. */
  protected continueToCheck(event: Event): void {
    event.preventDefault();
    const result = this.validate();
    if (!result) return;
    if (!result.ok) {
      this.showErrors(result.errors);
      return;
    }
    this.errors = {};
    // The "restored" and "conflict" notes have done their job once the person moves on.
    if (this.notice !== FormNotice.sendFailed) this.notice = undefined;
    void this.draft.save();
    void this.flow.goTo(FormStep.check);
  }

  private showErrors(errors: FieldErrors): void {
    this.errors = errors;
    void this.flow.goTo(FormStep.edit, 'summary');
  }

  // Sending ------------------------------------------------------------------------------------------

  /** Sends the form; every failure keeps what was typed. */
  async send(event?: Event): Promise<void> {
    event?.preventDefault();
    const values = this.values;
    if (!values || this.submitting) return;
    const result = this.validate();
    if (!result) return;
    if (!result.ok) {
      this.showErrors(result.errors);
      return;
    }
    this.submitting = true;
    this.notice = undefined;
    try {
      const receipt = await this.sender.send(result.request);
      this.receipt = receipt;
      this.sent = { values, request: result.request };
      await this.draft.discard();
      this.dispatchEvent(new JobSearchChangedEvent(receipt.jobSearch));
      void this.flow.goTo(FormStep.receipt);
    } catch (error) {
      await this.handleSendError(error);
    } finally {
      this.submitting = false;
    }
  }

  private async handleSendError(error: unknown): Promise<void> {
    if (await this.handleConflict(error)) return;
    const errors = errorsFromApiError(error);
    if (errors) {
      this.showErrors(errors);
      return;
    }
    this.notice = FormNotice.sendFailed;
    void this.draft.save();
    await this.updateComplete;
    this.flow.focus('notice');
  }

  /**
   * A 409: the job seeking changed meanwhile. Shows the newest state with the person's input kept,
   * and says so; true when `error` was one this handles.
   */
  protected async handleConflict(error: unknown): Promise<boolean> {
    if (!isConflict(error)) return false;
    let latest: JobSearch | undefined;
    try {
      latest = await fetchJson(JOB_SEARCH_PATHS.jobSearch, JobSearchSchema);
      this.jobSearch = latest;
      this.dispatchEvent(new JobSearchChangedEvent(latest));
    } catch {
      // The notice still says what happened; the next attempt meets the 409 again and refetches.
    }
    this.notice = this.conflictNotice(latest);
    void this.draft.save();
    void this.flow.goTo(FormStep.edit, 'notice');
    return true;
  }

  // Rendering ----------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const step = this.flow.step;
    return html`
      <h1 tabindex="-1">${this.stepTitle(step)}</h1>
      ${this.renderBody(step)} ${politeRegion(this.announcer)}
    `;
  }

  protected renderLoading(): TemplateResult {
    return html`<p role="status">${kitText(this.language, 'loading')}</p>`;
  }

  /** What the form needs could not be fetched: `text`, and a retry that loads again. */
  protected renderLoadFailed(text: string): TemplateResult {
    return notice(
      'error',
      text,
      html`<button class="button retry" type="button" @click=${() => void this.load()}>${kitText(this.language, 'retry')}</button>`,
    );
  }

  /** After a failed load: focus on the retry, so the person hears what happened and can act. */
  protected async focusRetry(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.retry')?.focus();
  }

  /** The notice above the form: a restored draft, a 409's (the form's words), a failed send with its retry. */
  protected renderNotice(): TemplateResult | typeof nothing {
    const shown = this.notice;
    if (shown === undefined) return nothing;
    if (shown === FormNotice.draftRestored) return notice('info', kitText(this.language, 'draftRestored'));
    if (shown === FormNotice.sendFailed) {
      return notice(
        'error',
        kitText(this.language, 'sendFailed'),
        html`<button class="button retry" type="button" ?disabled=${this.submitting} @click=${() => void this.send()}>
          ${kitText(this.language, 'retry')}
        </button>`,
      );
    }
    const text = this.noticeText(shown);
    return text === undefined ? nothing : notice('error', text);
  }

  /**
   * The form does not apply now (job seeking not valid, already registered, its end reported):
   * `body` says why, then the way back; with the notice when a 409 (`conflict`) is what showed it.
   */
  protected renderClosed(conflict: Notice, body: TemplateResult): TemplateResult {
    return html`${this.notice === conflict ? this.renderNotice() : nothing} ${body} ${this.backLink()}`;
  }

  /** Job seeking is not valid: nothing to report, and the way to register. */
  protected renderNotActive(conflict: Notice, text: string, registerLabel: string): TemplateResult {
    return this.renderClosed(
      conflict,
      html`<p>${text}</p>
        <p><a class="button" href="${this.basePath}/register" @click=${followInternalLink}>${registerLabel}</a></p>`,
    );
  }

  protected backLink(): TemplateResult {
    return html`<p><a href=${this.basePath} @click=${followInternalLink}>${kitText(this.language, 'backToJobSearch')}</a></p>`;
  }

  /** The error summary at the top of the edit step, the fields' errors in the form's words. */
  protected renderErrorSummary(order: readonly string[]): TemplateResult | typeof nothing {
    return errorSummary({
      errors: this.errors,
      order,
      locale: this.language,
      root: this.renderRoot,
      text: (code, path) => this.errorFor(path, code),
    });
  }

  /** The edit step's form: its fields, then Continue (to the check step) and Cancel (back to the area). */
  protected renderEditForm(fields: TemplateResult): TemplateResult {
    return html`<form id="form" novalidate @submit=${this.continueToCheck}>
      ${fields}
      <div class="actions">
        <button class="button" type="submit">${this.t('continue')}</button>
        <a class="button secondary" href=${this.basePath} @click=${followInternalLink}>${this.t('cancel')}</a>
      </div>
    </form>`;
  }

  /** The check step's Send (busy while sending, so a double click sends once) and Change. */
  protected renderSendForm(): TemplateResult {
    return html`<form @submit=${(event: Event) => void this.send(event)}>
      <div class="actions">
        <button class="button send" type="submit" ?disabled=${this.submitting} aria-disabled=${String(this.submitting)}>
          ${this.submitting ? kitText(this.language, 'sending') : this.t('send')}
        </button>
        <button class="button secondary" type="button" @click=${() => void this.flow.goTo(FormStep.edit)}>${kitText(this.language, 'change')}</button>
      </div>
    </form>`;
  }

  /** A summary row's Change: back to the edit step, focus on the field of `path` (none on a receipt). */
  protected changeTo(path: string, withChange: boolean): (() => void) | undefined {
    return withChange ? () => void this.flow.goTo(FormStep.edit, { path }) : undefined;
  }

  /** The receipt's panel: what was received, and when. */
  protected renderReceiptPanel(receipt: JobSearchReceipt): TemplateResult {
    const language = this.language;
    return receiptPanel(this.t('receiptHeading'), kitText(language, 'receivedAt', { time: formatDateTime(receipt.receivedAt, language) }));
  }
}
