import { html, nothing, type TemplateResult } from 'lit';
import { CurrentItemsChangedTopic, fetchJson, portalBus } from '@portal/shared-contracts';
import {
  ApplicationReceiptSchema,
  COST_KINDS,
  FINANCING_KINDS,
  INVESTMENT_KINDS,
  SECTIONS,
  STARTUP_GRANT_PATHS,
  StartupGrantOverviewSchema,
  type ApplicationReceipt,
  type BusinessForm,
  type WorkingTime,
  type ApplicationSubmit,
  type Section,
} from '@portal/shared-contracts/startup-grant';
import type { Attachment } from '@portal/shared-contracts/unemployment-security';
import {
  AreaFormElement,
  errorText,
  fieldId,
  FormStep,
  multiline,
  summaryList,
  type FieldErrors,
  type SummaryRow,
  type Validation,
} from '@portal/ui-kit/form';
import { followInternalLink, LoadState } from '@portal/ui-kit/page';
import { baseStyles, formStyles } from '@portal/ui-kit/styles';
import { AREA, DEFAULT_BASE_PATH, formatMoney } from '../area.js';
import { errorMessages } from '../errors.messages.js';
import { ApplicationSentEvent } from '../events.js';
import { fileField, FileList } from '../files.js';
import {
  checkApplication,
  checkSection,
  DRAFT_KEY,
  EMPTY_INPUT,
  FIELD_ORDER,
  restoreInput,
  statusOf,
  sum,
  type ApplyInput,
} from './application-model.js';
import { messages, type MessageKey } from './startup-grant-apply.messages.js';
import { businessPart, earlierPart, financingPart, planPart, profitabilityPart, type PartsUi } from './sections/parts.js';
import { styles } from './startup-grant-apply.styles.js';

export { LoadState };

/** The label key of each field's path, for its errors' words ("Fill in "Name of the business"."). */
const LABEL_OF: Readonly<Record<string, MessageKey>> = {
  name: 'name',
  businessId: 'businessId',
  form: 'form',
  field: 'field',
  startDate: 'startDate',
  workingTime: 'workingTime',
  idea: 'idea',
  customers: 'customers',
  competence: 'competence',
  sales: 'sales',
  hasEarlier: 'hasEarlier',
  description: 'description',
  total: 'total',
  ...Object.fromEntries(COST_KINDS.map((kind) => [`costs.${kind}`, `cost.${kind}`])),
  ...Object.fromEntries(INVESTMENT_KINDS.map((kind) => [`investments.${kind}`, `investment.${kind}`])),
  ...Object.fromEntries(FINANCING_KINDS.map((kind) => [`financing.${kind}`, `financing.${kind}`])),
};

/**
 * The start-up grant application (`/startup-grant/apply`), after GOV.UK's task list: six parts (the
 * business, the business plan, the profitability and financing calculations, earlier
 * entrepreneurship, attachments), each with its state (not started, in progress, completed), done in
 * any order and left half done. One server-side draft (`startup-grant.application`) holds them all,
 * saved as the person types and before a session times out, so a timeout or a sign-out loses
 * nothing. A part is completed when the person marks it so and it passes the contract's own check;
 * a change to it makes it in progress again.
 *
 * The calculations take amounts as the person's language writes them ("1 234,50", "1,234.50") and
 * show the totals, the result and whether the financing balances as they type, the sums as money in
 * their language. Check answers lists every answer with a Change back to its part; sending with a
 * part not completed is refused here (and by the server, with the parts named), the parts' links
 * in the error summary.
 *
 * @summary The start-up grant application as a task list.
 * @fires startup-grant-application-sent - The application was received; `receipt` carries it.
 */
export class StartupGrantApply extends AreaFormElement<ApplyInput, ApplicationSubmit, MessageKey, typeof ApplicationReceiptSchema> {
  static override styles = [baseStyles, formStyles, styles];
  static override properties = { ...AreaFormElement.properties, open: { state: true } };

