import { html, nothing, type TemplateResult } from 'lit';
import { fetchJson } from '@portal/shared-contracts';
import { ProfileSchema } from '@portal/shared-contracts/profile';
import {
  JOB_SEARCH_PATHS,
  OTHER_FUND,
  ReferenceDataSchema,
  type Handler,
  type JobSearch,
  type JobSearchReceipt,
  type ReferenceData,
  type RegistrationRequest,
  type SoughtWork,
} from '@portal/shared-contracts/job-search';
import { fieldId, focusField, FormNotice, FormStep, groupError, PickerState, summaryList, type Validation } from '@portal/ui-kit/form';
import { followInternalLink, helsinkiToday, LoadState, telHref } from '@portal/ui-kit/page';
import { baseStyles, formStyles, pickerStyles } from '@portal/ui-kit/styles';
import { JobSearchFormElement } from '../job-search-form-element.js';
import { LISTS, withEntries, type Entry, type ListName } from './registration-lists.js';
import {
  errorsAfterRemoval,
  fieldOrder,
  initialValues,
  restoreValues,
  validateRegistration,
  type RegistrationValues,
} from './registration-model.js';
import { benefitSection, contactSection, goalsSection, situationSection } from './sections/about-you.js';
import { educationSection, workSection } from './sections/background.js';
import { checkRows, placeNames } from './sections/check-rows.js';
import type { RegistrationUi } from './sections/registration-ui.js';
import { soughtWorkSection } from './sections/sought-work.js';
import { messages, type MessageKey } from './job-search-registration-form.messages.js';
import { styles } from './job-search-registration-form.styles.js';

export const DRAFT_KEY = 'job-search.registration';

const Notice = { ...FormNotice, conflictRegistered: 'conflictRegistered' } as const;
type Notice = (typeof Notice)[keyof typeof Notice];

/**
 * Starting job seeking (seed line 3): the form, check your answers, and a receipt that names the
 * next step, the service-need assessment, with its deadline and a link. Earlier data is pre-filled
 * (the latest registration, else the phone and email of the person's basic data). Job seeking
 * starts on the day the server receives it; the form says so and asks no date.
 *
 * Validation is the contract's `RegistrationRequestSchema`: its codes appear next to each field
 * and in an error summary that takes focus. What is typed is kept as a server-side draft
 * (`job-search.registration`), and never cleared by an error: a 409 shows the newest state with the
 * input kept; a failed send offers a retry with the same idempotency key.
 *
 * @summary Registration as a job seeker.
 * @fires job-search-changed - The job seeking state after a registration or a 409 (JobSearchChangedEvent).
 */
export class JobSearchRegistrationForm extends JobSearchFormElement<RegistrationValues, RegistrationRequest, MessageKey, Notice> {
  static override styles = [baseStyles, formStyles, pickerStyles, styles];
  static override properties = { ...super.properties, reference: { state: true } };

  declare reference: ReferenceData | undefined;
  private readonly pickers = { municipalities: new PickerState(this), countries: new PickerState(this) };

  constructor() {
    super({ draftKey: DRAFT_KEY, url: JOB_SEARCH_PATHS.registration, messages });
    this.reference = undefined;
  }

  /** Registered already (in another window, or before): nothing to fill in, unless we just did it. */
  private get alreadyActive(): boolean {
    return this.jobSearch?.state === 'active' && !this.receipt;
  }

  protected override get canStart(): boolean {
    return this.jobSearch !== undefined && !this.alreadyActive;
  }

  // Loading ----------------------------------------------------------------------------------------

  /**
   * The reference data (statuses, municipalities, payers), the pre-fill and the draft, together:
   * the form shows once, with the draft already over the pre-fill, so nothing typed is overwritten
   * by a late answer. Without the reference data there is no form (a retry is offered); without
   * the profile or the draft there is (both are conveniences).
   */
  override async load(signal: AbortSignal): Promise<void> {
    const jobSearch = this.jobSearch;
    if (!jobSearch) return;
    const [reference, profile, draft] = await Promise.all([
      this.reference ?? fetchJson(JOB_SEARCH_PATHS.reference, ReferenceDataSchema, { signal }),
      jobSearch.registration ? null : fetchJson('/api/profile', ProfileSchema, { signal }).catch(() => null),
      this.values ? undefined : this.draft.restore(),
    ]);
    signal.throwIfAborted();
    this.reference = reference;
    const base = initialValues(jobSearch.registration, profile, reference);
    this.startFrom(draft, base, (saved) => restoreValues(base, saved, reference));
  }

