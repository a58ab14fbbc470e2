import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { PLAN_PATHS, PlanReceiptSchema, type Plan } from '@portal/shared-contracts/plan';
import {
  describedBy,
  errorSummary,
  errorText,
  fieldError,
  IdempotentPost,
  isConflict,
  isNotFound,
  type FieldErrors,
} from '@portal/ui-kit/form';
import { LocaleController, notice } from '@portal/ui-kit/page';
import { baseStyles, formStyles } from '@portal/ui-kit/styles';
import { PlanAcceptConflictEvent, PlanAcceptedEvent } from '../events.js';
import { CONFIRM_REQUIRED, errorMessages, messages } from './plan-accept.messages.js';
import { styles } from './plan-accept.styles.js';

/** The checkbox's issue path, and so its id. */
export const CONFIRM_PATH = 'confirm';

/**
 * Accepting a proposed plan, at the end of the plan it is about: what accepting means, in full,
 * before the button, confirmed with a required checkbox; then `POST /api/plan/accept` with the plan
 * read (`basedOn`, its `updatedAt`) and an `Idempotency-Key` (the kit's `IdempotentPost`: a double
 * click or a retry after a lost answer is one acceptance).
 *
 * - Not confirmed: the error beside the checkbox and in an error summary, focused.
 * - Accepted: `plan-accepted` with the receipt (the area's root shows it and the plan in force).
 * - Refused because the plan changed meanwhile or was accepted elsewhere (409, or 404):
 *   `plan-accept-conflict` (the root reads the plan again and says so).
 * - A network error or a 5xx: a notice with a retry, which sends the same key.
 *
 * @summary The acceptance of a proposed employment plan.
 * @fires plan-accepted - The plan was accepted (PlanAcceptedEvent).
 * @fires plan-accept-conflict - The plan had changed or was accepted meanwhile (PlanAcceptConflictEvent).
 */
export class PlanAccept extends LitElement {
  static override styles = [baseStyles, formStyles, styles];
  static override properties = {
    plan: { attribute: false },
    confirmed: { state: true },
    errors: { state: true },
    submitting: { state: true },
    failed: { state: true },
  };

  /** The proposal shown above, as read. */
  declare plan: Plan | undefined;
  declare confirmed: boolean;
  declare errors: FieldErrors;
  declare submitting: boolean;
  /** The last send failed for a reason other than the plan (network, 5xx): a retry is offered. */
  declare failed: boolean;

  private readonly i18n = new LocaleController(this, messages);
  private readonly sender = new IdempotentPost(PLAN_PATHS.accept, PlanReceiptSchema);

  constructor() {
    super();
    this.plan = undefined;
    this.confirmed = false;
    this.errors = {};
    this.submitting = false;
    this.failed = false;
  }

  /** The key the next send uses (the same on a retry). */
  get idempotencyKey(): string {
    return this.sender.key;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Another version of the proposal (changed by the office meanwhile): read it and confirm again.
    const before = changed.get('plan') as Plan | undefined;
    if (changed.has('plan') && before !== undefined && before.updatedAt !== this.plan?.updatedAt) {
      this.confirmed = false;
      this.errors = {};
      this.failed = false;
    }
  }

  private t(key: keyof (typeof messages)['fi']): string {
    return this.i18n.t(key);
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const plan = this.plan;
    if (!plan || this.submitting) return;
    if (!this.confirmed) {
      this.errors = { [CONFIRM_PATH]: CONFIRM_REQUIRED };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
      return;
    }
    this.errors = {};
    this.failed = false;
    this.submitting = true;
    try {
      const receipt = await this.sender.send({ planId: plan.id, basedOn: plan.updatedAt });
      this.dispatchEvent(new PlanAcceptedEvent(receipt));
    } catch (error) {
      if (isConflict(error) || isNotFound(error)) {
        this.dispatchEvent(new PlanAcceptConflictEvent());
      } else {
        this.failed = true;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('.notice')?.focus();
      }
    } finally {
      this.submitting = false;
    }
  }

  private errorFor(code: string): string {
    return errorText(errorMessages, code, this.i18n.language);
  }

  protected override render(): TemplateResult {
    const language = this.i18n.language;
    const error = this.errors[CONFIRM_PATH];
    const errorWords = error === undefined ? undefined : this.errorFor(error);
    return html`<section class="accept" aria-labelledby="accept-heading">
      <h3 id="accept-heading">${this.t('heading')}</h3>
      ${errorSummary({ errors: this.errors, order: [CONFIRM_PATH], locale: language, root: this.renderRoot, text: (code) => this.errorFor(code) })}
      ${
        this.failed
          ? notice(
              'error',
              this.t('sendFailed'),
              html`<button class="button retry" type="button" ?disabled=${this.submitting} @click=${(e: Event) => void this.submit(e)}>
              ${this.t('retry')}
            </button>`,
            )
          : nothing
      }
      <div class="meaning" id="meaning">
        <p class="meaning-heading"><strong>${this.t('meaningHeading')}</strong></p>
        <p>${this.t('meaning')}</p>
        <p>${this.t('questions')}</p>
      </div>
      <form novalidate @submit=${(e: Event) => void this.submit(e)}>
        <div class="field ${error ? 'has-error' : ''}">
          ${fieldError(CONFIRM_PATH, errorWords, language)}
          <div class="choice single">
            <input
              type="checkbox"
              id=${CONFIRM_PATH}
              name=${CONFIRM_PATH}
              required
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${describedBy('meaning', error ? `${CONFIRM_PATH}-error` : undefined)}
              .checked=${this.confirmed}
              @change=${(e: Event) => {
                this.confirmed = (e.target as HTMLInputElement).checked;
              }}
            />
            <label for=${CONFIRM_PATH}>${this.t('confirm')}</label>
          </div>
        </div>
        <div class="actions">
          <button class="button accept-button" type="submit" ?disabled=${this.submitting} aria-disabled=${this.submitting ? 'true' : 'false'}>
            ${this.submitting ? this.t('accepting') : this.t('accept')}
          </button>
        </div>
      </form>
    </section>`;
  }
}
