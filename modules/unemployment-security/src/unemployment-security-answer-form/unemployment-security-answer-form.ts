import { html, LitElement, nothing, type TemplateResult } from 'lit';
import {
  ApiRequestError,
  DEFAULT_LOCALE,
  DraftController,
  fetchJson,
  formatMessage,
  INTL_LOCALE,
  LocaleTopic,
  TopicController,
  type Locale,
} from '@portal/shared-contracts';
import {
  ANSWER_TEXT_MAX,
  AnswerReceiptSchema,
  ClarificationRequestSchema,
  UNEMPLOYMENT_SECURITY_ERRORS as E,
  UNEMPLOYMENT_SECURITY_PATHS,
  type AnswerReceipt,
  type AnswerRequest,
  type Attachment,
  type ClarificationRequest,
} from '@portal/shared-contracts/unemployment-security';
import { AnswerSentEvent } from '../events.js';
import { AREA, DEFAULT_BASE_PATH } from '../kit/area.js';
import { attachmentLinks, fileFacts } from '../kit/attachments.js';
import { formatFileSize } from '../kit/dates.js';
import { errorText, formText } from '../kit/form-errors.js';
import { areaFormStyles } from '../kit/form.styles.js';
import { deadlineTag, kitText, nextStepText, stateLabel, warningText } from '../kit/kit.js';
import { areaStyles } from '../kit/styles.js';
import { baseStyles, formStyles } from '@portal/ui-kit/styles';
import { characterCountText, describedBy, errorsFromApiError, errorSummary, fieldError, type FieldErrors, fieldId, FormFlowController, FormStep, groupError, hintText, IdempotentPost, issuesOf, multiline, PoliteAnnouncer, politeRegion, receiptPanel, summaryList, type SummaryRow, textArea } from '@portal/ui-kit/form';
import { followInternalLink, formatDate, formatDateTime, notice, readCurrent } from '@portal/ui-kit/page';
import {
  AnswerMode,
  clientRefusal,
  draftKeyOf,
  draftText,
  entryOf,
  FIELD_ORDER,
  FILES_PATH,
  FileStatus,
  modeOf,
  TEXT_PATH,
  validateAnswer,
  type FileEntry,
} from './answer-model.js';
import { uploadAttachment } from './attachment-upload.js';
import { messages, type MessageKey } from './unemployment-security-answer-form.messages.js';
import { styles } from './unemployment-security-answer-form.styles.js';

export const LoadState = { idle: 'idle', loading: 'loading', ready: 'ready', notFound: 'not-found', failed: 'failed' } as const;
export type LoadState = (typeof LoadState)[keyof typeof LoadState];

export const FormNotice = { draftRestored: 'draftRestored', sendFailed: 'sendFailed', changedMeanwhile: 'changedMeanwhile' } as const;
export type FormNotice = (typeof FormNotice)[keyof typeof FormNotice];

/** What the file input takes: the types by extension and by media type, so every picker offers them. */
export const FILE_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/**
 * The answer to a request for clarification (seed line 12: "vastata selvityspyyntöön määräaikaan
 * mennessä ja liittää liitteitä"), and later supplements of attachments. Steps: write and attach,
 * check, receipt.
 *
 * - The text (required for a first answer, at most ANSWER_TEXT_MAX) is kept as a server-side draft
 *   (`unemployment-security.answer-<request id>`), saved as it is typed and at the session warning.
 * - Each chosen file is uploaded at once as its own request with its own Idempotency-Key and a
 *   progress bar; the limits are checked first for an immediate answer; a refused file says why
 *   beside it, with Remove; an interrupted upload has Retry, which sends the same key, so a retry
 *   after a dropped connection or a backend restart never stores a file twice. Uploaded files are
 *   pending on the server and come back after a reload; Remove deletes them there.
 * - The send has its own Idempotency-Key, the same on every retry, and cannot be sent twice.
 * - Past the return date the person is told, before sending, that the answer is still accepted and
 *   marked late. A polite live region says what happened to each file.
 *
 * Nothing the person typed or uploaded is lost to an error: the text stays in the form and the
 * draft, the files stay listed.
 *
 * @summary Answering a request for clarification, with attachments.
 * @fires unemployment-security-answer-sent - An answer or supplement was received (AnswerSentEvent).
 */