  /** The part being edited; undefined on the task list. */
  declare open: Section | undefined;
  /** The application's files, uploaded as chosen and kept on the server until it is sent. */
  readonly files = new FileList(this, (attachments) => this.patch({ attachments: { attachmentIds: attachments.map((a) => a.id) } }));

  constructor() {
    super({ area: AREA, draftKey: DRAFT_KEY, url: STARTUP_GRANT_PATHS.applications, receipt: ApplicationReceiptSchema, messages });
    this.open = undefined;
    this.basePath = DEFAULT_BASE_PATH;
  }

  private get input(): ApplyInput {
    return this.values ?? EMPTY_INPUT;
  }

  // The kit's form -----------------------------------------------------------------------------------

  /** The draft, and the person's files still waiting on the server, so the draft's files are listed with their names. */
  protected override async load(signal: AbortSignal): Promise<void> {
    const [overview, draft] = await Promise.all([
      fetchJson(STARTUP_GRANT_PATHS.overview, StartupGrantOverviewSchema, { signal }),
      this.draft.restore(),
    ]);
    signal.throwIfAborted();
    if (!this.values) {
      const restored = draft ? restoreInput(draft) : undefined;
      this.startFrom(restored?.restored ? draft : undefined, EMPTY_INPUT, restoreInput);
    }
    // Only the draft's own files: a file waiting for another form (a supplement's) is not this application's.
    const ids = new Set(this.input.attachments.attachmentIds);
    this.files.reset(overview.pendingAttachments.filter((a: Attachment) => ids.has(a.id)));
  }

  protected override draftData(): Record<string, unknown> | undefined {
    return this.values ? { ...this.values } : undefined;
  }

  protected override validate(): Validation<ApplicationSubmit> | undefined {
    if (!this.values) return undefined;
    // Continue from a part is "mark as completed" (below); from the task list it is check answers.
    return checkApplication(this.input, this.language, 'new');
  }

  protected override noticeText(): string | undefined {
    return undefined;
  }

  protected override errorFor(path: string, code: string): string {
    const match = /^sections\.([a-z]+)(?:\.(.+))?$/.exec(path);
    const [section, rest] = [match?.[1] ?? '', match?.[2]];
    const label = rest === undefined ? this.t(`section.${section as Section}`) : LABEL_OF[rest] ? this.t(LABEL_OF[rest]) : '';
    return errorText(errorMessages, code, this.language, { params: { field: label } });
  }

  protected override stepTitle(step: FormStep): string {
    if (step === FormStep.edit && this.open) return this.t(`section.${this.open}`);
    return super.stepTitle(step);
  }

  protected override afterSend(receipt: ApplicationReceipt): void {
    this.errors = {};
    this.open = undefined;
    portalBus.publish(CurrentItemsChangedTopic, { area: AREA });
    this.dispatchEvent(new ApplicationSentEvent(receipt));
  }

  /** A server's 400 names the parts not complete and their fields: back to the task list, the summary linking to them. */
  protected override showErrors(errors: FieldErrors): void {
    this.open = undefined;
    super.showErrors(errors);
  }

  // Editing ------------------------------------------------------------------------------------------

  /** A change to a part: kept, and the part is in progress again until marked completed. */
  change<S extends Exclude<Section, 'attachments'>>(section: S, value: Partial<ApplyInput[S]>): void {
    this.patch({
      [section]: { ...this.input[section], ...value },
      completed: this.input.completed.filter((done) => done !== section),
    } as Partial<ApplyInput>);
  }

  private async openSection(section: Section): Promise<void> {
    this.errors = {};
    this.open = section;
    await this.flow.goTo(FormStep.edit, 'heading');
  }

