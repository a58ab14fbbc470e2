import { html, nothing, type TemplateResult } from 'lit';
import { CurrentItemsChangedTopic, fetchJson, INTL_LOCALE, portalBus } from '@portal/shared-contracts';
import { PLAN_PATHS } from '@portal/shared-contracts/plan';
import {
  APPLICATION_METHODS,
  EMPLOYER_MAX,
  JobApplicationReceiptSchema,
  JobSearchObligationSchema,
  type JobApplicationReceipt,
  type JobApplicationReport,
  type JobSearchObligation,
} from '@portal/shared-contracts/plan-obligation';
import {
  AreaFormElement,
  dateField,
  errorText,
  FormNotice,
  FormStep,
  isConflict,
  radioGroup,
  receiptPanel,
  summaryList,
  textField,
  type SummaryRow,
  type Validation,
} from '@portal/ui-kit/form';
import { followInternalLink, helsinkiToday, LoadState } from '@portal/ui-kit/page';
import { baseStyles, formStyles } from '@portal/ui-kit/styles';
import { AREA, DEFAULT_BASE_PATH } from '../area.js';
import {
  checkApplication,
  DRAFT_KEY,
  EMPTY_INPUT,
  FIELD_ORDER,
  latePeriod,
  periodsOf,
  restoreInput,
  type ApplicationInput,
} from './application-model.js';
import { errorMessages, messages, type MessageKey } from './plan-job-search.messages.js';
import { styles } from './plan-job-search.styles.js';
import {
  currentPeriod,
  dueText,
  earlierPeriods,
  methodLabel,
  obligationText,
  periodFacts,
  periodRange,
  type Words,
} from './sections/periods.js';

export { LoadState };

/**
 * The job-search obligation of the plan in force (`/plan/job-search`, the legacy page's URL): the
 * current review period in words ("3 applications still to report this month, by 31.12.2026") with
 * its facts and the applications reported in it (a late one marked in words), a form to report one
 * more, and the earlier periods, read-only. No plan in force: says so, no form. 0 required: says
 * there is no obligation, and the form is still there.
 *
 * The form is the kit's (edit → check → receipt): employer, job, the date applied (the browser's date
 * input, limited to the plan's periods up to today) and how (radios). A day in a period that has
 * ended is warned of as late before sending (computed from the obligation loaded). The draft is
 * `plan.job-application`; the send has an `Idempotency-Key`. The receipt shows the counts from its
 * obligation, and the page publishes `current-items.changed@1` so the front page's count goes down.
 * A 409 (no plan in force any longer) reads the obligation again, says so, and shows what was typed.
 *
 * @summary Reporting jobs applied for against the plan's job-search obligation.
 */
export class PlanJobSearch extends AreaFormElement<ApplicationInput, JobApplicationReport, MessageKey, typeof JobApplicationReceiptSchema> {
  static override styles = [baseStyles, formStyles, styles];
  static override properties = { ...AreaFormElement.properties, obligation: { state: true } };

  /** The obligation as read, or as the last receipt gave it. */
  declare obligation: JobSearchObligation | undefined;

  /** A 409 showed there is nothing to report against: what was typed is shown to copy. */
  private refused = false;

  constructor() {
    super({
      area: AREA,
      draftKey: DRAFT_KEY,
      url: PLAN_PATHS.jobApplications,
      receipt: JobApplicationReceiptSchema,
      messages,
    });
    this.obligation = undefined;
    this.basePath = DEFAULT_BASE_PATH;
  }

  private get input(): ApplicationInput {
    return this.values ?? EMPTY_INPUT;
  }

  /** True while there is a plan in force to report against. */
  get canReport(): boolean {
    return this.obligation !== undefined && this.obligation.planId !== null;
  }

  // The kit's form -----------------------------------------------------------------------------------

  /** The obligation and the draft, read together before the form shows, so nothing typed is overwritten by a late answer. */
  protected override async load(signal: AbortSignal): Promise<void> {
    const [obligation, draft] = await Promise.all([
      fetchJson(PLAN_PATHS.obligation, JobSearchObligationSchema, { signal }),
      this.draft.restore(),
    ]);
    signal.throwIfAborted();
    this.obligation = obligation;
    this.startFrom(obligation.planId !== null ? draft : undefined, EMPTY_INPUT, restoreInput);
  }