export class UnemploymentSecurityAnswerForm extends LitElement {
  static override styles = [baseStyles, areaStyles, formStyles, areaFormStyles, styles];
  static override properties = {
    requestId: { attribute: 'request-id' },
    basePath: { attribute: 'base-path' },
    loadState: { state: true },
    request: { state: true },
    text: { state: true },
    files: { state: true },
    errors: { state: true },
    notice: { state: true },
    submitting: { state: true },
    receipt: { state: true },
  };

  declare requestId: string;
  declare basePath: string;
  declare loadState: LoadState;
  declare request: ClarificationRequest | undefined;
  /** What the person typed; never cleared by an error. */
  declare text: string;
  /** The files of this answer, in the order chosen. */
  declare files: readonly FileEntry[];
  /** Error codes by issue path, worded at render time. */
  declare errors: FieldErrors;
  declare notice: FormNotice | undefined;
  declare submitting: boolean;
  declare receipt: AnswerReceipt | undefined;

  private readonly locale = new TopicController(this, LocaleTopic, () => this.flow.announce());
  readonly flow = new FormFlowController(this, { area: AREA, title: (step) => this.stepTitle(step) });
  private readonly announcer = new PoliteAnnouncer(this);
  private readonly draft: DraftController<Record<string, unknown>>;
  /** One key per answer: a retry or a double click is the same answer to the server. */
  private readonly sender = new IdempotentPost(() => UNEMPLOYMENT_SECURITY_PATHS.answers(this.requestId), AnswerReceiptSchema);
  /** The request the form was loaded for. */
  private loadedFor: string | undefined;
  /** The draft's key: the loaded request's, changed only once what was typed for the previous one is saved. */
  private draftKey = '';
  /** The mode the answer was sent in, for the receipt's words. */
  private sentMode: AnswerMode | undefined;

  constructor() {
    super();
    // The key follows the request (the root sets `requestId` after construction).
    const form = this;
    this.draft = new DraftController(this, {
      get key() {
        return form.draftKey;
      },
      // Only a first answer has text to keep; after the receipt there is nothing left to keep.
      values: () => (this.mode === AnswerMode.answer && this.flow.step !== FormStep.receipt ? { text: this.text } : undefined),
    });
    this.requestId = '';
    this.basePath = DEFAULT_BASE_PATH;
    this.loadState = LoadState.idle;
    this.request = undefined;
    this.text = '';
    this.files = [];
    this.errors = {};
    this.notice = undefined;
    this.submitting = false;
    this.receipt = undefined;
  }

  /** The step shown: edit, check or receipt. */
  get step(): FormStep {
    return this.flow.step;
  }

  /** The Idempotency-Key the next send uses (the same on a retry). */
  get idempotencyKey(): string {
    return this.sender.key;
  }

  /** Answer or supplement, from what the request allows now; closed when neither. */
  get mode(): AnswerMode | undefined {
    return this.request ? modeOf(this.request) : undefined;
  }

  // Texts --------------------------------------------------------------------------------------------

