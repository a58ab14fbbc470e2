import { html, nothing, type TemplateResult } from 'lit';
import { CurrentItemsChangedTopic, fetchJson, LOCALES, portalBus } from '@portal/shared-contracts';
import { countryName, countryOptions, FINLAND, type CountryOption } from '@portal/shared-contracts/countries';
import {
  ADDRESS_LIMITS,
  CONTACT_CHANNELS,
  PROFILE_CHANGE_ERRORS,
  ProfileChangeReceiptSchema,
  ProfileSchema,
  type Profile,
  type ProfileChangeReceipt,
  type ProfileChangeRequest,
} from '@portal/shared-contracts/profile';
import {
  AreaFormElement,
  dateField,
  FormNotice,
  FormStep,
  isConflict,
  legend,
  radioGroup,
  selectField,
  summaryList,
  textField,
  type FieldErrors,
  type SummaryRow,
  type TextFieldOptions,
  type Validation,
} from '@portal/ui-kit/form';
import { formatDate, helsinkiToday } from '@portal/ui-kit/page';
import { baseStyles, formStyles } from '@portal/ui-kit/styles';
import { AREA, PROFILE_PATHS, ProfileChangedEvent } from '../area.js';
import {
  ADDRESS_PLACES,
  errorsByField,
  FIELD_ORDER,
  initialValues,
  restoreValues,
  validateChange,
  type ChangeField,
  type ChangeValues,
} from './change-model.js';
import { messages, type MessageKey } from './profile-change-form.messages.js';
import { styles } from './profile-change-form.styles.js';

export const DRAFT_KEY = 'profile.change';

/** What a text field of the form takes besides its field: the label's and hint's keys, and the kit's options. */
type TextFieldSetup = Partial<Pick<TextFieldOptions, 'type' | 'autocomplete' | 'inputmode' | 'width' | 'optional'>> & {
  readonly hint?: MessageKey;
  /** When the field's own name is not its label (the post office field abroad is the city). */
  readonly label?: MessageKey;
};

/**
 * Reporting a change of basic data (seed line 5): the form, a check-your-answers step and a
 * receipt. Validation uses the contract's schema, so the browser says exactly what the server
 * would; errors appear next to each field and in a summary that takes focus. What the person types
 * is kept as a server-side draft (saved as they type and when the session is about to end), so a
 * timeout or a sign-in again loses nothing. A retry or double click sends one report.
 *
 * The flow, the draft and the sending are the kit's (`AreaFormElement`); this form adds its
 * fields, its rows and what a 409 means here: someone changed the data meanwhile.
 *
 * @summary Change report of basic data.
 * @fires profile-changed - The profile changed on the server (ProfileChangedEvent).
 */
export class ProfileChangeForm extends AreaFormElement<ChangeValues, ProfileChangeRequest, MessageKey, typeof ProfileChangeReceiptSchema> {
  static override styles = [baseStyles, formStyles, styles];
  static override properties = { ...AreaFormElement.properties, profile: { attribute: false } };

  declare profile: Profile | undefined;

  constructor() {
    super({ area: AREA, draftKey: DRAFT_KEY, url: PROFILE_PATHS.changes, receipt: ProfileChangeReceiptSchema, messages });
    this.profile = undefined;
  }

  protected override get canStart(): boolean {
    return this.profile !== undefined;
  }

  /**
   * The form shows the current data at once; a saved draft goes over it when it arrives, with a
   * note that it did (no draft, or one that cannot be read: the form works without it). The current
   * data is what "start again" goes back to: not the blanked phone of an abandoned edit.
   */
  protected override async load(signal: AbortSignal): Promise<void> {
    if (!this.profile) return;
    this.values = this.choices.base = initialValues(this.profile, helsinkiToday());
    const draft = await this.draft.restore();
    signal.throwIfAborted();
    if (draft && this.values) {
      this.values = restoreValues(this.values, draft);
      this.notice = FormNotice.draftRestored;
    }
  }

  protected override validate(): Validation<ProfileChangeRequest> | undefined {
    return this.values && this.profile && validateChange(this.values, this.profile, helsinkiToday());
  }

  /** The fields are flat, the contract's paths are not (`address.postalCode`): errors go to the fields. */
  protected override showErrors(errors: FieldErrors): void {
    super.showErrors(errorsByField(errors));
  }

