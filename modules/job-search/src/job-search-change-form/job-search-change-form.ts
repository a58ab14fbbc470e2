import { html, LitElement, nothing, type TemplateResult } from 'lit';
import {
  DEFAULT_LOCALE,
  DraftController,
  fetchJson,
  formatDate,
  formatMessage,
  INTL_LOCALE,
  LocaleTopic,
  TopicController,
  type Locale,
} from '@portal/shared-contracts';
import {
  CHANGE_KINDS,
  JOB_SEARCH_ERRORS,
  JOB_SEARCH_PATHS,
  JobSearchReceiptSchema,
  JobSearchSchema,
  type ChangeKind,
  type JobSearch,
  type JobSearchReceipt,
} from '@portal/shared-contracts/job-search';
import { JobSearchChangedEvent } from '../events.js';
import {
  baseStyles,
  characterCountText,
  errorsFromApiError,
  errorSummary,
  errorText,
  followInternalLink,
  FormFlowController,
  formatDateTime,
  formStyles,
  FormStep,
  helsinkiToday,
  IdempotentPost,
  isConflict,
  kitText,
  legend,
  notice,
  politeRegion,
  PoliteAnnouncer,
  radioGroup,
  receiptPanel,
  selectField,
  summaryList,
  textArea,
  textField,
  type FieldErrors,
  type SummaryRow,
} from '../form-kit/form-kit.js';
import {
  DETAILS_MAX_LENGTH,
  emptyValues,
  errorsForKind,
  fieldOrder,
  isChangeKind,
  KIND_FIELDS,
  LOCAL_ERRORS,
  parseHours,
  restoreValues,
  validateChange,
  type ChangeContext,
  type ChangeField,
  type ChangeValues,
} from './change-model.js';
import { countryName, countryOptions } from './countries.js';
import { dateField, DATE_REQUIRED, isCalendarDate, reportWindow } from './report-dates.js';
import { messages, type MessageKey } from './job-search-change-form.messages.js';
import { styles } from './job-search-change-form.styles.js';

export const DRAFT_KEY = 'job-search.change';

const LoadState = { idle: 'idle', loading: 'loading', ready: 'ready' } as const;
type LoadState = (typeof LoadState)[keyof typeof LoadState];

const Notice = { draftRestored: 'draftRestored', conflict: 'conflict', conflictEnded: 'conflictEnded', sendFailed: 'sendFailed' } as const;
type Notice = (typeof Notice)[keyof typeof Notice];

/**
 * Reporting a change to job seeking (seed line 6): first what changed (starting work, a business,
 * studies, sickness, travel abroad), then that kind's fields, a check step and a receipt. When the
 * person has applied for or receives benefit, the check step says that a notice goes to the payer
 * and that it does not replace their own duty to tell the payer; the receipt shows the notice made.
 *
 * Validation is the contract's `ChangeReportRequestSchema` plus the server's date rules (a year
 * either way of today, not before job seeking started). What is typed is kept as a draft
 * (`job-search.change`) and survives every failure: a 400 maps to the fields, a 409 refetches the
 * job seeking and keeps the input, a 5xx or a network error offers a retry with the same key.
 * Only while job seeking is valid; otherwise it says so and links to the registration.
 *
 * @summary Report of a change to job seeking.
 * @fires job-search-changed - The job seeking state after a report or a 409 (JobSearchChangedEvent).
 */
export class JobSearchChangeForm extends LitElement {
  static override styles = [baseStyles, formStyles, styles];
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
  declare values: ChangeValues | undefined;
  declare errors: FieldErrors;
  declare notice: Notice | undefined;
  declare submitting: boolean;
  declare receipt: JobSearchReceipt | undefined;

  private readonly locale = new TopicController(this, LocaleTopic, () => this.flow.announce());
  readonly flow = new FormFlowController(this, { title: (step) => this.stepTitle(step) });
  private readonly announcer = new PoliteAnnouncer(this);
  private readonly draft = new DraftController<ChangeValues>(this, {
    key: DRAFT_KEY,
    // After the receipt there is nothing left to keep.
    values: () => (this.flow.step === FormStep.receipt ? undefined : this.values),
  });
  /** One key per report: a retry or a double click is the same report to the server. */
  private readonly sender = new IdempotentPost(JOB_SEARCH_PATHS.changes, JobSearchReceiptSchema);
  /** What was sent, for the receipt: the form is empty again once another report is started. */
  private sent: ChangeValues | undefined;
  private started = false;