  protected override validate(): Validation<RegistrationRequest> | undefined {
    return this.values && this.jobSearch && validateRegistration(this.values, this.jobSearch.updatedAt);
  }

  /** Registered meanwhile (in another window): the form closes and says so. */
  protected override conflictNotice(latest: JobSearch | undefined): Notice {
    return latest?.state === 'active' ? Notice.conflictRegistered : Notice.conflict;
  }

  protected override noticeText(shown: Notice): string | undefined {
    return shown === Notice.conflict || shown === Notice.conflictRegistered ? this.t(shown) : undefined;
  }

  // Editing ----------------------------------------------------------------------------------------

  private setEntries(list: ListName, entries: readonly Entry[]): void {
    if (!this.values) return;
    this.values = withEntries(this.values, list, entries);
    this.draft.changed();
  }

  /** Entry `index` of `list` changed by `change` (given the entry of that list's kind). */
  private setEntry<T extends Entry>(list: ListName, index: number, change: (entry: T) => T): void {
    const entries: readonly Entry[] = this.values?.[LISTS[list].key] ?? [];
    this.setEntries(
      list,
      entries.map((entry, i) => (i === index ? change(entry as T) : entry)),
    );
  }

  /** Adds an entry and moves focus to its first field: the person goes on typing where it appeared. */
  private async addEntry(list: ListName): Promise<void> {
    const spec = LISTS[list];
    const entries = this.values?.[spec.key];
    if (!entries || entries.length >= spec.max) return;
    this.setEntries(list, [...entries, spec.empty()]);
    await this.updateComplete;
    focusField(this.renderRoot, spec.first(entries.length));
  }

  /**
   * Removes entry `index`. Focus must not fall to the page's start: it goes to the previous
   * entry's first field; when the first entry went, to the entry now first; when none is left, to
   * the add button. A polite announcement says what happened, and errors stay with their entries.
   */
  private async removeEntry(list: ListName, index: number): Promise<void> {
    const spec = LISTS[list];
    const entries = this.values?.[spec.key];
    if (!entries || entries.length <= spec.min) return;
    this.setEntries(
      list,
      entries.filter((_, i) => i !== index),
    );
    const remaining = entries.length - 1;
    this.errors = errorsAfterRemoval(this.errors, list, index);
    this.announcer.say(this.t(spec.removed, { n: index + 1 }), true);
    await this.updateComplete;
    const target = index > 0 ? spec.first(index - 1) : remaining > 0 ? spec.first(0) : undefined;
    if (target) focusField(this.renderRoot, target);
    else this.renderRoot.querySelector<HTMLElement>(`#${fieldId(list)}-add`)?.focus();
  }

  // Rendering --------------------------------------------------------------------------------------

  protected override renderBody(step: FormStep): TemplateResult {
    if (this.receipt && step === FormStep.receipt) return this.renderReceipt(this.receipt);
    if (this.alreadyActive) {
      const start = this.jobSearch?.period?.startDate;
      return this.renderClosed(
        Notice.conflictRegistered,
        html`<p>${start ? this.t('alreadyActive', { date: this.date(start) }) : nothing}</p>`,
      );
    }
    if (this.loadState === LoadState.failed) return this.renderLoadFailed(this.t('referenceFailed'));
    const values = this.values;
    const reference = this.reference;
    if (this.loadState !== LoadState.loaded || !values || !reference) return this.renderLoading();
    return step === FormStep.check ? this.renderCheck(this.ui(values, reference)) : this.renderEdit(this.ui(values, reference));
  }

  /** What the sections are drawn with (sections/registration-ui.ts). */
  private ui(values: RegistrationValues, reference: ReferenceData): RegistrationUi {
    return {
      language: this.language,
      values,
      reference,
      pickers: this.pickers,
      t: (key, params) => this.t(key, params),
      date: (value) => this.date(value),
      field: (path) => this.field(path),
      error: (path) => this.error(path),
      groupError: (path) => {
        const code = groupError(this.errors, path);
        return code === undefined ? undefined : this.errorFor(path, code);
      },
      set: (key, value) => this.set(key, value),
      setEducation: (index, patch) =>
        this.setEntry('education', index, (entry: RegistrationValues['education'][number]) => ({ ...entry, ...patch })),
      setWork: (index, patch) =>
        this.setEntry('workHistory', index, (entry: RegistrationValues['workHistory'][number]) => ({ ...entry, ...patch })),
      setOccupation: (index, value) => this.setEntry('soughtWork.occupations', index, () => value),
      countedInput: (maxLength, keep) => this.countedInput(maxLength, keep),
      addButton: (list, label, atMax) =>
        (this.values?.[LISTS[list].key].length ?? 0) < LISTS[list].max
          ? html`<button class="button secondary add" id="${fieldId(list)}-add" type="button" @click=${() => void this.addEntry(list)}>${this.t(label)}</button>`
          : (atMax ?? nothing),
      removeButton: (list, index, label) =>
        html`<button class="link remove" type="button" @click=${() => void this.removeEntry(list, index)}>${this.t(label, { n: index + 1 })}</button>`,
    };
  }

