import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { API_ERROR_CODES, ApiRequestError, DEFAULT_LOCALE, CurrentItemsChangedTopic, DraftController, helsinkiToday, fetchJson, formatDate, formatMessage, IDEMPOTENCY_KEY_HEADER, INTL_LOCALE, LOCALES, LocaleTopic, PageTopic, portalBus, TopicController, type Locale } from '@portal/shared-contracts';
import { CONTACT_CHANNELS, ProfileChangeReceiptSchema, ProfileSchema, type Profile, type ProfileChangeReceipt, type ProfileChangeRequest } from '@portal/shared-contracts/profile';
import {
  fieldOfPath,
  FIELD_ORDER,
  initialValues,
  restoreValues,
  validateChange,
  type ChangeErrors,
  type ChangeField,
  type ChangeValues,
} from './change-model.js';
import { messages, type MessageKey } from './profile-change-form.messages.js';
import { styles } from './profile-change-form.styles.js';

export const DRAFT_KEY = 'profile.change';

const Step = { edit: 'edit', check: 'check', receipt: 'receipt' } as const;
type Step = (typeof Step)[keyof typeof Step];

const Notice = { draftRestored: 'draftRestored', conflict: 'conflict', sendFailed: 'sendFailed' } as const;
type Notice = (typeof Notice)[keyof typeof Notice];

/** The profile as the server now has it, after a change or a conflict. */
export class ProfileChangedEvent extends Event {
  static readonly eventName = 'profile-changed';
  constructor(readonly profile: Profile) {
    super(ProfileChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'profile-changed': ProfileChangedEvent;
  }
}

/**
 * Reporting a change of basic data (seed line 5): the form, a check-your-answers step and a
 * receipt. Validation uses the contract's schema, so the browser says exactly what the server
 * would; errors appear next to each field and in a summary that takes focus. What the person types
 * is kept as a server-side draft (saved as they type and when the session is about to end), so a
 * timeout or a sign-in again loses nothing. A retry or double click sends one report.
 *
 * @summary Change report of basic data.
 * @fires profile-changed - The profile changed on the server (ProfileChangedEvent).
 */
export class ProfileChangeForm extends LitElement {
  static override styles = styles;
  static override properties = {
    profile: { attribute: false },
    basePath: { attribute: 'base-path' },
    step: { state: true },
    values: { state: true },
    errors: { state: true },
    notice: { state: true },
    submitting: { state: true },
    receipt: { state: true },
  };

  declare profile: Profile | undefined;
  declare basePath: string;
  declare step: Step;
  declare values: ChangeValues | undefined;
  declare errors: ChangeErrors;
  declare notice: Notice | undefined;
  declare submitting: boolean;
  declare receipt: ProfileChangeReceipt | undefined;

  private readonly locale = new TopicController(this, LocaleTopic, () => this.announce());
  /**
   * Saves what was typed when typing pauses, when the session is about to end and when the form
   * leaves the page. Nothing is saved on the receipt: the report was sent and its draft deleted.
   */
  private readonly draft = new DraftController<ChangeValues>(this, {
    key: DRAFT_KEY,
    values: () => (this.step === Step.receipt ? undefined : this.values),
  });
  /** One key per report: a retry or a double click of "send" is the same report to the server. */
  private idempotencyKey = crypto.randomUUID();
  private draftChecked = false;
  /** What was sent and what it replaced, for the receipt (the profile has changed by then). */
  private sent: { values: ChangeValues; before: ChangeValues } | undefined;

  constructor() {
    super();
    this.profile = undefined;
    this.basePath = '/profile';
    this.step = Step.edit;
    this.values = undefined;
    this.errors = {};
    this.notice = undefined;
    this.submitting = false;
    this.receipt = undefined;
  }

  private get language(): Locale {
    return this.locale.value?.locale ?? DEFAULT_LOCALE;
  }

  private t(key: MessageKey, params?: Record<string, string>): string {
    return formatMessage(messages[this.language][key], params);
  }

  private errorText(code: string): string {
    const key = `error.${code}` as MessageKey;
    return key in messages.fi ? this.t(key) : code;
  }