  protected override draftData(): Record<string, unknown> | undefined {
    return this.canReport && this.values ? { ...this.values } : undefined;
  }

  protected override validate(): Validation<JobApplicationReport> | undefined {
    return this.canReport && this.obligation ? checkApplication(this.input, this.obligation, helsinkiToday()) : undefined;
  }

  protected override noticeText(shown: FormNotice): string | undefined {
    return shown === FormNotice.conflict ? this.t('changedMeanwhile') : undefined;
  }

  protected override errorFor(_path: string, code: string): string {
    return errorText(errorMessages, code, this.language, { params: { max: EMPLOYER_MAX.toLocaleString(INTL_LOCALE[this.language]) } });
  }

  protected override afterSend(receipt: JobApplicationReceipt): void {
    this.obligation = receipt.obligation;
    this.errors = {};
    // One application fewer is due: the shell's mark and the front page's item read again.
    portalBus.publish(CurrentItemsChangedTopic, { area: AREA });
  }

  /** No plan in force any longer (a 409): the obligation as it is now, and what was typed. */
  protected override async handleConflict(error: unknown): Promise<boolean> {
    if (!isConflict(error)) return false;
    try {
      this.obligation = await fetchJson(PLAN_PATHS.obligation, JobSearchObligationSchema);
    } catch {
      // The notice still says what happened.
    }
    this.refused = true;
    this.errors = {};
    this.notice = FormNotice.conflict;
    void this.draft.discard();
    void this.flow.goTo(FormStep.edit, 'notice');
    return true;
  }

  /** After a receipt: the form again, empty, with a new key (the kit makes one after every success). */
  private reportAnother(): void {
    this.values = EMPTY_INPUT;
    this.errors = {};
    this.notice = undefined;
    this.receipt = undefined;
    this.sent = undefined;
    void this.flow.goTo(FormStep.edit);
  }

  // Rendering ----------------------------------------------------------------------------------------

