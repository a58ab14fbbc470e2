import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { ApiRequestError, fetchJson, formatDate, formatMessage, LocaleTopic, TopicController, type Locale } from '@portal/shared-contracts';
// Not the schemas: their valibot functions would join the one valibot module every page downloads.
// The form checks what it can say at once; the server checks everything and its 400 names the field.
import {
  ACCESSIBILITY_FEEDBACK_PATH,
  FEEDBACK_ERRORS,
  FEEDBACK_MESSAGE_MAX,
  FeedbackReceiptShape,
} from '@portal/shared-contracts/accessibility-feedback-words';
import { currentLocale } from '../../i18n/translate.js';
import { feedbackMessages } from './shell-feedback-form.messages.js';
import { styles } from './shell-feedback-form.styles.js';

type Field = 'message' | 'page' | 'email';
const FIELDS: readonly Field[] = ['message', 'page', 'email'];
type Words = (typeof feedbackMessages)['fi'];
type Receipt = { readonly reference: string; readonly receivedAt: string; readonly answerBy: string };

/**
 * The accessibility statement's feedback channel (Act 306/2019): a message, the page it is about
 * (the page the person came from, theirs to change or remove) and an optional address for the
 * answer, sent to the provider with or without signing in. What is wrong is said beside each field
 * and in a summary that takes the focus; what was typed is kept through every failure. The receipt
 * gives the reference and the day the answer is due, and takes the focus.
 *
 * @summary Feedback on accessibility, with its receipt.
 */
export class ShellFeedbackForm extends LitElement {
  static override styles = styles;
  static override properties = {
    from: {},
    values: { state: true },
    errors: { state: true },
    failure: { state: true },
    sending: { state: true },
    receipt: { state: true },
  };
  /** The page of the portal the person came to the statement from: the form's first guess of what the feedback is about. */
  declare from: string | undefined;
  declare private values: Record<Field, string>;
  declare private errors: Partial<Record<Field, string>>;
  declare private failure: 'failed' | 'tooMany' | undefined;
  declare private sending: boolean;
  declare private receipt: Receipt | undefined;
  /** Whether the receipt's answer goes to an address (the words differ without one). */
  private answeredByEmail = false;
  private readonly locale = new TopicController(this, LocaleTopic);

  constructor() {
    super();
    this.from = undefined;
    this.values = { message: '', page: '', email: '' };
    this.errors = {};
    this.failure = undefined;
    this.sending = false;
    this.receipt = undefined;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // The guess fills an untouched field only: never over what the person typed.
    if (changed.has('from') && this.from && !this.values.page) this.values = { ...this.values, page: this.from };
  }

  private get language(): Locale {
    return this.locale.value?.locale ?? currentLocale();
  }

  private get words(): Words {
    return feedbackMessages[this.language];
  }

  protected override render(): TemplateResult {
    return this.receipt ? this.renderReceipt(this.receipt) : this.renderForm();
  }

  private renderForm(): TemplateResult {
    const w = this.words;
    const errors = FIELDS.filter((field) => this.errors[field]);
    return html`
      <section aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">${w.heading}</h2>
        <p>${w.intro}</p>
        ${
          errors.length > 0
            ? html`<div class="error-summary" role="alert" tabindex="-1">
              <h3>${w.errorSummary}</h3>
              <ul>
                ${errors.map(
                  (field) =>
                    html`<li><a href="#${field}" @click=${(event: Event) => this.focusField(event, field)}>${this.errors[field]}</a></li>`,
                )}
              </ul>
            </div>`
            : nothing
        }
        ${this.failure ? html`<p class="failure" role="alert">${w[this.failure]}</p>` : nothing}
        <form novalidate @submit=${this.submit}>
          ${this.field(
            'message',
            w.message,
            formatMessage(w.messageHint, { max: FEEDBACK_MESSAGE_MAX }),
            (describedBy) =>
              html`<textarea
              id="message"
              rows="6"
              maxlength=${FEEDBACK_MESSAGE_MAX}
              aria-required="true"
              aria-invalid=${this.errors.message ? 'true' : 'false'}
              aria-describedby=${describedBy}
              .value=${this.values.message}
              @input=${(event: Event) => this.input('message', event)}
            ></textarea>`,
          )}
          ${this.field(
            'page',
            w.page,
            w.pageHint,
            (describedBy) =>
              html`<input
              id="page"
              type="text"
              autocomplete="off"
              spellcheck="false"
              aria-invalid=${this.errors.page ? 'true' : 'false'}
              aria-describedby=${describedBy}
              .value=${this.values.page}
              @input=${(event: Event) => this.input('page', event)}
            />`,
          )}
          ${this.field(
            'email',
            w.email,
            w.emailHint,
            (describedBy) =>
              html`<input
              id="email"
              type="email"
              autocomplete="email"
              spellcheck="false"
              aria-invalid=${this.errors.email ? 'true' : 'false'}
              aria-describedby=${describedBy}
              .value=${this.values.email}
              @input=${(event: Event) => this.input('email', event)}
            />`,
          )}
          <button class="button" type="submit" ?disabled=${this.sending}>${this.sending ? w.sending : w.send}</button>
        </form>
      </section>
    `;
  }