  protected override willUpdate(): void {
    if (this.profile && !this.values) {
      this.values = initialValues(this.profile, helsinkiToday());
      if (!this.draftChecked) void this.restoreDraft();
    }
  }

  protected override firstUpdated(): void {
    this.announce();
  }

  private stepTitle(): string {
    return this.t(this.step === Step.edit ? 'titleEdit' : this.step === Step.check ? 'titleCheck' : 'titleReceipt');
  }

  private announce(): void {
    if (this.hasUpdated) portalBus.publish(PageTopic, { area: 'profile', title: this.stepTitle() });
  }

  private async goTo(step: Step, focus: 'heading' | 'summary' | ChangeField = 'heading'): Promise<void> {
    const changed = step !== this.step;
    this.step = step;
    await this.updateComplete;
    if (changed) this.announce();
    const target =
      focus === 'heading'
        ? this.renderRoot.querySelector<HTMLElement>('h1')
        : focus === 'summary'
          ? this.renderRoot.querySelector<HTMLElement>('.error-summary')
          : this.renderRoot.querySelector<HTMLElement>(`#${focus}`);
    target?.focus();
  }

  // Drafts ---------------------------------------------------------------------------------------

  /** Once per form: a saved draft goes over the initial values, with a note that it did. */
  private async restoreDraft(): Promise<void> {
    this.draftChecked = true;
    // Undefined: no draft, or it could not be read; the form works without it.
    const data = await this.draft.restore();
    if (data && this.values) {
      this.values = restoreValues(this.values, data);
      this.notice = Notice.draftRestored;
    }
  }

  // Editing --------------------------------------------------------------------------------------

  private update_(field: ChangeField, value: string): void {
    if (!this.values) return;
    this.values = { ...this.values, [field]: value } as ChangeValues;
    this.draft.changed();
  }

  private continueToCheck(event: Event): void {
    event.preventDefault();
    if (!this.values || !this.profile) return;
    const result = validateChange(this.values, this.profile, helsinkiToday());
    if (!result.ok) {
      this.errors = result.errors;
      void this.goTo(Step.edit, 'summary');
      return;
    }
    this.errors = {};
    // The "restored your draft" note has done its job once the person moves on.
    if (this.notice === Notice.draftRestored) this.notice = undefined;
    void this.draft.save();
    void this.goTo(Step.check);
  }

  private async send(): Promise<void> {
    if (!this.values || !this.profile || this.submitting) return;
    const result = validateChange(this.values, this.profile, helsinkiToday());
    if (!result.ok) {
      this.errors = result.errors;
      void this.goTo(Step.edit, 'summary');
      return;
    }
    this.submitting = true;
    this.notice = undefined;
    const sent = { values: this.values, before: initialValues(this.profile, this.values.effectiveDate) };
    try {
      this.receipt = await this.post(result.request);
      this.sent = sent;
      await this.draft.discard();
      this.dispatchEvent(new ProfileChangedEvent(this.receipt.profile));
      // E.g. "add your phone number" may be done now: the navigation's marks are read again.
      portalBus.publish(CurrentItemsChangedTopic, { area: 'profile' });
      this.idempotencyKey = crypto.randomUUID();
      void this.goTo(Step.receipt);
    } catch (error) {
      await this.handleSendError(error);
    } finally {
      this.submitting = false;
    }
  }

