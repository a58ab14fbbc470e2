import { html, nothing, type TemplateResult } from 'lit';
import { fetchJson, INTL_LOCALE } from '@portal/shared-contracts';
import {
  ANSWER_TEXT_MAX,
  AnswerReceiptSchema,
  ClarificationRequestSchema,
  UNEMPLOYMENT_SECURITY_ERRORS as E,
  UNEMPLOYMENT_SECURITY_PATHS,
  type AnswerReceipt,
  type AnswerRequest,
  type ClarificationRequest,
} from '@portal/shared-contracts/unemployment-security';
import {
  AreaFormElement,
  errorText,
  fieldId,
  FormNotice,
  FormStep,
  groupError,
  isConflict,
  issuesOf,
  textArea,
  type Restored,
  type Validation,
} from '@portal/ui-kit/form';
import { followInternalLink, helsinkiToday, LoadState } from '@portal/ui-kit/page';
import { baseStyles, formStyles } from '@portal/ui-kit/styles';
import { AREA, DEFAULT_BASE_PATH } from '../area.js';
import { areaStyles } from '../area.styles.js';
import { returnDateTag } from '../deadlines.js';
import { AnswerSentEvent } from '../events.js';
import { formatFileSize } from '../file-size.js';
import { stateLabel } from '../request-text.js';
import { warningText } from '../warning-text.js';
import { errorMessages } from './answer-errors.messages.js';
import { areaFormStyles } from './answer-files.styles.js';
import { AnswerMode, draftKeyOf, draftText, FIELD_ORDER, FILES_PATH, modeOf, TEXT_PATH, validateAnswer } from './answer-model.js';
import { FileUploads } from './file-uploads.js';
import { answerReceipt, checkSummary } from './sections/answer-summary.js';
import { fileField } from './sections/file-field.js';
import { messages, type MessageKey } from './unemployment-security-answer-form.messages.js';
import { styles } from './unemployment-security-answer-form.styles.js';

export { FILE_ACCEPT } from './sections/file-field.js';
export { LoadState };

/** What the form keeps as the person's input (and as the draft): the answer's text. */
type AnswerValues = { readonly text: string };

/**
 * The answer to a request for clarification (seed line 12: "vastata selvityspyyntöön määräaikaan
 * mennessä ja liittää liitteitä"), and later supplements of attachments. Steps: write and attach,
 * check, receipt.
 *
 * - The text (required for a first answer, at most ANSWER_TEXT_MAX) is kept as a server-side draft
 *   (`unemployment-security.answer-<request id>`), saved as it is typed and at the session warning.
 * - Each chosen file is uploaded at once as its own request with its own Idempotency-Key and a
 *   progress bar (FileUploads); the limits are checked first for an immediate answer; a refused file
 *   says why beside it, with Remove; an interrupted upload has Retry, which sends the same key, so a
 *   retry after a dropped connection or a backend restart never stores a file twice. Uploaded files
 *   are pending on the server and come back after a reload; Remove deletes them there.
 * - The send has its own Idempotency-Key, the same on every retry, and cannot be sent twice.
 * - Past the return date the person is told, before sending, that the answer is still accepted and
 *   marked late. A polite live region says what happened to each file.
 *
 * Nothing the person typed or uploaded is lost to an error: the text stays in the form and the
 * draft, the files stay listed. The kit's form (`AreaFormElement`) with the request as what it loads.
 *
 * @summary Answering a request for clarification, with attachments.
 * @fires unemployment-security-answer-sent - An answer or supplement was received (AnswerSentEvent).
 */
export class UnemploymentSecurityAnswerForm extends AreaFormElement<AnswerValues, AnswerRequest, MessageKey, typeof AnswerReceiptSchema> {
  static override styles = [baseStyles, areaStyles, formStyles, areaFormStyles, styles];
  static override properties = {
    ...AreaFormElement.properties,
    requestId: { attribute: 'request-id' },
    request: { state: true },
  };

  declare requestId: string;
  declare request: ClarificationRequest | undefined;

  private readonly uploads = new FileUploads(this, {
    request: () => this.request,
    say: (news, entry, reason) => this.announcer.say(this.t(news, { name: entry.name, reason: reason ?? '' }).trim(), true),
    errorWords: (code) => this.errorWords(code),
    closed: () => void this.refresh(),
    focusInput: () => this.renderRoot.querySelector<HTMLElement>(`#${fieldId(FILES_PATH)}`)?.focus(),
  });
  /** The draft's key: the loaded request's, changed only once what was typed for the previous one is saved. */
  private draftKey = '';
  /** The mode the answer was sent in, for the receipt's words. */
  private sentMode: AnswerMode | undefined;