  constructor() {
    super();
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
    return this.t(step === FormStep.edit ? 'titleEdit' : step === FormStep.check ? 'titleCheck' : 'titleReceipt');
  }

  private get active(): boolean {
    return this.jobSearch?.state === 'active';
  }

  protected override willUpdate(): void {
    if (this.active && !this.started) {
      this.started = true;
      void this.load();
    }
  }

  /** Restores the draft once, before the form shows, so nothing typed is overwritten by a late answer. */
  private async load(): Promise<void> {
    this.loadState = LoadState.loading;
    // Undefined: no draft, or it could not be read; the form works without it.
    const draft = await this.draft.restore();
    if (!this.values) {
      const restored = draft ? restoreValues(draft) : { values: emptyValues(), restored: false };
      this.values = restored.values;
      if (restored.restored) this.notice = Notice.draftRestored;
    }
    this.loadState = LoadState.ready;
  }

  // Editing ----------------------------------------------------------------------------------------

  private set(field: ChangeField, value: string): void {
    if (!this.values) return;
    this.values = { ...this.values, [field]: value };
    this.draft.changed();
  }

  /** Another kind: the values stay (shared fields keep what was typed); errors of hidden fields go. */
  private setKind(kind: string): void {
    this.set('kind', kind);
    this.errors = errorsForKind(this.errors, kind);
  }

  private context(): ChangeContext {
    return { basedOn: this.jobSearch?.updatedAt ?? null, periodStart: this.jobSearch?.period?.startDate, today: helsinkiToday() };
  }

  private continueToCheck(event: Event): void {
    event.preventDefault();
    if (!this.values) return;
    const result = validateChange(this.values, this.context());
    if (!result.ok) {
      this.errors = result.errors;
      void this.flow.goTo(FormStep.edit, 'summary');
      return;
    }
    this.errors = {};
    // The "restored" and "conflict" notes have done their job once the person moves on.
    if (this.notice !== Notice.sendFailed) this.notice = undefined;
    void this.draft.save();
    void this.flow.goTo(FormStep.check);
  }

  /** A new, empty report after a receipt (a new idempotency key came with the receipt). */
  private async startAnother(): Promise<void> {
    this.receipt = undefined;
    this.sent = undefined;
    this.values = emptyValues();
    this.errors = {};
    this.notice = undefined;
    await this.flow.goTo(FormStep.edit);
  }

  // Sending ----------------------------------------------------------------------------------------

  /** Sends the report; every failure keeps what was typed. */
  async send(event?: Event): Promise<void> {
    event?.preventDefault();
    if (!this.values || this.submitting) return;
    const result = validateChange(this.values, this.context());
    if (!result.ok) {
      this.errors = result.errors;
      void this.flow.goTo(FormStep.edit, 'summary');
      return;
    }
    this.submitting = true;
    this.notice = undefined;
    const values = this.values;
    try {
      const receipt = await this.sender.send(result.request);
      this.receipt = receipt;
      this.sent = values;
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
    if (isConflict(error)) {
      // Job seeking changed meanwhile: show the newest state (its `updatedAt` is the next `basedOn`),
      // keep the person's input, and say so.
      let ended = false;
      try {
        const latest = await fetchJson(JOB_SEARCH_PATHS.jobSearch, JobSearchSchema);
        this.jobSearch = latest;
        ended = latest.state !== 'active';
        this.dispatchEvent(new JobSearchChangedEvent(latest));
      } catch {
        // The notice still says what happened; the next attempt meets the 409 again and refetches.
      }
      this.notice = ended ? Notice.conflictEnded : Notice.conflict;
      void this.draft.save();
      void this.flow.goTo(FormStep.edit, 'notice');
      return;
    }
    const errors = errorsFromApiError(error);
    if (errors) {
      this.errors = errors;
      void this.flow.goTo(FormStep.edit, 'summary');
      return;
    }
    this.notice = Notice.sendFailed;
    void this.draft.save();
    await this.updateComplete;
    this.flow.focus('notice');
  }

  // Texts ------------------------------------------------------------------------------------------

  private get kind(): ChangeKind | undefined {
    const kind = this.values?.kind ?? '';
    return isChangeKind(kind) ? kind : undefined;
  }

  /**
   * An error in words for this form: the local codes, and contract codes that read better for the
   * field they are on (a missing return date of a trip is not "the end date").
   */
  private errorFor(path: string, code: string): string {
    const travel = this.kind === 'travel';
    switch (code) {
      case LOCAL_ERRORS.kindRequired:
        return this.t('error.kind.required');
      case LOCAL_ERRORS.fullTimeRequired:
        return this.t(this.kind === 'studies' ? 'error.full-time.required.studies' : 'error.full-time.required.business');
      case LOCAL_ERRORS.hoursInvalid:
        return this.t('error.hours.invalid');
      case DATE_REQUIRED:
        return this.t(travel ? 'error.start.required.travel' : 'error.start.required');
      case JOB_SEARCH_ERRORS.endDateRequired:
        return travel ? this.t('error.end.required.travel') : errorText(code, this.language);
      case JOB_SEARCH_ERRORS.endBeforeStart:
        return travel ? this.t('error.end.before-start.travel') : errorText(code, this.language);
      default:
        // The schema's code for hours out of range is the general `answer.invalid`.
        return path === 'hoursPerWeek' ? this.t('error.hours.invalid') : errorText(code, this.language);
    }
  }

  private error(path: ChangeField | 'kind'): string | undefined {
    const code = this.errors[path];
    return code === undefined ? undefined : this.errorFor(path, code);
  }

  private kindLabel(kind: ChangeKind): string {
    return kitText(this.language, `changeKind.${kind}`);
  }

  // Rendering --------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const step = this.flow.step;
    return html`
      <h1 tabindex="-1">${this.stepTitle(step)}</h1>
      ${this.renderBody(step)} ${politeRegion(this.announcer)}
    `;
  }

