import { html, nothing, type TemplateResult } from 'lit';
import { INTL_LOCALE, isCalendarDate } from '@portal/shared-contracts';
import {
  CHANGE_KINDS,
  JOB_SEARCH_ERRORS,
  JOB_SEARCH_PATHS,
  type ChangeKind,
  type ChangeReportRequest,
  type JobSearch,
  type JobSearchReceipt,
} from '@portal/shared-contracts/job-search';
import {
  FormStep,
  legend,
  dateField,
  multiline,
  radioGroup,
  selectField,
  summaryList,
  textField,
  type SummaryRow,
  type TextFieldOptions,
  type Validation,
} from '@portal/ui-kit/form';
import { helsinkiToday, LoadState } from '@portal/ui-kit/page';
import { baseStyles, formStyles } from '@portal/ui-kit/styles';
import { ReportFormElement, ReportNotice } from '../report-form-element.js';
import { DATE_REQUIRED, reportContext, reportWindow } from '../report-dates.js';
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
  type ChangeField,
  type ChangeValues,
} from './change-model.js';
import { countryName, countryOptions, FINLAND } from '@portal/shared-contracts/countries';
import { messages, type MessageKey } from './job-search-change-form.messages.js';
import { styles } from './job-search-change-form.styles.js';

export const DRAFT_KEY = 'job-search.change';

type TextField = Extract<ChangeField, 'employer' | 'hoursPerWeek' | 'businessName' | 'institution'>;
type TextWays = Pick<TextFieldOptions, 'autocomplete' | 'inputmode' | 'width' | 'optional'> & { readonly hint?: MessageKey };

/** The fields of the kinds typed as text: each labelled by its own key, with these hints and ways. */
const TEXT_FIELDS: Readonly<Record<TextField, TextWays>> = {
  employer: { autocomplete: 'organization' },
  hoursPerWeek: { hint: 'hoursPerWeekHint', inputmode: 'decimal', width: 'short', optional: true },
  businessName: { autocomplete: 'organization' },
  institution: {},
};

const isTextField = (field: ChangeField): field is TextField => Object.hasOwn(TEXT_FIELDS, field);

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
export class JobSearchChangeForm extends ReportFormElement<ChangeValues, ChangeReportRequest, MessageKey> {
  static override styles = [baseStyles, formStyles, styles];

  constructor() {
    super({ draftKey: DRAFT_KEY, url: JOB_SEARCH_PATHS.changes, messages });
  }

  protected override get canStart(): boolean {
    return this.jobSearch?.state === 'active';
  }

  protected override load(signal: AbortSignal): Promise<void> {
    return this.loadDraft(signal, emptyValues(), restoreValues);
  }

  protected override validate(): Validation<ChangeReportRequest> | undefined {
    return this.values && validateChange(this.values, reportContext(this.jobSearch));
  }

  /** Job seeking changed meanwhile: ended, or changed otherwise (its `updatedAt` is the next `basedOn`). */
  protected override endedMeanwhile(latest: JobSearch): boolean {
    return latest.state !== 'active';
  }

  // Editing ----------------------------------------------------------------------------------------