  /** "Too long" says the limit; the street's depends on where the address is. */
  private limitOf(code: string): number | undefined {
    const E = PROFILE_CHANGE_ERRORS;
    const abroad = this.values?.addressIn === 'abroad';
    const limits: Readonly<Record<string, number>> = {
      [E.streetTooLong]: abroad ? ADDRESS_LIMITS.streetAbroad : ADDRESS_LIMITS.street,
      [E.postalCodeAbroadTooLong]: ADDRESS_LIMITS.postalCodeAbroad,
      [E.postOfficeTooLong]: ADDRESS_LIMITS.postOffice,
      [E.cityTooLong]: ADDRESS_LIMITS.postOffice,
    };
    return limits[code];
  }

  protected override errorFor(path: string, code: string): string {
    const key = `error.${code}`;
    const max = this.limitOf(code);
    return key in messages.fi ? this.t(key as MessageKey, max === undefined ? undefined : { max }) : super.errorFor(path, code);
  }

  /** The countries abroad in the page's language, sorted by name: sorted once per language, not at every key. */
  private countries: { readonly language: string; readonly options: readonly CountryOption[] } | undefined;

  private countryChoices(): readonly CountryOption[] {
    if (this.countries?.language !== this.language) {
      this.countries = { language: this.language, options: countryOptions(this.language, [FINLAND]) };
    }
    return this.countries.options;
  }

  protected override noticeText(shown: FormNotice): string | undefined {
    return shown === FormNotice.conflict ? this.t('conflict') : undefined;
  }

  protected override backLabel(): string {
    return this.t('back');
  }

  /** The area page shows the new data; "add your phone number" may be done now, so the navigation's marks are read again. */
  protected override afterSend(receipt: ProfileChangeReceipt): void {
    this.dispatchEvent(new ProfileChangedEvent(receipt.profile));
    portalBus.publish(CurrentItemsChangedTopic, { area: AREA });
  }

  /** A 409: someone else changed the data. Shows the newest, keeps what the person typed. */
  protected override async handleConflict(error: unknown): Promise<boolean> {
    if (!isConflict(error)) return false;
    try {
      const latest = await fetchJson(PROFILE_PATHS.profile, ProfileSchema);
      this.profile = latest;
      this.dispatchEvent(new ProfileChangedEvent(latest));
    } catch {
      // The notice still tells what happened; the next attempt refetches.
    }
    this.notice = FormNotice.conflict;
    void this.flow.goTo(FormStep.edit, 'heading');
    return true;
  }

  // Rendering ------------------------------------------------------------------------------------

  protected override renderBody(step: FormStep): TemplateResult | typeof nothing {
    const values = this.values;
    if (!values) return nothing;
    if (step === FormStep.receipt) return this.renderReceipt();
    return html`${this.renderNotice()} ${step === FormStep.check ? this.renderCheck(values) : this.renderEdit(values)}`;
  }

  /** A choice among a few values (the language, the channel), each in the form's words. */
  private choice<F extends 'preferredLanguage' | 'contactChannel'>(
    field: F,
    legend: MessageKey,
    choices: readonly ChangeValues[F][],
    label: (value: ChangeValues[F]) => string,
    values: ChangeValues,
  ): TemplateResult {
    return radioGroup({
      path: field,
      legend: this.t(legend),
      locale: this.language,
      value: values[field],
      options: choices.map((value) => ({ value, label: label(value) })),
      onChange: (value) => this.set(field, value as ChangeValues[F]),
    });
  }

  private textField(field: Exclude<ChangeField, 'addressIn'>, values: ChangeValues, setup: TextFieldSetup = {}): TemplateResult {
    const { hint, label, ...options } = setup;
    return textField({
      path: field,
      label: this.t(label ?? (field as MessageKey)),
      hint: hint && this.t(hint),
      error: this.error(field),
      locale: this.language,
      value: values[field],
      onInput: (value) => this.set(field, value),
      ...options,
    });
  }

  private renderEdit(values: ChangeValues): TemplateResult {
    const protectedAddress = this.profile?.addressProtected ?? false;
    return html`
      ${this.renderErrorSummary(FIELD_ORDER)}
      <p>${this.t('intro')}</p>
      ${this.renderEditForm(html`
        ${dateField({
          path: 'effectiveDate',
          label: this.t('effectiveDate'),
          hint: this.t('effectiveDateHint'),
          error: this.error('effectiveDate'),
          locale: this.language,
          value: values.effectiveDate,
          onInput: (value) => this.set('effectiveDate', value),
        })}
        <fieldset>
          ${legend(this.t('addressLegend'))} ${protectedAddress ? html`<p class="hint">${this.t('addressProtectedHint')}</p>` : nothing}
          ${this.renderAddress(values, protectedAddress)}
        </fieldset>
        ${this.textField('phone', values, { hint: 'phoneHint', type: 'tel', autocomplete: 'tel', inputmode: 'tel' })}
        ${this.textField('email', values, { type: 'email', autocomplete: 'email', inputmode: 'email' })}
        ${this.choice('preferredLanguage', 'language', LOCALES, (l) => this.t(`language.${l}`), values)}
        ${this.choice('contactChannel', 'contactChannel', CONTACT_CHANNELS, (c) => this.t(`channel.${c}`), values)}
      `)}
    `;
  }

