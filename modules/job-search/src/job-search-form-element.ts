import { html, nothing, type TemplateResult } from 'lit';
import { fetchJson, type Locale, type Messages } from '@portal/shared-contracts';
import {
  JOB_SEARCH_PATHS,
  JobSearchReceiptSchema,
  JobSearchSchema,
  type JobSearch,
  type JobSearchReceipt,
} from '@portal/shared-contracts/job-search';
import { AreaFormElement, errorText, FormNotice, FormStep, isConflict, type FormMessageKey } from '@portal/ui-kit/form';
import { followInternalLink } from '@portal/ui-kit/page';
import { AREA, errorMessages, withAreaMessages, type AreaMessageKey } from './area.js';
import { JobSearchChangedEvent } from './events.js';

export interface FormSetup<Key extends string> {
  /** The server-side draft's key, `job-search.<form>`. */
  readonly draftKey: string;
  /** Where the form is sent (a JOB_SEARCH_PATHS entry answering with a JobSearchReceipt). */
  readonly url: string;
  /** The form's words; the area's (Continue, Cancel, …) are among them unless the form words one its own way. */
  readonly messages: Messages<Key | Exclude<FormMessageKey, AreaMessageKey>>;
  /** The step titles depend on what was read: said again once a read has settled. */
  readonly titleFromLoad?: boolean;
}

/**
 * A form of the job-search area: the kit's form (`AreaFormElement`) with what the area's forms have
 * in common. The area page sets `jobSearch`; a success fires `job-search-changed`; a 409 fetches the
 * newest job seeking (its `updatedAt` is the next `basedOn`), tells the area page, keeps what was
 * typed and says so (`conflictNotice`); codes are worded in the area's words, and the area's shared
 * words (change kinds, end reasons, deadlines) are among the form's own (`this.t`).
 *
 * @fires job-search-changed - The job seeking state after a send or a 409 (JobSearchChangedEvent).
 */
export abstract class JobSearchFormElement<
  Values extends Record<string, unknown>,
  Request,
  Key extends string,
  Notice extends string = FormNotice,
> extends AreaFormElement<Values, Request, Key | AreaMessageKey, typeof JobSearchReceiptSchema, Notice> {
  static override properties = { ...AreaFormElement.properties, jobSearch: { attribute: false } };

  declare jobSearch: JobSearch | undefined;

  constructor(setup: FormSetup<Key>) {
    super({
      area: AREA,
      draftKey: setup.draftKey,
      url: setup.url,
      receipt: JobSearchReceiptSchema,
      messages: withAreaMessages(setup.messages),
      titleFromLoad: setup.titleFromLoad,
    });
    this.jobSearch = undefined;
  }

  /** What every control of the form at `path` is given: the path, its error in words, the language. */
  protected field(path: string): { readonly path: string; readonly error: string | undefined; readonly locale: Locale } {
    return { path, error: this.error(path), locale: this.language };
  }

  /** A contract code in the area's words (a form words a code its own way, then calls this). */
  protected override errorFor(_path: string, code: string): string {
    return errorText(errorMessages, code, this.language);
  }

  protected override backLabel(): string {
    return this.t('backToJobSearch');
  }

  protected override afterSend(receipt: JobSearchReceipt): void {
    this.dispatchEvent(new JobSearchChangedEvent(receipt.jobSearch));
  }

  /** The notice after a 409, from the newest state (undefined when it could not be fetched). */
  protected conflictNotice(_latest: JobSearch | undefined): Notice | FormNotice {
    return FormNotice.conflict;
  }

  /**
   * A 409: the job seeking changed meanwhile. Shows the newest state with the person's input kept,
   * and says so; true when `error` was one this handles.
   */
  protected override async handleConflict(error: unknown): Promise<boolean> {
    if (!isConflict(error)) return false;
    let latest: JobSearch | undefined;
    try {
      latest = await fetchJson(JOB_SEARCH_PATHS.jobSearch, JobSearchSchema);
      this.jobSearch = latest;
      this.dispatchEvent(new JobSearchChangedEvent(latest));
    } catch {
      // The notice still says what happened; the next attempt meets the 409 again and refetches.
    }
    this.notice = this.conflictNotice(latest);
    void this.draft.save();
    void this.flow.goTo(FormStep.edit, 'notice');
    return true;
  }

  /**
   * The form does not apply now (job seeking not valid, already registered, its end reported):
   * `body` says why, then the way back; with the notice when a 409 (`conflict`) is what showed it.
   */
  protected renderClosed(conflict: Notice, body: TemplateResult): TemplateResult {
    return html`${this.notice === conflict ? this.renderNotice() : nothing} ${body} ${this.backLink()}`;
  }

  /** Job seeking is not valid: nothing to report, and the way to register. */
  protected renderNotActive(conflict: Notice, text: string): TemplateResult {
    return this.renderClosed(
      conflict,
      html`<p>${text}</p>
        <p><a class="button" href="${this.basePath}/register" @click=${followInternalLink}>${this.t('register')}</a></p>`,
    );
  }

  /**
   * What goes to the benefit payer (before sending: that a notice will go; on the receipt: that it
   * went) and, in bold, that it does not do the person's own duty to tell the payer. GOV.UK's inset
   * text: something to notice, not a warning that anything is wrong.
   */
  protected renderPayerInset(notice: string, duty: string): TemplateResult {
    return html`<div class="inset payer">
      <p>${notice}</p>
      <p><strong>${duty}</strong></p>
    </div>`;
  }

  /** On a report's receipt: the notice made for the payer (`sent` words it), when one was made. */
  protected renderPayerSent(
    receipt: JobSearchReceipt,
    sent: (payer: string, time: string) => string,
    duty: string,
  ): TemplateResult | typeof nothing {
    const made = receipt.payerNotice;
    return made ? this.renderPayerInset(sent(made.payer.name[this.language], this.i18n.dateTime(made.createdAt)), duty) : nothing;
  }
}
