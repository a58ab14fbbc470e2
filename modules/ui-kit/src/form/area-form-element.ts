import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { formatMessage, type DraftController, type Locale, type Messages } from '@portal/shared-contracts';
import { uiText, type UiMessageKey } from '../i18n/kit.messages.js';
import { formatDateTime } from '../page/dates.js';
import { LoadState } from '../page/load-controller.js';
import { LocaleController } from '../page/locale-controller.js';
import { followInternalLink } from '../page/navigation.js';
import { notice } from '../page/notice.js';
import { receiptPanel } from './check-answers.js';
import { errorSummary } from './error-summary.js';
import { DraftChoices } from './draft-choices.js';
import { editForm, retryNotice, sendForm } from './form-actions.js';
import { characterCountText } from './form-controls.js';
import { errorsFromApiError, maintenanceRetryAt, maintenanceText, type FieldErrors } from './form-errors.js';
import { FormFlowController, FormStep, PoliteAnnouncer, politeRegion } from './form-flow.js';
import { FormRead } from './form-read.js';
import { IdempotentPost } from './idempotent-post.js';
import {
  FormNotice,
  type AreaFormSetup,
  type ContractSchema,
  type FormMessageKey,
  type Receipt,
  type ReceiptOf,
  type Restored,
  type RestoreDraft,
  type Validation,
} from './area-form-types.js';

export { FormNotice };
export type { AreaFormSetup, FormMessageKey, Receipt, ReceiptOf, Restored, RestoreDraft, Validation };

/**
 * What every form of every area is, written once (docs/DESIGN-NOTES.md, "Forms"): the steps (edit,
 * check, receipt) with their titles announced to the shell and focus moved; the language from the
 * bus; the draft saved while typing, restored with a notice, thrown away on request (DraftChoices);
 * sending with an idempotency key; and what a failed send means, the same in every form:
 *
 * - a 400 puts the server's codes next to the fields, the error summary focused; a 409 is the form's to explain (`handleConflict`);
 * - a 5xx or a network error keeps everything typed and offers a retry, which sends the same key (a maintenance break's 503: when);
 * - a success discards the draft, calls `afterSend` (the area's "changed" event) and shows the receipt.
 *
 * What a form needs before it shows is read by a `LoadController` (`load`): a newer read or leaving
 * the page aborts the one under way and drops its answer; a failure offers a retry, focused (a 404:
 * not found). A form supplies its setup to the constructor and implements `load`, `validate`,
 * `noticeText` and `renderBody`; it may override `canStart`, `startOver`, `stepTitle`, `draftData`,
 * `errorFor`, `handleConflict`, `afterSend` and `backLabel`. Nothing here renders a field.
 */
export abstract class AreaFormElement<
  Values extends Record<string, unknown>,
  Request,
  Key extends string,
  ReceiptSchema extends ContractSchema,
  Notice extends string = FormNotice,