  private renderBody(step: FormStep): TemplateResult {
    if (this.receipt && this.sent && step === FormStep.receipt) return this.renderReceipt(this.receipt, this.sent);
    if (!this.jobSearch) return html`<p role="status">${kitText(this.language, 'loading')}</p>`;
    if (!this.active) return this.renderNotActive();
    const values = this.values;
    if (this.loadState !== LoadState.ready || !values) return html`<p role="status">${kitText(this.language, 'loading')}</p>`;
    return step === FormStep.check ? this.renderCheck(values) : this.renderEdit(values);
  }

  private renderNotice(): TemplateResult | typeof nothing {
    switch (this.notice) {
      case Notice.draftRestored:
        return notice('info', kitText(this.language, 'draftRestored'));
      case Notice.conflict:
        return notice('error', this.t('conflict'));
      case Notice.conflictEnded:
        return notice('error', this.t('conflictEnded'));
      case Notice.sendFailed:
        return notice(
          'error',
          kitText(this.language, 'sendFailed'),
          html`<button class="button retry" type="button" ?disabled=${this.submitting} @click=${() => void this.send()}>
            ${kitText(this.language, 'retry')}
          </button>`,
        );
      default:
        return nothing;
    }
  }

  private renderNotActive(): TemplateResult {
    return html`${this.notice === Notice.conflictEnded ? this.renderNotice() : nothing}
      <p>${this.t('notActive')}</p>
      <p><a class="button" href="${this.basePath}/register" @click=${followInternalLink}>${this.t('register')}</a></p>
      <p><a href=${this.basePath} @click=${followInternalLink}>${kitText(this.language, 'backToJobSearch')}</a></p>`;
  }

  private renderEdit(values: ChangeValues): TemplateResult {
    const language = this.language;
    const kind = this.kind;
    return html`
      ${this.renderNotice()}
      ${errorSummary({
        errors: this.errors,
        order: fieldOrder(values.kind),
        locale: language,
        root: this.renderRoot,
        text: (code, path) => this.errorFor(path, code),
      })}
      <p>${this.t('intro')}</p>
      <form id="form" novalidate @submit=${this.continueToCheck}>
        ${radioGroup({
          path: 'kind',
          legend: this.t('kindLegend'),
          hint: this.t('kindHint'),
          error: this.error('kind'),
          locale: language,
          value: values.kind,
          options: CHANGE_KINDS.map((k) => ({ value: k, label: this.kindLabel(k), hint: this.t(`kindHint.${k}`) })),
          onChange: (value) => this.setKind(value),
        })}
        ${kind
          ? html`<fieldset class="section" id="kind-fields">
                ${legend(this.kindLabel(kind), 'heading')} ${KIND_FIELDS[kind].map((field) => this.renderField(field, kind, values))}
              </fieldset>
              ${textArea({
                path: 'details',
                label: this.t('details'),
                hint: this.t('detailsHint'),
                error: this.error('details'),
                locale: language,
                value: values.details,
                maxLength: DETAILS_MAX_LENGTH,
                rows: 4,
                optional: true,
                onInput: (value) => {
                  this.set('details', value);
                  this.announcer.say(characterCountText(value.length, DETAILS_MAX_LENGTH, this.language));
                },
              })}`
          : nothing}
        <div class="actions">
          <button class="button" type="submit">${this.t('continue')}</button>
          <a class="button secondary" href=${this.basePath} @click=${followInternalLink}>${this.t('cancel')}</a>
        </div>
      </form>
    `;
  }

