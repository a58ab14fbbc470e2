import { html, nothing, type TemplateResult } from 'lit';
import { CurrentItemsChangedTopic, fetchJson, portalBus } from '@portal/shared-contracts';
import {
  ApplicationReceiptSchema,
  BUSINESS_FORMS,
  COST_KINDS,
  FIELD_MAX,
  FINANCING_KINDS,
  INVESTMENT_KINDS,
  NAME_MAX,
  PLAN_TEXT_MAX,
  SECTIONS,
  STARTUP_GRANT_PATHS,
  StartupGrantOverviewSchema,
  WORKING_TIMES,
  type ApplicationReceipt,
  type ApplicationSubmit,
  type Section,
} from '@portal/shared-contracts/startup-grant';
import type { Attachment } from '@portal/shared-contracts/unemployment-security';
import {
  AreaFormElement,
  dateField,
  errorText,
  fieldId,
  FormStep,
  multiline,
  radioGroup,
  selectField,
  summaryList,
  textArea,
  textField,
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
  private change<S extends Exclude<Section, 'attachments'>>(section: S, value: Partial<ApplyInput[S]>): void {
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
        return this.renderBusiness();
      case 'plan':
        return this.renderPlan();
      case 'profitability':
        return this.renderProfitability();
      case 'financing':
        return this.renderFinancing();
      case 'earlier':
        return this.renderEarlier();
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

  private renderBusiness(): TemplateResult {
    const b = this.input.business;
    const p = 'sections.business';
    const locale = this.language;
    return html`
      ${textField({ path: `${p}.name`, locale, label: this.t('name'), value: b.name, error: this.error(`${p}.name`), autocomplete: 'organization', onInput: (name) => this.change('business', { name: name.slice(0, NAME_MAX) }) })}
      ${textField({ path: `${p}.businessId`, locale, label: this.t('businessId'), hint: this.t('businessIdHint'), optional: true, width: 'medium', value: b.businessId, error: this.error(`${p}.businessId`), onInput: (businessId) => this.change('business', { businessId }) })}
      ${selectField({
        path: `${p}.form`,
        locale,
        label: this.t('form'),
        value: b.form,
        placeholder: '',
        options: BUSINESS_FORMS.map((form) => ({ value: form, label: this.t(`form.${form}`) })),
        error: this.error(`${p}.form`),
        onChange: (form) => this.change('business', { form }),
      })}
      ${textField({ path: `${p}.field`, locale, label: this.t('field'), hint: this.t('fieldHint'), value: b.field, error: this.error(`${p}.field`), onInput: (field) => this.change('business', { field: field.slice(0, FIELD_MAX) }) })}
      ${dateField({ path: `${p}.startDate`, locale, label: this.t('startDate'), hint: this.t('startDateHint'), value: b.startDate, error: this.error(`${p}.startDate`), onInput: (startDate) => this.change('business', { startDate }) })}
      ${radioGroup({
        path: `${p}.workingTime`,
        locale,
        legend: this.t('workingTime'),
        value: b.workingTime,
        options: WORKING_TIMES.map((time) => ({ value: time, label: this.t(`workingTime.${time}`) })),
        error: this.error(`${p}.workingTime`),
        onChange: (workingTime) => this.change('business', { workingTime }),
      })}
    `;
  }

  private renderPlan(): TemplateResult {
    const plan = this.input.plan;
    const area = (key: 'idea' | 'customers' | 'competence', hint?: string) =>
      textArea({
        path: `sections.plan.${key}`,
        locale: this.language,
        label: this.t(key),
        hint,
        value: plan[key],
        maxLength: PLAN_TEXT_MAX,
        rows: 5,
        spellcheck: true,
        error: this.error(`sections.plan.${key}`),
        onInput: this.countedInput(PLAN_TEXT_MAX, (value) => this.change('plan', { [key]: value })),
      });
    return html`${area('idea', this.t('ideaHint'))} ${area('customers')} ${area('competence')}`;
  }

  private amountField(path: string, label: string, value: string, onInput: (value: string) => void): TemplateResult {
    return textField({
      path,
      locale: this.language,
      label,
      value,
      width: 'medium',
      inputmode: 'decimal',
      error: this.error(path),
      onInput,
    });
  }

  private money(cents: number): string {
    return formatMoney(cents, this.language);
  }

  private renderProfitability(): TemplateResult {
    const { sales, costs } = this.input.profitability;
    const p = 'sections.profitability';
    const costsTotal = sum(costs, this.language);
    // The result as typed so far: amounts not understood count as nothing, and have their own errors.
    const result = sum({ sales }, this.language) - costsTotal;
    return html`<p class="intro">${this.t('profitabilityIntro')} ${this.t('amountHint')}</p>
      ${this.amountField(`${p}.sales`, this.t('sales'), sales, (value) => this.change('profitability', { sales: value }))}
      <fieldset class="amounts">
        <legend>${this.t('costsHeading')}</legend>
        ${COST_KINDS.map((kind) =>
          this.amountField(`${p}.costs.${kind}`, this.t(`cost.${kind}`), costs[kind], (value) =>
            this.change('profitability', { costs: { ...this.input.profitability.costs, [kind]: value } }),
          ),
        )}
      </fieldset>
      <dl class="totals" aria-live="polite">
        <div><dt>${this.t('costsTotal')}</dt><dd class="costs-total">${this.money(costsTotal)}</dd></div>
        <div><dt>${this.t('result')}</dt><dd class="result ${result < 0 ? 'loss' : ''}">${this.money(result)}</dd></div>
      </dl>`;
  }

  private renderFinancing(): TemplateResult {
    const { investments, financing } = this.input.financing;
    const p = 'sections.financing';
    const language = this.language;
    const investmentsTotal = sum(investments, language);
    const financingTotal = sum(financing, language);
    const balance = financingTotal - investmentsTotal;
    const totalError = this.error(`${p}.total`);
    return html`<p class="intro">${this.t('financingIntro')} ${this.t('amountHint')}</p>
      <fieldset class="amounts">
        <legend>${this.t('investmentsHeading')}</legend>
        ${INVESTMENT_KINDS.map((kind) =>
          this.amountField(`${p}.investments.${kind}`, this.t(`investment.${kind}`), investments[kind], (value) =>
            this.change('financing', { investments: { ...this.input.financing.investments, [kind]: value } }),
          ),
        )}
      </fieldset>
      <fieldset class="amounts">
        <legend>${this.t('financingHeading')}</legend>
        ${FINANCING_KINDS.map((kind) =>
          this.amountField(`${p}.financing.${kind}`, this.t(`financing.${kind}`), financing[kind], (value) =>
            this.change('financing', { financing: { ...this.input.financing.financing, [kind]: value } }),
          ),
        )}
      </fieldset>
      <div class="field ${totalError ? 'has-error' : ''}" id=${fieldId(`${p}.total`)} tabindex="-1">
        ${totalError ? html`<p class="field-error">${totalError}</p>` : nothing}
        <dl class="totals">
          <div><dt>${this.t('investmentsTotal')}</dt><dd class="investments-total">${this.money(investmentsTotal)}</dd></div>
          <div><dt>${this.t('financingTotal')}</dt><dd class="financing-total">${this.money(financingTotal)}</dd></div>
        </dl>
        <p class="balance ${balance === 0 ? 'balanced' : 'unbalanced'}" role="status">
          ${
            balance === 0
              ? this.t('balanced')
              : balance < 0
                ? html`<strong>${this.t('missing', { amount: this.money(-balance) })}</strong>`
                : html`<strong>${this.t('over', { amount: this.money(balance) })}</strong>`
          }
        </p>
      </div>`;
  }

  private renderEarlier(): TemplateResult {
    const earlier = this.input.earlier;
    const p = 'sections.earlier';
    return radioGroup({
      path: `${p}.hasEarlier`,
      locale: this.language,
      legend: this.t('hasEarlier'),
      value: earlier.hasEarlier,
      options: [
        { value: 'yes', label: this.t('yes') },
        { value: 'no', label: this.t('no') },
      ],
      error: this.error(`${p}.hasEarlier`),
      onChange: (hasEarlier) => this.change('earlier', { hasEarlier }),
      conditional: (value) =>
        value === 'yes'
          ? textArea({
              path: `${p}.description`,
              locale: this.language,
              label: this.t('description'),
              value: earlier.description,
              maxLength: PLAN_TEXT_MAX,
              rows: 4,
              error: this.error(`${p}.description`),
              onInput: this.countedInput(PLAN_TEXT_MAX, (description) => this.change('earlier', { description })),
            })
          : nothing,
    });
  }

  // Check answers and the receipt --------------------------------------------------------------------

  private rows(withChange: boolean): SummaryRow[] {
    const input = this.input;
    const language = this.language;
    const change = (section: Section) => (withChange ? () => void this.openSection(section) : undefined);
    const money = (text: string) => this.money(sum({ text }, language));
    const b = input.business;
    return [
      { key: this.t('name'), value: b.name, onChange: change('business') },
      { key: this.t('businessId'), value: b.businessId || this.t('notGiven'), onChange: change('business') },
      {
        key: this.t('form'),
        value: b.form ? this.t(`form.${b.form as (typeof BUSINESS_FORMS)[number]}`) : '',
        onChange: change('business'),
      },
      { key: this.t('field'), value: b.field, onChange: change('business') },
      { key: this.t('startDate'), value: b.startDate ? this.date(b.startDate) : '', onChange: change('business') },
      {
        key: this.t('workingTime'),
        value: b.workingTime ? this.t(`workingTime.${b.workingTime as (typeof WORKING_TIMES)[number]}`) : '',
        onChange: change('business'),
      },
      { key: this.t('idea'), value: multiline(input.plan.idea), onChange: change('plan') },
      { key: this.t('customers'), value: multiline(input.plan.customers), onChange: change('plan') },
      { key: this.t('competence'), value: multiline(input.plan.competence), onChange: change('plan') },
      { key: this.t('sales'), value: money(input.profitability.sales), onChange: change('profitability') },
      { key: this.t('costsTotal'), value: this.money(sum(input.profitability.costs, language)), onChange: change('profitability') },
      { key: this.t('investmentsTotal'), value: this.money(sum(input.financing.investments, language)), onChange: change('financing') },
      { key: this.t('financingTotal'), value: this.money(sum(input.financing.financing, language)), onChange: change('financing') },
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