> extends LitElement {
  static override properties = {
    basePath: { attribute: 'base-path' },
    values: { state: true },
    errors: { state: true },
    notice: { state: true },
    submitting: { state: true },
    receipt: { state: true },
  };

  declare basePath: string;
  /** What the person typed; never cleared by an error. */
  declare values: Values | undefined;
  /** Error codes by issue path (the contract's codes, worded at render time). */
  declare errors: FieldErrors;
  declare notice: Notice | FormNotice | undefined;
  declare submitting: boolean;
  declare receipt: ReceiptOf<ReceiptSchema> | undefined;

  protected readonly i18n: LocaleController<Key | FormMessageKey>;
  // The shell's document title without the soft hyphens some headings carry for narrow screens.
  readonly flow: FormFlowController;
  protected readonly announcer = new PoliteAnnouncer(this);
  protected readonly draft: DraftController<Record<string, unknown>>;
  /** The draft, what the form starts from without one (`base`, set by `startFrom`), and Cancel. */
  protected readonly choices: DraftChoices<Values>;
  /** One key per sending: a retry or a double click is the same sending to the server. */
  private readonly sender: IdempotentPost<ReceiptSchema>;
  private readonly messages: Messages<Key | FormMessageKey>;
  /** What was sent, for the receipt: the values as typed and the request made of them. */
  protected sent: { values: Values; request: Request } | undefined;
  /** The read of what the form needs (`load`); `loading.gone()` when a send finds it gone (a 404). */
  protected readonly loading: FormRead;
  private readonly pageId: (() => string) | undefined;

  constructor(setup: AreaFormSetup<Key, ReceiptSchema>) {
    super();
    this.messages = setup.messages;
    this.flow = new FormFlowController(this, { area: setup.area, title: (step) => this.stepTitle(step).replace(/\u00AD/g, '') });
    this.i18n = new LocaleController(this, setup.messages, { changed: () => this.flow.announce() });
    this.choices = new DraftChoices(this, {
      key: setup.draftKey,
      // After the receipt there is nothing left to keep.
      values: () => (this.flow.step === FormStep.receipt ? undefined : this.draftData()),
      words: (key) => this.kitText(key),
      say: (text) => this.announcer.say(text, true),
    });
    this.draft = this.choices.draft;
    const [url, pageId] = [setup.url, setup.pageId ?? (() => '')];
    this.sender = new IdempotentPost(typeof url === 'function' ? () => url(pageId()) : url, setup.receipt);
    this.pageId = setup.pageId;
    this.loading = new FormRead(this, {
      canStart: () => this.canStart,
      args: setup.pageId && (() => [pageId()]),
      read: (signal) => this.load(signal),
      startOver: () => this.startOver(),
      settled: (state) => {
        if (setup.titleFromLoad || setup.pageId) this.flow.announce();
        if (state !== LoadState.loaded) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.retry')?.focus());
      },
    });
    this.basePath = `/${setup.area}`;
    this.values = undefined;
    this.errors = {};
    this.notice = undefined;
    this.submitting = false;
    this.receipt = undefined;
  }

  /** Where the read of what the form needs stands: idle, loading, loaded, not found or failed. */
  get loadState(): LoadState {
    return this.loading.state;
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

  /** True once the form has what it needs to start loading; by default, once it has its `pageId` (if any). */
  protected get canStart(): boolean {
    return this.pageId?.() !== '';
  }

  /**
   * Reads what the form needs and restores the draft (`startFrom`), once `canStart`, again when the setup's
   * `loadArgs` change or on a retry. Apply nothing once `signal` is aborted (`signal.throwIfAborted()` first).
   */
  protected abstract load(signal: AbortSignal): Promise<void>;

  /** Another id in the same element (the setup's `loadArgs` changed): the edit step, nothing typed, sent or shown. */
  protected startOver(): void {
    this.values = undefined;
    this.errors = {};
    this.notice = undefined;
    this.receipt = undefined;
    this.choices.reset();
    this.flow.step = FormStep.edit;
  }

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

  /** An error code in words; a form words its codes its own way for the field they are on. */
  protected errorFor(_path: string, _code: string): string {
    return this.kitText('unknownError');
  }

  /** A 409 (or another answer the form explains itself): true when handled. None by default. */
  protected async handleConflict(_error: unknown): Promise<boolean> {
    return false;
  }

  /** After a success, before the receipt shows: the area's "changed" event. */
  protected afterSend(_receipt: ReceiptOf<ReceiptSchema>): void {}

  /** The words of the link back to the area's front page. */
  protected backLabel(): string {
    return this.kitText('back');
  }

  // Texts --------------------------------------------------------------------------------------------

  protected get language(): Locale {
    return this.i18n.language;
  }

  protected t(key: Key | FormMessageKey, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }

  protected date(value: string): string {
    return this.i18n.date(value);
  }

  /** One of the kit's words, unless the form's messages word it their own way under the same key. */
  protected kitText(key: UiMessageKey, params?: Record<string, string | number>): string {
    const own = (this.messages[this.language] as Readonly<Record<string, string>>)[key];
    return own === undefined ? uiText(this.language, key, params) : formatMessage(own, params);
  }

  /** The error text of a path, or undefined. */
  protected error(path: string): string | undefined {
    const code = this.errors[path];
    return code === undefined ? undefined : this.errorFor(path, code);
  }

  // Loading and editing ------------------------------------------------------------------------------

  /** The values to start from unless the person has typed: a saved draft over `base` (said in a notice), else `base`. */
  protected startFrom(draft: Record<string, unknown> | undefined, base: Values, restore: RestoreDraft<Values>): void {
    this.choices.base = base;
    if (this.values) return;
    const restored = draft ? restore(draft) : { values: base, restored: false };
    this.values = restored.values;
    if (restored.restored) this.notice = FormNotice.draftRestored;
  }

  /** `load` of a form that needs only its draft: restored once before the form shows (else `base`), so nothing typed is lost. */
  protected async loadDraft(signal: AbortSignal, base: Values, restore: RestoreDraft<Values>): Promise<void> {
    const draft = await this.draft.restore();
    signal.throwIfAborted();
    this.startFrom(draft, base, restore);
  }

  /** One value changed (`set`) or several (`patch`): kept, and the draft saved once typing pauses. */
  protected set<K extends keyof Values>(key: K, value: Values[K]): void {
    if (!this.values) return;
    this.values = { ...this.values, [key]: value };
    this.draft.changed();
  }
  protected patch(change: Partial<Values>): void {
    if (!this.values) return;
    this.values = { ...this.values, ...change };
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

  protected showErrors(errors: FieldErrors): void {
    this.errors = errors;
    void this.flow.goTo(FormStep.edit, 'summary');
  }

  // Sending ------------------------------------------------------------------------------------------
  private retryAt: Date | undefined; // After a maintenance break's 503 (Retry-After): when it ends.
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
      const receipt: ReceiptOf<ReceiptSchema> = await this.sender.send(result.request);
      this.receipt = receipt;
      this.sent = { values, request: result.request };
      await this.draft.discard();
      this.afterSend(receipt);
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
    this.retryAt = maintenanceRetryAt(error);
    this.notice = FormNotice.sendFailed;
    void this.draft.save();
    await this.updateComplete;
    this.flow.focus('notice');
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
    return html`<p role="status">${this.kitText('loading')}</p>`;
  }

  /** What the form needs could not be fetched: `text`, and a retry that loads again. */
  protected renderLoadFailed(text: string = this.kitText('loadFailed')): TemplateResult {
    return retryNotice(text, this.kitText('retry'), () => void this.loading.run());
  }

  /** The notice above the form: a restored draft, a 409's (the form's words), a failed send with its retry. */
  protected renderNotice(): TemplateResult | typeof nothing {
    const shown = this.notice;
    if (shown === undefined) return nothing;
    if (shown === FormNotice.draftRestored) return notice('info', this.kitText('draftRestored'), this.choices.startAgainButton());
    if (shown === FormNotice.sendFailed) {
      const text = this.retryAt ? maintenanceText(this.retryAt, this.language) : this.kitText('sendFailed');
      return retryNotice(text, this.kitText('retry'), () => void this.send(), this.submitting);
    }
    const text = this.noticeText(shown);
    return text === undefined ? nothing : notice('error', text);
  }

  protected backLink(): TemplateResult {
    return html`<p><a href=${this.basePath} @click=${followInternalLink}>${this.backLabel()}</a></p>`;
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
    return editForm(fields, this.renderEditActions(this.basePath), this.continueToCheck);
  }

  /** Continue and Cancel (to `cancelHref`, asking first when there is a draft), for a form that draws its own `<form>`. */
  protected renderEditActions(cancelHref: string): TemplateResult {
    return this.choices.actions({ continue: this.t('continue'), cancel: this.t('cancel') }, cancelHref);
  }

  /** The check step's Send (busy while sending, so a double click sends once) and Change. */
  protected renderSendForm(): TemplateResult {
    const words = { send: this.t('send'), sending: this.kitText('sending'), change: this.kitText('change') };
    const [send, change] = [(event: Event) => void this.send(event), () => void this.flow.goTo(FormStep.edit)];
    return sendForm(this.submitting, words, send, change);
  }

  /** A summary row's Change: back to the edit step, focus on the field of `path` (none on a receipt). */
  protected changeTo(path: string, withChange: boolean): (() => void) | undefined {
    return withChange ? () => void this.flow.goTo(FormStep.edit, { path }) : undefined;
  }

  /** The receipt's panel: what was received, and when. */
  protected renderReceiptPanel(receipt: Receipt): TemplateResult {
    return receiptPanel(this.t('receiptHeading'), this.kitText('receivedAt', { time: formatDateTime(receipt.receivedAt, this.language) }));
  }
}