  private renderField(field: ChangeField, kind: ChangeKind, values: ChangeValues): TemplateResult | typeof nothing {
    const language = this.language;
    const today = helsinkiToday();
    switch (field) {
      case 'employer':
        return textField({
          path: 'employer',
          label: this.t('employer'),
          error: this.error('employer'),
          locale: language,
          value: values.employer,
          autocomplete: 'organization',
          onInput: (value) => this.set('employer', value),
        });
      case 'hoursPerWeek':
        return textField({
          path: 'hoursPerWeek',
          label: this.t('hoursPerWeek'),
          hint: this.t('hoursPerWeekHint'),
          error: this.error('hoursPerWeek'),
          locale: language,
          value: values.hoursPerWeek,
          inputmode: 'decimal',
          width: 'short',
          optional: true,
          onInput: (value) => this.set('hoursPerWeek', value),
        });
      case 'businessName':
        return textField({
          path: 'businessName',
          label: this.t('businessName'),
          error: this.error('businessName'),
          locale: language,
          value: values.businessName,
          autocomplete: 'organization',
          onInput: (value) => this.set('businessName', value),
        });
      case 'institution':
        return textField({
          path: 'institution',
          label: this.t('institution'),
          error: this.error('institution'),
          locale: language,
          value: values.institution,
          onInput: (value) => this.set('institution', value),
        });
      case 'fullTime':
        return radioGroup({
          path: 'fullTime',
          legend: this.t(kind === 'studies' ? 'fullTime.studies' : 'fullTime.business'),
          legendAs: 'small',
          hint: this.t('fullTimeHint'),
          error: this.error('fullTime'),
          locale: language,
          value: values.fullTime,
          options: [
            { value: 'yes', label: this.t('yes') },
            { value: 'no', label: this.t('no') },
          ],
          onChange: (value) => this.set('fullTime', value),
        });
      case 'country':
        return selectField({
          path: 'country',
          label: this.t('country'),
          hint: this.t('countryHint'),
          error: this.error('country'),
          locale: language,
          value: values.country,
          placeholder: this.t('countryChoose'),
          options: countryOptions(language),
          onChange: (value) => this.set('country', value),
        });
      case 'startDate': {
        const range = reportWindow(today, this.jobSearch?.period?.startDate);
        return dateField({
          path: 'startDate',
          label: this.t(`start.${kind}`),
          hint: this.t('dateRange', { min: this.date(range.min), max: this.date(range.max) }),
          error: this.error('startDate'),
          locale: language,
          value: values.startDate,
          min: range.min,
          max: range.max,
          onInput: (value) => this.set('startDate', value),
        });
      }
      case 'endDate': {
        if (kind === 'business') return nothing;
        return dateField({
          path: 'endDate',
          label: this.t(`end.${kind}`),
          hint: this.t(`endHint.${kind}`),
          error: this.error('endDate'),
          locale: language,
          value: values.endDate,
          // The picker opens at the start: an end is on or after it.
          min: isCalendarDate(values.startDate) ? values.startDate : undefined,
          optional: kind !== 'travel',
          onInput: (value) => this.set('endDate', value),
        });
      }
      default:
        return nothing;
    }
  }

  // Check your answers and the receipt --------------------------------------------------------------