  /**
   * The address: first where it is (a radio group inside the address's fieldset), then its fields by
   * that place's rules. The street, postal code and town are the same fields in both, so what was
   * typed stays when the person changes their mind; only their labels, hints and checks differ.
   * Abroad the postal code is optional and may have letters, and the country is a native select
   * (keyboard, screen readers and a phone's picker work as everywhere), sorted by name.
   */
  private renderAddress(values: ChangeValues, protectedAddress: boolean): TemplateResult {
    const abroad = values.addressIn === 'abroad';
    // An address under a block is not offered to the browser's autofill, nor remembered by it.
    const auto = (token: string): string => (protectedAddress ? 'off' : token);
    return html`
      ${radioGroup({
        path: 'addressIn',
        legend: this.t('addressIn'),
        legendAs: 'small',
        locale: this.language,
        value: values.addressIn,
        options: ADDRESS_PLACES.map((place) => ({ value: place, label: this.t(`addressIn.${place}`) })),
        onChange: (value) => this.set('addressIn', value === 'abroad' ? 'abroad' : 'finland'),
      })}
      ${this.textField('street', values, { autocomplete: auto('street-address'), ...(abroad ? { hint: 'streetAbroadHint' } : {}) })}
      ${this.textField('postalCode', values, {
        autocomplete: auto('postal-code'),
        inputmode: abroad ? 'text' : 'numeric',
        width: 'short',
        optional: abroad,
      })}
      ${this.textField('postOffice', values, { autocomplete: auto('address-level2'), ...(abroad ? { label: 'city' } : {}) })}
      ${
        abroad
          ? selectField({
              path: 'country',
              label: this.t('country'),
              placeholder: this.t('countryPlaceholder'),
              locale: this.language,
              value: values.country,
              error: this.error('country'),
              autocomplete: auto('country'),
              options: this.countryChoices(),
              onChange: (value) => this.set('country', value),
            })
          : nothing
      }
    `;
  }

  /** The address on one line, as the check step and the receipt show it; abroad with its country's name. */
  private addressLine(values: ChangeValues): string {
    const place = [values.postalCode.trim(), values.postOffice.trim()].filter((part) => part !== '').join(' ');
    const country = values.addressIn === 'abroad' ? countryName(values.country, this.language) : undefined;
    return [values.street.trim(), place, country].filter((part) => part !== undefined && part !== '').join(', ');
  }

  /**
   * The rows of what is being reported, for the check step and the receipt: the date, and each
   * detail the request changes (as typed); a Change button on each row before sending.
   */
  private changeRows(values: ChangeValues, request: ProfileChangeRequest, withChange: boolean): SummaryRow[] {
    const row = (field: ChangeField, label: MessageKey, value: string): SummaryRow => ({
      key: this.t(label),
      value,
      onChange: this.changeTo(field, withChange),
    });
    const rows = [row('effectiveDate', 'changedFrom', formatDate(values.effectiveDate, this.language))];
    if (request.address) rows.push(row('street', 'addressLegend', this.addressLine(values)));
    if (request.phone !== undefined) rows.push(row('phone', 'phone', values.phone));
    if (request.email !== undefined) rows.push(row('email', 'email', values.email));
    if (request.preferredLanguage) rows.push(row('preferredLanguage', 'language', this.t(`language.${values.preferredLanguage}`)));
    if (request.contactChannel) rows.push(row('contactChannel', 'contactChannel', this.t(`channel.${values.contactChannel}`)));
    return rows;
  }

  private renderCheck(values: ChangeValues): TemplateResult {
    const result = this.validate();
    return html`
      <p>${this.t('checkIntro')}</p>
      ${result?.ok ? summaryList(this.changeRows(values, result.request, true), this.language) : nothing} ${this.renderSendForm()}
    `;
  }

  private renderReceipt(): TemplateResult | typeof nothing {
    const receipt = this.receipt;
    const sent = this.sent;
    if (!receipt || !sent) return nothing;
    const pending = receipt.effectiveDate > helsinkiToday();
    return html`
      ${this.renderReceiptPanel(receipt)}
      ${pending ? html`<p>${this.t('receiptPending', { date: formatDate(receipt.effectiveDate, this.language) })}</p>` : nothing}
      <p>${this.t('receiptSent')}</p>
      ${summaryList(this.changeRows(sent.values, sent.request, false), this.language)} ${this.backLink()}
    `;
  }
}
