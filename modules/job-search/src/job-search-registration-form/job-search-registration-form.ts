import { html, nothing, type TemplateResult } from 'lit';
import { fetchJson } from '@portal/shared-contracts';
import { ProfileSchema } from '@portal/shared-contracts/profile';
import {
  BENEFIT_STATUSES,
  EDUCATION_LEVELS,
  JOB_SEARCH_PATHS,
  ReferenceDataSchema,
  WORK_TIMES,
  type Handler,
  type JobSearch,
  type JobSearchReceipt,
  type ReferenceData,
  type RegistrationRequest,
} from '@portal/shared-contracts/job-search';
import {
  baseStyles,
  checkbox,
  checkboxGroup,
  errorText,
  fieldError,
  fieldId,
  focusField,
  followInternalLink,
  formStyles,
  FormNotice,
  FormStep,
  groupError,
  helsinkiToday,
  JobSearchFormElement,
  kitText,
  legend,
  LoadState,
  monthYearField,
  multiline,
  radioGroup,
  selectField,
  summaryList,
  textArea,
  textField,
  type SummaryRow,
  type Validation,
} from '../form-kit/form-kit.js';
import {
  emptyEducation,
  emptyWork,
  errorsAfterRemoval,
  fieldOrder,
  GOALS_MAX_LENGTH,
  initialValues,
  MAX_EDUCATION,
  MAX_OCCUPATIONS,
  MAX_WORK,
  restoreValues,
  validateRegistration,
  type EducationValues,
  type RegistrationValues,
  type WorkValues,
} from './registration-model.js';
import { messages, type MessageKey } from './job-search-registration-form.messages.js';
import { styles } from './job-search-registration-form.styles.js';

export const DRAFT_KEY = 'job-search.registration';

const Notice = { ...FormNotice, conflictRegistered: 'conflictRegistered' } as const;
type Notice = (typeof Notice)[keyof typeof Notice];