  constructor() {
    super({
      area: AREA,
      // The key follows the request (the root sets `requestId` after construction).
      draftKey: () => this.draftKey,
      // The title depends on what the request allows (an answer, or more attachments).
      pageId: () => this.requestId,
      url: UNEMPLOYMENT_SECURITY_PATHS.answers,
      receipt: AnswerReceiptSchema,
      messages,
    });
    this.requestId = '';
    this.request = undefined;
    this.basePath = DEFAULT_BASE_PATH;
  }

  /** Answer or supplement, from what the request allows now; closed when neither. */
  get mode(): AnswerMode | undefined {
    return this.request ? modeOf(this.request) : undefined;
  }

  private get text(): string {
    return this.values?.text ?? '';
  }

  // The kit's form -----------------------------------------------------------------------------------

  /** The request and the draft, read together before the form shows, so nothing typed is overwritten by a late answer. */
  protected override async load(signal: AbortSignal): Promise<void> {
    this.draftKey = draftKeyOf(this.requestId);
    const [request, draft] = await Promise.all([
      fetchJson(UNEMPLOYMENT_SECURITY_PATHS.request(this.requestId), ClarificationRequestSchema, { signal }),
      this.draft.restore(),
    ]);
    signal.throwIfAborted();
    this.request = request;
    this.uploads.reset(request.pendingAttachments);
    this.startFrom(draft, { text: '' }, (saved) => this.restore(saved));
  }

  /** A draft's text, for a first answer only (a supplement has no text). */
  private restore(saved: Record<string, unknown>): Restored<AnswerValues> {
    const text = this.mode === AnswerMode.answer ? draftText(saved) : undefined;
    return { values: { text: text ?? '' }, restored: text !== undefined };
  }

  /**
   * Another request in the same element (the route changed from one answer page to another): what
   * was typed for the first is saved under its own draft first, then the form starts empty.
   */
  protected override startOver(): void {
    void this.draft.save();
    super.startOver();
    this.request = undefined;
    this.uploads.reset();
  }

  protected override draftData(): Record<string, unknown> | undefined {
    // Only a first answer has text to keep.
    return this.mode === AnswerMode.answer ? { text: this.text } : undefined;
  }

  protected override validate(): Validation<AnswerRequest> | undefined {
    const mode = this.mode;
    const request = this.request;
    if (!request || !mode || mode === AnswerMode.closed) return undefined;
    return validateAnswer(mode, this.text, this.uploads.files, request.limits);
  }

  protected override stepTitle(step: FormStep): string {
    if (this.loadState === LoadState.notFound) return this.t('titleNotFound');
    const supplement = (step === FormStep.receipt ? this.sentMode : this.mode) === AnswerMode.supplement;
    if (!supplement) return super.stepTitle(step);
    return this.t(
      step === FormStep.check ? 'titleCheckSupplement' : step === FormStep.receipt ? 'titleReceiptSupplement' : 'titleSupplement',
    );
  }

  /** A supplement's Send (the kit's check step) says what it sends: "Lähetä liitteet". */
  protected override t(key: MessageKey, params?: Record<string, string | number>): string {
    return super.t(key === 'send' && this.mode === AnswerMode.supplement ? 'sendSupplement' : key, params);
  }

  protected override noticeText(shown: FormNotice): string | undefined {
    return shown === FormNotice.conflict ? this.t('changedMeanwhile') : undefined;
  }

  /** An error code in words, with the limits it speaks of. */
  private errorWords(code: string): string {
    const limits = this.request?.limits;
    const language = this.language;
    return errorText(errorMessages, code, language, {
      params: {
        max: ANSWER_TEXT_MAX.toLocaleString(INTL_LOCALE[language]),
        size: limits ? formatFileSize(code === E.answerTooLarge ? limits.maxAnswerBytes : limits.maxFileBytes, language) : '',
        count: limits?.maxFiles ?? '',
      },
    });
  }

  protected override errorFor(_path: string, code: string): string {
    return this.errorWords(code);
  }

  /** A path's error, or the first of a path inside it (`attachmentIds.2` shows at the file input). */
  protected override error(path: string): string | undefined {
    const code = groupError(this.errors, path);
    return code === undefined ? undefined : this.errorWords(code);
  }

  protected override afterSend(receipt: AnswerReceipt): void {
    this.sentMode = this.mode;
    this.dispatchEvent(new AnswerSentEvent(this.requestId, receipt));
  }

  protected override async handleConflict(error: unknown): Promise<boolean> {
    const codes = issuesOf(error).map((issue) => issue.message);
    // The request is no longer open to this (answered in another tab, processed meanwhile): read it
    // again and say so; the text stays in the draft and on the page.
    if (isConflict(error) || codes.includes(E.requestClosed)) {
      await this.refresh();
      this.notice = FormNotice.conflict;
      void this.draft.save();
      void this.flow.goTo(FormStep.edit, 'notice');
      return true;
    }
    if (!codes.includes(E.attachmentUnknown)) return false;
    // A file was removed elsewhere: the list is read again and the person checks it.
    await this.refresh();
    this.showErrors({ [FILES_PATH]: E.attachmentUnknown });
    return true;
  }

