import { html, nothing, type TemplateResult } from 'lit';
import { API_ERROR_CODES, ApiRequestError, CurrentItemsChangedTopic, fetchJson, portalBus } from '@portal/shared-contracts';
import {
  STARTUP_GRANT_PATHS,
  STARTUP_GRANT_ERRORS as E,
  StartupGrantOverviewSchema,
  SUPPLEMENT_TEXT_MAX,
  SupplementReceiptSchema,
  type Application,
  type Supplement,
  type SupplementAnswer,
  type SupplementReceipt,
} from '@portal/shared-contracts/startup-grant';
import type { Attachment } from '@portal/shared-contracts/unemployment-security';
import {
  AreaFormElement,
  errorText,
  FormStep,
  isConflict,
  multiline,
  summaryList,
  textArea,
  type SummaryRow,
  type Validation,
} from '@portal/ui-kit/form';
import { deadlineTag, followInternalLink, LoadState, notice } from '@portal/ui-kit/page';
import { baseStyles, formStyles } from '@portal/ui-kit/styles';
import { AREA, DEFAULT_BASE_PATH } from '../area.js';
import { errorMessages } from '../errors.messages.js';
import { SupplementAnsweredEvent } from '../events.js';
import { fileField, FileList } from '../files.js';
import { messages, type MessageKey } from './startup-grant-supplement.messages.js';
import { styles } from './startup-grant-supplement.styles.js';

export { LoadState };

interface SupplementInput extends Record<string, unknown> {
  readonly text: string;
  readonly attachmentIds: readonly string[];
}

const EMPTY: SupplementInput = { text: '', attachmentIds: [] };
const TEXT = 'text';
const FILES = 'attachmentIds';

function restore(draft: Record<string, unknown>): { values: SupplementInput; restored: boolean } {
  const text = typeof draft['text'] === 'string' ? draft['text'] : '';
  const ids = Array.isArray(draft['attachmentIds']) ? draft['attachmentIds'].filter((id): id is string => typeof id === 'string') : [];
  return { values: { text, attachmentIds: ids }, restored: text !== '' || ids.length > 0 };
}

/**
 * Answering the office's request to supplement a start-up grant application
 * (`/startup-grant/supplements/:id`): what the office asks and by when (a passed deadline said in
 * words: the answer is still taken, marked late), the person's text and files, each file uploaded
 * as chosen and checked by its content on the server. Kept as a draft per request while typed; sent
 * with an Idempotency-Key; the receipt says whether it was late.
 *
 * @summary The answer to a request for a supplement.
 * @fires startup-grant-supplement-answered - The answer was received; `receipt` carries it.
 */
export class StartupGrantSupplement extends AreaFormElement<SupplementInput, SupplementAnswer, MessageKey, typeof SupplementReceiptSchema> {
  static override styles = [baseStyles, formStyles, styles];
  static override properties = { ...AreaFormElement.properties, supplementId: { attribute: 'supplement-id' } };

  declare supplementId: string;
  /** The request as read, with its application. */
  private found: { application: Application; supplement: Supplement } | undefined;
  readonly files = new FileList(this, (attachments) => this.patch({ attachmentIds: attachments.map((a) => a.id) }));

  constructor() {
    super({
      area: AREA,
      // Per request, so two requests' answers never mix: `startup-grant.supplement-<id>`.
      draftKey: () => `${AREA}.supplement-${this.supplementId.toLowerCase()}`,
      pageId: () => this.supplementId,
      url: (id) => STARTUP_GRANT_PATHS.supplementAnswer(id),
      receipt: SupplementReceiptSchema,
      messages,
    });
    this.supplementId = '';
    this.found = undefined;
    this.basePath = DEFAULT_BASE_PATH;
  }

  private get input(): SupplementInput {
    return this.values ?? EMPTY;
  }

  private get open(): boolean {
    return this.found?.application.state === 'supplement-requested' && this.found.supplement.answer === null;
  }

  protected override async load(signal: AbortSignal): Promise<void> {
    const [overview, draft] = await Promise.all([
      fetchJson(STARTUP_GRANT_PATHS.overview, StartupGrantOverviewSchema, { signal }),
      this.draft.restore(),
    ]);
    signal.throwIfAborted();
    const id = this.supplementId.toLowerCase();
    this.found = undefined;
    for (const application of overview.applications) {
      const supplement = application.supplements.find((s) => s.id === id);
      if (supplement) this.found = { application, supplement };
    }
    // Not the person's, or no such request: the kit's not-found page, as for a 404.
    if (!this.found) throw new ApiRequestError(404, API_ERROR_CODES.notFound, 'No such supplement request.');
    if (!this.values) {
      const restored = draft ? restore(draft) : undefined;
      this.startFrom(restored?.restored ? draft : undefined, EMPTY, restore);
    }
    const ids = new Set(this.input.attachmentIds);
    this.files.reset(overview.pendingAttachments.filter((a: Attachment) => ids.has(a.id)));
  }

  protected override draftData(): Record<string, unknown> | undefined {
    return this.values && this.open ? { ...this.values } : undefined;
  }