  /** Back to the task list, focus on the part's own link (where the person was). */
  private async backToList(section: Section): Promise<void> {
    this.open = undefined;
    void this.draft.save();
    await this.flow.goTo(FormStep.edit, 'heading');
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId(`sections.${section}`)}`)?.focus();
  }

  /** "Save and mark as completed": the part's check, then the task list; or the part's errors. */
  private complete(event: Event, section: Section): void {
    event.preventDefault();
    const checked = checkSection(section, this.input, this.language);
    if (!checked.ok) {
      this.errors = checked.errors;
      void this.flow.goTo(FormStep.edit, 'summary');
      return;
    }
    this.patch({ completed: [...this.input.completed.filter((done) => done !== section), section] });
    this.announcer.say(this.t('sectionCompleted', { section: this.t(`section.${section}`) }), true);
    void this.backToList(section);
  }

  // Rendering ----------------------------------------------------------------------------------------

  protected override backLink(): TemplateResult {
    return html`<ul class="back-links">
      <li><a href=${this.basePath} @click=${followInternalLink}>${this.t('backToArea')}</a></li>
    </ul>`;
  }

  protected override renderBody(step: FormStep): TemplateResult {
    if (step === FormStep.receipt && this.receipt) return this.renderReceipt();
    switch (this.loadState) {
      case LoadState.failed:
        return html`${this.renderLoadFailed(this.t('loadFailed'))} ${this.backLink()}`;
      case LoadState.loaded:
        break;
      default:
        return html`<p role="status">${this.t('loading')}</p>`;
    }
    if (step === FormStep.check) return this.renderCheck();
    return this.open ? this.renderSection(this.open) : this.renderTaskList();
  }

  private renderTaskList(): TemplateResult {
    const statuses = SECTIONS.map((section) => [section, statusOf(section, this.input, this.language)] as const);
    const done = statuses.filter(([, status]) => status === 'completed').length;
    return html`${this.renderNotice()} ${this.renderErrorSummary(FIELD_ORDER)}
      <p class="intro">${this.t('intro')}</p>
      <h2 id="tasks-heading">${this.t('taskListHeading')}</h2>
      <p class="progress">${this.t('sectionsDone', { done, total: SECTIONS.length })}</p>
      <ul class="task-list" aria-labelledby="tasks-heading">
        ${statuses.map(([section, status]) => {
          const id = fieldId(`sections.${section}`);
          const error = this.error(`sections.${section}`);
          return html`<li class="task ${status} ${error ? 'has-error' : ''}">
            <button class="link task-link" id=${id} type="button" aria-describedby="${id}-status" @click=${() => void this.openSection(section)}>
              ${this.t(`section.${section}`)}
            </button>
            <strong class="tag ${status === 'completed' ? '' : 'due'}" id="${id}-status">${this.t(`status.${status}`)}</strong>
            ${error ? html`<p class="field-error">${error}</p>` : nothing}
          </li>`;
        })}
      </ul>
      ${this.renderEditForm(html``)} ${this.backLink()}`;
  }

  private renderSection(section: Section): TemplateResult {
    return html`${this.renderErrorSummary(FIELD_ORDER)}
      <form id="form" novalidate @submit=${(event: Event) => this.complete(event, section)}>
        ${this.renderFields(section)}
        <div class="actions">
          <button class="button" type="submit">${this.t('completeSection')}</button>
          <button class="button secondary save-later" type="button" @click=${() => void this.backToList(section)}>${this.t('saveLater')}</button>
        </div>
      </form>`;
  }

  private renderFields(section: Section): TemplateResult {
    switch (section) {
      case 'business':
        return businessPart(this.partsUi());
      case 'plan':
        return planPart(this.partsUi());
      case 'profitability':
        return profitabilityPart(this.partsUi());
      case 'financing':
        return financingPart(this.partsUi());
      case 'earlier':
        return earlierPart(this.partsUi());
      default:
        return fileField({
          path: 'sections.attachments.attachmentIds',
          list: this.files,
          language: this.language,
          error: this.error('sections.attachments.attachmentIds'),
          words: this.fileWords(),
        });
    }
  }

  /** What the parts are drawn with (sections/parts.ts). */
  private partsUi(): PartsUi {
    return {
      language: this.language,
      input: this.input,
      t: (key, params) => this.t(key, params),
      error: (path) => this.error(path),
      change: (section, value) => this.change(section, value),
      countedInput: (maxLength, keep) => this.countedInput(maxLength, keep),
    };
  }

  private fileWords() {
    return {
      label: this.t('attachmentsLabel'),
      hint: this.t('attachmentsHint'),
      remove: this.t('remove'),
      uploading: this.t('uploading'),
      retry: this.t('retry'),
      dismiss: this.t('dismiss'),
      failed: this.t('fileFailed'),
      refused: (code: string) => errorText(errorMessages, code, this.language, { params: { field: this.t('attachmentsLabel') } }),
    };
  }

  // Check answers and the receipt --------------------------------------------------------------------

  private rows(withChange: boolean): SummaryRow[] {
    const input = this.input;
    const language = this.language;
    const change = (section: Section) => (withChange ? () => void this.openSection(section) : undefined);
    const money = (text: string) => formatMoney(sum({ text }, language), language);
    const b = input.business;
    return [
      { key: this.t('name'), value: b.name, onChange: change('business') },
      { key: this.t('businessId'), value: b.businessId || this.t('notGiven'), onChange: change('business') },
      {
        key: this.t('form'),
        value: b.form ? this.t(`form.${b.form as BusinessForm}`) : '',
        onChange: change('business'),
      },
      { key: this.t('field'), value: b.field, onChange: change('business') },
      { key: this.t('startDate'), value: b.startDate ? this.date(b.startDate) : '', onChange: change('business') },
      {
        key: this.t('workingTime'),
        value: b.workingTime ? this.t(`workingTime.${b.workingTime as WorkingTime}`) : '',
        onChange: change('business'),
      },
      { key: this.t('idea'), value: multiline(input.plan.idea), onChange: change('plan') },
      { key: this.t('customers'), value: multiline(input.plan.customers), onChange: change('plan') },
      { key: this.t('competence'), value: multiline(input.plan.competence), onChange: change('plan') },
      { key: this.t('sales'), value: money(input.profitability.sales), onChange: change('profitability') },
      {
        key: this.t('costsTotal'),
        value: formatMoney(sum(input.profitability.costs, language), language),
        onChange: change('profitability'),
      },
      {
        key: this.t('investmentsTotal'),
        value: formatMoney(sum(input.financing.investments, language), language),
        onChange: change('financing'),
      },
      {
        key: this.t('financingTotal'),
        value: formatMoney(sum(input.financing.financing, language), language),
        onChange: change('financing'),
      },
      {
        key: this.t('hasEarlier'),
        value: input.earlier.hasEarlier === 'yes' ? multiline(input.earlier.description) : this.t('no'),
        onChange: change('earlier'),
      },
      {
        key: this.t('section.attachments'),
        value:
          this.files.attachments.length === 0
            ? this.t('noAttachments')
            : html`<ul class="plain">
              ${this.files.attachments.map((a) => html`<li>${a.fileName}</li>`)}
            </ul>`,
        onChange: change('attachments'),
      },
    ];
  }

  private renderCheck(): TemplateResult {
    return html`${this.renderNotice()}
      <p>${this.t('checkIntro')}</p>
      ${summaryList(this.rows(true), this.language)} ${this.renderSendForm()}`;
  }

  private renderReceipt(): TemplateResult {
    const receipt = this.receipt;
    if (!receipt) return html``;
    return html`${this.renderReceiptPanel(receipt)}
      <p>${this.t('receiptNext')}</p>
      ${summaryList(this.rows(false), this.language)} ${this.backLink()}`;
  }
}