  /** Reads the request again (its state changed, or its pending files); keeps the files being handled here. */
  private async refresh(): Promise<void> {
    try {
      const request = await fetchJson(UNEMPLOYMENT_SECURITY_PATHS.request(this.requestId), ClarificationRequestSchema);
      this.request = request;
      this.uploads.merge(request.pendingAttachments);
    } catch {
      // The notice still says what happened; the next attempt meets the same answer and reads again.
    }
  }

  // Rendering ----------------------------------------------------------------------------------------

  protected override renderBody(step: FormStep): TemplateResult {
    if (step === FormStep.receipt && this.receipt) {
      return html`${answerReceipt(this.receipt, this.sentMode === AnswerMode.supplement, this.request, this.i18n)} ${this.backLinks(true)}`;
    }
    switch (this.loadState) {
      case LoadState.notFound:
        return html`<p>${this.t('notFoundText')}</p>
          ${this.backLinks(false)}`;
      case LoadState.failed:
        return html`${this.renderLoadFailed()} ${this.backLinks(false)}`;
      case LoadState.loaded:
        break;
      default:
        return this.renderLoading();
    }
    const request = this.request;
    const mode = this.mode;
    if (!request || !mode) return html``;
    if (mode === AnswerMode.closed) return this.renderClosed(request);
    return step === FormStep.check ? this.renderCheck(request, mode) : this.renderEdit(request, mode);
  }

  private backLinks(toRequest: boolean): TemplateResult {
    return html`<ul class="back-links">
      ${
        toRequest
          ? html`<li>
            <a href="${this.basePath}/requests/${encodeURIComponent(this.requestId)}" @click=${followInternalLink}>${this.t('backToRequest')}</a>
          </li>`
          : nothing
      }
      <li><a href=${this.basePath} @click=${followInternalLink}>${this.t('backToArea')}</a></li>
    </ul>`;
  }

  /** The request in one line, its return date and days left, and the late warning when it has passed. */
  private renderRequestLine(request: ClarificationRequest): TemplateResult {
    const language = this.language;
    return html`<p class="subject">${this.t('subject', { subject: request.subject[language] })}</p>
      ${
        request.daysLeft < 0
          ? // The warning says the date has passed, and what that means: no tag to say it twice.
            warningText(this.t('lateWarning', { date: this.date(request.returnDate) }), language, 'late')
          : html`<p class="return-date">${this.t('returnDate', { date: this.date(request.returnDate) })} ${returnDateTag(request.daysLeft, language)}</p>`
      }`;
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
      ${this.renderNotice()} ${this.renderErrorSummary(FIELD_ORDER)} ${this.renderRequestLine(request)}
      <p>${this.t(mode === AnswerMode.answer ? 'introAnswer' : 'introSupplement')}</p>
      <section class="explain" aria-labelledby="explain-heading">
        <h2 id="explain-heading">${this.t('explainHeading')}</h2>
        ${request.explain.map((paragraph) => html`<p>${paragraph[language]}</p>`)}
      </section>
      ${this.renderKeptText()}
      <form id="form" novalidate @submit=${this.continueToCheck}>
        ${
          mode === AnswerMode.answer
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
                onInput: this.countedInput(ANSWER_TEXT_MAX, (text) => this.set('text', text)),
              })
            : nothing
        }
        ${fileField(request, { i18n: this.i18n, uploads: this.uploads, error: this.error(FILES_PATH), errorWords: (code) => this.errorWords(code) })}
        ${this.renderEditActions(`${this.basePath}/requests/${encodeURIComponent(request.id)}`)}
      </form>
    `;
  }

  private renderCheck(request: ClarificationRequest, mode: AnswerMode): TemplateResult {
    const attachments = this.uploads.uploaded;
    const answer = mode === AnswerMode.answer;
    return html`
      ${this.renderNotice()} ${this.renderRequestLine(request)}
      <p>${this.t('checkIntro')}</p>
      ${checkSummary(
        {
          text: answer ? this.text : undefined,
          attachments,
          change: (path) => this.changeTo(path, true),
          textPath: TEXT_PATH,
          filesPath: FILES_PATH,
        },
        this.i18n,
      )}
      ${
        answer && attachments.length === 0 && request.requiredAttachments.length > 0
          ? html`<div class="inset no-files">
              <p>
                ${this.t(request.returnDate < helsinkiToday() ? 'noFilesNoteLate' : 'noFilesNote', { date: this.date(request.returnDate) })}
              </p>
            </div>`
          : nothing
      }
      ${this.renderSendForm()}
    `;
  }
}