  protected override validate(): Validation<SupplementAnswer> | undefined {
    if (!this.open) return undefined;
    if (this.files.busy) return { ok: false, errors: { [FILES]: 'uploads.busy' } };
    const text = this.input.text.trim();
    if (text === '') return { ok: false, errors: { [TEXT]: E.required } };
    if (text.length > SUPPLEMENT_TEXT_MAX) return { ok: false, errors: { [TEXT]: E.tooLong } };
    return { ok: true, request: { text, attachmentIds: [...this.input.attachmentIds] } };
  }

  protected override noticeText(): string | undefined {
    return undefined;
  }

  protected override errorFor(path: string, code: string): string {
    if (code === 'uploads.busy') return this.t('waitUploads');
    const field = path === FILES ? this.t('attachmentsLabel') : this.t('text');
    return errorText(errorMessages, code, this.language, { params: { field } });
  }

  protected override afterSend(receipt: SupplementReceipt): void {
    this.errors = {};
    portalBus.publish(CurrentItemsChangedTopic, { area: AREA });
    this.dispatchEvent(new SupplementAnsweredEvent(receipt));
  }

  /** A 409: answered meanwhile (another tab) or no longer waiting: read again, which shows why. */
  protected override async handleConflict(error: unknown): Promise<boolean> {
    if (!isConflict(error)) return false;
    await this.loading.run();
    void this.flow.goTo(FormStep.edit, 'heading');
    return true;
  }

  protected override backLink(): TemplateResult {
    return html`<ul class="back-links">
      <li><a href=${this.basePath} @click=${followInternalLink}>${this.t('backToArea')}</a></li>
    </ul>`;
  }

  protected override renderBody(step: FormStep): TemplateResult {
    if (step === FormStep.receipt && this.receipt) return this.renderReceipt(this.receipt);
    switch (this.loadState) {
      case LoadState.failed:
        return html`${this.renderLoadFailed(this.t('loadFailed'))} ${this.backLink()}`;
      case LoadState.notFound:
        return html`<p>${this.t('notFoundText')}</p>
          ${this.backLink()}`;
      case LoadState.loaded:
        break;
      default:
        return html`<p role="status">${this.t('loading')}</p>`;
    }
    const found = this.found;
    if (!found) return this.backLink();
    return html`${this.renderRequest(found.supplement)}
    ${
      !this.open
        ? html`${notice(
            'info',
            found.supplement.answer
              ? this.t('answered', { date: this.i18n.dateTime(found.supplement.answer.answeredAt) })
              : this.t('closed'),
          )}
          ${this.backLink()}`
        : step === FormStep.check
          ? this.renderCheck()
          : this.renderEdit()
    }`;
  }

  private renderRequest(supplement: Supplement): TemplateResult {
    return html`<section class="request" aria-labelledby="request-heading">
        <h2 id="request-heading">${this.t('requestHeading')}</h2>
        <p class="pre-line">${supplement.what}</p>
        <p>
          <strong>${this.t('deadline')}:</strong> ${this.date(supplement.deadline)}
          ${supplement.answer === null ? deadlineTag(supplement.daysLeft, (key, params) => this.t(key, params)) : nothing}
        </p>
      </section>
      ${supplement.answer === null && supplement.daysLeft < 0 ? html`<p class="late-note">${this.t('lateNote')}</p>` : nothing}`;
  }

  private renderEdit(): TemplateResult {
    return html`${this.renderNotice()} ${this.renderErrorSummary([TEXT, FILES])}
    ${this.renderEditForm(html`
      ${textArea({
        path: TEXT,
        locale: this.language,
        label: this.t('text'),
        hint: this.t('textHint'),
        value: this.input.text,
        maxLength: SUPPLEMENT_TEXT_MAX,
        rows: 6,
        spellcheck: true,
        error: this.error(TEXT),
        onInput: this.countedInput(SUPPLEMENT_TEXT_MAX, (text) => this.patch({ text })),
      })}
      ${fileField({
        path: FILES,
        list: this.files,
        language: this.language,
        error: this.error(FILES),
        words: {
          label: this.t('attachmentsLabel'),
          hint: this.t('attachmentsHint'),
          remove: this.t('remove'),
          uploading: this.t('uploading'),
          retry: this.t('retry'),
          dismiss: this.t('dismiss'),
          failed: this.t('fileFailed'),
          refused: (code) => errorText(errorMessages, code, this.language, { params: { field: this.t('attachmentsLabel') } }),
        },
      })}
    `)}`;
  }

  private rows(withChange: boolean): SummaryRow[] {
    const files = this.files.attachments;
    return [
      { key: this.t('text'), value: multiline(this.input.text), onChange: this.changeTo(TEXT, withChange) },
      {
        key: this.t('attachmentsRow'),
        value:
          files.length === 0
            ? this.t('noAttachments')
            : html`<ul class="plain">
              ${files.map((a) => html`<li>${a.fileName}</li>`)}
            </ul>`,
        onChange: this.changeTo(FILES, withChange),
      },
    ];
  }

  private renderCheck(): TemplateResult {
    return html`${this.renderNotice()} ${summaryList(this.rows(true), this.language)} ${this.renderSendForm()}`;
  }

  private renderReceipt(receipt: SupplementReceipt): TemplateResult {
    return html`${this.renderReceiptPanel(receipt)}
      ${receipt.supplement.answer?.late ? html`<p class="late-note"><strong>${this.t('late')}</strong></p>` : nothing}
      <p>${this.t('receiptNext')}</p>
      ${summaryList(this.rows(false), this.language)} ${this.backLink()}`;
  }
}