  private post(request: ProfileChangeRequest): Promise<ProfileChangeReceipt> {
    return fetchJson('/api/profile/changes', ProfileChangeReceiptSchema, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: this.idempotencyKey },
      body: JSON.stringify(request),
    });
  }

  private async handleSendError(error: unknown): Promise<void> {
    if (error instanceof ApiRequestError && error.code === API_ERROR_CODES.conflict) {
      // Someone else changed the data: show the newest, keep what the person typed.
      try {
        const latest = await fetchJson('/api/profile', ProfileSchema);
        this.profile = latest;
        this.dispatchEvent(new ProfileChangedEvent(latest));
      } catch {
        // The notice still tells what happened; the next attempt refetches.
      }
      this.notice = Notice.conflict;
      void this.goTo(Step.edit, 'heading');
      return;
    }
    if (error instanceof ApiRequestError && error.code === API_ERROR_CODES.validationFailed && error.details) {
      const errors: ChangeErrors = {};
      for (const detail of error.details) errors[fieldOfPath(detail.path)] ??= detail.message;
      this.errors = errors;
      void this.goTo(Step.edit, 'summary');
      return;
    }
    this.notice = Notice.sendFailed;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.notice')?.focus();
  }

  private editField(field: ChangeField): void {
    void this.goTo(Step.edit, field);
  }

  // Rendering ------------------------------------------------------------------------------------

  protected override render(): TemplateResult | typeof nothing {
    if (!this.profile || !this.values) return nothing;
    return html`
      <h1 tabindex="-1">${this.stepTitle()}</h1>
      ${this.renderNotice()}
      ${this.step === Step.edit ? this.renderEdit() : this.step === Step.check ? this.renderCheck(this.values) : this.renderReceipt()}
    `;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    if (!this.notice) return nothing;
    const error = this.notice !== Notice.draftRestored;
    return html`<div class="notice ${error ? 'error' : ''}" role=${error ? 'alert' : 'status'} tabindex="-1">
      <p>${this.t(this.notice)}</p>
    </div>`;
  }

  private renderErrorSummary(): TemplateResult | typeof nothing {
    const entries = (['form', ...FIELD_ORDER] as const).filter((field) => this.errors[field]);
    if (entries.length === 0) return nothing;
    return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">${this.t('errorSummary')}</h2>
      <ul>
        ${entries.map(
          (field) => html`<li>
            <a
              href="#${field === 'form' ? 'effectiveDate' : field}"
              @click=${(event: Event) => {
                // Fragment links do not reach into shadow DOM: move focus by hand.
                event.preventDefault();
                this.renderRoot.querySelector<HTMLElement>(`#${field === 'form' ? 'street' : field}`)?.focus();
              }}
              >${this.errorText(this.errors[field] ?? '')}</a
            >
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private textField(field: ChangeField, label: MessageKey, options: { hint?: MessageKey; type?: string; autocomplete?: string; inputmode?: string; width?: string } = {}): TemplateResult {
    const error = this.errors[field];
    const describedBy = [options.hint ? `${field}-hint` : '', error ? `${field}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label for=${field}>${this.t(label)}</label>
      ${options.hint ? html`<p class="hint" id="${field}-hint">${this.t(options.hint)}</p>` : nothing}
      ${error ? html`<p class="field-error" id="${field}-error">${this.errorText(error)}</p>` : nothing}
      <input
        id=${field}
        name=${field}
        class=${options.width ?? ''}
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete ?? 'off'}
        inputmode=${options.inputmode ?? 'text'}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        .value=${(this.values as ChangeValues)[field]}
        @input=${(event: InputEvent) => this.update_(field, (event.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  private radios<T extends string>(field: 'preferredLanguage' | 'contactChannel', legend: MessageKey, options: readonly T[], labelKey: (value: T) => MessageKey): TemplateResult {
    return html`<fieldset class="radios">
      <legend>${this.t(legend)}</legend>
      ${options.map(
        (option, index) => html`<div class="radio">
          <input
            type="radio"
            id=${index === 0 ? field : `${field}-${option}`}
            name=${field}
            value=${option}
            .checked=${(this.values as ChangeValues)[field] === option}
            @change=${() => this.update_(field, option)}
          />
          <label for=${index === 0 ? field : `${field}-${option}`}>${this.t(labelKey(option))}</label>
        </div>`,
      )}
    </fieldset>`;
  }

  private renderEdit(): TemplateResult {
    const protectedAddress = this.profile?.addressProtected ?? false;
    return html`
      ${this.renderErrorSummary()}
      <p>${this.t('intro')}</p>
      <form novalidate @submit=${this.continueToCheck}>
        ${this.textField('effectiveDate', 'effectiveDate', { hint: 'effectiveDateHint', type: 'date', width: 'narrow' })}
        <fieldset>
          <legend>${this.t('addressLegend')}</legend>
          ${protectedAddress ? html`<p class="hint">${this.t('addressProtectedHint')}</p>` : nothing}
          ${this.textField('street', 'street', { autocomplete: protectedAddress ? 'off' : 'street-address' })}
          ${this.textField('postalCode', 'postalCode', { autocomplete: 'postal-code', inputmode: 'numeric', width: 'narrow' })}
          ${this.textField('postOffice', 'postOffice', { autocomplete: 'address-level2' })}
        </fieldset>
        ${this.textField('phone', 'phone', { hint: 'phoneHint', type: 'tel', autocomplete: 'tel', inputmode: 'tel' })}
        ${this.textField('email', 'email', { type: 'email', autocomplete: 'email', inputmode: 'email' })}
        ${this.radios('preferredLanguage', 'language', LOCALES, (l) => `language.${l}` as MessageKey)}
        ${this.radios('contactChannel', 'contactChannel', CONTACT_CHANNELS, (c) => `channel.${c}` as MessageKey)}
        <div class="actions">
          <button class="button" type="submit">${this.t('continue')}</button>
          <a class="button secondary" href=${this.basePath}>${this.t('cancel')}</a>
        </div>
      </form>
    `;
  }

  /** The rows of what is being reported, for the check step and the receipt. */
  private changeRows(values: ChangeValues, before: ChangeValues, withChangeLinks: boolean): TemplateResult[] {
    const rows: { field: ChangeField; label: MessageKey; value: string }[] = [
      { field: 'effectiveDate', label: 'changedFrom', value: formatDate(values.effectiveDate, this.language) },
    ];
    if (values.street !== before.street || values.postalCode !== before.postalCode || values.postOffice !== before.postOffice) {
      rows.push({ field: 'street', label: 'addressLegend', value: `${values.street}, ${values.postalCode} ${values.postOffice}` });
    }
    if (values.phone !== before.phone) rows.push({ field: 'phone', label: 'phone', value: values.phone });
    if (values.email !== before.email) rows.push({ field: 'email', label: 'email', value: values.email });
    if (values.preferredLanguage !== before.preferredLanguage) {
      rows.push({ field: 'preferredLanguage', label: 'language', value: this.t(`language.${values.preferredLanguage}`) });
    }
    if (values.contactChannel !== before.contactChannel) {
      rows.push({ field: 'contactChannel', label: 'contactChannel', value: this.t(`channel.${values.contactChannel}`) });
    }
    return rows.map(
      (row) => html`<div class="row">
        <dt>${this.t(row.label)}</dt>
        <dd>${row.value}</dd>
        ${withChangeLinks
          ? html`<dd class="change">
              <button class="link" type="button" @click=${() => this.editField(row.field)}>
                ${this.t('change')}<span class="visually-hidden"> ${this.t(row.label)}</span>
              </button>
            </dd>`
          : nothing}
      </div>`,
    );
  }

  private renderCheck(values: ChangeValues): TemplateResult {
    return html`
      <p>${this.t('checkIntro')}</p>
      <dl class="summary">${this.changeRows(values, initialValues(this.profile as Profile, values.effectiveDate), true)}</dl>
      <div class="actions">
        <button class="button" type="button" ?disabled=${this.submitting} aria-disabled=${String(this.submitting)} @click=${() => void this.send()}>
          ${this.submitting ? this.t('sending') : this.t('send')}
        </button>
        <button class="button secondary" type="button" @click=${() => void this.goTo(Step.edit)}>${this.t('change')}</button>
      </div>
    `;
  }

  private renderReceipt(): TemplateResult | typeof nothing {
    const receipt = this.receipt;
    const sent = this.sent;
    if (!receipt || !sent) return nothing;
    const time = new Intl.DateTimeFormat(INTL_LOCALE[this.language], {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'Europe/Helsinki',
    }).format(new Date(receipt.receivedAt));
    const pending = receipt.effectiveDate > helsinkiToday();
    return html`
      <div class="panel" role="status">
        <p>${this.t('receivedAt', { time })}</p>
      </div>
      ${pending ? html`<p>${this.t('receiptPending', { date: formatDate(receipt.effectiveDate, this.language) })}</p>` : nothing}
      <p>${this.t('receiptSent')}</p>
      <dl class="summary">${this.changeRows(sent.values, sent.before, false)}</dl>
      <p><a href=${this.basePath}>${this.t('back')}</a></p>
    `;
  }
}