  /** Another kind: the values stay (shared fields keep what was typed); errors of hidden fields go. */
  private setKind(kind: string): void {
    this.set('kind', kind);
    this.errors = errorsForKind(this.errors, kind);
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

  private countryList?: { language: string; options: readonly { value: string; label: string }[] };

  /** Every country but Finland, named and sorted in the page's language (sorted once per language, not per render). */
  private countries(): readonly { value: string; label: string }[] {
    if (this.countryList?.language !== this.language) {
      this.countryList = { language: this.language, options: countryOptions(this.language, [FINLAND]) };
    }
    return this.countryList.options;
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
  protected override errorFor(path: string, code: string): string {
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
      case JOB_SEARCH_ERRORS.dateInvalid:
        // "This day does not exist", naming the field: a change can have two dates.
        return this.t(`error.${path === 'endDate' ? 'end' : 'start'}.invalid${travel ? '.travel' : ''}`);
      case JOB_SEARCH_ERRORS.endDateRequired:
        return travel ? this.t('error.end.required.travel') : super.errorFor(path, code);
      case JOB_SEARCH_ERRORS.endBeforeStart:
        return travel ? this.t('error.end.before-start.travel') : super.errorFor(path, code);
      default:
        // The schema's code for hours out of range is the general `answer.invalid`.
        return path === 'hoursPerWeek' ? this.t('error.hours.invalid') : super.errorFor(path, code);
    }
  }

  private kindLabel(kind: ChangeKind): string {
    return this.t(`changeKind.${kind}`);
  }

  // Rendering --------------------------------------------------------------------------------------

  protected override renderBody(step: FormStep): TemplateResult {
    const sent = this.sent?.values;
    if (this.receipt && sent && step === FormStep.receipt) return this.renderReceipt(this.receipt, sent);
    if (!this.jobSearch) return this.renderLoading();
    if (!this.canStart) return this.renderNotActive(ReportNotice.conflictEnded, this.t('notActive'));
    const values = this.values;
    if (this.loadState !== LoadState.loaded || !values) return this.renderLoading();
    return step === FormStep.check ? this.renderCheck(values) : this.renderEdit(values);
  }

  private renderEdit(values: ChangeValues): TemplateResult {
    const kind = this.kind;
    return html`
      ${this.renderNotice()} ${this.renderErrorSummary(fieldOrder(values.kind))}
      <p>${this.t('intro')}</p>
      ${this.renderEditForm(html`
        ${radioGroup({
          ...this.field('kind'),
          legend: this.t('kindLegend'),
          hint: this.t('kindHint'),
          value: values.kind,
          options: CHANGE_KINDS.map((k) => ({ value: k, label: this.kindLabel(k), hint: this.t(`kindHint.${k}`) })),
          onChange: (value) => this.setKind(value),
        })}
        ${
          kind
            ? html`<fieldset class="section" id="kind-fields">
                ${legend(this.kindLabel(kind), 'heading')} ${KIND_FIELDS[kind].map((field) => this.renderField(field, kind, values))}
              </fieldset>
              ${this.renderDetails(values, DETAILS_MAX_LENGTH)}`
            : nothing
        }
      `)}
    `;
  }

  private renderField(field: ChangeField, kind: ChangeKind, values: ChangeValues): TemplateResult | typeof nothing {
    if (isTextField(field)) {
      const { hint, ...ways } = TEXT_FIELDS[field];
      return textField({
        ...this.field(field),
        ...ways,
        label: this.t(field),
        hint: hint && this.t(hint),
        value: values[field],
        onInput: (value) => this.set(field, value),
      });
    }
    switch (field) {
      case 'fullTime':
        return radioGroup({
          ...this.field('fullTime'),
          legend: this.t(kind === 'studies' ? 'fullTime.studies' : 'fullTime.business'),
          legendAs: 'small',
          hint: this.t('fullTimeHint'),
          value: values.fullTime,
          options: [
            { value: 'yes', label: this.t('yes') },
            { value: 'no', label: this.t('no') },
          ],
          onChange: (value) => this.set('fullTime', value),
        });
      case 'country':
        return selectField({
          ...this.field('country'),
          label: this.t('country'),
          hint: this.t('countryHint'),
          value: values.country,
          placeholder: this.t('countryChoose'),
          options: this.countries(),
          onChange: (value) => this.set('country', value),
        });
      case 'startDate': {
        const range = reportWindow(helsinkiToday(), this.jobSearch?.period?.startDate);
        return dateField({
          ...this.field('startDate'),
          label: this.t(`start.${kind}`),
          hint: this.t('dateRange', { min: this.date(range.min), max: this.date(range.max) }),
          value: values.startDate,
          min: range.min,
          max: range.max,
          onInput: (value) => this.set('startDate', value),
        });
      }
      case 'endDate':
        if (kind === 'business') return nothing;
        return dateField({
          ...this.field('endDate'),
          label: this.t(`end.${kind}`),
          hint: this.t(`endHint.${kind}`),
          value: values.endDate,
          // The picker opens at the start: an end is on or after it.
          min: isCalendarDate(values.startDate) ? values.startDate : undefined,
          optional: kind !== 'travel',
          onInput: (value) => this.set('endDate', value),
        });
      default:
        return nothing;
    }
  }

  // Check your answers and the receipt --------------------------------------------------------------

  private rows(values: ChangeValues, withChange: boolean): SummaryRow[] {
    const kind = isChangeKind(values.kind) ? values.kind : undefined;
    if (!kind) return [];
    const change = (path: string) => this.changeTo(path, withChange);
    const rows: SummaryRow[] = [{ key: this.t('rowKind'), value: this.kindLabel(kind), onChange: change('kind') }];
    for (const field of KIND_FIELDS[kind]) {
      const row = this.row(field, kind, values);
      if (row) rows.push({ ...row, onChange: change(field) });
    }
    rows.push({ key: this.t('details'), value: multiline(values.details, this.t('notGiven')), onChange: change('details') });
    return rows;
  }

  /** One field's row on the check step and the receipt; none for a field the kind does not show. */
  private row(field: ChangeField, kind: ChangeKind, values: ChangeValues): SummaryRow | undefined {
    const notGiven = this.t('notGiven');
    switch (field) {
      case 'hoursPerWeek': {
        const hours = parseHours(values.hoursPerWeek);
        const value = hours === undefined ? notGiven : this.t('hours', { hours: hours.toLocaleString(INTL_LOCALE[this.language]) });
        return { key: this.t('hoursPerWeek'), value };
      }
      case 'fullTime':
        return {
          key: this.t(kind === 'studies' ? 'fullTime.studies' : 'fullTime.business'),
          value: this.t(values.fullTime === 'yes' ? 'yes' : 'no'),
        };
      case 'country':
        return { key: this.t('country'), value: countryName(values.country, this.language) };
      case 'startDate':
        return { key: this.t(`start.${kind}`), value: this.date(values.startDate) };
      case 'endDate':
        return kind === 'business'
          ? undefined
          : { key: this.t(`end.${kind}`), value: values.endDate ? this.date(values.endDate) : notGiven };
      default:
        return isTextField(field) ? { key: this.t(field), value: values[field].trim() } : undefined;
    }
  }

  /** Before sending: the notice to the payer, and that it does not do the person's own duty. */
  private renderPayer(): TemplateResult | typeof nothing {
    const payer = this.jobSearch?.payer;
    if (!payer) return nothing;
    const name = payer.name[this.language];
    return this.renderPayerInset(this.t('payerNotice', { payer: name }), this.t('payerDuty', { payer: name }));
  }

  private renderCheck(values: ChangeValues): TemplateResult {
    return html`
      ${this.renderNotice()}
      <p>${this.t('checkIntro')}</p>
      ${summaryList(this.rows(values, true), this.language)} ${this.renderPayer()} ${this.renderSendForm()}
    `;
  }

  private renderReceipt(receipt: JobSearchReceipt, sent: ChangeValues): TemplateResult {
    const language = this.language;
    return html`
      ${this.renderReceiptPanel(receipt)}
      <p>${this.t('receiptText')}</p>
      ${this.renderPayerSent(receipt, (payer, time) => this.t('receiptPayer', { payer, time }), this.t('receiptPayerDuty'))}
      <h2>${this.t('receiptWhat')}</h2>
      ${summaryList(this.rows(sent, false), language)} ${this.backLink()}
      <p><button class="link another" type="button" @click=${() => void this.startAnother()}>${this.t('another')}</button></p>
    `;
  }
}