type ListName = 'education' | 'workHistory' | 'soughtWork.occupations';

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
  static override styles = [baseStyles, formStyles, styles];
  static override properties = { ...super.properties, reference: { state: true } };

  declare reference: ReferenceData | undefined;

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
  override async load(): Promise<void> {
    const jobSearch = this.jobSearch;
    if (!jobSearch) return;
    this.loadState = LoadState.loading;
    try {
      const [reference, profile, draft] = await Promise.all([
        this.reference ?? fetchJson(JOB_SEARCH_PATHS.reference, ReferenceDataSchema),
        jobSearch.registration ? null : fetchJson('/api/profile', ProfileSchema).catch(() => null),
        this.values ? undefined : this.draft.restore(),
      ]);
      this.reference = reference;
      const base = initialValues(jobSearch.registration, profile, reference);
      this.startFrom(draft, base, (saved) => restoreValues(base, saved, reference));
      this.loadState = LoadState.loaded;
    } catch {
      this.loadState = LoadState.failed;
      await this.focusRetry();
    }
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

  private setEducation(index: number, patch: Partial<EducationValues>): void {
    if (!this.values) return;
    this.set('education', this.values.education.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)));
  }

  private setWork(index: number, patch: Partial<WorkValues>): void {
    if (!this.values) return;
    this.set('workHistory', this.values.workHistory.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)));
  }

  private setOccupation(index: number, value: string): void {
    if (!this.values) return;
    this.set('occupations', this.values.occupations.map((entry, i) => (i === index ? value : entry)));
  }

  /** Adds an entry and moves focus to its first field: the person goes on typing where it appeared. */
  private async addEntry(list: ListName): Promise<void> {
    const values = this.values;
    if (!values) return;
    let firstField: string;
    if (list === 'education') {
      if (values.education.length >= MAX_EDUCATION) return;
      this.set('education', [...values.education, emptyEducation()]);
      firstField = `education.${values.education.length}.level`;
    } else if (list === 'workHistory') {
      if (values.workHistory.length >= MAX_WORK) return;
      this.set('workHistory', [...values.workHistory, emptyWork()]);
      firstField = `workHistory.${values.workHistory.length}.employer`;
    } else {
      if (values.occupations.length >= MAX_OCCUPATIONS) return;
      this.set('occupations', [...values.occupations, '']);
      firstField = `soughtWork.occupations.${values.occupations.length}`;
    }
    await this.updateComplete;
    focusField(this.renderRoot, firstField);
  }

  /**
   * Removes entry `index`. Focus must not fall to the page's start: it goes to the previous
   * entry's first field; when the first entry went, to the entry now first; when none is left, to
   * the add button. A polite announcement says what happened, and errors stay with their entries.
   */
  private async removeEntry(list: ListName, index: number): Promise<void> {
    const values = this.values;
    if (!values) return;
    let remaining: number;
    let removedMessage: MessageKey;
    let first: (i: number) => string;
    if (list === 'education') {
      this.set('education', values.education.filter((_, i) => i !== index));
      remaining = values.education.length - 1;
      removedMessage = 'educationRemoved';
      first = (i) => `education.${i}.level`;
    } else if (list === 'workHistory') {
      this.set('workHistory', values.workHistory.filter((_, i) => i !== index));
      remaining = values.workHistory.length - 1;
      removedMessage = 'workRemoved';
      first = (i) => `workHistory.${i}.employer`;
    } else {
      if (values.occupations.length <= 1) return;
      this.set('occupations', values.occupations.filter((_, i) => i !== index));
      remaining = values.occupations.length - 1;
      removedMessage = 'occupationRemoved';
      first = (i) => `soughtWork.occupations.${i}`;
    }
    this.errors = errorsAfterRemoval(this.errors, list, index);
    this.announcer.say(this.t(removedMessage, { n: index + 1 }), true);
    await this.updateComplete;
    const target = index > 0 ? first(index - 1) : remaining > 0 ? first(0) : undefined;
    if (target) focusField(this.renderRoot, target);
    else this.renderRoot.querySelector<HTMLElement>(`#${fieldId(list)}-add`)?.focus();
  }

  // Rendering --------------------------------------------------------------------------------------

  protected override renderBody(step: FormStep): TemplateResult {
    if (this.receipt && step === FormStep.receipt) return this.renderReceipt(this.receipt);
    if (this.alreadyActive) {
      const start = this.jobSearch?.period?.startDate;
      return this.renderClosed(Notice.conflictRegistered, html`<p>${start ? this.t('alreadyActive', { date: this.date(start) }) : nothing}</p>`);
    }
    if (this.loadState === LoadState.failed) return this.renderLoadFailed(this.t('referenceFailed'));
    const values = this.values;
    const reference = this.reference;
    if (this.loadState !== LoadState.loaded || !values || !reference) return this.renderLoading();
    return step === FormStep.check ? this.renderCheck(values, reference) : this.renderEdit(values, reference);
  }

  /** The error text of a group of choices, including one the server gave for a single choice. */
  private groupErrorText(path: string): string | undefined {
    const code = groupError(this.errors, path);
    return code === undefined ? undefined : errorText(code, this.language);
  }

  private renderEdit(values: RegistrationValues, reference: ReferenceData): TemplateResult {
    const language = this.language;
    return html`
      ${this.renderNotice()} ${this.renderErrorSummary(fieldOrder(values))}
      <div class="starts">
        <p class="starts-today">${this.t('startsToday', { date: this.date(helsinkiToday()) })}</p>
        <p class="hint">${this.t('startsTodayHint')}</p>
      </div>
      <p>${this.t('intro')}</p>
      ${this.jobSearch?.registration ? html`<p class="hint">${this.t('prefilled')}</p>` : nothing}
      ${this.renderEditForm(html`
        ${radioGroup({
          path: 'statusCode',
          legend: this.t('situationHeading'),
          legendAs: 'heading',
          hint: this.t('situationHint'),
          error: this.error('statusCode'),
          locale: language,
          value: values.statusCode,
          options: reference.statuses.map((status) => ({ value: status.code, label: status.label[language] })),
          onChange: (value) => this.set('statusCode', value),
        })}
        ${this.renderContact(values)} ${this.renderEducation(values)} ${this.renderWork(values)}
        ${this.renderSought(values, reference)}
        <fieldset class="section">
          ${legend(this.t('goalsHeading'), 'heading')}
          ${textArea({
            path: 'goals',
            label: this.t('goals'),
            hint: this.t('goalsHint'),
            error: this.error('goals'),
            locale: language,
            value: values.goals,
            maxLength: GOALS_MAX_LENGTH,
            optional: true,
            onInput: this.countedInput(GOALS_MAX_LENGTH, (value) => this.set('goals', value)),
          })}
        </fieldset>
        ${this.renderBenefit(values, reference)}
      `)}
    `;
  }

  private renderContact(values: RegistrationValues): TemplateResult {
    const language = this.language;
    return html`<fieldset class="section" id="contact">
      ${legend(this.t('contactHeading'), 'heading')}
      ${textField({
        path: 'phone',
        label: this.t('phone'),
        hint: this.t('phoneHint'),
        error: this.error('phone'),
        locale: language,
        value: values.phone,
        type: 'tel',
        autocomplete: 'tel',
        inputmode: 'tel',
        width: 'medium',
        onInput: (value) => this.set('phone', value),
      })}
      ${textField({
        path: 'email',
        label: this.t('email'),
        error: this.error('email'),
        locale: language,
        value: values.email,
        type: 'email',
        autocomplete: 'email',
        inputmode: 'email',
        spellcheck: false,
        optional: true,
        onInput: (value) => this.set('email', value),
      })}
      <p class="hint">
        ${this.t('addressNote')} <a href="/profile/change" @click=${followInternalLink}>${this.t('addressLink')}</a>.
      </p>
    </fieldset>`;
  }

  private removeButton(list: ListName, index: number, label: MessageKey): TemplateResult {
    return html`<button class="link remove" type="button" @click=${() => void this.removeEntry(list, index)}>${this.t(label, { n: index + 1 })}</button>`;
  }

  private renderEducation(values: RegistrationValues): TemplateResult {
    const language = this.language;
    const count = values.education.length;
    return html`<fieldset class="section" id="education" aria-describedby=${this.errors['education'] ? 'education-error' : nothing}>
      ${legend(this.t('educationHeading'), 'heading')}
      <p class="hint">${this.t('educationHint')}</p>
      ${fieldError('education', this.error('education'), language)}
      ${count === 0 ? html`<p>${this.t('educationNone')}</p>` : nothing}
      ${values.education.map(
        (entry, i) => html`<fieldset class="entry" id="education-${i}">
          <legend>${this.t('educationEntry', { n: i + 1 })}</legend>
          ${selectField({
            path: `education.${i}.level`,
            label: this.t('educationLevel'),
            error: this.error(`education.${i}.level`),
            locale: language,
            value: entry.level,
            placeholder: this.t('educationLevelChoose'),
            options: EDUCATION_LEVELS.map((level) => ({ value: level, label: this.t(`level.${level}`) })),
            onChange: (value) => this.setEducation(i, { level: value }),
          })}
          ${textField({
            path: `education.${i}.field`,
            label: this.t('educationField'),
            hint: this.t('educationFieldHint'),
            error: this.error(`education.${i}.field`),
            locale: language,
            value: entry.field,
            onInput: (value) => this.setEducation(i, { field: value }),
          })}
          ${textField({
            path: `education.${i}.institution`,
            label: this.t('educationInstitution'),
            error: this.error(`education.${i}.institution`),
            locale: language,
            value: entry.institution,
            optional: true,
            onInput: (value) => this.setEducation(i, { institution: value }),
          })}
          ${textField({
            path: `education.${i}.year`,
            label: this.t('educationYear'),
            hint: this.t('educationYearHint'),
            error: this.error(`education.${i}.year`),
            locale: language,
            value: entry.year,
            inputmode: 'numeric',
            width: 'chars-4',
            optional: true,
            onInput: (value) => this.setEducation(i, { year: value }),
          })}
          <p class="entry-actions">${this.removeButton('education', i, 'educationRemove')}</p>
        </fieldset>`,
      )}
      ${count < MAX_EDUCATION
        ? html`<button class="button secondary add" id="education-add" type="button" @click=${() => void this.addEntry('education')}>
            ${this.t('educationAdd')}
          </button>`
        : html`<p class="hint">${this.t('educationMax')}</p>`}
    </fieldset>`;
  }

  private renderWork(values: RegistrationValues): TemplateResult {
    const language = this.language;
    const count = values.workHistory.length;
    return html`<fieldset class="section" id="workHistory" aria-describedby=${this.errors['workHistory'] ? 'workHistory-error' : nothing}>
      ${legend(this.t('workHeading'), 'heading')}
      <p class="hint">${this.t('workHint')}</p>
      ${fieldError('workHistory', this.error('workHistory'), language)}
      ${count === 0 ? html`<p>${this.t('workNone')}</p>` : nothing}
      ${values.workHistory.map(
        (entry, i) => html`<fieldset class="entry" id="workHistory-${i}">
          <legend>${this.t('workEntry', { n: i + 1 })}</legend>
          ${textField({
            path: `workHistory.${i}.employer`,
            label: this.t('employer'),
            error: this.error(`workHistory.${i}.employer`),
            locale: language,
            value: entry.employer,
            autocomplete: 'organization',
            onInput: (value) => this.setWork(i, { employer: value }),
          })}
          ${textField({
            path: `workHistory.${i}.title`,
            label: this.t('jobTitle'),
            error: this.error(`workHistory.${i}.title`),
            locale: language,
            value: entry.title,
            autocomplete: 'organization-title',
            onInput: (value) => this.setWork(i, { title: value }),
          })}
          ${monthYearField({
            path: `workHistory.${i}.start`,
            legend: this.t('workStart'),
            hint: this.t('workMonthHint'),
            error: this.error(`workHistory.${i}.start`),
            locale: language,
            month: entry.startMonth,
            year: entry.startYear,
            onMonth: (value) => this.setWork(i, { startMonth: value }),
            onYear: (value) => this.setWork(i, { startYear: value }),
          })}
          ${checkbox({
            path: `workHistory.${i}.current`,
            label: this.t('workCurrent'),
            checked: entry.current,
            onChange: (checked) => this.setWork(i, { current: checked }),
          })}
          ${entry.current
            ? nothing
            : monthYearField({
                path: `workHistory.${i}.end`,
                legend: this.t('workEnd'),
                hint: this.t('workMonthHint'),
                error: this.error(`workHistory.${i}.end`),
                locale: language,
                month: entry.endMonth,
                year: entry.endYear,
                onMonth: (value) => this.setWork(i, { endMonth: value }),
                onYear: (value) => this.setWork(i, { endYear: value }),
              })}
          <p class="entry-actions">${this.removeButton('workHistory', i, 'workRemove')}</p>
        </fieldset>`,
      )}
      ${count < MAX_WORK
        ? html`<button class="button secondary add" id="workHistory-add" type="button" @click=${() => void this.addEntry('workHistory')}>
            ${this.t('workAdd')}
          </button>`
        : html`<p class="hint">${this.t('workMax')}</p>`}
    </fieldset>`;
  }

  private renderSought(values: RegistrationValues, reference: ReferenceData): TemplateResult {
    const language = this.language;
    const occupationsError = this.error('soughtWork.occupations');
    return html`<fieldset class="section" id="soughtWork">
      ${legend(this.t('soughtHeading'), 'heading')}
      <fieldset
        class="occupations ${occupationsError ? 'has-error' : ''}"
        id="soughtWork-occupations"
        aria-describedby="soughtWork-occupations-hint${occupationsError ? ' soughtWork-occupations-error' : ''}"
      >
        ${legend(this.t('occupationsLegend'))}
        <p class="hint" id="soughtWork-occupations-hint">${this.t('occupationsHint')}</p>
        ${fieldError('soughtWork-occupations', occupationsError, language)}
        ${values.occupations.map(
          (occupation, i) => html`<div class="repeat-row">
            ${textField({
              path: `soughtWork.occupations.${i}`,
              label: this.t('occupation', { n: i + 1 }),
              error: this.error(`soughtWork.occupations.${i}`),
              locale: language,
              value: occupation,
              onInput: (value) => this.setOccupation(i, value),
            })}
            ${values.occupations.length > 1 ? this.removeButton('soughtWork.occupations', i, 'occupationRemove') : nothing}
          </div>`,
        )}
        ${values.occupations.length < MAX_OCCUPATIONS
          ? html`<button class="button secondary add" id="soughtWork-occupations-add" type="button" @click=${() => void this.addEntry('soughtWork.occupations')}>
              ${this.t('occupationAdd')}
            </button>`
          : nothing}
      </fieldset>
      ${checkboxGroup({
        path: 'soughtWork.regions',
        legend: this.t('regionsLegend'),
        hint: this.t('regionsHint'),
        error: this.groupErrorText('soughtWork.regions'),
        locale: language,
        values: values.regions,
        columns: true,
        options: reference.municipalities.map((m) => ({ value: m.code, label: m.name[language] })),
        onChange: (regions) => this.set('regions', regions),
      })}
      ${radioGroup({
        path: 'soughtWork.workTime',
        legend: this.t('workTimeLegend'),
        error: this.error('soughtWork.workTime'),
        locale: language,
        value: values.workTime,
        options: WORK_TIMES.map((time) => ({ value: time, label: this.t(`workTime.${time}`) })),
        onChange: (value) => this.set('workTime', value),
      })}
    </fieldset>`;
  }

  private renderBenefit(values: RegistrationValues, reference: ReferenceData): TemplateResult {
    const language = this.language;
    return radioGroup({
      path: 'benefit.status',
      legend: this.t('benefitHeading'),
      legendAs: 'heading',
      hint: this.t('benefitHint'),
      error: this.error('benefit.status'),
      locale: language,
      value: values.benefitStatus,
      options: BENEFIT_STATUSES.map((status) => ({ value: status, label: this.t(`benefit.${status}`) })),
      onChange: (value) => this.set('benefitStatus', value),
      // The payer is asked only of someone who applies for or receives benefit.
      conditional: (value) =>
        value === 'none'
          ? nothing
          : html`<div class="conditional">
              ${selectField({
                path: 'benefit.payerId',
                label: this.t('payer'),
                hint: this.t('payerHint'),
                error: this.error('benefit.payerId'),
                locale: language,
                value: values.payerId,
                placeholder: this.t('payerChoose'),
                options: reference.payers.map((payer) => ({ value: payer.id, label: payer.name[language] })),
                onChange: (payerId) => this.set('payerId', payerId),
              })}
            </div>`,
    });
  }

  // Check your answers -----------------------------------------------------------------------------

  private monthText(month: string, year: string): string {
    return `${Number(month)}/${year.trim()}`;
  }

  private checkRows(values: RegistrationValues, reference: ReferenceData, withChange: boolean): SummaryRow[] {
    const language = this.language;
    const none = this.t('none');
    const change = (path: string) => this.changeTo(path, withChange);
    const status = reference.statuses.find((s) => s.code === values.statusCode);
    const payer = reference.payers.find((p) => p.id === values.payerId);
    const regionNames = values.regions.map((code) => reference.municipalities.find((m) => m.code === code)?.name[language] ?? code);
    const list = (items: readonly string[]): TemplateResult | string =>
      items.length === 0 ? none : items.length === 1 ? (items[0] ?? '') : html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
    const education = values.education.map((e) =>
      [this.t(`level.${e.level}` as MessageKey), e.field.trim(), e.institution.trim(), e.year.trim()].filter(Boolean).join(', '),
    );
    const work = values.workHistory.map(
      (w) =>
        `${w.title.trim()}, ${w.employer.trim()}, ${this.monthText(w.startMonth, w.startYear)}–${w.current ? this.t('workStillWorking') : this.monthText(w.endMonth, w.endYear)}`,
    );
    const benefit =
      values.benefitStatus === 'none' || !payer
        ? this.t(`benefit.${values.benefitStatus}` as MessageKey)
        : `${this.t(`benefit.${values.benefitStatus}` as MessageKey)}: ${payer.name[language]}`;
    return [
      { key: this.t('rowStart'), value: this.t('today', { date: this.date(helsinkiToday()) }) },
      { key: this.t('rowSituation'), value: status?.label[language] ?? none, onChange: change('statusCode') },
      { key: this.t('rowPhone'), value: values.phone.trim(), onChange: change('phone') },
      { key: this.t('rowEmail'), value: values.email.trim() || none, onChange: change('email') },
      { key: this.t('rowEducation'), value: list(education), onChange: change('education') },
      { key: this.t('rowWork'), value: list(work), onChange: change('workHistory') },
      { key: this.t('rowOccupations'), value: list(values.occupations.map((o) => o.trim())), onChange: change('soughtWork.occupations') },
      { key: this.t('rowRegions'), value: regionNames.join(', '), onChange: change('soughtWork.regions') },
      { key: this.t('rowWorkTime'), value: this.t(`workTime.${values.workTime}` as MessageKey), onChange: change('soughtWork.workTime') },
      { key: this.t('rowGoals'), value: multiline(values.goals, none), onChange: change('goals') },
      { key: this.t('rowBenefit'), value: benefit, onChange: change('benefit.status') },
    ];
  }

  private renderCheck(values: RegistrationValues, reference: ReferenceData): TemplateResult {
    return html`
      ${this.renderNotice()}
      <p>${this.t('checkIntro')}</p>
      ${summaryList(this.checkRows(values, reference, true), this.language)}
      <div class="actions">
        <button class="button send" type="button" ?disabled=${this.submitting} aria-disabled=${String(this.submitting)} @click=${() => void this.send()}>
          ${this.submitting ? kitText(this.language, 'sending') : this.t('send')}
        </button>
        <button class="button secondary" type="button" @click=${() => void this.flow.goTo(FormStep.edit)}>${kitText(this.language, 'change')}</button>
      </div>
    `;
  }

  // Receipt ----------------------------------------------------------------------------------------

  private renderHandler(handler: Handler | null): TemplateResult | typeof nothing {
    if (!handler) return nothing;
    const tel = html`<a href="tel:${handler.phone.replace(/[^\d+]/g, '')}">${handler.phone}</a>`;
    if (handler.kind === 'protected') {
      return html`<p>${this.t('receiptHandlerProtected')} ${handler.name[this.language]}, ${tel}</p>`;
    }
    return html`<p>${this.t('receiptHandler')}: <strong>${handler.name[this.language]}</strong>, ${tel}</p>`;
  }

  private renderReceipt(receipt: JobSearchReceipt): TemplateResult {
    const language = this.language;
    const jobSearch = receipt.jobSearch;
    const assessment = jobSearch.assessment;
    return html`
      ${this.renderReceiptPanel(receipt)}
      ${jobSearch.period ? html`<p class="starts-today">${this.t('receiptValid', { date: this.date(jobSearch.period.startDate) })}</p>` : nothing}
      ${this.renderHandler(jobSearch.handler)}
      ${receipt.payerNotice
        ? html`<p>${this.t('receiptPayer', { payer: receipt.payerNotice.payer.name[language], date: this.date(receipt.payerNotice.createdAt) })}</p>`
        : nothing}
      <h2>${this.t('nextHeading')}</h2>
      ${assessment && assessment.state !== 'completed'
        ? html`<p>${this.t('nextAssessment', { date: this.date(assessment.dueDate) })}</p>
            <p><a class="button" href="${this.basePath}/assessment" @click=${followInternalLink}>${this.t('nextAssessmentLink')}</a></p>`
        : html`<p>${this.t('nextContact')}</p>`}
      ${this.backLink()}
    `;
  }
}