  /** The page's words and dates, for the period sections. */
  private get words(): Words {
    return { t: (key, params) => this.t(key, params), date: (day) => this.date(day) };
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
      case LoadState.loaded:
        break;
      default:
        return html`<p role="status">${this.t('loading')}</p>`;
    }
    const obligation = this.obligation;
    if (!obligation) return html``;
    return step === FormStep.check ? this.renderCheck(obligation) : this.renderEdit(obligation);
  }

  private renderEdit(obligation: JobSearchObligation): TemplateResult {
    if (obligation.planId === null) {
      return html`${this.renderNotice()}
        <p class="none">${this.t('none')}</p>
        ${this.renderKept()} ${this.backLink()}`;
    }
    return html`
      ${this.renderNotice()} ${this.renderErrorSummary(FIELD_ORDER)}
      <p class="lead">${obligationText(this.words, obligation)}</p>
      ${currentPeriod(this.words, obligation.current)}
      <section class="report" aria-labelledby="report-heading">
        <h2 id="report-heading">${this.t('formHeading')}</h2>
        <p class="hint">${this.t('lateHint')}</p>
        <form id="form" novalidate @submit=${this.continueToCheck}>
          ${this.renderFields(obligation)}
          <div class="actions">
            <button class="button" type="submit">${this.t('continue')}</button>
          </div>
        </form>
      </section>
      ${earlierPeriods(this.words, obligation.earlier)} ${this.backLink()}
    `;
  }

  private renderFields(obligation: JobSearchObligation): TemplateResult {
    const input = this.input;
    const language = this.language;
    const late = latePeriod(obligation, input.appliedOn);
    const first = periodsOf(obligation).at(-1);
    const hint = this.t('appliedOnHint');
    return html`
      ${textField({
        path: 'employer',
        error: this.error('employer'),
        locale: language,
        label: this.t('employerLabel'),
        value: input.employer,
        autocomplete: 'organization',
        onInput: (employer) => this.patch({ employer }),
      })}
      ${textField({
        path: 'job',
        error: this.error('job'),
        locale: language,
        label: this.t('jobLabel'),
        value: input.job,
        autocomplete: 'organization-title',
        onInput: (job) => this.patch({ job }),
      })}
      ${dateField({
        path: 'appliedOn',
        error: this.error('appliedOn'),
        locale: language,
        label: this.t('appliedOnLabel'),
        // The warning belongs to the field: it is part of its description, read with it.
        hint: late
          ? html`<p>${hint}</p>
              <p class="late-warning">${this.t('lateWarning', { range: periodRange(this.words, late) })}</p>`
          : hint,
        value: input.appliedOn,
        min: first?.start,
        max: helsinkiToday(),
        onInput: (appliedOn) => this.patch({ appliedOn }),
      })}
      ${radioGroup({
        path: 'method',
        error: this.error('method'),
        locale: language,
        legend: this.t('methodLegend'),
        value: input.method,
        options: APPLICATION_METHODS.map((method) => ({ value: method, label: methodLabel(this.words, method) })),
        onChange: (method) => this.patch({ method: method as ApplicationInput['method'] }),
      })}
    `;
  }

  /** The input as summary rows: the check step's (with Change), the receipt's and the kept one after a 409 (without). */
  private inputRows(input: ApplicationInput, withChange: boolean): SummaryRow[] {
    return [
      { key: this.t('employerLabel'), value: input.employer.trim(), onChange: this.changeTo('employer', withChange) },
      { key: this.t('jobLabel'), value: input.job.trim(), onChange: this.changeTo('job', withChange) },
      {
        key: this.t('appliedOnLabel'),
        value: input.appliedOn === '' ? '–' : this.date(input.appliedOn),
        onChange: this.changeTo('appliedOn', withChange),
      },
      {
        key: this.t('methodLegend'),
        value: input.method === '' ? '–' : methodLabel(this.words, input.method),
        onChange: this.changeTo('method', withChange),
      },
    ];
  }

  private renderKept(): TemplateResult | typeof nothing {
    if (!this.refused || !this.values || JSON.stringify(this.values) === JSON.stringify(EMPTY_INPUT)) return nothing;
    return html`<section class="kept" aria-labelledby="kept-heading">
      <h2 id="kept-heading">${this.t('keptHeading')}</h2>
      <p>${this.t('keptText')}</p>
      ${summaryList(this.inputRows(this.values, false), this.language)}
    </section>`;
  }

  private renderCheck(obligation: JobSearchObligation): TemplateResult {
    const late = latePeriod(obligation, this.input.appliedOn);
    return html`
      ${this.renderNotice()}
      <p>${this.t('checkIntro')}</p>
      ${
        late
          ? html`<div class="inset late">
            <p class="late-warning">${this.t('lateWarning', { range: periodRange(this.words, late) })}</p>
          </div>`
          : nothing
      }
      ${summaryList(this.inputRows(this.input, true), this.language)} ${this.renderSendForm()}
    `;
  }

  private renderReceipt(receipt: JobApplicationReceipt): TemplateResult {
    const sent = this.sent;
    const rows = sent ? this.inputRows(sent.values, false) : [];
    if (receipt.application.late) rows.push({ key: this.t('status'), value: this.t('late') });
    return html`
      ${receiptPanel(this.t('receiptHeading', { time: this.i18n.dateTime(receipt.receivedAt) }))} ${summaryList(rows, this.language)}
      <section class="counts" aria-labelledby="counts-heading">
        <h2 id="counts-heading">${this.t('receiptCounts')}</h2>
        ${
          receipt.obligation.current
            ? html`<p class="due-text">${dueText(this.words, receipt.obligation.current)}</p>
              ${periodFacts(this.words, receipt.obligation.current, true)}`
            : html`<p>${this.t('noCurrent')}</p>`
        }
      </section>
      <div class="actions">
        <button class="button secondary another" type="button" @click=${() => this.reportAnother()}>${this.t('another')}</button>
      </div>
      ${this.backLink()}
    `;
  }
}