  private rows(values: ChangeValues, withChange: boolean): SummaryRow[] {
    const kind = isChangeKind(values.kind) ? values.kind : undefined;
    if (!kind) return [];
    const language = this.language;
    const notGiven = kitText(language, 'notGiven');
    const change = (path: string) => (withChange ? () => void this.flow.goTo(FormStep.edit, { path }) : undefined);
    const rows: SummaryRow[] = [{ key: this.t('rowKind'), value: this.kindLabel(kind), onChange: change('kind') }];
    for (const field of KIND_FIELDS[kind]) {
      switch (field) {
        case 'employer':
          rows.push({ key: this.t('employer'), value: values.employer.trim(), onChange: change(field) });
          break;
        case 'hoursPerWeek': {
          const hours = parseHours(values.hoursPerWeek);
          rows.push({
            key: this.t('hoursPerWeek'),
            value: hours === undefined ? notGiven : this.t('hours', { hours: hours.toLocaleString(INTL_LOCALE[language]) }),
            onChange: change(field),
          });
          break;
        }
        case 'businessName':
          rows.push({ key: this.t('businessName'), value: values.businessName.trim(), onChange: change(field) });
          break;
        case 'institution':
          rows.push({ key: this.t('institution'), value: values.institution.trim(), onChange: change(field) });
          break;
        case 'fullTime':
          rows.push({
            key: this.t(kind === 'studies' ? 'fullTime.studies' : 'fullTime.business'),
            value: this.t(values.fullTime === 'yes' ? 'yes' : 'no'),
            onChange: change(field),
          });
          break;
        case 'country':
          rows.push({ key: this.t('country'), value: countryName(values.country, language), onChange: change(field) });
          break;
        case 'startDate':
          rows.push({ key: this.t(`start.${kind}`), value: this.date(values.startDate), onChange: change(field) });
          break;
        case 'endDate':
          if (kind !== 'business') {
            rows.push({ key: this.t(`end.${kind}`), value: values.endDate ? this.date(values.endDate) : notGiven, onChange: change(field) });
          }
          break;
        default:
          break;
      }
    }
    rows.push({
      key: this.t('rowDetails'),
      value: values.details.trim() ? html`<span class="pre-line">${values.details.trim()}</span>` : notGiven,
      onChange: change('details'),
    });
    return rows;
  }

  /** Before sending: the notice to the payer, and that it does not do the person's own duty. */
  private renderPayer(): TemplateResult | typeof nothing {
    const payer = this.jobSearch?.payer;
    if (!payer) return nothing;
    const name = payer.name[this.language];
    return html`<div class="inset payer">
      <p>${this.t('payerNotice', { payer: name })}</p>
      <p><strong>${this.t('payerDuty', { payer: name })}</strong></p>
    </div>`;
  }

  private renderCheck(values: ChangeValues): TemplateResult {
    return html`
      ${this.renderNotice()}
      <p>${this.t('checkIntro')}</p>
      ${summaryList(this.rows(values, true), this.language)} ${this.renderPayer()}
      <form @submit=${(event: Event) => void this.send(event)}>
        <div class="actions">
          <button class="button send" type="submit" ?disabled=${this.submitting} aria-disabled=${String(this.submitting)}>
            ${this.submitting ? kitText(this.language, 'sending') : this.t('send')}
          </button>
          <button class="button secondary" type="button" @click=${() => void this.flow.goTo(FormStep.edit)}>${kitText(this.language, 'change')}</button>
        </div>
      </form>
    `;
  }

  private renderReceipt(receipt: JobSearchReceipt, sent: ChangeValues): TemplateResult {
    const language = this.language;
    const payerNotice = receipt.payerNotice;
    return html`
      ${receiptPanel(this.t('receiptHeading'), kitText(language, 'receivedAt', { time: formatDateTime(receipt.receivedAt, language) }))}
      <p>${this.t('receiptText')}</p>
      ${payerNotice
        ? html`<div class="inset payer">
            <p>${this.t('receiptPayer', { payer: payerNotice.payer.name[language], time: formatDateTime(payerNotice.createdAt, language) })}</p>
            <p><strong>${this.t('receiptPayerDuty')}</strong></p>
          </div>`
        : nothing}
      <h2>${this.t('receiptWhat')}</h2>
      ${summaryList(this.rows(sent, false), language)}
      <p><a href=${this.basePath} @click=${followInternalLink}>${kitText(language, 'backToJobSearch')}</a></p>
      <p><button class="link another" type="button" @click=${() => void this.startAnother()}>${this.t('another')}</button></p>
    `;
  }
}