  private renderEdit(ui: RegistrationUi): TemplateResult {
    return html`
      ${this.renderNotice()} ${this.renderErrorSummary(fieldOrder(ui.values))}
      <div class="starts">
        <p class="starts-today">${this.t('startsToday', { date: this.date(helsinkiToday()) })}</p>
        <p class="hint">${this.t('startsTodayHint')}</p>
      </div>
      <p>${this.t('intro')}</p>
      ${this.jobSearch?.registration ? html`<p class="hint">${this.t('prefilled')}</p>` : nothing}
      ${this.renderEditForm(html`
        ${situationSection(ui)} ${contactSection(ui)} ${educationSection(ui)} ${workSection(ui)} ${soughtWorkSection(ui)} ${goalsSection(ui)}
        ${benefitSection(ui)}
      `)}
    `;
  }

  private renderCheck(ui: RegistrationUi): TemplateResult {
    return html`
      ${this.renderNotice()}
      <p>${this.t('checkIntro')}</p>
      ${summaryList(
        checkRows(ui, (path) => this.changeTo(path, true)),
        this.language,
      )} ${this.renderSendForm()}
    `;
  }

  // Receipt ----------------------------------------------------------------------------------------

  private renderHandler(handler: Handler | null): TemplateResult | typeof nothing {
    if (!handler) return nothing;
    const tel = html`<a href=${telHref(handler.phone)}>${handler.phone}</a>`;
    if (handler.kind === 'protected') {
      return html`<p>${this.t('receiptHandlerProtected')} ${handler.name[this.language]}, ${tel}</p>`;
    }
    return html`<p>${this.t('receiptHandler')}: <strong>${handler.name[this.language]}</strong>, ${tel}</p>`;
  }

  /** Where the registration said work is sought, in words (the reference data names them, when loaded). */
  private receiptPlaces(sought: SoughtWork): string {
    const reference = this.reference ?? { payers: [], municipalities: [], countries: [], statuses: [] };
    return placeNames(
      { t: (key, params) => this.t(key, params), reference, language: this.language },
      {
        regions: sought.regions,
        anywhereInFinland: sought.anywhereInFinland === true,
        abroad: sought.abroad !== undefined,
        anyCountry: sought.abroad?.anyCountry ?? false,
        countries: sought.abroad?.countries ?? [],
      },
    ).join('; ');
  }

  private renderReceipt(receipt: JobSearchReceipt): TemplateResult {
    const language = this.language;
    const jobSearch = receipt.jobSearch;
    const assessment = jobSearch.assessment;
    const benefit = jobSearch.registration?.benefit;
    const sought = jobSearch.registration?.soughtWork;
    const otherFund = benefit?.status !== 'none' && benefit?.payerId === OTHER_FUND ? benefit.otherFundName : undefined;
    return html`
      ${this.renderReceiptPanel(receipt)}
      ${jobSearch.period ? html`<p class="starts-today">${this.t('receiptValid', { date: this.date(jobSearch.period.startDate) })}</p>` : nothing}
      ${this.renderHandler(jobSearch.handler)}
      ${
        receipt.payerNotice
          ? html`<p>${this.t('receiptPayer', { payer: receipt.payerNotice.payer.name[language], date: this.date(receipt.payerNotice.createdAt) })}</p>`
          : nothing
      }
      ${sought ? html`<p>${this.t('receiptPlaces', { places: this.receiptPlaces(sought) })}</p>` : nothing}
      ${
        // A fund not in the data hears nothing from us: the person is told so, with the fund's name.
        otherFund ? html`<p>${this.t('receiptOtherFund', { fund: otherFund })}</p>` : nothing
      }
      <h2>${this.t('nextHeading')}</h2>
      ${
        assessment && assessment.state !== 'completed'
          ? html`<p>${this.t('nextAssessment', { date: this.date(assessment.dueDate) })}</p>
            <p><a class="button" href="${this.basePath}/assessment" @click=${followInternalLink}>${this.t('nextAssessmentLink')}</a></p>`
          : html`<p>${this.t('nextContact')}</p>`
      }
      ${this.backLink()}
    `;
  }
}