  private get language(): Locale {
    return this.locale.value?.locale ?? DEFAULT_LOCALE;
  }

  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return formatMessage(messages[this.language][key], params);
  }

  private date(value: string): string {
    return formatDate(value, this.language);
  }

  private stepTitle(step: FormStep): string {
    if (this.loadState === LoadState.notFound) return this.t('titleNotFound');
    const supplement = (step === FormStep.receipt ? this.sentMode : this.mode) === AnswerMode.supplement;
    switch (step) {
      case FormStep.check:
        return this.t(supplement ? 'titleCheckSupplement' : 'titleCheckAnswer');
      case FormStep.receipt:
        return this.t(supplement ? 'titleReceiptSupplement' : 'titleReceiptAnswer');
      default:
        return this.t(supplement ? 'titleSupplement' : 'titleAnswer');
    }
  }

  /** An error code in words, with the limits it speaks of. */
  private errorWords(code: string): string {
    const limits = this.request?.limits;
    const language = this.language;
    return errorText(code, language, {
      max: ANSWER_TEXT_MAX.toLocaleString(INTL_LOCALE[language]),
      size: limits ? formatFileSize(limits.maxFileBytes, language) : '',
      count: limits?.maxFiles ?? '',
      ...(code === E.answerTooLarge && limits ? { size: formatFileSize(limits.maxAnswerBytes, language) } : {}),
    });
  }

  private error(path: string): string | undefined {
    const code = groupError(this.errors, path);
    return code === undefined ? undefined : this.errorWords(code);
  }

  // Loading ------------------------------------------------------------------------------------------

  protected override willUpdate(): void {
    if (!this.requestId || this.loadedFor === this.requestId) return;
    if (this.loadedFor !== undefined) this.startOver();
    void this.load();
  }

  /**
   * Another request in the same element (the route changed from one answer page to another): what
   * was typed for the first is saved under its own draft first, then the form starts empty.
   */
  private startOver(): void {
    void this.draft.save();
    this.request = undefined;
    this.text = '';
    this.files = [];
    this.errors = {};
    this.notice = undefined;
    this.receipt = undefined;
    this.flow.step = FormStep.edit;
  }

  /**
   * Reads the request and the draft together, before the form shows, so nothing typed is overwritten
   * by a late answer. The files uploaded earlier (pending on the server) are listed again.
   */
  async load(): Promise<void> {
    const id = this.requestId;
    this.loadedFor = id;
    this.draftKey = draftKeyOf(id);
    this.loadState = LoadState.loading;
    const read = await readCurrent(
      () => this.requestId,
      (requestId) => Promise.all([fetchJson(UNEMPLOYMENT_SECURITY_PATHS.request(requestId), ClarificationRequestSchema), this.draft.restore()]),
    );
    if (!read) return;
    if (read.state === 'loaded') {
      const [request, draft] = read.item;
      this.request = request;
      this.files = request.pendingAttachments.map(entryOf);
      const restored = modeOf(request) === AnswerMode.answer ? draftText(draft) : undefined;
      if (restored !== undefined && this.text === '') {
        this.text = restored;
        this.notice = FormNotice.draftRestored;
      }
    }
    this.loadState = read.state === 'loaded' ? LoadState.ready : read.state;
    // The title depends on what the request allows (an answer, or more attachments).
    await this.updateComplete;
    this.flow.announce();
    if (read.state !== 'loaded') this.renderRoot.querySelector<HTMLElement>('.retry')?.focus();
  }

  /** Reads the request again (its state changed, or its pending files); keeps the files being handled here. */
  private async refresh(): Promise<void> {
    try {
      const request = await fetchJson(UNEMPLOYMENT_SECURITY_PATHS.request(this.requestId), ClarificationRequestSchema);
      this.request = request;
      const pending = new Set(request.pendingAttachments.map((a) => a.id));
      const known = new Set(this.files.flatMap((entry) => (entry.attachment ? [entry.attachment.id] : [])));
      const kept = this.files.filter((entry) => entry.status !== FileStatus.done || (entry.attachment !== undefined && pending.has(entry.attachment.id)));
      this.files = [...kept, ...request.pendingAttachments.filter((a) => !known.has(a.id)).map(entryOf)];
    } catch {
      // The notice still says what happened; the next attempt meets the same answer and reads again.
    }
  }

  // Editing ------------------------------------------------------------------------------------------

  private onText(value: string): void {
    this.text = value;
    this.draft.changed();
    this.announcer.say(characterCountText(value.length, ANSWER_TEXT_MAX, this.language));
  }

  private entry(localId: string): FileEntry | undefined {
    return this.files.find((entry) => entry.localId === localId);
  }

  private patch(localId: string, change: Partial<FileEntry>): void {
    this.files = this.files.map((entry) => (entry.localId === localId ? { ...entry, ...change } : entry));
  }

  private say(key: MessageKey, entry: FileEntry, reason?: string): void {
    this.announcer.say(this.t(key, { name: entry.name, reason: reason ?? '' }).trim(), true);
  }

  /** Files chosen: each is checked against the limits and, if it passes, uploaded at once. */
  private onFilesChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const chosen = [...(input.files ?? [])];
    // Emptied, so that the same file can be chosen again after a Remove.
    input.value = '';
    for (const file of chosen) this.addFile(file);
  }

  /** Adds one file (public for tests: a file input cannot be filled by script in every browser). */
  addFile(file: File): void {
    const limits = this.request?.limits;
    if (!limits) return;
    const code = clientRefusal(file.size, this.files, limits);
    const entry: FileEntry = {
      localId: crypto.randomUUID(),
      name: file.name,
      size: file.size,
      status: code ? FileStatus.refused : FileStatus.uploading,
      loaded: 0,
      key: crypto.randomUUID(),
      file,
      code,
    };
    this.files = [...this.files, entry];
    if (code) this.say('announceRefused', entry, this.errorWords(code));
    else void this.upload(entry.localId);
  }

  /** Uploads (or uploads again, with the same key) one file. */
  private async upload(localId: string): Promise<void> {
    const entry = this.entry(localId);
    if (!entry?.file) return;
    this.patch(localId, { status: FileStatus.uploading, loaded: 0, code: undefined });
    const outcome = await uploadAttachment({
      url: UNEMPLOYMENT_SECURITY_PATHS.requestAttachments(this.requestId),
      file: entry.file,
      key: entry.key,
      onProgress: (loaded) => this.patch(localId, { loaded: Math.min(loaded, entry.size) }),
    }).done;
    if (!this.entry(localId)) return;
    switch (outcome.kind) {
      case 'done':
        this.uploaded(localId, outcome.attachment);
        break;
      case 'refused':
        this.patch(localId, { status: FileStatus.refused, code: outcome.code });
        this.say('announceRefused', entry, this.errorWords(outcome.code));
        // The request no longer takes files: its state changed, and the page should say so.
        if (outcome.code === E.requestClosed) void this.refresh();
        break;
      default:
        this.patch(localId, { status: FileStatus.failed });
        this.say('announceFailed', entry);
    }
  }

  private uploaded(localId: string, attachment: Attachment): void {
    // A refresh meanwhile may have listed it already: one row per stored file.
    const twin = this.files.find((other) => other.localId !== localId && other.attachment?.id === attachment.id);
    if (twin) this.files = this.files.filter((other) => other.localId !== twin.localId);
    this.patch(localId, { status: FileStatus.done, loaded: attachment.size, attachment, size: attachment.size, name: attachment.fileName, file: undefined });
    const entry = this.entry(localId);
    if (entry) this.say('announceUploaded', entry);
  }

  /**
   * Removes a file: an uploaded one is deleted on the server first (it stays listed, with a note, if
   * that fails); a refused or interrupted one is only here. Focus goes back to the file input.
   */
  private async removeFile(localId: string): Promise<void> {
    const entry = this.entry(localId);
    if (!entry || entry.status === FileStatus.removing || entry.status === FileStatus.uploading) return;
    if (entry.attachment) {
      this.patch(localId, { status: FileStatus.removing, removeFailed: false });
      if (!(await this.deleteAttachment(entry.attachment.id))) {
        this.patch(localId, { status: FileStatus.done, removeFailed: true });
        this.say('removeFailed', entry);
        return;
      }
    }
    this.files = this.files.filter((other) => other.localId !== localId);
    this.say('announceRemoved', entry);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId(FILES_PATH)}`)?.focus();
  }

  /** DELETE of a pending attachment; one already gone (404) is removed as well. */
  private async deleteAttachment(id: string): Promise<boolean> {
    try {
      const response = await fetch(UNEMPLOYMENT_SECURITY_PATHS.attachment(id), {
        method: 'DELETE',
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      });
      return response.ok || response.status === 404;
    } catch {
      return false;
    }
  }

  // Steps --------------------------------------------------------------------------------------------

  private validate(): ReturnType<typeof validateAnswer> | undefined {
    const mode = this.mode;
    const request = this.request;
    if (!request || !mode || mode === AnswerMode.closed) return undefined;
    return validateAnswer(mode, this.text, this.files, request.limits);
  }

  private showErrors(errors: FieldErrors): void {
    this.errors = errors;
    void this.flow.goTo(FormStep.edit, 'summary');
  }

  /** The edit step's Continue: on to the check step, or the errors with the summary focused. */
  private continueToCheck(event: Event): void {
    event.preventDefault();
    const result = this.validate();
    if (!result) return;
    if (!result.ok) {
      this.showErrors(result.errors);
      return;
    }
    this.errors = {};
    if (this.notice !== FormNotice.sendFailed) this.notice = undefined;
    void this.draft.save();
    void this.flow.goTo(FormStep.check);
  }

  /** Sends the answer; every failure keeps what was typed and uploaded. */
  async send(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.submitting) return;
    const result = this.validate();
    if (!result) return;
    if (!result.ok) {
      this.showErrors(result.errors);
      return;
    }
    const mode = this.mode;
    this.submitting = true;
    this.notice = undefined;
    try {
      const receipt = await this.sender.send(result.request satisfies AnswerRequest);
      this.receipt = receipt;
      this.sentMode = mode;
      await this.draft.discard();
      this.dispatchEvent(new AnswerSentEvent(this.requestId, receipt));
      void this.flow.goTo(FormStep.receipt);
    } catch (error) {
      await this.handleSendError(error);
    } finally {
      this.submitting = false;
    }
  }

  private async handleSendError(error: unknown): Promise<void> {
    const codes = issuesOf(error).map((issue) => issue.message);
    // The request is no longer open to this (answered in another tab, processed meanwhile): read it
    // again and say so; the text stays in the draft and on the page.
    if ((error instanceof ApiRequestError && error.status === 409) || codes.includes(E.requestClosed)) {
      await this.refresh();
      this.notice = FormNotice.changedMeanwhile;
      void this.draft.save();
      void this.flow.goTo(FormStep.edit, 'notice');
      return;
    }
    if (codes.includes(E.attachmentUnknown)) {
      // A file was removed elsewhere: the list is read again and the person checks it.
      await this.refresh();
      this.showErrors({ [FILES_PATH]: E.attachmentUnknown });
      return;
    }
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

  // Rendering ----------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const step = this.flow.step;
    return html`
      <h1 tabindex="-1">${this.stepTitle(step)}</h1>
      ${this.renderBody(step)} ${politeRegion(this.announcer)}
    `;
  }

  private renderBody(step: FormStep): TemplateResult {
    const language = this.language;
    if (step === FormStep.receipt && this.receipt) return this.renderReceipt(this.receipt);
    switch (this.loadState) {
      case LoadState.notFound:
        return html`<p>${this.t('notFoundText')}</p>
          ${this.backLinks(false)}`;
      case LoadState.failed:
        return html`${notice(
            'error',
            kitText(language, 'loadFailed'),
            html`<button class="button retry" type="button" @click=${() => void this.load()}>${kitText(language, 'retry')}</button>`,
          )}
          ${this.backLinks(false)}`;
      case LoadState.ready:
        break;
      default:
        return html`<p role="status">${kitText(language, 'loading')}</p>`;
    }
    const request = this.request;
    const mode = this.mode;
    if (!request || !mode) return html``;
    if (mode === AnswerMode.closed) return this.renderClosed(request);
    return step === FormStep.check ? this.renderCheck(request, mode) : this.renderEdit(request, mode);
  }

  private backLinks(toRequest: boolean): TemplateResult {
    const language = this.language;
    return html`<ul class="back-links">
      ${toRequest
        ? html`<li>
            <a href="${this.basePath}/requests/${encodeURIComponent(this.requestId)}" @click=${followInternalLink}>${this.t('backToRequest')}</a>
          </li>`
        : nothing}
      <li><a href=${this.basePath} @click=${followInternalLink}>${kitText(language, 'backToArea')}</a></li>
    </ul>`;
  }

  /** The notice above the form: a restored draft, a failed send with its retry, a state that changed meanwhile. */
  private renderNotice(): TemplateResult | typeof nothing {
    const language = this.language;
    switch (this.notice) {
      case FormNotice.draftRestored:
        return notice('info', formText(language, 'draftRestored'));
      case FormNotice.sendFailed:
        return notice(
          'error',
          formText(language, 'sendFailed'),
          html`<button class="button retry" type="button" ?disabled=${this.submitting} @click=${() => void this.send()}>
            ${kitText(language, 'retry')}
          </button>`,
        );
      case FormNotice.changedMeanwhile:
        return notice('error', this.t('changedMeanwhile'));
      default:
        return nothing;
    }
  }

  /** The request in one line, its return date and days left, and the late warning when it has passed. */
  private renderRequestLine(request: ClarificationRequest): TemplateResult {
    const language = this.language;
    return html`<p class="subject">${this.t('subject', { subject: request.subject[language] })}</p>
      ${request.daysLeft < 0
        ? // The warning says the date has passed, and what that means: no tag to say it twice.
          warningText(this.t('lateWarning', { date: this.date(request.returnDate) }), language, 'late')
        : html`<p class="return-date">${this.t('returnDate', { date: this.date(request.returnDate) })} ${deadlineTag(request.daysLeft, language)}</p>`}`;
  }

  private renderClosed(request: ClarificationRequest): TemplateResult {
    return html`${this.renderNotice()}
      <p class="closed">${this.t('closedText', { state: stateLabel(request.state, this.language) })}</p>
      ${this.renderKeptText()} ${this.backLinks(true)}`;
  }

  /** Text typed for an answer the request no longer takes: shown, so it can be copied, never dropped. */
  private renderKeptText(): TemplateResult | typeof nothing {
    if (this.text.trim() === '' || this.mode === AnswerMode.answer) return nothing;
    return html`<section aria-labelledby="kept-heading">
      <h2 id="kept-heading">${this.t('keptText')}</h2>
      <blockquote class="kept pre-line">${this.text}</blockquote>
    </section>`;
  }

  private renderEdit(request: ClarificationRequest, mode: AnswerMode): TemplateResult {
    const language = this.language;
    return html`
      ${this.renderNotice()}
      ${errorSummary({ errors: this.errors, order: FIELD_ORDER, locale: language, root: this.renderRoot, text: (code) => this.errorWords(code) })}
      ${this.renderRequestLine(request)}
      <p>${this.t(mode === AnswerMode.answer ? 'introAnswer' : 'introSupplement')}</p>
      <section class="explain" aria-labelledby="explain-heading">
        <h2 id="explain-heading">${this.t('explainHeading')}</h2>
        ${request.explain.map((paragraph) => html`<p>${paragraph[language]}</p>`)}
      </section>
      ${this.renderKeptText()}
      <form id="form" novalidate @submit=${this.continueToCheck}>
        ${mode === AnswerMode.answer
          ? textArea({
              path: TEXT_PATH,
              locale: language,
              label: this.t('textLabel'),
              hint: this.t('textHint'),
              error: this.error(TEXT_PATH),
              value: this.text,
              maxLength: ANSWER_TEXT_MAX,
              // A long answer in the person's own words: more room than the kit's six lines, spelling checked.
              rows: 8,
              spellcheck: true,
              onInput: (value) => this.onText(value),
            })
          : nothing}
        ${this.renderFiles(request)}
        <div class="actions">
          <button class="button" type="submit">${formText(language, 'continue')}</button>
          <a class="button secondary" href="${this.basePath}/requests/${encodeURIComponent(request.id)}" @click=${followInternalLink}
            >${formText(language, 'cancel')}</a
          >
        </div>
      </form>
    `;
  }

  /** The attachments: what the request asks for, the file input, and each file with its state. */
  private renderFiles(request: ClarificationRequest): TemplateResult {
    const language = this.language;
    const id = fieldId(FILES_PATH);
    const error = this.error(FILES_PATH);
    const limits = request.limits;
    const required = request.requiredAttachments;
    return html`<section class="field files-field ${error ? 'has-error' : ''}" aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">${this.t('attachmentsHeading')}</h2>
      ${required.length > 0
        ? html`<div id="${id}-checklist">
            <p class="checklist-title">${this.t('checklistTitle')}</p>
            <ul class="checklist">
              ${required.map((item) => html`<li>${item[language]}</li>`)}
            </ul>
          </div>`
        : html`<p>${this.t('noChecklist')}</p>`}
      ${hintText(
        id,
        this.t('fileHint', {
          size: formatFileSize(limits.maxFileBytes, language),
          total: formatFileSize(limits.maxAnswerBytes, language),
          count: limits.maxFiles,
        }),
      )}
      ${fieldError(id, error, language)}
      <div class="file-picker">
        <label for=${id} class="file-button">${this.t('fileLabel')}</label>
        <input
          id=${id}
          name=${id}
          type="file"
          multiple
          accept=${FILE_ACCEPT}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy(required.length > 0 ? `${id}-checklist` : undefined, `${id}-hint`, error ? `${id}-error` : undefined)}
          @change=${this.onFilesChosen}
        />
      </div>
      ${this.files.length > 0
        ? html`<h3 id="files-heading">${this.t('filesHeading')}</h3>
            <ul class="files" aria-labelledby="files-heading">
              ${this.files.map((entry) => this.renderFile(entry))}
            </ul>`
        : nothing}
    </section>`;
  }

  private percent(entry: FileEntry): string {
    const share = entry.size > 0 ? Math.min(1, entry.loaded / entry.size) : 0;
    return new Intl.NumberFormat(INTL_LOCALE[this.language], { style: 'percent', maximumFractionDigits: 0 }).format(Math.floor(share * 100) / 100);
  }

  private renderFile(entry: FileEntry): TemplateResult {
    const language = this.language;
    const id = `file-${entry.localId}`;
    const named = (label: string): TemplateResult => html`${label}<span class="visually-hidden"> ${entry.name}</span>`;
    let status: TemplateResult | typeof nothing;
    switch (entry.status) {
      case FileStatus.uploading:
        status = html`<progress id="${id}-progress" max=${entry.size} .value=${entry.loaded} aria-label=${this.t('progressLabel', { name: entry.name })}></progress>
          <p class="file-status" aria-hidden="true">${this.t('uploading', { percent: this.percent(entry) })}</p>`;
        break;
      case FileStatus.refused:
        status = fieldError(id, this.errorWords(entry.code ?? ''), language);
        break;
      case FileStatus.failed:
        status = fieldError(id, this.t('uploadFailed'), language);
        break;
      case FileStatus.removing:
        status = html`<p class="file-status">${this.t('removing')}</p>`;
        break;
      default:
        status = html`<p class="file-status ok"><span aria-hidden="true">✓ </span>${this.t('uploaded')}</p>
          ${entry.removeFailed ? fieldError(id, this.t('removeFailed'), language) : nothing}`;
    }
    const facts = entry.attachment ? fileFacts(entry.attachment, language) : formatFileSize(entry.size, language);
    return html`<li class="file ${entry.status}" id=${id}>
      <p class="file-name">${entry.name} <span class="muted">(${facts})</span></p>
      ${status}
      ${entry.status === FileStatus.uploading
        ? nothing
        : html`<div class="file-actions">
            ${entry.status === FileStatus.failed && entry.file
              ? html`<button class="button small retry-upload" type="button" @click=${() => void this.upload(entry.localId)}>${named(this.t('retryUpload'))}</button>`
              : nothing}
            <button
              class="button small secondary remove"
              type="button"
              ?disabled=${entry.status === FileStatus.removing}
              @click=${() => void this.removeFile(entry.localId)}
            >
              ${named(this.t('remove'))}
            </button>
          </div>`}
    </li>`;
  }

  private uploadedAttachments(): Attachment[] {
    return this.files.flatMap((entry) => (entry.status === FileStatus.done && entry.attachment ? [entry.attachment] : []));
  }

  private fileList(attachments: readonly Attachment[]): TemplateResult | string {
    const language = this.language;
    if (attachments.length === 0) return this.t('noFiles');
    return html`<ul class="sent-files">
      ${attachments.map((attachment) => html`<li>${attachment.fileName} <span class="muted">(${fileFacts(attachment, language)})</span></li>`)}
    </ul>`;
  }

  private renderCheck(request: ClarificationRequest, mode: AnswerMode): TemplateResult {
    const language = this.language;
    const attachments = this.uploadedAttachments();
    const rows: SummaryRow[] = [];
    if (mode === AnswerMode.answer) {
      rows.push({ key: this.t('rowText'), value: multiline(this.text), onChange: () => void this.flow.goTo(FormStep.edit, { path: TEXT_PATH }) });
    }
    rows.push({ key: this.t('rowFiles'), value: this.fileList(attachments), onChange: () => void this.flow.goTo(FormStep.edit, { path: FILES_PATH }) });
    return html`
      ${this.renderNotice()} ${this.renderRequestLine(request)}
      <p>${this.t('checkIntro')}</p>
      ${summaryList(rows, language)}
      ${mode === AnswerMode.answer && attachments.length === 0 && request.requiredAttachments.length > 0
        ? html`<div class="inset no-files"><p>${this.t('noFilesNote', { date: this.date(request.returnDate) })}</p></div>`
        : nothing}
      <form @submit=${(event: Event) => void this.send(event)}>
        <div class="actions">
          <button class="button send" type="submit" ?disabled=${this.submitting} aria-disabled=${String(this.submitting)}>
            ${this.submitting ? formText(language, 'sending') : this.t(mode === AnswerMode.answer ? 'sendAnswer' : 'sendSupplement')}
          </button>
          <button class="button secondary" type="button" @click=${() => void this.flow.goTo(FormStep.edit)}>${formText(language, 'change')}</button>
        </div>
      </form>
    `;
  }

  private renderReceipt(receipt: AnswerReceipt): TemplateResult {
    const language = this.language;
    const answer = receipt.answer;
    const supplement = this.sentMode === AnswerMode.supplement;
    const returnDate = this.request?.returnDate;
    const rows: SummaryRow[] = [];
    if (answer.text !== null) rows.push({ key: this.t('rowText'), value: multiline(answer.text) });
    rows.push({ key: this.t('rowFiles'), value: answer.attachments.length > 0 ? attachmentLinks(answer.attachments, language) : this.t('noFiles') });
    return html`
      ${receiptPanel(
        this.t(supplement ? 'receiptHeadingSupplement' : 'receiptHeadingAnswer'),
        formText(language, 'receivedAt', { time: formatDateTime(answer.receivedAt, language) }),
      )}
      ${answer.late
        ? html`<p class="late-mark"><strong class="tag late">${kitText(language, 'late')}</strong> ${this.t('receiptLate')}</p>`
        : nothing}
      ${summaryList(rows, language)}
      <section aria-labelledby="next-heading">
        <h2 id="next-heading">${this.t('nextHeading')}</h2>
        <p>${this.t('stateNow', { state: stateLabel(receipt.requestState, language) })}</p>
        <p class="next">${nextStepText(receipt.requestState, returnDate ? this.date(returnDate) : '', language)}</p>
      </section>
      ${this.backLinks(true)}
    `;
  }
}