  /** A field's label, hint and error (read with the control through aria-describedby) around its control. */
  private field(name: Field, label: string, hint: string, control: (describedBy: string) => TemplateResult): TemplateResult {
    const error = this.errors[name];
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${name}>${label}</label>
      <p class="hint" id="${name}-hint">${hint}</p>
      ${error ? html`<p class="error" id="${name}-error">${error}</p>` : nothing}
      ${control(error ? `${name}-hint ${name}-error` : `${name}-hint`)}
    </div>`;
  }

  private renderReceipt(receipt: Receipt): TemplateResult {
    const w = this.words;
    const date = formatDate(receipt.answerBy, this.language);
    return html`
      <section class="receipt" aria-labelledby="receipt-heading">
        <h2 id="receipt-heading" tabindex="-1">${w.receivedHeading}</h2>
        <p class="reference">${formatMessage(w.reference, { reference: receipt.reference })}</p>
        <p>${formatMessage(this.answeredByEmail ? w.answerBy : w.answerByNoEmail, { date })}</p>
        <p>${w.quoteReference}</p>
        <button class="button secondary" type="button" @click=${this.startAnother}>${w.another}</button>
      </section>
    `;
  }

  private input(field: Field, event: Event): void {
    this.values = { ...this.values, [field]: (event.target as HTMLInputElement | HTMLTextAreaElement).value };
  }

  private focusField(event: Event, field: Field): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
  }

  /** Field errors from the contract's codes, in this language. */
  private errorsFrom(issues: readonly { path: string; message: string }[]): Partial<Record<Field, string>> {
    const errors: Partial<Record<Field, string>> = {};
    const w = this.words as Record<string, string>;
    for (const issue of issues) {
      const field = FIELDS.find((f) => issue.path === f);
      if (field && !errors[field]) errors[field] = formatMessage(w[issue.message] ?? w['failed']!, { max: FEEDBACK_MESSAGE_MAX });
    }
    return errors;
  }

  private async showErrors(errors: Partial<Record<Field, string>>): Promise<void> {
    this.errors = errors;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    this.failure = undefined;
    const message = this.values.message.trim();
    const email = this.values.email.trim();
    const page = this.values.page.trim();
    const local = !message
      ? FEEDBACK_ERRORS.messageRequired
      : message.length > FEEDBACK_MESSAGE_MAX
        ? FEEDBACK_ERRORS.messageTooLong
        : undefined;
    if (local) {
      await this.showErrors(this.errorsFrom([{ path: 'message', message: local }]));
      return;
    }
    this.errors = {};
    this.sending = true;
    try {
      this.receipt = await fetchJson(ACCESSIBILITY_FEEDBACK_PATH, FeedbackReceiptShape, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message, email, ...(page ? { page } : {}), language: this.language }),
      });
      this.answeredByEmail = email !== '';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#receipt-heading')?.focus();
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 400 && error.details?.length) {
        await this.showErrors(this.errorsFrom(error.details));
      } else {
        this.failure = error instanceof ApiRequestError && error.status === 429 ? 'tooMany' : 'failed';
      }
    } finally {
      this.sending = false;
    }
  }

  private async startAnother(): Promise<void> {
    this.receipt = undefined;
    this.values = { message: '', page: this.from ?? '', email: this.values.email };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#message')?.focus();
  }
}
